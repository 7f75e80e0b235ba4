import { describe, expect, it } from 'vitest';
import { claimAt, claimsAt, run } from './helpers.js';

describe('VerbByParser: a verb of change and "by"', () => {
  it('reads "speeds up X by N" with X as subject and phase', () => {
    const text = 'Our approximation algorithm speeds up BERT fine-tuning on GLUE by 1.7x with comparable accuracy.';
    const c = claimAt(text, '1.7x');
    expect(c.evidence).toBe('speeds up BERT fine-tuning on GLUE by 1.7x');
    expect(c).toMatchObject({ metric: 'speedup', direction: 'up', phase: 'fine-tuning' });
  });

  it('reads the object as the measure ("reduces the memory requirement by 2.4 times")', () => {
    const text = 'Our co-design framework reduces the memory requirement by 2.4 times.';
    expect(claimAt(text, '2.4 times')).toMatchObject({ metric: 'memory', direction: 'down', value: 2.4, unit: 'x' });
  });

  it('follows the measure: "improves latency by 15~30%" is a speedup with direction down', () => {
    const text = 'OHQ improves latency by 15~30% compared to INT8 on deployment.';
    expect(claimAt(text, '15~30%')).toMatchObject({ metric: 'speedup', value: 15, value_max: 30, direction: 'down', baseline: 'INT8' });
  });

  it('shares the verb across a list: "accelerates prefilling by up to 2.9x and decoding by 1.3-2.1x over vLLM"', () => {
    const text = 'On average, LServe accelerates LLM prefilling by up to 2.9x and decoding by 1.3-2.1x over vLLM.';
    expect(claimAt(text, '2.9x')).toMatchObject({ qualifier: 'up to', phase: 'prefill', baseline: 'vLLM' });
    expect(claimAt(text, '1.3-2.1x')).toMatchObject({ metric: 'speedup', qualifier: null, phase: 'decode', baseline: 'vLLM' });
  });

  it('takes the object of "outperforms" as the baseline and the measure after "in"', () => {
    const text = 'SESR outperforms prior models by 1.5x-2x in latency on Arm CPU and GPU when deployed on a real mobile device.';
    expect(claimAt(text, '1.5x-2x')).toMatchObject({ metric: 'speedup', baseline: 'prior models', hardware_class: 'mobile' });
  });

  it('reads passive and intransitive forms ("can be reduced by more than 10x", "rise by a factor of 24.4")', () => {
    const a = "Our model's memory consumption can be reduced by more than 10x compared to unoptimized models.";
    expect(claimAt(a, '10x')).toMatchObject({ metric: 'memory', direction: 'down', qualifier: 'more than' });
    const b = 'In this study we find that AI electricity use is projected to rise by a factor of 24.4.';
    expect(claimAt(b, '24.4')).toMatchObject({ metric: 'energy', unit: 'x', direction: 'up' });
  });

  it('reads "by N points" as a quality gain', () => {
    expect(run('We set state-of-the-art by 29.1 points on Path256.').claims[0]).toMatchObject({ metric: 'accuracy', unit: 'pt', value: 29.1, direction: 'up' });
  });
});

describe('objects with numbers of their own', () => {
  it('finds the verb past numbers inside its object, not past an earlier claim', () => {
    const training = 'Used end-to-end, our kernel speeds up the training of a 7B-parameter model at 16K sequence length by 1.32x.';
    expect(claimAt(training, '1.32x')).toMatchObject({ metric: 'speedup', value: 1.32, phase: 'training' });
    const device = 'Without cooling, thermal throttling lowers the sustained throughput of the Raspberry Pi 5 by 27%.';
    expect(claimAt(device, '27%')).toMatchObject({ metric: 'speedup', value: 27, direction: 'down' });
    const per = 'Our engine also reduces the energy per 1,000 queries by 52%.';
    expect(claimsAt(per, '52%').map((c) => c.metric)).toEqual(['energy']);
  });

  it('reads points a verb gives an unnamed object as quality, and drops the compared system\'s own number', () => {
    const text = 'Our method improves the 0.5B student by 11.4 points. The 1.5B student reaches 38.5%, surpassing the 7B teacher\'s 36.0% by 2.5 points.';
    expect(claimAt(text, '11.4 points')).toMatchObject({ metric: 'accuracy', direction: 'up', evidence: 'improves the 0.5B student by 11.4 points' });
    expect(claimAt(text, '2.5 points')).toMatchObject({ metric: 'accuracy', baseline: '7B teacher' });
  });
});

describe('a shared verb with numbers of two kinds', () => {
  it('gives "..., and by 1,000x" the verb whose number is a factor too', () => {
    const text = 'HashMix compresses the embedding tables by 128x while improving AUC by 0.07%, and by 1,000x with an AUC loss of 0.09%.';
    expect(claimAt(text, '1,000x')).toMatchObject({ metric: 'size', value: 1000, direction: 'down' });
    expect(claimAt(text, '0.07%')).toMatchObject({ metric: 'accuracy', direction: 'up' });
  });
});


describe('the measure a verb of change has as its subject', () => {
  it('reads "accuracy drops by" with the measure in the evidence, and not the unit of an earlier clause as a second measure', () => {
    const text = 'Decoding speed is unaffected at about 14 tokens/s, and accuracy drops by less than 0.5% relative to the FP16 model.';
    const claims = claimsAt(text, '0.5%');
    expect(claims.map((c) => c.metric)).toEqual(['accuracy']);
    expect(claims[0]).toMatchObject({ evidence: 'accuracy drops by less than 0.5%', direction: 'down', qualifier: 'less than' });
  });
});

describe('ranges and shared verbs', () => {
  it('reads "by between 23% and 31%" as a range', () => {
    const text = 'WattServe reduces energy per generated token by between 23% and 31% compared with the default governor.';
    expect(claimAt(text, '23%')).toMatchObject({ metric: 'energy', value: 23, value_max: 31, direction: 'down' });
  });

  it('shares the verb across "compared with X and by 2x to 5x over Y"', () => {
    const text = 'LoRAPool improves throughput by up to 30x compared with HuggingFace PEFT and by 2x to 5x over vLLM.';
    expect(claimAt(text, '2x to 5x')).toMatchObject({ metric: 'speedup', value: 2, value_max: 5, baseline: 'vLLM' });
  });
});

describe('a subject with its setting', () => {
  it('reads "throughput at batch size 32 improves by 5.3x" as a speedup, not a change of the batch size', () => {
    const text = 'We present FastKV. On an H100, throughput at batch size 32 improves by 5.3x over the baseline.';
    expect(claimAt(text, '5.3x')).toMatchObject({ metric: 'speedup', direction: 'up', evidence: 'throughput at batch size 32 improves by 5.3x' });
  });
});

describe('a shared verb after a list', () => {
  it('reaches "and by 1.4x" past a list that continued the first number ("by 3.2x on average and up to 5.6x ...")', () => {
    const text = 'PIM-GNN accelerates training by 3.2x on average and up to 5.6x compared with PyG on a Xeon host, and by 1.4x compared with DGL on an RTX A4000.';
    expect(claimAt(text, '1.4x')).toMatchObject({ metric: 'speedup', direction: 'up', baseline: 'DGL' });
    expect(claimAt(text, '5.6x')).toMatchObject({ metric: 'speedup', qualifier: 'up to' });
  });
});

describe('a setting before the subject', () => {
  it('does not list "50% sparsity" with the measure that drops ("At 50% sparsity, zero-shot accuracy drops by ...")', () => {
    const text = 'At 50% sparsity, zero-shot accuracy drops by less than 0.5 points relative to the dense model.';
    expect(claimsAt(text, '0.5 points').map((c) => c.metric)).toEqual(['accuracy']);
  });
});

describe('a verb of speed', () => {
  it('states a speedup whatever it speeds up ("accelerates embedding operations by 4.6x")', () => {
    const text = 'We present EmbedPIM. EmbedPIM accelerates embedding operations by 4.6x on average over a CPU-only baseline.';
    expect(claimAt(text, '4.6x')).toMatchObject({ metric: 'speedup', direction: 'up' });
  });
});

describe('a list before its measure', () => {
  it('reads "outperforming X and Y by 0.4% and 0.7% accuracy" as accuracy for both numbers', () => {
    const text = 'We present TokenTrim. It runs 1.5x faster, outperforming EViT and DynamicViT by 0.4% and 0.7% accuracy.';
    expect(claimAt(text, '0.4%').metric).toBe('accuracy');
    expect(claimAt(text, '0.7%').metric).toBe('accuracy');
  });

  it('reads a range after "by a factor of" as multiples', () => {
    const claim = claimAt('We present FeatDraft. It accelerates LLaMA2-Chat 70B by a factor of 3.0 to 3.5 in greedy decoding.', '3.0 to 3.5');
    expect(claim).toMatchObject({ metric: 'speedup', value: 3, value_max: 3.5, unit: 'x', direction: 'up' });
  });

  it('shares the unit written after a list: "by 61.22 and 6.80 perplexity"', () => {
    const text = 'We present SparseX. It surpasses Wanda and SparseGPT by 61.22 and 6.80 perplexity on WikiText, respectively.';
    expect(claimAt(text, '61.22')).toMatchObject({ metric: 'accuracy', unit: 'PPL' });
    expect(claimAt(text, '6.80')).toMatchObject({ metric: 'accuracy', unit: 'PPL' });
  });

  it('shares the verb across an aside: "by a factor of 6 while ..., and by a factor of 12"', () => {
    const text = "We present SLKV. It shrinks the KV cache by a factor of 6 while staying within 1.2 points of the original model's average accuracy, and by a factor of 12 with a loss of 3.5 points.";
    expect(claimAt(text, 'factor of 12')).toMatchObject({ metric: 'memory', value: 12, direction: 'down' });
    expect(claimAt(text, '3.5 points')).toMatchObject({ metric: 'accuracy', evidence: 'loss of 3.5 points', qualifier: null });
    // ("with an AUC change of ..., and by 38x": an aside with "with", too, names no object.)
    const withAside = 'We present HashMix. HashMix compresses embedding tables by 14.5x with an AUC change of −0.0003, and by 38x with less than 0.1% relative AUC loss.';
    expect(claimAt(withAside, '38x')).toMatchObject({ metric: 'size', direction: 'down' });
  });

  it('reads "by a further N", and a measure named by an acronym in a while-clause as the work\'s own ("while PSNR drops by only 0.21 dB")', () => {
    const text = 'We present Sl. Enabling FP8 weights lowers energy per token by a further 27%. SplatLite shrinks the scene by 25×, while PSNR drops by only 0.21 dB. Ours is 2x faster, whereas QLoRA drops by 1.5 points.';
    expect(claimAt(text, '27%')).toMatchObject({ metric: 'energy', direction: 'down', evidence: 'lowers energy per token by a further 27%' });
    expect(claimAt(text, '0.21 dB')).toMatchObject({ metric: 'accuracy', unit: 'dB', direction: 'down' });
    expect(run(text).claims.map((c) => c.value)).not.toContain(1.5);
  });

  it('reads resource efficiencies of a design as another measure, not energy or speed', () => {
    const text = 'We present SparseSys. It improves DSP efficiency by at least 1.5 times over FPGA detectors and performance per area by 1.3x over a sparse tensor core.';
    expect(claimAt(text, '1.5 times')).toMatchObject({ metric: 'other', direction: 'up', qualifier: 'at least' });
    expect(claimAt(text, '1.3x')).toMatchObject({ metric: 'other', direction: 'up' });
  });

  it('compares the result before a "with" phrase: "reaches 79.4% accuracy with 2 timesteps and 21.7M parameters, surpassing X by 2.2%"', () => {
    const text = 'We present SpikeLite. On ImageNet, SpikeLite reaches 79.4% top-1 accuracy with 2 timesteps and 21.7M parameters, surpassing the best prior spiking model by 2.2%.';
    expect(claimAt(text, '2.2%')).toMatchObject({ metric: 'accuracy', direction: 'up' });
    // The size of the model that got the result is a result too (Decision 12).
    expect(claimAt(text, '21.7M parameters')).toMatchObject({ metric: 'size', unit: 'params' });
  });
});

describe('a measure named right after the number', () => {
  it('reads "beats X at equal FLOPs by 1.2x in latency" as a speedup, not compute', () => {
    const text = 'We present PruneDet. It beats magnitude pruning at equal FLOPs by 1.2x in latency.';
    expect(claimAt(text, '1.2x')).toMatchObject({ metric: 'speedup', direction: 'up', evidence: 'beats magnitude pruning at equal FLOPs by 1.2x in latency', baseline: 'magnitude pruning' });
  });

  it('keeps the subject\'s measure when "for ..." names a setting: "TTFT drops by 30% for long requests"', () => {
    expect(claimAt('We present PageKV. Time-to-first-token drops by 30% for long requests.', '30%').metric).toBe('speedup');
  });
});

describe('an elliptic "by" after a number another parser read', () => {
  it('reads "overstate inference energy by 2.1x on average and by up to 3.9x" as two energy claims', () => {
    const text = 'We present WattBench. TDP-based estimates overstate inference energy by 2.1x on average and by up to 3.9x for small batches.';
    expect(claimAt(text, '3.9x')).toMatchObject({ metric: 'energy', qualifier: 'up to' });
  });
});

describe('verbs of a measurement study', () => {
  it('reads "estimates overstate energy by 2.1x" as up and "understate latency by 30%" as down', () => {
    const text = 'We present WattBench. TDP-based estimates overstate inference energy by 2.1x, while roofline models understate latency by 30%.';
    expect(claimAt(text, '2.1x')).toMatchObject({ metric: 'energy', direction: 'up' });
    expect(claimAt(text, '30%')).toMatchObject({ direction: 'down' });
  });
});

describe('an elliptic "by" after a setting', () => {
  it('reads "by 2.0-2.2x depending on resolution and the video model X by 2.6x" as two speedups', () => {
    const text = 'We present FastCache. It accelerates PixArt by 2.0-2.2x depending on resolution and the video model HunyuanVideo by 2.6x.';
    expect(claimAt(text, '2.6x')).toMatchObject({ metric: 'speedup', direction: 'up' });
  });
});

describe('more verbs and qualifiers', () => {
  it('reads "shortens the step time by 27%", "lowered cluster cost by an estimated 8%" and "2.3x denser"', () => {
    const text = 'We present PipeMoE. It shortens the MoE layer\'s step time by 27% and lowered cluster cost by an estimated 8%. The chiplet is 2.3x denser than a monolithic die.';
    expect(claimAt(text, '27%')).toMatchObject({ metric: 'speedup', direction: 'down' });
    expect(claimAt(text, '8%')).toMatchObject({ metric: 'cost', direction: 'down' });
    expect(claimAt(text, '2.3x')).toMatchObject({ metric: 'other', direction: 'up' });
  });

  it('reads "the total cost of ownership is 46% lower" as cost, and a quality far before "within 0.7% of"', () => {
    expect(claimAt('We present SSDIndex. We estimate that the total cost of ownership per billion-vector index is 41% lower.', '41%').metric).toBe('cost');
    expect(claimAt('We present EdgeTune. Accuracy after adaptation to a new domain is within 0.6% of full fine-tuning.', '0.6%')).toMatchObject({ metric: 'accuracy', qualifier: 'less than' });
  });

  it('reads work a method spends in tokens or recompilations as another measure, a count of parameters as size', () => {
    const text = 'We present ThinkLess. ThinkLess reduces the number of generated tokens by 46% on average. Recompilations are reduced by 97% through bucketing. It reduces the number of parameters by 40%.';
    expect(claimAt(text, '46%')).toMatchObject({ metric: 'other', direction: 'down', qualifier: 'on average' });
    expect(claimAt(text, '97%')).toMatchObject({ metric: 'other', direction: 'down' });
    expect(claimAt(text, '40%')).toMatchObject({ metric: 'size', direction: 'down' });
  });

  it('reads a transfer volume cut as another measure, not the energy of the clause before', () => {
    const text = 'We present PIMBed. Energy consumption of the embedding stage is reduced by 58%, and host-to-PIM transfer volume is cut by 7.3× thanks to pooling.';
    expect(claimAt(text, '7.3×')).toMatchObject({ metric: 'other', direction: 'down' });
  });

  it('reads "improving on SpinQuant by +1.7 points" with its sign and its baseline', () => {
    const text = 'We present DuQuant. W4A4 quantization with DuQuant reaches 62.1% average accuracy, improving on SpinQuant by +1.7 points.';
    expect(claimAt(text, '1.7')).toMatchObject({ metric: 'accuracy', unit: 'pt', direction: 'up', baseline: 'SpinQuant' });
  });

  it('keeps a device a result improves "on" out of the baseline, and an ellipsis keeps the way its measure improves', () => {
    const text = 'We present FastX. End-to-end latency improves on the A100 by 20% and on Jetson Orin by 35%.';
    expect(claimAt(text, '20%')).toMatchObject({ metric: 'speedup', direction: 'down', baseline: null });
    expect(claimAt(text, '35%')).toMatchObject({ metric: 'speedup', direction: 'down', baseline: null });
  });
});

describe('a time measured until a target', () => {
  it('reads "the time to reach the target accuracy" as one measure, a time', () => {
    const text = 'We present FedQuick. It shortens the wall-clock time to reach the target accuracy by 2.4x.';
    const claims = claimsAt(text, '2.4x');
    expect(claims).toHaveLength(1);
    expect(claims[0]).toMatchObject({ metric: 'speedup', direction: 'up' });
  });
});

describe('measures that a change names itself', () => {
  it('reads "a training speedup of 1.7x" as speed even after a sentence opening on memory savings', () => {
    const text = 'We present Recompute. The memory savings allow larger micro-batches, yielding an end-to-end training speedup of 1.7x over full checkpointing.';
    expect(claimAt(text, '1.7x')).toMatchObject({ metric: 'speedup', direction: 'up', baseline: 'full checkpointing' });
  });

  it('reads forgetting as a quality measure that improves down', () => {
    const text = 'We present MixLaw. It reduces forgetting on general benchmarks by 41%.';
    expect(claimAt(text, '41%')).toMatchObject({ metric: 'accuracy', direction: 'down' });
  });
});

describe('verbs of a spread: how much, not which way', () => {
  it('reads "varies by up to 40x" and "differs from X by less than 0.02%" with no direction', () => {
    const text = 'We measure inference energy on GPUs. Energy per token varies by up to 40x across configurations. Accuracy differs from the synchronous baseline by less than 0.02%.';
    expect(claimAt(text, '40x')).toMatchObject({ metric: 'energy', direction: null, qualifier: 'up to' });
    expect(claimAt(text, '0.02%')).toMatchObject({ metric: 'accuracy', direction: null, qualifier: 'less than', baseline: 'synchronous baseline' });
  });
});

describe('subjects with their place, failure rates and complexity', () => {
  it('reads "Inference throughput on CPU servers increases by 1.3x" as a speedup of throughput', () => {
    expect(claimAt('We present HashMix. Inference throughput on CPU servers increases by 1.3x.', '1.3x')).toMatchObject({ metric: 'speedup', direction: 'up' });
  });

  it('reads a failure rate as quality that improves down and complexity as compute', () => {
    const text = 'We present NanoNav. Our pipeline reduces the navigation failure rate by 37%. The codec reduces decoder complexity by 47%.';
    expect(claimAt(text, '37%')).toMatchObject({ metric: 'accuracy', direction: 'down' });
    expect(claimAt(text, '47%')).toMatchObject({ metric: 'compute', direction: 'down' });
  });
});

describe('the verb of a comparison before a gerund in the compared name', () => {
  it('reads "outperforms expert pruning by 4.7 points" as a gain over expert pruning', () => {
    const text = 'We present FreqMerge. FreqMerge outperforms expert pruning by 4.7 points on average.';
    expect(claimAt(text, '4.7 points')).toMatchObject({ metric: 'accuracy', direction: 'up', baseline: 'expert pruning', qualifier: 'on average' });
  });

  it('keeps a measure named after the number over the measures of the compared system\'s setting', () => {
    const text = 'We present PruneDet. PruneDet beats FLOP-guided pruning at equal FLOPs by 1.3x in latency.';
    expect(claimAt(text, '1.3x')).toMatchObject({ metric: 'speedup' });
  });
});

describe('signed changes and models compressed by name', () => {
  it('reads "changes perplexity by −1.37 ... and by −2.90" as drops of perplexity, each on its scale', () => {
    const text = 'We present BitStack. BitStack changes perplexity by −1.37 relative to AQLM and by −2.90 relative to QuIP# at the same bit-width.';
    expect(claimAt(text, '1.37')).toMatchObject({ metric: 'accuracy', unit: 'PPL', direction: 'down', baseline: 'AQLM' });
    expect(claimAt(text, '2.90')).toMatchObject({ metric: 'accuracy', unit: 'PPL', direction: 'down', baseline: 'QuIP#' });
  });

  it('reads "compresses DeiT-B by 3.1x" as a size reduction', () => {
    expect(claimAt('We present PackViT. PackViT compresses DeiT-B by 3.1x.', '3.1x')).toMatchObject({ metric: 'size', direction: 'down' });
  });
});

describe('verbs of a measurement study that miss the true value', () => {
  it('reads "underreport the total node energy by 27%" as energy, down', () => {
    const text = 'We measure training energy. We find that GPU-only estimates underreport the total node energy by 27% on average.';
    expect(claimAt(text, '27%')).toMatchObject({ metric: 'energy', direction: 'down', qualifier: 'on average' });
  });
});

describe('what a compared system is matched on', () => {
  it('reads "outperforms a TinyBERT student of the same size by 1.1 points" as quality, not size', () => {
    const text = 'We present MiniDistil. It outperforms a TinyBERT student of the same size by 1.1 points on average. SkipGate outperforms a static ResNet-50 with similar cost by 1.5%.';
    expect(claimAt(text, '1.1 points')).toMatchObject({ metric: 'accuracy', direction: 'up', qualifier: 'on average' });
    expect(claimAt(text, '1.5%')).toMatchObject({ metric: 'accuracy', direction: 'up' });
  });

  it('reads "shrinks the model by 16x" as size and "23% fewer multiply-adds" as compute', () => {
    const text = 'We present TransFPGA. The block-circulant compression shrinks the model by 16x. The network uses 23% fewer multiply-adds.';
    expect(claimAt(text, '16x')).toMatchObject({ metric: 'size', direction: 'down' });
    expect(claimAt(text, '23%')).toMatchObject({ metric: 'compute', direction: 'down' });
  });
});

describe('"up to" standing for "by up to"', () => {
  it('reads "reduces the energy per token up to 3.2 times" and "is reduced up to 5 times", not a change noun\'s "of up to"', () => {
    const text = 'We present X. X reduces the energy consumption per token up to 3.2 times. The total training time is reduced up to 5 times.';
    expect(claimAt(text, '3.2 times')).toMatchObject({ metric: 'energy', direction: 'down', qualifier: 'up to' });
    expect(claimAt(text, '5 times')).toMatchObject({ metric: 'speedup', direction: 'up', qualifier: 'up to' });
  });
});

describe('the object of a comparison and the measure of its points', () => {
  it('reads points over a compared system as quality unless a measure follows them', () => {
    const text = 'We present SpLoRA. With only 0.24% trainable parameters, SpLoRA outperforms LoRA at rank 16 by 2.3 points on average. PowerCap outperforms static capping by 8 percentage points of energy savings.';
    expect(claimAt(text, '2.3 points')).toMatchObject({ metric: 'accuracy', direction: 'up' });
    expect(claimAt(text, '8 percentage points')).toMatchObject({ metric: 'energy' });
  });

  it('reads a percent over a system after a speedup as more speed, and a time to a target as the subject', () => {
    const text = 'We present HydraTree. It attains a wall-clock speedup of 3.05x to 3.62x, outperforming EAGLE-2 by 12-18%. Wall-clock time to reach target accuracy drops by 61% on the testbed.';
    expect(claimAt(text, '12-18%')).toMatchObject({ metric: 'speedup', direction: 'up', baseline: 'EAGLE-2' });
    expect(claimAt(text, '61%')).toMatchObject({ metric: 'speedup' });
  });
});

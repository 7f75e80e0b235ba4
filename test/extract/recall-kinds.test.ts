/**
 * Kinds of claims written in unseen arXiv-style abstracts: own small parameter counts, measures of
 * work other than time (spikes, draft tokens, steps), speech scales, device-hours of a named GPU.
 */
import { describe, expect, it } from 'vitest';
import { claimAt, run } from './helpers.js';

describe('own parameter counts are results', () => {
  it('reads a count in parentheses after fewer parameters, or after a named model with a result', () => {
    const fewer = 'Against prior lightweight detectors, our network needs fewer parameters (3.4M) and runs faster.';
    expect(claimAt(fewer, 'fewer parameters (3.4M)')).toMatchObject({ metric: 'size', value: 3_400_000, unit: 'params', direction: null });
    const named = 'PicoSeg-T (6.1M parameters) achieves 77.9% mIoU on Cityscapes.';
    expect(claimAt(named, '6.1M parameters')).toMatchObject({ metric: 'size', value: 6_100_000, unit: 'params' });
    expect(claimAt(named, '77.9%')).toMatchObject({ metric: 'accuracy', value: 77.9 });
  });

  it('reads a size an appositive gives the paper\'s model, and the count of a share of parameters', () => {
    const appositive = 'Our detector, with 2.6M parameters, outperforms YOLOv8-n on COCO.';
    expect(claimAt(appositive, '2.6M parameters')).toMatchObject({ metric: 'size', value: 2_600_000, unit: 'params' });
    const share = 'Our method tunes only 0.04% of the parameters (0.5M).';
    expect(claimAt(share, '(0.5M)')).toMatchObject({ metric: 'size', value: 500_000, unit: 'params' });
  });

  it('keeps sizes of models used as set-up', () => {
    expect(run('We adapt Mistral-7B and LLaMA (13B parameters) to code review with our adapter.').claims).toEqual([]);
  });
});

describe('measures of work other than time and compute', () => {
  it('reads spikes, firing activity and drafted tokens as other', () => {
    const spikes = 'After conversion, the SNN fires at a spike rate of 0.05 spikes per neuron per timestep.';
    expect(claimAt(spikes, '0.05')).toMatchObject({ metric: 'other', unit: 'spikes', direction: null });
    const firing = 'The regularizer gives a 2.7-fold reduction in firing activity with no accuracy loss.';
    expect(claimAt(firing, '2.7-fold')).toMatchObject({ metric: 'other', value: 2.7, unit: 'x', direction: 'down' });
    const draft = 'With tree verification, our drafter needs 33% fewer draft tokens per accepted token.';
    expect(claimAt(draft, '33%')).toMatchObject({ metric: 'other', unit: '%', direction: 'down' });
  });

  it('reads fewer sampling steps as a speedup, and a real-time factor as other', () => {
    const steps = 'Our consistency student needs 9.4× fewer sampling steps than its 40-step teacher.';
    expect(claimAt(steps, '9.4×')).toMatchObject({ metric: 'speedup', value: 9.4, unit: 'x', direction: 'up' });
    const rtf = 'The streaming recognizer runs at a real-time factor of 0.061 on one CPU core.';
    expect(claimAt(rtf, '0.061')).toMatchObject({ metric: 'other', unit: 'RTF', direction: null });
  });
});

describe('device-hours of a named GPU', () => {
  it('reads A100-hours as GPU-hours of a whole job', () => {
    const text = 'Pre-training our 1.1B model from scratch takes 410 A100-hours.';
    expect(claimAt(text, '410 A100-hours')).toMatchObject({ metric: 'time', value: 410, unit: 'GPU-h', hardware: 'A100', hardware_class: 'gpu' });
  });
});

describe('overheads and speech scales', () => {
  it('reads a share of a time or a rate that something costs as an overhead, not a speedup: of a time a latency, of a rate another measure', () => {
    const share = 'The runtime monitor adds an overhead of roughly 2.5\\% of throughput.';
    expect(claimAt(share, '2.5\\%')).toMatchObject({ metric: 'other', unit: '%', qualifier: 'about' });
    const adds = 'Tracing adds roughly 4% to the step time.';
    expect(claimAt(adds, '4%')).toMatchObject({ metric: 'latency', unit: '%', qualifier: 'about', direction: null });
    const costs = 'Verification costs ≤5% of decode time in all settings.';
    expect(claimAt(costs, '5% of decode time')).toMatchObject({ metric: 'latency', unit: '%', qualifier: 'less than', direction: null });
  });

  it('reads a measure named with its abbreviation in parentheses', () => {
    const text = 'Our conformer reaches a word error rate (WER) of 2.4%/5.6% on LibriSpeech test-clean/test-other.';
    expect(claimAt(text, '2.4%')).toMatchObject({ metric: 'accuracy', value: 2.4, unit: '%', direction: null, evidence: 'word error rate (WER) of 2.4%' });
    expect(claimAt(text, '5.6%')).toMatchObject({ metric: 'accuracy', value: 5.6, unit: '%', direction: null });
  });
});

describe('quality set against a compared system', () => {
  it('reads a difference on a quality scale whatever the subject names', () => {
    const text = 'Our low-rank adapter outperforms DoRA by $0.6$ perplexity on C4.';
    expect(claimAt(text, '0.6')).toMatchObject({ metric: 'accuracy', unit: 'PPL', direction: 'down', baseline: 'DoRA' });
  });

  it('reads the first percent of a pair against the compared one as the paper\'s value', () => {
    const text = 'With frozen embeddings, our method scores 79.3% vs. 79.9% for full fine-tuning on SuperGLUE.';
    expect(claimAt(text, '79.3%')).toMatchObject({ metric: 'accuracy', value: 79.3, unit: '%', direction: null });
    expect(run(text).claims.map((c) => c.value)).not.toContain(79.9);
  });
});

describe('quality gaps with the measure implied or written after the system', () => {
  it('reads a percent under a system of reference quality as a quality drop', () => {
    const text = 'Our 3-bit student is at most 1.2\\% below full precision, and $\\leq$0.7\\% under the dense model on BoolQ.';
    expect(claimAt(text, '1.2\\%')).toMatchObject({ metric: 'accuracy', unit: '%', direction: 'down', qualifier: 'less than', baseline: 'full precision' });
    expect(claimAt(text, '0.7\\%')).toMatchObject({ metric: 'accuracy', unit: '%', direction: 'down', qualifier: 'less than', baseline: 'dense model' });
  });

  it('keeps a percent under a target of another measure out of quality', () => {
    const text = 'Our scheduler keeps latency 20% below the SLO under bursty load.';
    expect(run(text).claims.map((c) => c.metric)).not.toContain('accuracy');
  });

  it('reads a bound whose scale is named after the compared system', () => {
    const text = 'At 2 bits, our codebook model stays within $0.3$ of the BF16 model\'s perplexity on C4.';
    expect(claimAt(text, '0.3')).toMatchObject({ metric: 'accuracy', unit: 'PPL', qualifier: 'less than', direction: null, baseline: 'BF16 model' });
  });

  it('reads a change in points with no measure, and a measure after the compared system', () => {
    const drop = 'Outlier-aware rounding limits the drop to 0.4 points on MMLU.';
    expect(claimAt(drop, '0.4 points')).toMatchObject({ metric: 'accuracy', unit: 'pt', direction: 'down' });
    const than = 'Our searched network is 1.2% higher than MobileNetV3-L in top-1 accuracy.';
    expect(claimAt(than, '1.2%')).toMatchObject({ metric: 'accuracy', unit: '%', direction: 'up', baseline: 'MobileNetV3-L' });
  });
});

describe('model storage and fractions of a compared system', () => {
  it('reads bytes a named model is shrunk to as its size, and the reduction beside it as a size change', () => {
    const text = 'Our codebook quantizer shrinks Mistral-7B to 4.2 GB, a 3.4X reduction from FP16.';
    expect(claimAt(text, '4.2 GB')).toMatchObject({ metric: 'size', value: 4.2, unit: 'GB', direction: null });
    expect(claimAt(text, '3.4X')).toMatchObject({ metric: 'size', value: 3.4, unit: 'x', direction: 'down' });
  });

  it('reads a fraction of a compared system\'s measure as a plain ratio', () => {
    const text = 'The searched network uses about one-fourth of the compute of ResNet-50.';
    expect(claimAt(text, 'one-fourth')).toMatchObject({ metric: 'compute', value: 0.25, unit: 'x', direction: null, qualifier: 'about', baseline: 'ResNet-50' });
  });
});

describe('compression, gaps and settings', () => {
  it('reads what a verb compresses: the model is a size, anything else another measure', () => {
    const prompts = 'Our selector compresses prompts by 6.2x on average.';
    expect(claimAt(prompts, '6.2x')).toMatchObject({ metric: 'other', unit: 'x', direction: 'down', qualifier: 'on average' });
    const model = 'The pipeline compresses the ViT-B model by 5.5x.';
    expect(claimAt(model, '5.5x')).toMatchObject({ metric: 'size', unit: 'x', direction: 'down' });
  });

  it('takes the system a narrowed gap is to as the baseline', () => {
    const text = 'Our calibration narrows the accuracy gap to full precision by 46% on OPT models.';
    expect(claimAt(text, '46%')).toMatchObject({ metric: 'accuracy', direction: 'down', baseline: 'full precision' });
  });

  it('keeps a compression setting out of the claims', () => {
    const text = 'Our pruned model reaches 75.3% accuracy at 50% compression.';
    expect(run(text).claims.map((c) => c.value)).toEqual([75.3]);
  });
});

describe('more quality and size phrasings', () => {
  it('reads a change noun after a number on a quality scale, and points a result loses', () => {
    const noun = 'Our sparse model incurs only a 0.3 perplexity increase over the dense model.';
    expect(claimAt(noun, '0.3 perplexity increase')).toMatchObject({ metric: 'accuracy', unit: 'PPL', direction: 'up', baseline: 'dense model' });
    const loses = 'The 3-bit model loses at most 0.8 points relative to BF16.';
    expect(claimAt(loses, '0.8 points')).toMatchObject({ metric: 'accuracy', unit: 'pt', direction: 'down', qualifier: 'less than', baseline: 'BF16' });
  });

  it('reads plural error rates, an abbreviated scale and own trainable parameters', () => {
    const wers = 'Our recognizer achieves WERs of 1.9% and 4.4% on test-clean and test-other.';
    expect(claimAt(wers, '1.9%')).toMatchObject({ metric: 'accuracy', value: 1.9, direction: null });
    expect(claimAt(wers, '4.4%')).toMatchObject({ metric: 'accuracy', value: 4.4, direction: null });
    const rtf = 'The vocoder runs at a real-time factor (RTF) of 0.09 on a phone CPU.';
    expect(claimAt(rtf, '0.09')).toMatchObject({ metric: 'other', unit: 'RTF' });
    const trainable = 'Each task adapter adds just 0.15M trainable parameters.';
    expect(claimAt(trainable, '0.15M trainable parameters')).toMatchObject({ metric: 'size', value: 150_000, unit: 'params' });
  });
});

describe('model bytes, compared values and device-hours', () => {
  it('reads bytes a named model is compressed to as its size, and skips the compared system\'s bytes', () => {
    const from = 'We compress RoBERTa-large from 1.4 GB to 96 MB.';
    expect(claimAt(from, '96 MB')).toMatchObject({ metric: 'size', value: 96, unit: 'MB' });
    const compared = 'Our 3-bit checkpoint is 5.1 GB, compared with 27 GB for BF16.';
    expect(run(compared).claims.map((c) => c.value)).toEqual([5.1]);
  });

  it('reads hours of a TPU generation as TPU-hours, and tokens per forward pass as another measure', () => {
    const tpu = 'Our recipe pre-trains the model in 120 TPUv4-hours.';
    expect(claimAt(tpu, '120 TPUv4-hours')).toMatchObject({ metric: 'time', unit: 'TPU-h', hardware_class: 'tpu' });
    const tokens = 'The tree drafter accepts 2.4x more tokens per forward pass.';
    expect(claimAt(tokens, '2.4x')).toMatchObject({ metric: 'other', unit: 'x', direction: 'up' });
  });
});

describe('a quality held to a compared system', () => {
  it('bounds a measure held to a system within a percent, with no device of an earlier predicate', () => {
    const text = 'Our optimizer scales with 91% weak-scaling efficiency from 64 to 256 GPUs and preserves the loss curve of the baseline to within 0.4%.';
    expect(claimAt(text, '0.4%')).toMatchObject({ metric: 'accuracy', unit: '%', qualifier: 'less than', direction: null, baseline: 'baseline', hardware_class: null });
  });
});

describe('a comparative set beside a value its unit names', () => {
  it('compares the measure of the value before it, with a qualifier between', () => {
    const text = 'Energy per frame on the Pixel 8 is 1.9 J, roughly $\\sim$4x lower than cloud offloading once uplink energy is counted.';
    expect(claimAt(text, '4x lower')).toMatchObject({ metric: 'energy', value: 4, unit: 'x', direction: 'down', qualifier: 'about', baseline: 'cloud offloading' });
  });
});

describe('pipeline bubbles, epoch times and die area', () => {
  it('reads a bubble ratio as other, an epoch time as a job time and a share of die area as other', () => {
    const text =
      'We propose Zigzag. Zigzag reduces the bubble ratio to below 2%. It reduces the epoch time of GraphSAGE on ' +
      'ogbn-papers100M to 7.3 s. The added logic occupies 4.8% of the HBM die area.';
    expect(claimAt(text, '2%')).toMatchObject({ metric: 'other', qualifier: 'less than' });
    expect(claimAt(text, '7.3 s')).toMatchObject({ metric: 'time' });
    expect(claimAt(text, '4.8%')).toMatchObject({ metric: 'other' });
  });
});


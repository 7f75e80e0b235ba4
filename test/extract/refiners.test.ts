import { describe, expect, it } from 'vitest';
import { claimAt, claimsAt } from './helpers.js';

describe('QualifierRefiner (Decision 6)', () => {
  it('maps written qualifiers to the CLAIMS.md set', () => {
    const cases: ReadonlyArray<readonly [string, string]> = [
      ['up to', 'up to'], ['as much as', 'up to'], ['approximately', 'about'], ['around', 'about'], ['~', 'about'],
      ['at least', 'at least'], ['more than', 'more than'], ['over', 'more than'], ['under', 'less than'],
      ['below', 'less than'], ['within', 'less than'], ['<', 'less than'], ['nearly', 'nearly'], ['almost', 'nearly'],
      ['on average', 'on average'], ['an average of', 'on average'],
    ];
    for (const [written, qualifier] of cases) {
      const text = `Our kernel is ${written} 3.5x faster than cuBLAS.`;
      expect(claimAt(text, '3.5x').qualifier, written).toBe(qualifier);
    }
  });

  it('lets the closest qualifier win and does not carry it along a list', () => {
    const text = 'On average, our engine runs up to 3.92x and 1.45x faster than FlashAttention and FlashInfer.';
    expect(claimAt(text, '3.92x').qualifier).toBe('up to');
    expect(claimAt(text, '1.45x').qualifier).toBeNull();
  });

  it('reads a trailing "on average"', () => {
    expect(claimAt('It improves the execution by 7.04x on average.', '7.04x').qualifier).toBe('on average');
  });
});

describe('DirectionRefiner and FactorRefiner (Decision 1, factor semantics)', () => {
  it('computes factors on one scale', () => {
    expect(claimAt('It is 2x faster.', '2x').factor).toBe(2);
    expect(claimAt('It brings a 50% memory reduction.', '50%').factor).toBe(2);
    expect(claimAt('It gives a 31% inference speedup.', '31%').factor).toBe(1.31);
    expect(claimAt('It brings a 4.0times energy reduction.', '4.0times').factor).toBe(4);
    expect(claimAt('It shows 28% latency reduction.', '28%').factor).toBeCloseTo(1.388889, 6);
    expect(claimAt('It reduces the error by 40%.', '40%').factor).toBeCloseTo(1 / 0.6, 6);
    expect(claimAt('It comes with an accuracy loss of 0.5%.', '0.5%').factor).toBeCloseTo(0.995, 6);
    const more = claimAt('Large models consume up to 4600x more energy than traditional models.', '4600x');
    expect(more.direction).toBe('up');
    expect(more.factor).toBeCloseTo(1 / 4600, 9);
  });

  it('has no factor for absolute values, points and impossible reductions', () => {
    expect(claimAt('It reaches 79ms latency.', '79ms').factor).toBeNull();
    expect(claimAt('It gains 3.3 points higher GLUE score.', '3.3 points').factor).toBeNull();
    expect(claimAt('It cuts energy by 100% in idle phases.', '100%').factor).toBeNull();
  });

  it('gives each end of a range its factor', () => {
    const range = claimAt('It reduces latency by 15~30%.', '15~30%');
    expect(range.factor).toBeCloseTo(1 / 0.85, 5);
    expect(range.factor_max).toBeCloseTo(1 / 0.7, 5);
  });
});

describe('BaselineRefiner (Decision 7)', () => {
  it('reaches across clauses of one sentence but never across sentences', () => {
    const text = 'Our model achieves 3.1% better top-1 accuracy than MobileNetV2, while being 1.2times faster with measured GPU latency. It is also 2x smaller.';
    expect(claimAt(text, '1.2times').baseline).toBe('MobileNetV2');
    expect(claimAt(text, '2x').baseline).toBeNull();
  });

  it('pairs "respectively" lists', () => {
    const text = 'Edge-MoE achieves 2.24x and 4.90x better energy efficiency comparing with GPU and CPU, respectively.';
    expect(claimAt(text, '2.24x').baseline).toBe('GPU');
    expect(claimAt(text, '4.90x').baseline).toBe('CPU');
  });

  it('gives absolute values no baseline', () => {
    expect(claimAt('Our model reaches 96.1% accuracy, better than prior models.', '96.1%').baseline).toBeNull();
  });
});

describe('HardwareRefiner (Decision 8)', () => {
  it('takes the device of the sentence, not the compared one', () => {
    const text = 'FlightLLM beats NVIDIA A100 GPU with 1.2times higher throughput using the latest Versal VHK158 FPGA.';
    expect(claimAt(text, '1.2times')).toMatchObject({ hardware_class: 'fpga', baseline: 'NVIDIA A100 GPU' });
    expect(claimAt(text, '1.2times').hardware_entity).toEqual({ name: 'Versal VHK158', class: 'fpga', vendor: 'AMD Xilinx' });
  });

  it('uses the platform the whole work is evaluated on, except for accuracy and size', () => {
    const text = 'We evaluate our design on a Xilinx VCU1525 FPGA card. It achieves an average speedup of 1.75x with an accuracy loss of 0.56%.';
    expect(claimAt(text, '1.75x').hardware_class).toBe('fpga');
    expect(claimAt(text, '0.56%').hardware_class).toBeNull();
  });

  it('reads clusters from counts (N >= 8) and device-hours from units', () => {
    expect(claimAt('We train 3x faster on 128 GPUs than Megatron.', '3x').hardware_class).toBe('cluster');
    expect(claimAt('We train 3x faster on 2 GPUs than Megatron.', '3x').hardware_class).toBe('gpu');
    expect(claimAt('Our search takes only 30 TPU-hours.', '30 TPU-hours')).toMatchObject({ hardware: 'TPU', hardware_class: 'tpu' });
  });

  it('pairs devices with "respectively"', () => {
    const text = 'We obtain 40.4% and 45.2% higher throughput on Nvidia V100 GPU and Intel Xeon CPU, respectively.';
    expect(claimAt(text, '40.4%').hardware_class).toBe('gpu');
    expect(claimAt(text, '45.2%').hardware_class).toBe('cpu');
  });
});

describe('PhaseRefiner', () => {
  it('takes the phase of the claim phrase, then its clause', () => {
    expect(claimAt('It brings 23% faster BERT pretraining than Nvidia.', '23%').phase).toBe('training');
    expect(claimAt('It generates tokens up to 1.97x faster than vLLM.', '1.97x').phase).toBe('decode');
    expect(claimAt('Our kernels speed up training of GPT models by 2x.', '2x').phase).toBe('training');
  });

  it('gives latency values inference and accuracy no phase', () => {
    expect(claimAt('FBNet-B reaches 23.1 ms latency on a Samsung S8 phone.', '23.1 ms').phase).toBe('inference');
    expect(claimAt('During training, it reaches 74.1% top-1 accuracy.', '74.1%').phase).toBeNull();
  });
});

describe('compared systems listed with "respectively"', () => {
  it('pairs each number with its own compared system, past a list joined by "and the"', () => {
    const text = 'We propose X. It reaches an energy efficiency of 37.3 images/J, which is 3.9x and 1.7x higher than an NVIDIA A10 GPU and the best prior FPGA ViT accelerator, respectively.';
    expect(claimAt(text, '3.9x').baseline).toBe('NVIDIA A10 GPU');
    expect(claimAt(text, '1.7x').baseline).toBe('best prior FPGA ViT accelerator');
  });
});


describe('baselines named by a setting or after the measure', () => {
  it('reads "than on the host CPU" and "than with padded attention" as the compared side', () => {
    expect(claimAt('We present PIM-GNN. The aggregation kernel alone runs 11.7x faster than on the host CPU.', '11.7x').baseline).toBe('host CPU');
    expect(claimAt('We present FuseGen. End-to-end pretraining runs 1.9x faster than with padded attention.', '1.9x').baseline).toBe('padded attention');
  });

  it('reads the system after a share of its measure ("82% of the throughput of a server-grade A100 GPU")', () => {
    const text = 'We present HotCold. On a PC with an RTX 4090, HotCold reaches 82% of the throughput of a server-grade A100 GPU.';
    expect(claimAt(text, '82%')).toMatchObject({ unit: '%of', baseline: 'server-grade A100 GPU', hardware_class: 'gpu' });
  });
});

describe('compared lists and counts after "over"', () => {
  it('pairs "than vLLM, Sarathi-Serve and DistServe, respectively" with the numbers in order', () => {
    const text = 'We present Tessera. Tessera serves 2.3x, 1.9x and 1.4x more requests per second than vLLM, Sarathi-Serve and DistServe, respectively.';
    expect(claimsAt(text, '1.9x').map((c) => c.baseline)).toContain('Sarathi-Serve');
    expect(claimsAt(text, '1.4x').map((c) => c.baseline)).toContain('DistServe');
  });

  it('does not read "averaged over eight tasks" as a compared system', () => {
    const text = 'We present TwirlQuant. It increases WikiText-2 perplexity over FP16 by only 0.47 and retains 97.2% of the FP16 accuracy averaged over eight tasks.';
    expect(claimAt(text, '0.47').baseline).toBe('FP16');
  });
});

describe('comparisons of two clauses', () => {
  it('keeps "Compared with X, ... 1.7x ..., and compared with Y it improves ... by 2.3x" apart', () => {
    const text =
      'We present StreamTile. Compared with an NVIDIA RTX A6000 GPU, it delivers 1.7x higher throughput, and compared with the ' +
      'state-of-the-art FPGA accelerator it improves throughput by 2.3x.';
    expect(claimAt(text, '1.7x').baseline).toBe('NVIDIA RTX A6000 GPU');
    expect(claimAt(text, '2.3x').baseline).toBe('state-of-the-art FPGA accelerator');
  });

  it('gives the next object of a shared comparing verb its own baseline ("outperforming Medusa by 1.3x and EAGLE by 8%")', () => {
    const text = 'We present BranchDraft. It reaches a 2.8x speedup, outperforming Medusa by 1.3x and EAGLE by 8%.';
    expect(claimAt(text, '8%').baseline).toBe('EAGLE');
  });

  it('still reads a trailing ", compared to an A100 GPU" as the comparison of the claims before it', () => {
    const text = 'We present DRAMAttn. DRAMAttn accelerates attention by 9.4x and decoding by 2.8x, compared to an A100 GPU.';
    expect(claimAt(text, '2.8x').baseline).toBe('A100 GPU');
  });
});

describe('BaselineRefiner: more forms of the compared system', () => {
  it('reads a compared system whose name opens with a hyphenated number ("compared to 32-bit AdamW")', () => {
    const text = 'We present Q4Adam. Our 4-bit AdamW reduces optimizer-state memory by 87.5% compared to 32-bit AdamW.';
    expect(claimAt(text, '87.5%')).toMatchObject({ metric: 'memory', baseline: '32-bit AdamW' });
  });

  it('reads the system after "twice as fast as" and "3x as efficient as", not after "as fast as possible"', () => {
    const text = 'We present FuseOpt. A fused kernel makes the optimizer step twice as fast as the unfused PyTorch kernel. It is 3x as energy-efficient as the FP16 baseline.';
    expect(claimAt(text, 'twice')).toMatchObject({ metric: 'speedup', baseline: 'unfused PyTorch kernel' });
    expect(claimAt(text, '3x')).toMatchObject({ baseline: 'FP16 baseline' });
  });

  it('shares a closing comparison between changes joined by "and", not with a comparative adjective before them', () => {
    const joined = 'We present SparseSync. SparseSync reduces gradient traffic by nearly 96% and shortens fine-tuning time by 2.6x relative to uncompressed data parallelism.';
    expect(claimAt(joined, '96%')).toMatchObject({ baseline: 'uncompressed data parallelism' });
    expect(claimAt(joined, '2.6x')).toMatchObject({ baseline: 'uncompressed data parallelism' });
    const adjective = 'We present KV2. The smaller cache allows a 4.6x larger batch on one GPU and raises serving throughput by 3.1x over FP16.';
    expect(claimAt(adjective, '4.6x').baseline).toBeNull();
    expect(claimAt(adjective, '3.1x').baseline).toBe('FP16');
  });
});

describe('a comparison after "outperforms X at"', () => {
  it('keeps "at 33% fewer FLOPs" as the work\'s own saving', () => {
    const text = 'We present GhostShuffle. It outperforms MobileNetV3-Large by 0.6% at 33% fewer FLOPs.';
    expect(claimAt(text, '33%')).toMatchObject({ metric: 'compute', direction: 'down' });
  });
});

describe('QualifierRefiner: the closer qualifier', () => {
  it('reads "average accuracy is within 0.6 points" as "less than", the word nearest the number', () => {
    const text = 'We present KVLite. On LongBench, average accuracy is within 0.6 points of the FP16 model.';
    expect(claimAt(text, '0.6 points')).toMatchObject({ metric: 'accuracy', qualifier: 'less than' });
    expect(claimAt('We present X. X reaches an average speedup of 1.75x.', '1.75x').qualifier).toBe('on average');
  });
});

describe('a share of the original and the size a work trains', () => {
  it('reads "up to 54% and 69% of the original SDXL model" with that model as baseline, and "trains models of over 100B parameters" as training', () => {
    const text = 'We present KOALA. It reduces the model size up to 54% and 69% of the original SDXL model. ZeRO trains large models of over 100B parameters on 400 GPUs.';
    expect(claimAt(text, '54%')).toMatchObject({ metric: 'size', baseline: 'original SDXL model' });
    expect(claimAt(text, '100B')).toMatchObject({ metric: 'size', phase: 'training' });
  });
});

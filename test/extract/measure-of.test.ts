import { describe, expect, it } from 'vitest';
import { claimAt, claimsAt, run } from './helpers.js';

describe('MeasureOfParser: the measure named before the number', () => {
  it('reads "an average speedup of 1.75x over B" with its qualifier', () => {
    const text = 'Experiments on FPGA show an average speedup of 1.75x over the dense training baseline.';
    expect(claimAt(text, '1.75x')).toMatchObject({ metric: 'speedup', qualifier: 'on average', baseline: 'dense training baseline' });
  });

  it('reads "accuracy loss of 0.56% on average" as a quality drop', () => {
    const text = 'This comes with a negligible accuracy loss of 0.56% on average.';
    expect(claimAt(text, '0.56%')).toMatchObject({ evidence: 'accuracy loss of 0.56%', metric: 'accuracy', direction: 'down', qualifier: 'on average' });
  });

  it('reads absolute values after their measure ("memory overhead of just 0.0004%", "query latency below 100ms")', () => {
    expect(claimAt('It keeps a runtime memory overhead of just 0.0004%.', '0.0004%')).toMatchObject({ metric: 'memory', direction: null, unit: '%' });
    expect(claimAt('TILDEv2 maintains query latency below 100ms on commodity CPUs.', '100ms')).toMatchObject({ metric: 'latency', qualifier: 'less than', hardware_class: 'cpu' });
  });

  it('reads "search cost is only 8 epochs" as time (Decision 11)', () => {
    expect(claimAt('Our search cost is only 8 epochs on ImageNet.', '8 epochs')).toMatchObject({ metric: 'time', unit: 'epochs', phase: 'search' });
  });

  it('gives one claim per measure for one number (Decision 5)', () => {
    const text = 'Our design leads to energy and latency decrease up to 87%.';
    const claims = claimsAt(text, '87%');
    expect(claims.map((c) => c.metric).sort()).toEqual(['energy', 'speedup']);
    expect(claims.every((c) => c.direction === 'down' && c.qualifier === 'up to')).toBe(true);
  });

  it('reads through "(e.g., ...)" to the measure: "throughput improvement (e.g., 9.7x - 3,201x)"', () => {
    const text = 'RT-NeRF achieves a large throughput improvement (e.g., 9.7x - 3,201x) as compared with SOTA efficient NeRF solutions.';
    expect(claimAt(text, '9.7x')).toMatchObject({ metric: 'speedup', value: 9.7, value_max: 3201, baseline: 'SOTA efficient NeRF solutions' });
  });

  it('reads a pronoun subject of a change as the measure of the claim before it in the sentence', () => {
    const text = 'With sampling the speedup decreases to 1.9x, and at batch size 16 it falls below 1.2x because verification is compute-bound.';
    const claim = claimAt(text, '1.2x');
    expect(claim).toMatchObject({ metric: 'speedup', value: 1.2, qualifier: 'less than', direction: 'up' });
    expect(claim.evidence).toBe('falls below 1.2x');
    // With no claim before it, the pronoun stands for nothing the sentence measures.
    expect(run('At batch size 16 it falls below 1.2x.').claims.filter((c) => c.metric !== 'other')).toEqual([]);
  });

  it('reads a several-word measure right before a verb link, and a count inside the setting phrase', () => {
    const hit = 'With only a quarter of the experts resident, the cache hit rate reaches 78%.';
    expect(claimAt(hit, '78%')).toMatchObject({ metric: 'other', value: 78, unit: '%', evidence: 'cache hit rate reaches 78%' });
    const setting = 'At 2.25 bits per weight, the average zero-shot accuracy over 6 tasks is 64.1%.';
    expect(claimAt(setting, '64.1%')).toMatchObject({ metric: 'accuracy', value: 64.1, qualifier: 'on average' });
  });

  it('skips a compared system after "speedup over" even when it ends in a measure word', () => {
    const text = 'We propose Cartographer. The geometric-mean speedup over PyTorch eager execution is 2.4 times on the GPU and 1.6 times on the two CPUs.';
    expect(claimAt(text, '2.4 times')).toMatchObject({ metric: 'speedup', baseline: 'PyTorch eager execution', hardware_class: 'gpu' });
    expect(claimAt(text, '1.6 times')).toMatchObject({ metric: 'speedup', evidence: '1.6 times on the two CPUs' });
    expect(claimAt('We propose X. Its area efficiency is improved by 2.1x over prior accelerators [12].', '2.1x')).toMatchObject({ metric: 'other', direction: 'up', baseline: 'prior accelerators' });
  });

  it('passes over the setting a measure is taken at: "throughput at batch size 128 improves 4.1 times"', () => {
    const text = 'We present SLKV. Decoding throughput at batch size 128 improves 4.1 times over the uncompressed model in vLLM.';
    expect(claimAt(text, '4.1 times')).toMatchObject({ metric: 'speedup', direction: 'up' });
  });

  it('reads what a method costs in quality as a loss: "at a cost of just 0.2% accuracy"', () => {
    const text = 'We present DS-CNN-Q. Our sub-byte kernels reduce latency by 36% at a cost of just 0.2% accuracy.';
    expect(claimAt(text, '0.2%')).toMatchObject({ metric: 'accuracy', direction: 'down' });
  });

  it('gives a value the measure written after it: "with 66.3M parameters achieves 80.6% top-1 accuracy"', () => {
    const text = 'We present SpikeFormer-E. On ImageNet-1K, SpikeFormer-E with 66.3M parameters achieves 80.6% top-1 accuracy with 4 timesteps.';
    expect(claimAt(text, '80.6%')).toMatchObject({ metric: 'accuracy', evidence: '80.6% top-1 accuracy' });
  });

  it('gives an absolute amount of change its direction, and the evidence the measure after it', () => {
    const text = 'We present X. Over a year, this saves roughly 1.2 GWh of electricity. The method increases peak memory by only 310 MB. Our model needs 2 GB of memory.';
    expect(claimAt(text, '1.2 GWh')).toMatchObject({ direction: 'down', evidence: '1.2 GWh of electricity' });
    expect(claimAt(text, '310 MB')).toMatchObject({ metric: 'memory', direction: 'up' });
    expect(claimAt(text, '2 GB')).toMatchObject({ metric: 'memory', direction: null });
  });

  it('reads a change set beside a quality value as a change of quality: "63.2%, an improvement of 4.6%"', () => {
    const text = 'We present TinyFuse. On a Cortex-M4 board, we obtain 63.2%, an improvement of 4.6% over the best prior MCU result.';
    expect(claimAt(text, '4.6%')).toMatchObject({ metric: 'accuracy', direction: 'up', evidence: 'improvement of 4.6%' });
  });
});

describe('a measure, a setting, then its value', () => {
  it('reads "Scaling efficiency from 8 to 64 GPUs is 88%" as the efficiency', () => {
    const text = 'We present SyncLess. Scaling efficiency from 8 to 64 GPUs is 88%.';
    expect(claimAt(text, '88%')).toMatchObject({ metric: 'other', unit: '%', evidence: 'Scaling efficiency from 8 to 64 GPUs is 88%' });
  });
});

describe('a verb that governs the measure a factor follows', () => {
  it('reads "while shrinking the in-memory index 24x" and "cuts KV memory 3x" as reductions', () => {
    const text = 'We present BitScan. BitScan keeps recall while shrinking the in-memory index 24x. It also cuts KV memory 3x.';
    expect(claimAt(text, '24x')).toMatchObject({ metric: 'memory', direction: 'down', evidence: 'shrinking the in-memory index 24x' });
    expect(claimAt(text, '3x')).toMatchObject({ metric: 'memory', direction: 'down' });
  });
});

describe('ranges of machines', () => {
  it('reads "efficiency from 128 to 1,024 GPUs remains above 91%" and drops the counts of chips a range names', () => {
    const text = 'We present QAR. Weak-scaling efficiency from 128 to 1,024 GPUs remains above 91%. Our pod achieves 77.1% weak-scaling efficiency from 16 to 2,048 chips.';
    expect(claimAt(text, '91%')).toMatchObject({ metric: 'other', qualifier: 'more than' });
    expect(run(text).claims.map((c) => c.value)).toEqual([91, 77.1]);
  });

  it('reads a measure followed by a short aside in parentheses ("the car 3D AP (moderate) is 77.9%")', () => {
    const text = 'We present Pc. On KITTI, the car 3D AP (moderate) is 77.9%, a drop of less than 0.5 points relative to PointPillars.';
    expect(claimAt(text, '77.9%')).toMatchObject({ metric: 'accuracy', value: 77.9, unit: '%' });
    expect(run(text).claims.map((c) => c.value)).toEqual([77.9, 0.5]);
  });

  it('reads a setting with a number made an adjective between a measure and its link ("the time-to-first-token for a 1M-token prompt drops to 4.9 minutes")', () => {
    const text = 'We present Sp. The time-to-first-token for a 1M-token prompt drops to 4.9 minutes. The generation time for a 5-second clip drops to 94 seconds.';
    expect(claimAt(text, '4.9 minutes')).toMatchObject({ metric: 'latency', evidence: 'time-to-first-token for a 1M-token prompt drops to 4.9 minutes' });
    // (A minute or more is a job's time, whatever one item's measure is called.)
    expect(claimAt(text, '94 seconds')).toMatchObject({ metric: 'time' });
  });

  it('reads a value that names its own measure after "reach" as that measure, not the setting before the verb ("2:8 sparsity reach 76.1% top-1 accuracy")', () => {
    const text = 'We present Sp. Models trained with 2:8 sparsity reach 76.1% top-1 accuracy on ImageNet.';
    expect(claimAt(text, '76.1%')).toMatchObject({ metric: 'accuracy', evidence: '76.1% top-1 accuracy' });
  });
});

describe('a comparative after a linked number', () => {
  it('reads "the final loss ... is 0.3% higher than that of BF16" as up and "error ... is 2.6x lower than X" as down', () => {
    const text = 'We present X. The final loss of FP8 training is on average only 0.3% higher than that of BF16. The numerical error of our FP8 attention is 2.6x lower than that of a baseline FP8 implementation.';
    expect(claimAt(text, '0.3%')).toMatchObject({ metric: 'accuracy', direction: 'up', baseline: 'BF16', qualifier: 'on average' });
    expect(claimAt(text, '2.6x')).toMatchObject({ metric: 'accuracy', direction: 'down', baseline: 'baseline FP8 implementation' });
  });
});

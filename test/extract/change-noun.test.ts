import { describe, expect, it } from 'vitest';
import { claimAt, run } from './helpers.js';

describe('ChangeNounParser: a number followed by what changed', () => {
  it('reads "N x energy reduction" and "N x speedup"', () => {
    const text = 'OliVe surpasses the existing accelerator, GOBO, by 4.5times speedup and 4.0times energy reduction.';
    expect(claimAt(text, '4.5times')).toMatchObject({ evidence: '4.5times speedup', metric: 'speedup', direction: 'up', baseline: 'existing accelerator, GOBO' });
    expect(claimAt(text, '4.0times')).toMatchObject({ evidence: '4.0times energy reduction', metric: 'energy', direction: 'down', factor: 4 });
  });

  it('keeps a percent latency reduction a speedup with direction down (Decision 1)', () => {
    const text = 'Our best system shows 28% latency reduction while keeping the same error.';
    const c = claimAt(text, '28%');
    expect(c.evidence).toBe('28% latency reduction');
    expect(c).toMatchObject({ metric: 'speedup', unit: '%', direction: 'down' });
    expect(c.factor).toBeCloseTo(1 / 0.72, 5);
  });

  it('reads the measure after the change noun ("reduction in model size", "increase in throughput")', () => {
    const text = 'We demonstrate a 1.5x reduction in model size and 1.3x speedup in throughput.';
    expect(claimAt(text, '1.5x')).toMatchObject({ evidence: '1.5x reduction in model size', metric: 'size', direction: 'down' });
    expect(claimAt(text, '1.3x')).toMatchObject({ metric: 'speedup', direction: 'up' });
  });

  it('pairs a list of numbers with a list of measures ("17.77%, 2.49x, and 2.32x reductions on latency, energy, and area")', () => {
    const text = 'NASAIC meets the specs with 17.77%, 2.49x, and 2.32x reductions on latency, energy, and area.';
    expect(claimAt(text, '17.77%')).toMatchObject({ metric: 'speedup', unit: '%', direction: 'down' });
    const claims = run(text).claims;
    expect(claims.map((c) => [c.value, c.metric])).toEqual([[17.77, 'speedup'], [2.49, 'energy'], [2.32, 'other']]);
  });

  it('reads quality losses as accuracy down', () => {
    const text = 'INT8 quantization incurs surprisingly low 1-3% accuracy degradation.';
    expect(claimAt(text, '1-3%')).toMatchObject({ metric: 'accuracy', value: 1, value_max: 3, direction: 'down' });
  });

  it('reads "N x <measure>" with no change word as an improvement of that measure', () => {
    const text = 'APOLLO delivers 3x throughput on an 8xA100-80GB setup compared to AdamW.';
    expect(claimAt(text, '3x')).toMatchObject({ evidence: '3x throughput', metric: 'speedup', direction: 'up', baseline: 'AdamW', hardware_class: 'cluster' });
  });

  it('reads a change set beside a value as a change of that value\'s measure', () => {
    const time = 'Sampling latency on an A100 falls to 0.34 s per image, a 12.6x reduction compared to the 50-step teacher.';
    expect(claimAt(time, '12.6x')).toMatchObject({ metric: 'speedup', value: 12.6, direction: 'up', baseline: '50-step teacher' });
    const rate = 'After regularization, the spike rate is 0.074 spikes per neuron per timestep, a 4.2-fold reduction over the dense model.';
    expect(claimAt(rate, '4.2-fold')).toMatchObject({ metric: 'other', value: 4.2, direction: 'down' });
    const memory = 'ShrinkKV stores the cache in 3.9 GB, a 4.1x reduction from FP16.';
    expect(claimAt(memory, '4.1x')).toMatchObject({ metric: 'memory', value: 4.1, direction: 'down' });
  });
});


describe('a change of a score named as benchmarks name theirs', () => {
  it('reads "a 0.8% drop in ImageReward" as quality, not as the speedup named before it', () => {
    const text = 'For PixArt the speedup reaches 3.1×, with a 0.8% drop in ImageReward.';
    expect(claimAt(text, '0.8%')).toMatchObject({ metric: 'accuracy', direction: 'down', evidence: '0.8% drop in ImageReward' });
    expect(claimAt(text, '3.1×')).toMatchObject({ metric: 'speedup' });
  });
});

describe('an improvement set beside a value', () => {
  it('reads "46.3 TOPS/W at the system level, a 2.1x improvement over X" as energy', () => {
    const text = 'We present VARQ. VARQ achieves 46.3 TOPS/W at the system level, a 2.1x improvement over a digital SRAM-based accelerator.';
    expect(claimAt(text, '2.1x')).toMatchObject({ metric: 'energy', direction: 'up' });
  });

  it('reads a bare change on a named scale: "a 0.22 decrease in FID"', () => {
    const text = 'We present FeatureReuse. It speeds up LDM-4-G by 4.1x with a 0.22 decrease in FID.';
    expect(claimAt(text, '0.22')).toMatchObject({ metric: 'accuracy', unit: 'FID', direction: 'down', evidence: '0.22 decrease in FID' });
  });

  it('reads a loss set beside a gain as a loss of quality: "with a 0.5% drop"', () => {
    const text = 'We present ToMe-L. It doubles the throughput of DeiT-S with a 0.5% drop after 30 epochs of fine-tuning.';
    expect(claimAt(text, '0.5%')).toMatchObject({ metric: 'accuracy', direction: 'down' });
  });
});

describe('compression as a change noun', () => {
  it('reads "a 35x compression" beside a value as a size reduction, and of a named measure as that measure', () => {
    const text = 'We present CompactSplat. It reduces storage from 702 MB to 20.1 MB, a 35x compression. It also achieves a 4x compression of the KV cache.';
    expect(claimAt(text, '35x')).toMatchObject({ metric: 'size', direction: 'down' });
    expect(claimAt(text, '4x')).toMatchObject({ metric: 'memory', direction: 'down' });
  });

  it('reads a change set beside a value as that value\'s, whatever word its clause opened with ("costs 4.6 J, a 52% reduction")', () => {
    const text = 'We present MobileVLM. On an iPhone 15 Pro, each response costs 4.6 J, a 52% reduction.';
    expect(claimAt(text, '52%')).toMatchObject({ metric: 'energy', direction: 'down' });
  });
});

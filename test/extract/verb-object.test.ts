import { describe, expect, it } from 'vitest';
import { claimAt, run } from './helpers.js';

describe('VerbObjectParser: a verb right before the number, the measure after it', () => {
  it('reads "reducing 88% inference FLOPs"', () => {
    const text = 'M3ViT achieves higher accuracies than encoder-focused MTL methods, while significantly reducing 88% inference FLOPs.';
    const c = claimAt(text, '88%');
    expect(c.evidence).toBe('reducing 88% inference FLOPs');
    expect(c).toMatchObject({ metric: 'compute', direction: 'down', phase: 'inference', baseline: 'encoder-focused MTL methods' });
  });

  it('reads "saves 86.8% GPU memory" and "reducing approximately 2x memory usage"', () => {
    expect(claimAt('Vim is faster than DeiT and saves 86.8% GPU memory.', '86.8%')).toMatchObject({ metric: 'memory', direction: 'down' });
    expect(claimAt('The framework is faster while reducing approximately 2x memory usage.', '2x')).toMatchObject({ metric: 'memory', qualifier: 'about', direction: 'down' });
  });

  it('continues the verb into a list ("reduce 95% energy cost ... and 80% energy cost of dot products")', () => {
    const text = 'We apply L-Mul to reduce 95% energy cost by element-wise tensor multiplications and 80% energy cost of dot products.';
    expect(claimAt(text, '80%')).toMatchObject({ metric: 'energy', direction: 'down' });
  });

  it('reads "gains 22% throughput" as a gain, but keeps "speed gains" a noun', () => {
    const text = 'Our engine gains 22% throughput over SGLang on H100 GPUs.';
    const c = claimAt(text, '22%');
    expect(c.evidence).toBe('gains 22% throughput');
    expect(c).toMatchObject({ metric: 'speedup', direction: 'up', baseline: 'SGLang' });
    const noun = claimAt('With our kernel we achieve 3.24 times speed gains comparing A16W4 implementation.', '3.24');
    expect(noun).toMatchObject({ metric: 'speedup', baseline: 'A16W4 implementation' });
  });

  it('reads a gain over a system that names no measure as the speed its sentence compares, and nothing without one', () => {
    const text = 'We present Flash3. On H100 GPUs, the forward pass is 1.35× faster than FlashAttention-2, and the backward pass gains 22% over FlashAttention-2 on average.';
    expect(claimAt(text, '22%')).toMatchObject({ metric: 'speedup', direction: 'up', baseline: 'FlashAttention-2', evidence: 'gains 22%' });
    expect(run('We present Flash3. The model gains 3% over the baseline.').claims).toEqual([]);
  });
});

describe('quality won back', () => {
  it('reads "recovers 2.7 mAP" as a gain of quality', () => {
    expect(claimAt('We present X. Fine-tuning recovers 2.7 mAP.', '2.7 mAP')).toMatchObject({ metric: 'accuracy', direction: 'up' });
  });
});

describe('a word of addition between the verb and its amount', () => {
  it('reads "saves a further 9% energy" as a saving', () => {
    const text = 'We present DVFSNet. Compared with the RL controller, our policy saves a further 9% energy.';
    expect(claimAt(text, '9%')).toMatchObject({ metric: 'energy', direction: 'down', baseline: 'RL controller' });
  });
});

/**
 * Shares of the work a method removes (compute), numbers shared by measures listed as a subject
 * (Decision 5), quality costs that are no money, and rates of their own (hit rates, tokens per step).
 */
import { describe, expect, it } from 'vitest';
import { claimAt, run } from './helpers.js';

describe('shares of the work removed', () => {
  it('reads a share of tokens, layers or heads removed as a compute reduction', () => {
    const text = 'Our router drops up to 47% of image patches per block and bypasses 33\\% of decoder layers on average.';
    expect(claimAt(text, '47%')).toMatchObject({ metric: 'compute', direction: 'down', unit: '%', qualifier: 'up to' });
    expect(claimAt(text, '33')).toMatchObject({ metric: 'compute', direction: 'down', unit: '%', qualifier: 'on average' });
  });

  it('reads a share of cache entries evicted as a memory reduction', () => {
    const text = 'Our policy evicts 72% of KV cache entries with no loss in recall.';
    expect(claimAt(text, '72%')).toMatchObject({ metric: 'memory', direction: 'down' });
  });

  it('does not read a share of tokens that is not removed', () => {
    expect(run('We propose MixFormer, where 30% of tokens come from the web.').claims).toEqual([]);
  });
});

describe('measures listed as one subject (Decision 5)', () => {
  it('gives the shared number to each measure', () => {
    const text = 'With our compiler, decode latency and energy per request fall by up to 36%.';
    expect(run(text).claims.map((c) => [c.metric, c.value, c.direction, c.qualifier])).toEqual([
      ['speedup', 36, 'down', 'up to'],
      ['energy', 36, 'down', 'up to'],
    ]);
  });

  it('pairs measures and numbers with "respectively"', () => {
    const text = 'We propose PackIt; memory and power are reduced by 41% and 18%, respectively.';
    expect(run(text).claims.map((c) => [c.metric, c.value])).toEqual([
      ['memory', 41],
      ['power', 18],
    ]);
  });
});

describe('quality costs and rates of their own', () => {
  it('reads an accuracy cost as a quality drop, not money', () => {
    const text = 'Structured sparsity comes at an accuracy cost of only 0.6%.';
    expect(claimAt(text, '0.6%')).toMatchObject({ metric: 'accuracy', direction: 'down' });
  });

  it('reads hit rates and tokens per step as other', () => {
    const text = 'Our prefix cache keeps a cache hit rate of 77%, and our drafter commits 3.4 tokens per decoding step.';
    expect(claimAt(text, '77%')).toMatchObject({ metric: 'other', unit: '%' });
    expect(claimAt(text, '3.4 tokens')).toMatchObject({ metric: 'other', unit: 'tokens/step' });
  });

  it('reads lists of signed members ("by +3.8 and +2.9 points", "+1.2, +2.0 and +4.6 mIoU"), but not a signed change set beside a value', () => {
    const text = 'We present Pt. ProjTune outperforms LoRA by +3.8 and +2.9 points, respectively. On ADE20K it gains +1.2, +2.0 and +4.6 mIoU over the baselines. Its accuracy is 76.2%, +0.9% over the MLP.';
    expect(claimAt(text, '2.9 points')).toMatchObject({ metric: 'accuracy', unit: 'pt', direction: 'up', baseline: 'LoRA' });
    expect(run(text).claims.filter((c) => c.unit === 'mIoU').map((c) => c.value)).toEqual([1.2, 2, 4.6]);
    expect(claimAt(text, '+0.9%')).toMatchObject({ metric: 'accuracy', direction: 'up', baseline: 'MLP' });
  });
});


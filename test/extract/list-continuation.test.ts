import { describe, expect, it } from 'vitest';
import { claimAt, run } from './helpers.js';

describe('ListContinuationParser: a number continuing the claim before it', () => {
  it('reads "11x inference speedup on GPT and 16x on LLAMA"', () => {
    const text = 'Flover brings over 11x inference speedup on GPT and 16x on LLAMA compared to NVIDIA FasterTransformer.';
    expect(claimAt(text, '16x')).toMatchObject({ metric: 'speedup', qualifier: null, baseline: 'NVIDIA FasterTransformer' });
    expect(claimAt(text, '11x')).toMatchObject({ qualifier: 'more than' });
  });

  it('reads "by 51% over A and 75% over B" with each baseline', () => {
    const text = 'Cache-Craft reduces redundant computation by 51% over SOTA prefix-caching and 75% over full recomputation.';
    expect(claimAt(text, '51%')).toMatchObject({ metric: 'compute', baseline: 'SOTA prefix-caching' });
    expect(claimAt(text, '75%')).toMatchObject({ metric: 'compute', direction: 'down', baseline: 'full recomputation' });
  });
});

describe('continuations with a qualifier or a long tail before them', () => {
  it('reads "..., and up to 2.02x" and a continuation after a long comparison tail', () => {
    const upTo = 'An average inference speedup of 1.35x over Ansor is obtained, and up to 2.02x on the ARM core.';
    expect(claimAt(upTo, '2.02x')).toMatchObject({ metric: 'speedup', value: 2.02, qualifier: 'up to' });
    const long = 'Our engine achieves 2.4x higher throughput than the Intel-optimized PyTorch DLRM baseline on the Criteo Terabyte model and 3.1x on a synthetic production-scale model.';
    expect(claimAt(long, '3.1x')).toMatchObject({ metric: 'speedup', value: 3.1 });
  });
});

describe('numbers "respectively" pairs with the claims before them', () => {
  it('gives each bare number the measure of the claim it pairs with', () => {
    const text =
      'We propose X. An optimized emulation library gives an average 1.61x runtime improvement and 37% energy reduction ' +
      'compared to a standard emulation library, while native FPU support reaches up to 32.09x and 99%, respectively.';
    expect(claimAt(text, '32.09x')).toMatchObject({ metric: 'speedup', qualifier: 'up to' });
    expect(claimAt(text, '99%')).toMatchObject({ metric: 'energy', direction: 'down' });
  });

  it('pairs nothing when the kinds of the two lists differ', () => {
    const text = 'We propose X. It gives a 1.61x runtime improvement and 37% energy reduction, while Y reaches 2.1x and 3.4x, respectively.';
    expect(run(text).claims.map((c) => c.value)).toEqual([1.61, 37]);
  });
});


describe('a bound in parentheses', () => {
  it('reads "by 3.05x on average (up to 3.8x)" as two claims of one measure', () => {
    const text = 'TreeDraft speeds up decoding by 3.05x on average (up to 3.8x) over standard autoregressive decoding.';
    expect(claimAt(text, '3.8x')).toMatchObject({ metric: 'speedup', direction: 'up', qualifier: 'up to' });
    expect(claimAt(text, '3.05x')).toMatchObject({ metric: 'speedup', qualifier: 'on average' });
  });
});

describe('a number in parentheses after a range', () => {
  it('reads "by 1.6~4.1x (2.9x on average)" as the same measure, on average', () => {
    const text = 'PIMDecode improves decode throughput by 1.6~4.1x (2.9x on average) over the GPU-only baseline.';
    expect(claimAt(text, '2.9x')).toMatchObject({ metric: 'speedup', qualifier: 'on average', direction: 'up' });
  });
});

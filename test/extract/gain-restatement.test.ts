/**
 * A factor that restates a gain named earlier in the abstract ("the gain shrinks to 1.2x",
 * "still reaches 1.9x"): a gain of the kind its words name, else of the latest factor gain.
 */
import { describe, expect, it } from 'vitest';
import { claimAt, run } from './helpers.js';

const SPEEDUP = 'We present TreeSpec. TreeSpec accelerates decoding by 2.6x over autoregressive decoding.';

describe('a gain restated later', () => {
  it('reads "gains shrink but remain at least 1.3x" and "the benefit is smaller but still 1.1x" as the speedup they restate', () => {
    const text = `${SPEEDUP} At batch size 32, gains shrink but remain at least 1.3x. For a dense 70B model the benefit is smaller but still 1.1x.`;
    expect(claimAt(text, '1.3x')).toMatchObject({ metric: 'speedup', direction: 'up', qualifier: 'at least', evidence: 'gains shrink but remain at least 1.3x' });
    expect(claimAt(text, '1.1x')).toMatchObject({ metric: 'speedup', direction: 'up', evidence: 'the benefit is smaller but still 1.1x' });
  });

  it('reads "its advantage over H100 narrows to 1.4x" as the kind of the gain before it (here cost)', () => {
    const text = 'We present PodCost. Per training token, v5e is 2.1x cheaper than H100; for LoRA, its advantage over H100 narrows to 1.4x.';
    expect(claimAt(text, '1.4x')).toMatchObject({ metric: 'cost', direction: 'down' });
  });

  it('reads "still reaches 1.7x" and a gain that names its measure ("memory savings grow to 9x")', () => {
    const text = `${SPEEDUP} On a Jetson AGX Orin, where static trees stay below 1.2x, TreeSpec still reaches 1.7x. At long contexts the memory savings grow to 9x.`;
    expect(claimAt(text, '1.7x')).toMatchObject({ metric: 'speedup', evidence: 'still reaches 1.7x' });
    expect(claimAt(text, '9x')).toMatchObject({ metric: 'memory', direction: 'down', evidence: 'the memory savings grow to 9x' });
  });

  it('reads nothing when no gain was named before or the clause names no gain', () => {
    expect(run('We present TreeSpec. On long prompts the gain is 1.5x.').claims).toEqual([]);
    expect(run(`${SPEEDUP} The draft tree depth remains 4x the width.`).claims.map((c) => c.value)).toEqual([2.6]);
  });
});

describe('which gain is restated', () => {
  it('restates the latest gain of a named measure, not a larger set-up ("batch sizes up to 3x larger")', () => {
    const text = `${SPEEDUP} The freed memory admits batch sizes up to 3x larger. At short contexts the gain shrinks to 1.2x.`;
    expect(claimAt(text, '1.2x')).toMatchObject({ metric: 'speedup', direction: 'up' });
  });
});

describe('gains sized in parentheses, and prior work\'s', () => {
  it('reads "decoding gains are far smaller (1.1-1.5x)" as the speedup before it', () => {
    const text = 'We present MobiLLM. Prefill on the NPU is 7-19x faster than on the CPU cores, while decoding gains are far smaller (1.1-1.5x).';
    expect(claimAt(text, '1.1-1.5x')).toMatchObject({ metric: 'speedup', value: 1.1, value_max: 1.5, evidence: 'decoding gains are far smaller (1.1-1.5x)' });
  });

  it('drops what prior work\'s designs yield: "where fixed trees from prior work yield speedups below 1.2x"', () => {
    const text = `${SPEEDUP} On a Jetson AGX Orin, where static trees from prior work yield speedups below 1.3x, TreeSpec still reaches 1.8x.`;
    expect(run(text).claims.map((c) => c.value)).toEqual([2.6, 1.8]);
  });
});

describe('percent gains restated', () => {
  it('reads "the improvement over X drops to 9%" as the gain before it, and a speed gain restated as growing', () => {
    const text = 'We present SplitServe. SplitServe cuts iteration time by 31% over DistServe. Under a steady chat workload, the improvement over DistServe drops to 8%.';
    expect(claimAt(text, '8%')).toMatchObject({ metric: 'speedup', direction: 'up', baseline: 'DistServe' });
  });

  it('reads no percent restatement without a gain noun', () => {
    const text = 'We present SplitServe. SplitServe cuts iteration time by 31% over DistServe. On short prompts it still reaches 8%.';
    expect(run(text).claims.filter((c) => c.parser === 'GainRestatementParser')).toEqual([]);
  });

  it('reads a range set after a clause about the gain ("gains are smaller but consistent, ranging from 1.2x to 1.4x")', () => {
    const text = 'We present GainX. It is 2.3x faster than FlashAttention-2 on H100. On an A100, gains are smaller but consistent, ranging from 1.2x to 1.4x across sequence lengths.';
    expect(claimAt(text, '1.2x')).toMatchObject({ metric: 'speedup', value: 1.2, value_max: 1.4, direction: 'up' });
  });

  it('reads a participle that sizes a clause about the gain ("memory savings grow with sequence length, reaching 8.9x")', () => {
    const text = 'We present Lyra. Lyra cuts KV-cache memory by 3.1x over vLLM. Memory savings grow with sequence length, reaching 8.9x at 64K tokens. Latency grows with batch size, reaching 40 ms.';
    expect(claimAt(text, '8.9x')).toMatchObject({ metric: 'memory', direction: 'down', evidence: 'Memory savings grow with sequence length, reaching 8.9x' });
  });

  it('reads a factor set after a clause about the gain, with what it is over, restating a percent gain ("the gain is smaller, 1.12x over X")', () => {
    const text = 'We present ZB. ZB improves training throughput by 23% over 1F1B-interleaved. At 32K context the gain is smaller, 1.12$\\times$ over Megatron, because activations no longer dominate. At 8K it is 1.05x over Megatron.';
    expect(claimAt(text, '1.12')).toMatchObject({ metric: 'speedup', value: 1.12, direction: 'up', evidence: 'the gain is smaller, 1.12$\\times$' });
    expect(run(text).claims.map((c) => c.value)).toEqual([23, 1.12]);
  });
});

describe('a participle after a gain', () => {
  it('reads ", reaching up to 4.3x" after a speedup as that speedup\'s maximum', () => {
    const text = 'We present SpecBranch. It achieves an end-to-end speedup of 3.6x on average over autoregressive decoding, reaching up to 4.3x on HumanEval.';
    expect(claimAt(text, '4.3x')).toMatchObject({ metric: 'speedup', direction: 'up', qualifier: 'up to', baseline: 'autoregressive decoding' });
  });
});

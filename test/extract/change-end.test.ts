/**
 * ChangeEndParser: "from A to B" (Decision 10) is the absolute result B of the measure named
 * before "from"; A is never a claim.
 */
import { describe, expect, it } from 'vitest';
import { claimAt, run } from './helpers.js';

describe('ChangeEndParser: the end of a change', () => {
  it('reads percents of the measure before "from" (utilization, accuracy, memory)', () => {
    const text = 'Our overlap scheme lifts MFU from 41.3\\% to 55.8\\%, and top-1 accuracy rises from 76.0% to 78.9%.';
    expect(claimAt(text, '55.8')).toMatchObject({ metric: 'other', value: 55.8, unit: '%', direction: null });
    expect(claimAt(text, '78.9%')).toMatchObject({ metric: 'accuracy', value: 78.9, unit: '%', direction: null });
    expect(run(text).claims.map((c) => c.value)).not.toContain(41.3);
  });

  it('reads times across units and across a hyphenation break', () => {
    const text = 'With our kernels, median la- tency drops from 42 ms to 27 ms, and profiling time falls from 2 days to 7 hours.';
    expect(claimAt(text, '27 ms')).toMatchObject({ metric: 'latency', value: 27, unit: 'ms' });
    expect(claimAt(text, '7 hours')).toMatchObject({ metric: 'time', value: 7, unit: 'h' });
  });

  it('reads a per-item time as a latency, not a job time', () => {
    const text = 'Our cache shortens video generation time from 120 s to 52 s on one H100 GPU.';
    expect(claimAt(text, '52 s')).toMatchObject({ metric: 'latency', hardware_class: 'gpu' });
  });

  it('reads currency ends with their qualifier', () => {
    const text = 'Our planner brings the monthly cloud cost from $\\$12{,}400$ to about $\\$2{,}100$.';
    expect(claimAt(text, '2{,}100')).toMatchObject({ metric: 'cost', value: 2100, unit: '$', qualifier: 'about' });
  });

  it('reads token counts the work changes, and not token counts it sweeps', () => {
    const grown = 'With our paging, the supported context grows from 32K to 512K tokens.';
    expect(claimAt(grown, '512K')).toMatchObject({ metric: 'memory', value: 512000, unit: 'tokens' });
    const perStep = 'Our drafter raises the mean accepted length from 2.2 to 3.6 tokens per step.';
    expect(claimAt(perStep, '3.6')).toMatchObject({ metric: 'other', unit: 'tokens/step' });
    expect(run('Increasing the prompt length from 2K to 8K tokens slows the baseline more than ours.').claims).toEqual([]);
  });
});

describe('a change whose start says whose it is', () => {
  it('reads "from 8.83 (Wanda) to 6.41" and "from 33.2 with Wanda to 19.7" as the end value', () => {
    expect(claimAt('We present LayerBudget. It lowers WikiText-2 perplexity from 8.83 (Wanda) to 6.41.', '6.41')).toMatchObject({ metric: 'accuracy', value: 6.41, unit: 'PPL' });
    expect(claimAt('We present LayerBudget. It lowers the perplexity of LLaMA-2-13B from 33.2 with Wanda to 19.7.', '19.7')).toMatchObject({ value: 19.7, unit: 'PPL' });
  });
});

describe('a change restated as a factor in parentheses', () => {
  it('reads "(2.4x)" after a time that fell as a speedup and after a memory that fell as a memory reduction', () => {
    const text = 'We present CacheDiT. Wall-clock time falls from 29 min to 12 min on 8 GPUs (2.4x). Peak memory drops from 40 GB to 10 GB (4x).';
    expect(claimAt(text, '2.4x')).toMatchObject({ metric: 'speedup', direction: 'up' });
    expect(claimAt(text, '(4x)')).toMatchObject({ metric: 'memory', direction: 'down' });
    expect(claimAt(text, '12 min')).toMatchObject({ metric: 'time', direction: null });
  });
});

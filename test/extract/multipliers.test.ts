/**
 * Multipliers as abstracts from other sites write them: "N× the speed of X", "N× the memory"
 * (Decision 2), elliptical comparatives, N-fold improvements, a measure and its verb of change,
 * passive speedups and orders of magnitude.
 */
import { describe, expect, it } from 'vitest';
import { claimAt, run } from './helpers.js';

describe('multiples of a named measure', () => {
  it('reads a multiple of a speed as a speedup over what follows "of"', () => {
    const text = 'Our engine serves requests at 3.2$\\times$ the throughput of TensorRT-LLM.';
    expect(claimAt(text, '3.2')).toMatchObject({ metric: 'speedup', value: 3.2, unit: 'x', direction: 'up', baseline: 'TensorRT-LLM' });
  });

  it('reads a multiple of another measure as a plain ratio (Decision 2)', () => {
    const text = 'The cache runs with 0.4$\\times$ the memory and 1.3× the energy of the dense cache.';
    expect(claimAt(text, '0.4')).toMatchObject({ metric: 'memory', value: 0.4, unit: 'x', direction: null });
    expect(claimAt(text, '1.3×')).toMatchObject({ metric: 'energy', value: 1.3, unit: 'x', direction: null });
  });
});

describe('comparatives and changes that name their measure once', () => {
  it('reads an elliptical comparative with the measure of the one before it', () => {
    const text = 'Our router answers 1.8× more queries per second than Triton on chat traffic, and up to 2.6× more on batch jobs.';
    expect(claimAt(text, '1.8×')).toMatchObject({ metric: 'speedup', direction: 'up', baseline: 'Triton' });
    expect(claimAt(text, '2.6×')).toMatchObject({ metric: 'speedup', direction: 'up', qualifier: 'up to' });
  });

  it('reads an N-fold improvement naming no measure as a speedup', () => {
    const text = 'Our scheduler delivers a 2.7-fold improvement over Slurm.';
    expect(claimAt(text, '2.7-fold')).toMatchObject({ metric: 'speedup', value: 2.7, unit: 'x', direction: 'up', baseline: 'Slurm' });
  });

  it('reads a measure with its verb of change right before the number', () => {
    const text = 'Our allocator removes 35% of page faults, and throughput grows 1.6× over the default allocator.';
    expect(claimAt(text, '1.6×')).toMatchObject({ metric: 'speedup', direction: 'up', baseline: 'default allocator' });
  });

  it('keeps a list of measures to the one phrase it belongs to', () => {
    const text = 'Our pass yields a 2.5× reduction in MACs, and latency drops 31%.';
    expect(run(text).claims.map((c) => [c.metric, c.value])).toEqual([
      ['compute', 2.5],
      ['speedup', 31],
    ]);
  });

  it('reads passive speedups and orders of magnitude', () => {
    const text = 'A speedup of up to 2.9$\\times$ is obtained, and our chip needs three orders of magnitude less energy than an embedded GPU.';
    expect(claimAt(text, '2.9')).toMatchObject({ metric: 'speedup', qualifier: 'up to', direction: 'up' });
    expect(claimAt(text, 'three orders of magnitude')).toMatchObject({ metric: 'energy', value: 1000, unit: 'x', direction: 'down', baseline: 'embedded GPU' });
  });
});

/**
 * Magnitude suffixes glued to their unit or apart from it, and parameter counts that are the
 * paper's own result (Decisions 4 and 12), as abstracts from other sites write them.
 */
import { describe, expect, it } from 'vitest';
import { claimAt, run } from './helpers.js';

describe('magnitudes apart from their units (Decision 4)', () => {
  it('reads a spaced or glued suffix before parameters, FLOPs and MACs', () => {
    const text = 'Our segmenter keeps 0.62 M parameters, costs 1.4G FLOPs and 96 M MACs, and its decoder needs 3.3 GFLOPs.';
    expect(claimAt(text, '0.62 M')).toMatchObject({ metric: 'size', value: 620000, unit: 'params', evidence: '0.62 M parameters' });
    expect(claimAt(text, '1.4G')).toMatchObject({ metric: 'compute', value: 1400000000, unit: 'FLOPs' });
    expect(claimAt(text, '96 M')).toMatchObject({ metric: 'compute', value: 96000000, unit: 'MACs' });
    expect(claimAt(text, '3.3 GFLOPs')).toMatchObject({ metric: 'compute', value: 3300000000, unit: 'FLOPs' });
  });

  it('leaves a glued G that counts nothing alone ("5G networks")', () => {
    expect(run('We propose EdgeCast for 5G networks and cut latency by 20%.').claims.map((c) => c.value)).toEqual([20]);
  });
});

describe('own model sizes (Decision 12)', () => {
  it('reads the size of what the paper designs, and of a list continuing its result', () => {
    const design = 'We build a lightweight adapter with 0.08M parameters for each task.';
    expect(claimAt(design, '0.08M')).toMatchObject({ metric: 'size', value: 80000, unit: 'params' });
    const list = 'Our tracker needs only 2.1 G FLOPs and 3.4 M parameters on every frame.';
    expect(claimAt(list, '3.4 M')).toMatchObject({ metric: 'size', value: 3400000, unit: 'params' });
    const added = 'The verifier adds 0.2B parameters to the base model.';
    expect(claimAt(added, '0.2B')).toMatchObject({ metric: 'size', value: 200000000, unit: 'params' });
  });

  it('reads the size a sentence opens on when the model whose result it states follows ("With 12M parameters, DreamLite attains")', () => {
    const text = 'We present DreamLite. With 12M parameters, DreamLite attains a median score of 0.61 on Atari. With 7B parameters, the teacher is slow.';
    expect(claimAt(text, '12M')).toMatchObject({ metric: 'size', value: 12000000, unit: 'params' });
    expect(run(text).claims.map((c) => c.value)).not.toContain(7000000000);
  });

  it('reads a bare size in parentheses after a model the paper describes', () => {
    const text = 'We distill it into a compact student network (14M) that keeps 97% of the accuracy.';
    expect(claimAt(text, '14M')).toMatchObject({ metric: 'size', value: 14000000, unit: 'params', evidence: 'network (14M)' });
  });

  it('reads a size written as an adjective when the model is the one the paper presents or produces', () => {
    const presented = 'We present SwiftDiff, a 0.86B-parameter latent diffusion model distilled from SDXL.';
    expect(claimAt(presented, '0.86B')).toMatchObject({ metric: 'size', value: 860000000, unit: 'params' });
    const produced = 'Applied to Mistral-7B, ShearPrune yields a 5.4B-parameter model that fits one GPU.';
    expect(claimAt(produced, '5.4B')).toMatchObject({ metric: 'size', value: 5400000000 });
    const participle = 'SpikeGest reaches 97.8% accuracy with only 0.19M parameters mapped onto 4 chips.';
    expect(claimAt(participle, '0.19M')).toMatchObject({ metric: 'size', value: 190000, unit: 'params' });
    const used = 'Serving a 175B-parameter model such as GPT-3 is hard. We train a 17B-parameter language model with ShardAll.';
    expect(run(used).claims).toEqual([]);
  });

  it('keeps sizes of models used as set-up', () => {
    const used = 'We study pruning and apply it to models with 2.7B parameters and to BLOOM (7B).';
    expect(run(used).claims).toEqual([]);
  });
});

describe('a lower-case "k" set apart from its number', () => {
  it('reads "19.6 k parameters" as 19,600 parameters', () => {
    expect(claimAt('We present KWS-Tiny. The model has only 19.6 k parameters.', '19.6 k parameters')).toMatchObject({ metric: 'size', value: 19600, unit: 'params' });
  });
});

/**
 * What a model takes to store is its size, not memory (CLAIMS.md size: "model size, parameter
 * count or compression"): weights, checkpoints, adapters and embedding tables in bytes and their
 * reductions; the value a result came down from is not a claim; an appositive comparative
 * compares the value before it; evidence takes in whole LaTeX markup.
 */
import { describe, expect, it } from 'vitest';
import { claimAt, run } from './helpers.js';

describe('model storage is size', () => {
  it('reads bytes of weights, adapters and checkpoints as size', () => {
    const text = 'Its weights occupy 212 MB, each LoRA adapter takes 4.1 MB on disk, and the merged checkpoint is 6.3 GB.';
    expect(claimAt(text, '212 MB')).toMatchObject({ metric: 'size', unit: 'MB' });
    expect(claimAt(text, '4.1 MB')).toMatchObject({ metric: 'size', unit: 'MB' });
    expect(claimAt(text, '6.3 GB')).toMatchObject({ metric: 'size', unit: 'GB' });
  });

  it('reads a compressed model brought to a size, and reductions of what is stored', () => {
    const text = 'Our pipeline compresses the detector to 7.4 MB and shrinks the embedding tables by 38×.';
    expect(claimAt(text, '7.4 MB')).toMatchObject({ metric: 'size' });
    expect(claimAt(text, '38×')).toMatchObject({ metric: 'size', direction: 'down', unit: 'x' });
    const stored = 'We store weights in 3 bits, a 5.3$\\times$ reduction relative to FP16.';
    expect(claimAt(stored, '5.3')).toMatchObject({ metric: 'size', direction: 'down', baseline: 'FP16' });
  });

  it('does not read the value a result came down from, nor a share of weights selected', () => {
    const text = 'Our student checkpoint is 1.2 GB, down from 7.8 GB.';
    expect(run(text).claims.map((c) => c.value)).toEqual([1.2]);
    expect(run('We propose SkipQ: keeping only 2% of salient weights in 16 bits suffices.').claims).toEqual([]);
  });

  it('reads an appositive comparative with the measure of the value before it', () => {
    const text = 'Our student has 27M parameters, 6× fewer than its teacher.';
    expect(claimAt(text, '6×')).toMatchObject({ metric: 'size', direction: 'down', baseline: 'teacher' });
    const memory = 'The KV cache occupies 9 GB at 64K context, 3x less than BF16.';
    expect(claimAt(memory, '3x')).toMatchObject({ metric: 'memory', direction: 'down', baseline: 'BF16' });
  });

  it('takes whole LaTeX markup into the evidence', () => {
    const text = 'Our model has \\textbf{12M} parameters and is $3.1\\times$ faster than ResNet-50.';
    expect(claimAt(text, '12M').evidence).toBe('\\textbf{12M} parameters');
    expect(claimAt(text, '3.1').evidence).toBe('$3.1\\times$ faster');
  });
});

describe('bytes written as a model\'s adjective, and a compressed encoder', () => {
  it('reads "a 22.7 MB model" as the size of the model produced', () => {
    const text = 'We present SlimASR. Our method produces a 22.7 MB model that decodes in real time.';
    expect(claimAt(text, '22.7 MB')).toMatchObject({ metric: 'size', unit: 'MB' });
  });

  it('reads "compresses an encoder by 3.8x" as a size reduction', () => {
    const text = 'We present SlimASR. The same recipe compresses a Whisper-base encoder by 3.8x.';
    expect(claimAt(text, '3.8x')).toMatchObject({ metric: 'size', direction: 'down' });
  });
});

describe('memory a run used on a named device', () => {
  it('keeps "on a single A100 with 18.4GB of peak memory" and drops "an A100 with 80GB of memory"', () => {
    const text = 'We present SpectraLoRA. Fine-tuning takes 2.1 hours on a single A100 with 18.4GB of peak memory, 14% less than LoRA.';
    expect(claimAt(text, '18.4GB')).toMatchObject({ metric: 'memory', unit: 'GB' });
    expect(claimAt(text, '14%')).toMatchObject({ metric: 'memory', direction: 'down', baseline: 'LoRA' });
    expect(run('We present X. We train on an A100 with 80GB of memory.').claims.some((c) => c.value === 80)).toBe(false);
  });

  it('reads the parameters of a variant listed after its latency and accuracy as its size', () => {
    const text = 'We present LatNAS. LatNAS-C, a smaller variant, runs at 28 ms with 69.8% accuracy and 3.9M parameters.';
    expect(claimAt(text, '3.9M parameters')).toMatchObject({ metric: 'size', value: 3900000 });
  });
});

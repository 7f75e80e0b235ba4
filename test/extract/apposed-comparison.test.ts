import { describe, expect, it } from 'vitest';
import { claimAt, run } from './helpers.js';

describe('a multiple or difference set beside a value, naming the compared system only', () => {
  it('reads a rate compared as a speedup ("312 tokens/s, 1.8x over X", "≈ 1.9× the vLLM baseline", "roughly 4× the rate of X")', () => {
    const text =
      'We present Qz. On an A100, throughput reaches 312 tokens/s, 1.8x over DeepSpeed-MII. On an L4 GPU, throughput reaches 4850 tokens/s, ≈ 1.9× the vLLM baseline. Sampling reaches 2.3 million nodes per second, roughly 4× the rate of the A100 baseline.';
    const over = claimAt(text, '1.8x');
    expect(over.evidence).toBe('1.8x');
    expect(over).toMatchObject({ metric: 'speedup', value: 1.8, direction: 'up', baseline: 'DeepSpeed-MII', hardware_class: 'gpu' });
    expect(claimAt(text, '1.9×')).toMatchObject({ metric: 'speedup', direction: 'up', qualifier: 'about', baseline: 'vLLM baseline' });
    expect(claimAt(text, '4×')).toMatchObject({ metric: 'speedup', qualifier: 'about', baseline: 'A100 baseline' });
  });

  it('reads points beside a quality value as a difference of quality, with its sign', () => {
    const text = 'We present Qz. The final policy reaches a 58.3% win rate on AlpacaEval 2.0, +1.4 points over the synchronous baseline.';
    const c = claimAt(text, '+1.4 points');
    expect(c.evidence).toBe('+1.4 points');
    expect(c).toMatchObject({ metric: 'accuracy', value: 1.4, unit: 'pt', direction: 'up', baseline: 'synchronous baseline' });
  });

  it('reads nothing beside values of other measures, or with no compared system', () => {
    expect(run('We present Qz. Its KV cache takes 12 GB, 2x over vLLM.').claims.map((c) => c.value)).toEqual([12]);
    expect(run('We present Qz. Throughput reaches 312 tokens/s, 1.8x on average.').claims.map((c) => c.value)).toEqual([312]);
  });
});

describe('a change set beside a value between dashes', () => {
  it('reads "from 24.6 GB to 1.3 GB — a 19× reduction —" as a reduction of the same measure', () => {
    const text = 'We present FusedCE. FusedCE lowers the peak memory of the loss from 24.6 GB to 1.3 GB — a 19× reduction — and completes the pass in 412 µs.';
    expect(claimAt(text, '19×')).toMatchObject({ metric: 'memory', direction: 'down', value: 19 });
  });
});

describe('a difference of quality set beside a quality value', () => {
  it('reads "74.5%, which is 1.4% above RigL" and ", 0.2% higher than the AdamW baseline" as accuracy deltas', () => {
    const text = 'We present SparseFlow. At high sparsity, it reaches 74.5%, which is 1.4% above RigL. The model reaches 84.9% top-1 accuracy after fine-tuning, 0.2% higher than the AdamW baseline.';
    expect(claimAt(text, '1.4%')).toMatchObject({ metric: 'accuracy', direction: 'up', baseline: 'RigL' });
    expect(claimAt(text, '0.2%')).toMatchObject({ metric: 'accuracy', direction: 'up' });
  });

  it('reads a percent a result matches another within as a quality gap', () => {
    const text = 'We present SparseFlow. It trains ResNet-50 to 76.0% top-1 accuracy, matching dense training within 0.1%.';
    expect(claimAt(text, '0.1%')).toMatchObject({ metric: 'accuracy', qualifier: 'less than' });
  });
});

describe('an adverb before an apposed difference, and a model size in the subject', () => {
  it('reads "71.8%, which is even 0.4% higher than the original model" and "the accuracy of the sparse 1.3B model is 0.6% lower than X"', () => {
    const text = 'We present LaTP. The top-1 accuracy is 71.8%, which is even 0.4% higher than the original model. The zero-shot accuracy of the sparse 1.3B model is 0.6% lower than its dense counterpart.';
    expect(claimAt(text, '0.4%')).toMatchObject({ metric: 'accuracy', direction: 'up', baseline: 'original model' });
    expect(claimAt(text, '0.6%')).toMatchObject({ metric: 'accuracy', direction: 'down', baseline: 'dense counterpart' });
  });
});

/**
 * Whole abstracts written the way arXiv and other sites write them (LaTeX ties, en dashes,
 * \textsc, \mathbf, \mu), none from the seed: what the held-out corpus looks like.
 */
import { describe, expect, it } from 'vitest';
import { run } from './helpers.js';

function summary(abstract: string): Array<[string, number, number | null, string, string | null, string | null]> {
  return run(abstract).claims.map((c) => [c.metric, c.value, c.value_max, c.unit, c.direction, c.qualifier]);
}

describe('arXiv-style abstracts', () => {
  it('edge LLM serving with LaTeX ties and percent escapes', () => {
    const text =
      'Large language models (LLMs) are increasingly deployed on edge devices, yet their memory footprint remains prohibitive. In this paper, we present \\textsc{TinyServe}, a runtime that combines 4-bit weight quantization with a paged KV cache. On an NVIDIA Jetson Orin Nano, TinyServe achieves a decoding throughput of 18.4~tokens/s for Llama-2-7B, which is $3.1\\times$ faster than llama.cpp, while reducing peak memory by 41\\%. Compared with MLC-LLM, our system lowers time-to-first-token by up to $2.7\\times$. Code is available at https://github.com/example/tinyserve.';
    expect(summary(text)).toEqual([
      ['throughput', 18.4, null, 'tokens/s', null, null],
      ['speedup', 3.1, null, 'x', 'up', null],
      ['memory', 41, null, '%', 'down', null],
      ['speedup', 2.7, null, 'x', 'up', 'up to'],
    ]);
    const claims = run(text).claims;
    expect(claims[0]).toMatchObject({ hardware_class: 'edge', phase: 'decode' });
    expect(claims[1]).toMatchObject({ baseline: 'llama.cpp' });
    expect(claims[3]).toMatchObject({ baseline: 'MLC-LLM', phase: 'prefill' });
  });

  it('kernel paper with an en-dash range and utilization', () => {
    const text =
      'We introduce FlashKV, an IO-aware attention kernel for long-context inference. FlashKV reaches 72\\% of the theoretical peak FLOPs/s on H100 GPUs and is 1.8--2.4$\\times$ faster than FlashAttention-2 for sequence lengths between 8K and 128K. End-to-end, it improves serving throughput of vLLM by $\\mathbf{1.6\\times}$ with no loss in accuracy.';
    expect(summary(text)).toEqual([
      ['other', 72, null, '%', null, null],
      ['speedup', 1.8, 2.4, 'x', 'up', null],
      ['speedup', 1.6, null, 'x', 'up', null],
    ]);
    expect(run(text).claims[1]).toMatchObject({ baseline: 'FlashAttention-2', hardware_class: 'gpu' });
  });

  it('neuromorphic paper with micro-joules and an order of magnitude', () => {
    const text =
      'Spiking neural networks promise energy-efficient inference. We propose a training method that reaches 94.2\\% accuracy on CIFAR-10 with only 1.3M parameters, and consumes $12.5\\,\\mu$J per inference on Loihi 2, an order of magnitude less energy than a GPU implementation. Our approach also reduces the number of synaptic operations by 63\\% compared to previous SNN methods.';
    expect(summary(text)).toEqual([
      ['accuracy', 94.2, null, '%', null, null],
      ['size', 1300000, null, 'params', null, null],
      ['energy', 12.5, null, 'uJ', null, null],
      ['energy', 10, null, 'x', 'down', null],
      ['compute', 63, null, '%', 'down', null],
    ]);
    expect(run(text).claims[2]).toMatchObject({ hardware_class: 'neuromorphic', hardware_entity: { name: 'Loihi 2', class: 'neuromorphic', vendor: null } });
  });

  it('keeps background ranges out and reads own results', () => {
    const text =
      'Prior work reports that speculative decoding yields 2--3x speedups. However, these gains shrink at large batch sizes. We propose BatchSpec, which sustains a 1.9× speedup at batch size 64 and reduces wall-clock time per request by 38% on a single A6000 GPU.';
    expect(summary(text)).toEqual([
      ['speedup', 1.9, null, 'x', 'up', null],
      ['speedup', 38, null, '%', 'down', null],
    ]);
    expect(run(text).claims.every((c) => c.hardware_class === 'gpu')).toBe(true);
  });

  it('keeps results when the only first-person sentence announces a code release', () => {
    const text = 'FastNet is a structured pruning method. FastNet achieves 2x speedup over dense models on A100 GPUs. We release our code to the public.';
    expect(summary(text)).toEqual([['speedup', 2, null, 'x', 'up', null]]);
  });
});

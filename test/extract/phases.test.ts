/**
 * Phases (CLAIMS.md `phase`): the claim's own phase word, else its clause's, else its sentence's,
 * else the paper's. What a search found runs at inference; an end-to-end measure is not a
 * kernel's or a decoding stage's; a fine-tuning paper's measures named "training" are its fine-tuning.
 */
import { describe, expect, it } from 'vitest';
import { claimAt } from './helpers.js';

describe('PhaseRefiner', () => {
  it('reads the speed of a searched model as inference, the search cost as search', () => {
    const text =
      'We propose LatNAS, a latency-aware architecture search for microcontrollers. The searched network runs ' +
      '1.7x faster than MCUNet on an STM32H7. The whole search is 120x faster than prior differentiable search.';
    expect(claimAt(text, '1.7x').phase).toBe('inference');
    expect(claimAt(text, '120x').phase).toBe('search');
  });

  it('does not give an end-to-end measure the kernel or decoding stage named beside it', () => {
    const text =
      'We present BlockLM, an inference engine for long-context models. With our fused kernels, BlockLM runs 1.6x faster end-to-end, and its attention kernel alone is 3.4x faster than FlashAttention-2.';
    expect(claimAt(text, '1.6x').phase).toBe('inference');
    expect(claimAt(text, '3.4x').phase).toBe('kernel');
    const decoding = 'We present FlashPage, a paged attention engine for LLM inference. FlashPage cuts decoding latency of attention by 41% and raises end-to-end throughput by 22%.';
    expect(claimAt(decoding, '41%').phase).toBe('decode');
    expect(claimAt(decoding, '22%').phase).toBe('inference');
  });

  it('reads a fine-tuning paper\'s training measures as fine-tuning, a clause that trains something as training', () => {
    const title = 'AdapterPage: Memory-Efficient Fine-Tuning of 30B Models on Consumer GPUs';
    const text =
      'AdapterPage pages frozen weights to host memory during fine-tuning. Training throughput on an RTX 4080 reaches ' +
      '910 tokens/s. When training a 1.3B model from scratch, AdapterPage reaches 61 TFLOPS on the same GPU.';
    expect(claimAt(text, '910 tokens/s', title).phase).toBe('fine-tuning');
    expect(claimAt(text, '61 TFLOPS', title).phase).toBe('training');
  });

  it('does not read a kernel named as the means as the phase of what it achieves', () => {
    const text =
      'We present QuickQ, a 4-bit weight quantization method for LLM inference. With our fused Triton kernel, QuickQ ' +
      'achieves a 2.1x speedup over GPTQ. Its GEMM alone is 3.3x faster than cuBLAS.';
    expect(claimAt(text, '2.1x').phase).toBe('inference');
    expect(claimAt(text, '3.3x').phase).toBe('kernel');
  });

  it('gives a claim the phase attached after its phrase before a neighbour\'s ahead of it', () => {
    const text = 'On an H100, PageAttn reaches 0.9 PFLOPS in FP8 prefill and 68% of peak HBM bandwidth in decoding.';
    expect(claimAt(text, '0.9 PFLOPS').phase).toBe('prefill');
    expect(claimAt(text, '68%').phase).toBe('decode');
  });

  it("leaves a phase word inside another measure's claim to that claim", () => {
    const text =
      'We present SwapKV, a KV-cache manager for LLM serving. SwapKV reduces time-to-first-token by 35% and cuts ' +
      'KV-cache fragmentation from 30% to 6%.';
    const title = 'SwapKV: Elastic KV-Cache Swapping for LLM Serving';
    expect(claimAt(text, '35%', title).phase).toBe('prefill');
    expect(claimAt(text, '6%', title).phase).toBe('serving');
  });

  it("gives a paper's claims its phase when its own sentences name that phase twice and no other", () => {
    const text =
      'ChunkOverlap splits collectives into chunks and co-schedules them with the layers that need them. We train ' +
      'models with 13B and 70B parameters on 512 H800 GPUs. ChunkOverlap cuts step time by 14% and lowers activation ' +
      'memory by 9.6%. Loss curves match the baseline over 100B training tokens.';
    expect(claimAt(text, '14%').phase).toBe('training');
    expect(claimAt(text, '9.6%').phase).toBe('training');
    // Named once, the phase is not yet what the paper is about.
    const once = 'ChunkOverlap co-schedules collectives with the layers. We train a 13B model. ChunkOverlap cuts step time by 14%.';
    expect(claimAt(once, '14%').phase).toBeNull();
  });

  it("reads a generative paper's runtime gains as inference when its sentences speak of generation or sampling", () => {
    const text = 'We propose StepCache, a feature cache for diffusion transformers. StepCache accelerates generation by up to 2.31x and reduces peak memory by 57%.';
    expect(claimAt(text, '2.31x').phase).toBe('inference');
    expect(claimAt(text, '57%').phase).toBe('inference');
  });
});


describe('phase words of LLM serving measures', () => {
  it('reads TPOT and time between tokens as decode, and "pre-fills" as prefill', () => {
    expect(claimAt('FlexServe lowers P99 TPOT from 182 ms to 61 ms.', '61 ms').phase).toBe('decode');
    expect(claimAt('We present AttnPIM. Time-between-tokens drops to 21 ms at batch size 64.', '21 ms').phase).toBe('decode');
    expect(claimAt('We present EdgeLM. On the NPU it pre-fills 1,106 tokens/s.', '1,106').phase).toBe('prefill');
    expect(claimAt('We present CPUServe. It reaches a next-token latency of 47 ms.', '47 ms').phase).toBe('decode');
  });

  it('does not read a vector search as a search phase', () => {
    const text = 'We present PQIndex. It shrinks the in-memory index by 32x and retains 96.2% of the recall of float32 search.';
    expect(claimAt(text, '32x').phase).not.toBe('search');
  });
});

describe('a rate of tokens', () => {
  it('is decoding unless the sentence names a stage that consumes tokens', () => {
    expect(claimAt('We present UniMem. On the M3 Max GPU, UniMem runs Mixtral at 18.2 tokens/s.', '18.2').phase).toBe('decode');
    expect(claimAt('We present EdgeLM. Inference on a Raspberry Pi 5 reaches 14.8 tokens/s.', '14.8').phase).toBe('decode');
    expect(claimAt('We present LoRAFast. It fine-tunes Llama-2-70B at 410 tokens/s.', '410').phase).toBe('fine-tuning');
  });
});

describe('autotuning', () => {
  it('reads tuning time as a search', () => {
    const text = 'We present TuneFlow. TuneFlow reduces tuning time for a full Llama-2-7B model from 10.2 hours to 38 minutes.';
    expect(claimAt(text, '38 minutes').phase).toBe('search');
  });
});

describe('device-hours', () => {
  it('count a training job when no phase is named near them', () => {
    expect(claimAt('We present DistillFast. The full recipe needs only 310 GPU-hours.', '310').phase).toBe('training');
    expect(claimAt('We present NASLite. The search takes 4 GPU-hours.', '4 GPU').phase).toBe('search');
  });
});

describe('where it ran and when', () => {
  it('takes the phase a sentence names over "deployed", past a span of time ("over one week of fine-tuning traffic")', () => {
    const text = 'We present CapFlow. Deployed on a 16-GPU A100 cluster, it saved 1.4 MWh over one week of production fine-tuning traffic.';
    expect(claimAt(text, '1.4 MWh')).toMatchObject({ metric: 'energy', direction: 'down', phase: 'fine-tuning' });
  });
});

describe('the first token written out', () => {
  it('reads "the time to first token ... drops" and "the latency of the first token" as prefill', () => {
    expect(claimAt('We present SnapKV. For a 4K-token prompt, the time to first token drops from 3.9 s to 1.2 s.', '1.2 s').phase).toBe('prefill');
    expect(claimAt('We present EdgeLM. On the phone, the latency of the first token is 0.71 s.', '0.71 s').phase).toBe('prefill');
  });
});

describe('compared with a kernel library', () => {
  it('reads a gain over cuBLAS or CUTLASS as a kernel one', () => {
    const text = 'We present MoEGEMM for training mixture-of-experts models. It outperforms cuBLAS grouped GEMM by 1.8x and CUTLASS by 1.3x.';
    expect(claimAt(text, '1.8x').phase).toBe('kernel');
    expect(claimAt(text, '1.3x').phase).toBe('kernel');
  });
});

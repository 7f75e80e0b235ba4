/**
 * Precision traps from other sources (CLAIMS.md Exclude): what other methods report, targets and
 * budgets set for the work, hardware specifications, sparsity settings, the compared system's
 * numbers in a contrast; and what stays a result next to them.
 */
import { describe, expect, it } from 'vitest';
import { claimAt, run } from './helpers.js';

function values(text: string): number[] {
  return run(text).claims.map((c) => c.value);
}

describe('set-up and background next to results', () => {
  it('drops what other methods report', () => {
    const text = 'We review KV-cache compression. Existing approaches report 3–6× memory savings, and eviction methods typically achieve up to 80% cache reduction; we find most are evaluated at short contexts.';
    expect(values(text)).toEqual([]);
  });

  it('drops targets, budgets, deadlines and envelopes', () => {
    const text = 'We build a planner that meets a 150 ms SLO within a 16 GB memory budget and an 8 W power envelope, and reaches 37 ms median latency.';
    expect(values(text)).toEqual([37]);
    expect(values('We tune for a latency target of 25 ms and achieve 21 ms on the target platform.')).toEqual([21]);
    // A result kept within a bound is a result.
    expect(values('Frequency capping reduces energy per token by 21% without violating TPOT SLOs.')).toEqual([21]);
  });

  it('drops hardware specifications and sparsity settings', () => {
    const text = 'We deploy TinyKWS on a board with 320 kB of SRAM and 1 MB of flash; applied at 60% sparsity, it keeps 94.1% accuracy.';
    expect(values(text)).toEqual([94.1]);
  });

  it("drops the compared system's number in a contrast", () => {
    const text = 'We propose SlimTune, which fine-tunes a 13B model in 18.5 GB, whereas LoRA requires 31 GB.';
    expect(values(text)).toEqual([18.5]);
  });

  it('reads a cheaper search as less compute (Decision 11)', () => {
    const text = 'Our search takes 1.2 GPU-hours, 300 times cheaper than evolutionary NAS.';
    expect(run(text).claims.map((c) => [c.metric, c.value])).toEqual([
      ['time', 1.2],
      ['compute', 300],
    ]);
  });

  it('drops values the set-up is set to, assumes or is loaded at', () => {
    expect(values('The cache is bounded by a user-specified budget, which we set to 8 GB in all experiments. It cuts latency by 35%.')).toEqual([35]);
    expect(values('Energy estimates assume 45nm CMOS with 0.9 pJ per accumulate and 4.6 pJ per multiply. The design saves 61% energy.')).toEqual([61]);
    expect(values('Time-to-first-token falls from 1.8 s to 0.42 s at 4 requests per second.')).toEqual([0.42]);
    expect(values('It also supports a 4x larger batch under the same 50 ms per-token latency target.')).toEqual([4]);
  });

  it('starts no range at a number that ends a name', () => {
    const claims = run('We train ResNet-50 to 76.1% top-1 accuracy on ImageNet in 2.68 hours.').claims;
    expect(claims.map((c) => [c.metric, c.value, c.value_max])).toEqual([
      ['accuracy', 76.1, null],
      ['time', 2.68, null],
    ]);
  });

  it('drops what prior work reported and what compared systems lose', () => {
    expect(values('We present PromptSqueeze. Prior work reported that compressed prompts hurt accuracy by up to 10 points on reasoning tasks; on GSM8K we observe a drop of just 0.8 points.')).toEqual([0.8]);
    expect(values('We present SnapPrune. SnapPrune scores between 0.1 and 0.6 points below the full-cache model, whereas H2O and StreamingLLM lose 2.3 and 4.1 points, respectively.')).toEqual([0.1]);
  });

  it('keeps every memory a result lists after its verb', () => {
    expect(values('We present DS-CNN-Q. DS-CNN-Q achieves 95.4% accuracy while occupying only 49 KB of flash and 22 KB of SRAM.')).toEqual([95.4, 49, 22]);
  });

  it('drops a fixed request load and the memory of an on-chip level', () => {
    expect(values('We present Tetris-Serve. At a fixed load of 12 requests per second, it cuts P99 TTFT by 64%.')).toEqual([64]);
    expect(values('We present TinyDet. A scheduler keeps all activations in the 1.5 MB on-chip L2 memory and runs at 12 FPS.')).toEqual([12]);
  });
});

describe('bounds next to comparisons', () => {
  it('drops a swept range of power caps, but not a comparison that ends on a mode\'s name', () => {
    expect(values('We present CapTune. We sweep power caps from 150 W to 350 W and cut energy by 21%.')).toEqual([21]);
    const text = 'We present KernSearch. Latency improves by 6% over Ansor, by 1.31x over PyTorch eager mode on the GPU, and by 1.4x over ONNX Runtime on the CPU.';
    expect(values(text)).toEqual([6, 1.31, 1.4]);
  });
});

describe('more set-up: data amounts, fixed parameters, compared values', () => {
  it('drops hours of traces released, a parameter fixed to a share, and the value after "versus roughly"', () => {
    expect(values('We present WattBench. We release 1,800 hours of power traces, and cut energy by 17%.')).toEqual([17]);
    expect(values('We present TopSync. We fix $k$ to 2% of the parameters and cut traffic by 38%.')).toEqual([38]);
    expect(values('We present VersaMoE. It draws 24 W of board power versus roughly 240 W for the GPU.')).toEqual([24]);
  });

  it('keeps a setting that grows by a comparison: "batch sizes up to 2.5x larger"', () => {
    const text = 'We present KVPack. The larger effective KV capacity admits batch sizes up to 2.5x larger.';
    expect(claimAt(text, '2.5x')).toMatchObject({ metric: 'other', direction: 'up', qualifier: 'up to' });
  });
});

describe('streaming set-up and own continuations', () => {
  it('drops the look-ahead of a streaming model', () => {
    expect(values('We present PiASR. Chunk-wise attention with a 240 ms look-ahead keeps compute constant, and latency is 170 ms.')).toEqual([170]);
  });

  it('keeps the numbers of a while-clause that goes on about the paper\'s own system ("while serving 2.5x more than X")', () => {
    const text = 'We present DuetServe. DuetServe meets its SLOs while serving 1.7x more requests per dollar than DistServe on H100s only and 2.2x more than colocated vLLM.';
    expect(values(text)).toEqual([1.7, 2.2]);
  });
});

describe('compared and counterfactual values, inputs, sessions', () => {
  it('drops a change "for" the compared system, what it "would need", and what "the teacher needs"', () => {
    expect(values('We present MergeViT. Top-1 accuracy falls by only 0.3%, compared with a 1.2% drop for ToMe at the same speed.')).toEqual([0.3]);
    expect(values('We present MemComp. It stores 2.1 GB of memory slots where the full cache would need 118 GB.')).toEqual([2.1]);
    expect(values('We present SplatLite. It renders at 110 FPS on a laptop, where the teacher needs over 25 seconds per frame.')).toEqual([110]);
  });

  it('drops the rate of an input stream, a session length, and keeps the size a model totals', () => {
    expect(values('We present PiViT. It runs at 12 FPS, enough to keep up with a 10 FPS camera stream.')).toEqual([12]);
    expect(values('We present PocketLM. A 20-minute chat session consumes under 3% of the battery.')).toEqual([3]);
    expect(values('We present LiteSeg. It pairs scans with a light CNN encoder, for a total of 3.9M parameters.')).toEqual([3900000]);
  });

  it('drops durations that size what a system reads ("100 ms input windows", "2 ms frames", "a 1-second duty cycle")', () => {
    const text = 'We present SpikeGest. Using 100 ms input windows instead of 300 ms cuts latency by 38%. The network uses 2 ms frames with a 0.5 ms hop. Power stays below 0.9 mW at a 1-second duty cycle. It renders at 16 ms frame time.';
    expect(run(text).claims.map((c) => c.value)).toEqual([38, 0.9, 16]);
  });

  it('keeps a cost spent "of" cloud GPU time, and drops the price of a device', () => {
    const text = 'We present TuneFast. Tuning a complete model now costs under $4 of cloud GPU time. It runs on a $35 Raspberry Pi.';
    expect(run(text).claims.map((c) => [c.metric, c.value])).toEqual([['cost', 4]]);
  });
});

describe('results that read like set-up', () => {
  it('keeps the energy drawn from a battery and the hours a fine-tuning job took', () => {
    const text = 'We present PocketTune. On the phone, personalization consumes 0.21 Wh of battery energy. Our best model reaches 68.9% 5-shot MMLU accuracy after 22 hours of fine-tuning.';
    expect(claimAt(text, '0.21 Wh')).toMatchObject({ metric: 'energy', unit: 'Wh' });
    expect(claimAt(text, '22 hours')).toMatchObject({ metric: 'time', unit: 'h' });
    expect(claimAt(text, '68.9%')).toMatchObject({ metric: 'accuracy', unit: '%' });
    // The capacity of a battery is still set-up.
    expect(run('We present P. The drone carries a 4.4 Wh battery and flies for 12 minutes.').claims.some((c) => c.value === 4.4)).toBe(false);
  });

  it('drops the range of model sizes an evaluation spans', () => {
    const text = 'We study determinism. Our experiments span models of 350M to 6.7B parameters trained on A100 clusters.';
    expect(run(text).claims).toHaveLength(0);
  });
});

describe('durations written as adjectives', () => {
  it('drops "a 10-day forecast", "a 60-minute session" and "the 100-hour subset" as set-up', () => {
    const text = 'We present X. X produces a 10-day global forecast in 47 seconds. A 60-minute session consumes 3% of the battery. Trained on the 100-hour subset, X improves WER.';
    const values = run(text).claims.map((c) => c.value);
    expect(values).not.toContain(10);
    expect(values).not.toContain(60);
    expect(values).not.toContain(100);
    expect(values).toContain(47);
  });
});

describe('the noise level a result is measured at', () => {
  it('drops "at 0 dB SNR"', () => {
    const text = 'We present KWS-Lite. It improves accuracy by 2.3 points at 0 dB SNR.';
    expect(run(text).claims.map((c) => c.value)).toEqual([2.3]);
  });
});

describe('words that look like bounds', () => {
  it('keeps "38% fewer target-model FLOPs" (a target model is no target)', () => {
    const text = 'We present SpecBranch. Compared to EAGLE-2, it is 1.25x faster while using 38% fewer target-model FLOPs per generated token.';
    expect(claimAt(text, '38%')).toMatchObject({ metric: 'compute', direction: 'down' });
  });
});

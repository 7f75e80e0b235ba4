/**
 * Set-up values are not results (CLAIMS.md Exclude): what a device has, limits set on the set-up,
 * SLOs and budgets are dropped by a named filter that says why (what `claims --explain` shows);
 * what the work itself needs stays a claim. And a memory saving as a factor keeps README's
 * factor semantics.
 */
import { describe, expect, it } from 'vitest';
import { claimAt, run } from './helpers.js';

function droppedBy(text: string, needle: string): { filter: string; reason: string } | undefined {
  return run(text).dropped.find((d) => d.text === needle);
}

describe('set-up values', () => {
  it("drops a device's capacity, keeps what the model needs", () => {
    const text = 'The target MCU has only 512 kB of SRAM and 2 MB of flash, and our model needs 180 kB of SRAM at peak.';
    expect(run(text).claims.map((c) => c.evidence)).toEqual(['180 kB of SRAM']);
    expect(droppedBy(text, '512 kB')).toMatchObject({ filter: 'HardwareSpecFilter', reason: 'the memory of the hardware used (512 kB), not a result' });
    expect(droppedBy(text, '2 MB')?.filter).toBe('HardwareSpecFilter');
  });

  it('drops the memory of a macro or a GPU, keeps the result beside it', () => {
    const macro = 'We fabricate a 256Kb SRAM macro in 28nm CMOS that reaches 12.1 TOPS/W.';
    expect(run(macro).claims.map((c) => c.value)).toEqual([12.1]);
    expect(droppedBy(macro, '256Kb')?.filter).toBe('HardwareSpecFilter');
    const gpu = 'We fine-tune on a consumer GPU with 24 GB of memory and reduce peak memory to 14 GB.';
    expect(run(gpu).claims.map((c) => c.evidence)).toEqual(['peak memory to 14 GB']);
    expect(droppedBy(gpu, '24 GB')?.filter).toBe('HardwareSpecFilter');
  });

  it('drops the memory a machine, a GPU or a cache is written with, in any of the usual forms', () => {
    const forms: ReadonlyArray<readonly [string, string]> = [
      ['On the M3 Max GPU of a MacBook Pro with 48 GB of memory, UniMem runs at 18.2 tokens/s.', '48 GB'],
      ['On the GPU of a 16 GB M2 MacBook Air, UniMem still sustains 3.1 tokens/s.', '16 GB'],
      ['We present RocServe, a scheduler aware of the 192 GB memory of the MI300X. RocServe is 1.8x faster than vLLM.', '192 GB'],
      ['On a desktop with one GeForce RTX 4090 (24 GB), it fine-tunes at 410 tokens/s.', '24 GB'],
      ['This work presents a 22 nm 64 Kb digital CIM macro that reaches 89.2 TOPS/W.', '64 Kb'],
      ['The search models the 8 MB on-chip parameter cache of the device and finds a model 1.6x faster.', '8 MB'],
    ];
    for (const [text, needle] of forms) {
      expect(droppedBy(text, needle)?.filter, text).toBe('HardwareSpecFilter');
      expect(run(text).claims.length, text).toBe(1);
    }
  });

  it('drops limits set on the set-up by a verb, keeps what a method limits', () => {
    const cap = 'We cap the GPU at 300 W and our scheduler cuts energy by 18%.';
    expect(run(cap).claims.map((c) => c.value)).toEqual([18]);
    expect(droppedBy(cap, '300 W')?.filter).toBe('BudgetFilter');
    const limited = 'With GPU memory limited to 8 GB, OffloadLM decodes at 14 tokens/s.';
    expect(run(limited).claims.map((c) => c.value)).toEqual([14]);
    expect(droppedBy(limited, '8 GB')?.reason).toContain('a target, budget or limit');
    const own = 'PrunePilot limits accuracy loss to 0.3% while removing half the attention heads.';
    expect(claimAt(own, '0.3%').metric).toBe('accuracy');
  });

  it("drops the memories a designed chip is built with (\"2 MB of synaptic memory\", \"32 GB of LPDDR5\", \"a 64 KB tightly coupled memory\")", () => {
    const text = 'We present Dc. DendriChip is fabricated in 28nm with 2 MB of synaptic memory. InferCard is built around an ASIC with 128 MB of on-chip SRAM and 32 GB of LPDDR5. The co-processor has a 64 KB tightly coupled memory. It uses only 18 KB of SRAM.';
    expect(run(text).claims.map((c) => [c.metric, c.value])).toEqual([['memory', 18]]);
  });

  it('drops SLOs and budgets', () => {
    const text = 'Under a 200 ms latency SLO and a 40 GB memory budget, our scheduler serves 2.1x more requests.';
    expect(run(text).claims.map((c) => c.value)).toEqual([2.1]);
    expect(droppedBy(text, '200 ms')?.filter).toBe('BudgetFilter');
    expect(droppedBy(text, '40 GB')?.filter).toBe('BudgetFilter');
    // A mode a measure is taken in bounds nothing; a mode set is a set-up.
    const mode = 'We present Ear. Average power draw in continuous listening mode is 1.9 mW. The board runs in a 7 W power mode.';
    expect(run(mode).claims.map((c) => [c.metric, c.value])).toEqual([['power', 1.9]]);
  });
});

describe('memory savings as factors', () => {
  it('reads "5.6x memory saving" as a reduction of factor 5.6', () => {
    const claim = claimAt('SlimKV achieves a 5.6x memory saving over the FP16 cache.', '5.6x');
    expect(claim).toMatchObject({ metric: 'memory', value: 5.6, unit: 'x', direction: 'down', factor: 5.6 });
  });

  it('reads a percent saving with the reciprocal of what is left', () => {
    const claim = claimAt('SlimKV achieves a 75% memory saving over the FP16 cache.', '75%');
    expect(claim).toMatchObject({ metric: 'memory', unit: '%', direction: 'down', factor: 4 });
  });
});

describe('what a named device comes with', () => {
  it('drops the memory a device is described with, even bounded ("with at most 512 kB"), and keeps what the work uses', () => {
    const text =
      'We present PicoSeg, a detector for microcontrollers with at most 512 kB of SRAM. An in-place kernel reduces ' +
      'peak SRAM usage to 118 kB.';
    const claims = run(text).claims;
    expect(claims.map((c) => c.value)).toEqual([118]);
    expect(claims[0]).toMatchObject({ metric: 'memory', hardware_class: 'mcu' });
  });
});

describe('uses of memory listed together, and search costs across target boards', () => {
  it('keeps "342 KB of flash" listed after a peak SRAM use, and a search cost cut "across four target boards"', () => {
    const flash = 'FlashNAS finds a model that reaches 91.2% accuracy with 118 KB of peak SRAM and 342 KB of flash on an STM32F746.';
    expect(claimAt(flash, '342 KB')).toMatchObject({ metric: 'memory', value: 342 });
    const search = 'Reusing the latency tables cuts the search cost by 12x across four target boards.';
    expect(claimAt(search, '12x')).toMatchObject({ metric: 'compute', value: 12 });
  });
});

describe('values that describe the set-up', () => {
  it('drops adjectival values, device capacities and prices, dataset hours and plural model names', () => {
    const cases = [
      'At 0.5 V it reaches 61.2 TOPS/W with bit-slice sparsity on a 60%-sparse workload.',
      'In a 30-day trace-driven simulation, the fraction of time lost to failures drops from 12.3% to 0.7%.',
      'KVSplit makes million-token inference feasible on one 40 GB device.',
      'The suite contains 9 test sets totalling 410 hours of audio.',
      'We target the Lattice iCE40 FPGA, a $5 device with 5.3K LUTs.',
      'End to end, TriScale generates 52 tokens/s for Llama-3-70B on a pair of RTX 4090s.',
      'The chip uses a weight-stationary dataflow with 1.5 MB of compressed on-chip SRAM.',
    ];
    const kept = cases.map((text) => run(text).claims.map((c) => c.evidence));
    expect(kept).toEqual([['61.2 TOPS/W'], ['time lost to failures drops from 12.3% to 0.7%'], [], [], [], ['52 tokens/s'], []]);
  });
});

describe('sizes and durations of the set-up', () => {
  it('drops a device\'s memory variant, a model used, chunk and cache sizes, warm-ups and hours of training data', () => {
    const cases = [
      'On a Jetson AGX Orin 64GB, EdgeVLA produces actions at 28 Hz.',
      'On a production ranking model with 1.8 TB of embeddings, HashFold fits the model in one node.',
      'With a chunk size of 320 ms, TinyTransducer runs at a real-time factor of 0.21.',
      'The expert cache hit rate is 71% at a cache size of 2.5 GB.',
      'Each configuration is repeated 5 times after a 60-second warm-up.',
      'It is trained on 10,000 hours of public English speech.',
      'The test chip holds 4 Mb of 2-bit-per-cell RRAM.',
      'Under SLOs of 400 ms TTFT and 60 ms TPOT, Splitwise-R serves 2.3x more requests per second than vLLM.',
    ];
    expect(cases.map((text) => run(text).claims.map((c) => c.value))).toEqual([[], [], [0.21], [71], [], [], [], [2.3]]);
  });
});


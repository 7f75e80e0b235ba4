import { describe, expect, it } from 'vitest';
import { claimAt, run } from './helpers.js';

describe('RatioOfParser and EquivalentSizeParser: ratios to a baseline', () => {
  it('reads "using 79% of the energy" as %of with a factor (Decision 2)', () => {
    const text = 'FuseMax achieves an average 6.7times speedup over the prior state-of-the-art FLAT while using 79% of the energy.';
    const c = claimAt(text, '79%');
    expect(c).toMatchObject({ metric: 'energy', unit: '%of', direction: null });
    expect(c.baseline).toContain('FLAT');
    expect(c.factor).toBeCloseTo(100 / 79, 5);
  });

  it('reads utilization as other % (Decision 9)', () => {
    const text = 'NanoFlow achieves 59% to 72% of optimal throughput across ported models.';
    expect(claimAt(text, '59%')).toMatchObject({ metric: 'other', unit: '%', value: 59, value_max: 72, direction: null });
  });

  it('reads "with only half the parameters" as 0.5x with no direction', () => {
    const text = 'On ImageNet, M2 outperforms ViT-b by 1% in accuracy, with only half the parameters.';
    expect(claimAt(text, 'half')).toMatchObject({ metric: 'size', value: 0.5, unit: 'x', direction: null, factor: 2 });
  });

  it('reads "matches Transformers twice its size" as a 2x smaller model', () => {
    const text = 'Our Mamba-3B model outperforms Transformers of the same size and matches Transformers twice its size.';
    expect(claimAt(text, 'twice')).toMatchObject({ metric: 'size', value: 2, direction: 'down', baseline: 'Transformers' });
  });
});

describe('an overhead named on a rate', () => {
  it('reads "the throughput overhead is about 4%" as an overhead (other, %)', () => {
    const text = 'We propose SketchAdam. The throughput overhead is $\\approx$4\\% relative to AdamW.';
    expect(claimAt(text, '4\\%')).toMatchObject({ metric: 'other', value: 4, unit: '%', direction: null, qualifier: 'about' });
  });
});

describe('a factor of "that of" another system', () => {
  it('reads a multiple of a speed as a gain and a multiple of a latency as a ratio', () => {
    const text =
      'We propose HashFold. It cuts memory by 5x while raising training throughput by 3.2x. Inference lookup latency ' +
      'is 0.9x that of uncompressed tables. It reaches 2.7x the throughput of ZeRO-Offload and 4.1x that of ZeRO-Infinity.';
    expect(claimAt(text, '3.2x')).toMatchObject({ metric: 'speedup', direction: 'up' });
    expect(claimAt(text, '0.9x')).toMatchObject({ metric: 'speedup', value: 0.9, direction: null, baseline: 'uncompressed tables' });
    expect(claimAt(text, '4.1x')).toMatchObject({ metric: 'speedup', direction: 'up', baseline: 'ZeRO-Infinity' });
  });
});


describe('a share of another system\'s same measure', () => {
  it('reads "its fine-tuning throughput is 96% of LoRA\'s" as a ratio of throughput to LoRA', () => {
    const text = "SpectraLoRA uses half the optimizer memory of LoRA, and its fine-tuning throughput is 96% of LoRA's.";
    expect(claimAt(text, '96%')).toMatchObject({ metric: 'speedup', unit: '%of', direction: null, baseline: 'LoRA' });
  });
});

describe('resources of a device and a share of a battery', () => {
  it('reads "78% of the LUTs" as a utilization (other, %), and "18% fewer DSP slices" as another measure', () => {
    expect(claimAt('We present WinoSparse. The design occupies 78% of the LUTs on the ZCU102.', '78%')).toMatchObject({ metric: 'other', unit: '%' });
    expect(claimAt('We present WinoSparse. It uses 18% fewer DSP slices than a dense baseline.', '18%')).toMatchObject({ metric: 'other', direction: 'down' });
  });

  it('reads "consumes about 3% of the battery" as energy', () => {
    expect(claimAt('We present TinyASR. An hour of dictation consumes about 3% of the battery.', '3%').metric).toBe('energy');
  });
});

describe('reads and writes of storage', () => {
  it('reads "cutting SSD reads by 71%" as another measure, not the accuracy named before it', () => {
    expect(claimAt('We present UniMem. The expert predictor is 92% accurate, cutting SSD reads by 71%.', '71%').metric).toBe('other');
  });
});

describe('a multiple set beside a value, and a share of an owner\'s measure', () => {
  it('reads "410 passages/s, 38x that of the teacher" as a speedup and "182 images/J, 5.2x that of the A10" as an energy gain', () => {
    const text = 'We present TinyEnc. Its encoding throughput on one CPU core is 350 documents/s, 21$\\times$ that of the teacher. Energy efficiency reaches 140 images/J, 4.4x that of the T4.';
    expect(claimAt(text, '350 documents/s')).toMatchObject({ metric: 'throughput', unit: 'documents/s' });
    expect(claimAt(text, '21$\\times$')).toMatchObject({ metric: 'speedup', direction: 'up', baseline: 'teacher' });
    expect(claimAt(text, '4.4x')).toMatchObject({ metric: 'energy', direction: 'up', baseline: 'T4' });
  });

  it('reads "keeps 91.2% of the dense model\'s average zero-shot accuracy" as a share of accuracy', () => {
    const text = 'We present PruneKit. At half sparsity, PruneKit keeps 91.2% of the dense model\'s average zero-shot accuracy.';
    expect(claimAt(text, '91.2%')).toMatchObject({ metric: 'accuracy', unit: '%of', direction: null });
  });
});

describe('a measure held at a share of the compared system\'s', () => {
  it('reads "keeps decoding latency at 96% of the FP16 baseline" as a speed ratio', () => {
    const text = 'We present KVQ. The fused kernel keeps decoding latency at 96% of the FP16 baseline for short contexts.';
    expect(claimAt(text, '96%')).toMatchObject({ metric: 'speedup', unit: '%of', direction: null, baseline: 'FP16 baseline' });
  });
});

describe('a compared system whose name opens with digits', () => {
  it('reads "1.8x the frame rate of 3DGS" with 3DGS as the baseline', () => {
    expect(claimAt('We present SplatLite. It renders at 1.8x the frame rate of 3DGS.', '1.8x')).toMatchObject({ metric: 'speedup', baseline: '3DGS' });
  });
});

describe('win rates in the present tense', () => {
  it('reads "raters prefer X over Y in 58% of pairwise comparisons" as a quality share', () => {
    expect(claimAt('We present TCD-3. Human raters prefer TCD-3 over SDXL-Turbo in 58% of pairwise comparisons.', '58%')).toMatchObject({ metric: 'accuracy', unit: '%' });
  });

  it('continues a multiple into "and N× that of Y", and keeps the digits of a device in its name', () => {
    const text = 'We present StreamCore. StreamCore generates 38 tokens/s, 2.9× the speed of the Snapdragon 8 Gen 3 NPU and 5.6× that of an Apple M2 CPU.';
    expect(claimAt(text, '2.9×')).toMatchObject({ metric: 'speedup', baseline: 'Snapdragon 8 Gen 3 NPU' });
    expect(claimAt(text, '5.6×')).toMatchObject({ metric: 'speedup', direction: 'up', baseline: 'Apple M2 CPU' });
    expect(claimAt('We present PiRun. It is 3x faster than a Raspberry Pi 5.', '3x')).toMatchObject({ baseline: 'Raspberry Pi 5' });
  });

  it("reads a share of a device's own peak as a utilization (other)", () => {
    const text = "We present KernX. It reaches 71% of the H100's peak BF16 throughput and 88% of the chip's peak memory bandwidth.";
    expect(claimAt(text, '71%')).toMatchObject({ metric: 'other', unit: '%' });
    expect(claimAt(text, '88%')).toMatchObject({ metric: 'other', unit: '%' });
  });

  it('reads the share a part takes of the whole run or chip as another measure ("under 1% of end-to-end time", "6% of runtime", "9% of the total die")', () => {
    const text = 'We present Vx. Partitioning takes 2.1 s, under 1% of end-to-end time. Kernel-map construction is reduced to 6% of runtime. The logic takes less than 9% of the total die.';
    expect(run(text).claims.filter((c) => c.unit === '%').map((c) => [c.metric, c.value, c.direction])).toEqual([
      ['other', 1, null],
      ['other', 6, null],
      ['other', 9, null],
    ]);
  });

  it('reads the share a part adds to a whole measure as that measure, with no direction ("adds 4.8% to total area")', () => {
    const text = 'We present Ad. The scheduler adds 4.8% to total area, and the monitor adds less than 5% to the total energy. The adapters add 2.1% to the total parameter count.';
    expect(run(text).claims.map((c) => [c.metric, c.value, c.unit, c.direction, c.qualifier])).toEqual([
      ['other', 4.8, '%', null, null],
      ['energy', 5, '%', null, 'less than'],
      ['size', 2.1, '%', null, null],
    ]);
  });
});

describe('an overhead on a time', () => {
  it('reads what a part adds to a latency as that latency\'s share (latency, %), a rate\'s overhead staying other', () => {
    const text = 'We propose CacheLite. The cache adds less than 2.1% to the end-to-end latency.';
    expect(claimAt(text, '2.1%')).toMatchObject({ metric: 'latency', unit: '%', direction: null, qualifier: 'less than' });
  });
});

describe('the system a share of quality is of, named by its adjective or possessive', () => {
  it('reads "96.8% of the original performance", "94.1% of dense accuracy" and "97% of the teacher\'s average score"', () => {
    const text = "We present X. X retains 96.8% of the original performance. It keeps 94.1% of dense accuracy. It recovers 97% of the teacher's average score.";
    expect(claimAt(text, '96.8%')).toMatchObject({ metric: 'accuracy', unit: '%of', baseline: 'original' });
    expect(claimAt(text, '94.1%')).toMatchObject({ baseline: 'dense' });
    expect(claimAt(text, '97%')).toMatchObject({ baseline: 'teacher' });
  });
});

describe('a share saved after a word of addition', () => {
  it('reads "saves a further 18% of energy" as a saving, not a ratio', () => {
    expect(claimAt('We present X. Frequency scaling saves a further 18% of energy.', '18%')).toMatchObject({ metric: 'energy', unit: '%', direction: 'down' });
  });
});

describe('a fraction of a model\'s size names the model', () => {
  it('reads "with only half the parameters of DeiT-S" as a ratio with DeiT-S as baseline', () => {
    const text = 'We present MobiMix. MobiMix-L reaches 81.9% top-1 with only half the parameters of DeiT-S.';
    expect(claimAt(text, 'half')).toMatchObject({ metric: 'size', value: 0.5, direction: null, baseline: 'DeiT-S' });
  });
});

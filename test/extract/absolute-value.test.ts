import { describe, expect, it } from 'vitest';
import { claimAt, run } from './helpers.js';

describe('AbsoluteValueParser: values with units', () => {
  it('reads latency, accuracy and device on one sentence', () => {
    const text = 'Single-Path NAS achieves 74.96% top-1 accuracy on ImageNet with 79ms latency on a Pixel 1 phone.';
    expect(claimAt(text, '74.96%')).toMatchObject({ evidence: '74.96% top-1 accuracy', metric: 'accuracy', direction: null, hardware_class: 'mobile', phase: null });
    expect(claimAt(text, '79ms')).toMatchObject({ evidence: '79ms latency', metric: 'latency', unit: 'ms', hardware: 'Pixel 1 phone', phase: 'inference', factor: null });
  });

  it('expands magnitude suffixes (Decision 4) and reads device-hours (Decision 8)', () => {
    const text = 'FBNet-B achieves 74.1% top-1 accuracy with 295M FLOPs, at only 216 GPU-hours of search.';
    expect(claimAt(text, '295M')).toMatchObject({ metric: 'compute', value: 295000000, unit: 'FLOPs' });
    expect(claimAt(text, '216 GPU-hours')).toMatchObject({ metric: 'time', unit: 'GPU-h', hardware: 'GPU', hardware_class: 'gpu' });
  });

  it('reads throughput values and own model sizes', () => {
    const text = 'We introduce T-MAC. It delivers a token generation throughput of 30 tokens/s with a single core on M2-Ultra. With only 5.7M parameters, our model is small.';
    expect(claimAt(text, '30 tokens/s')).toMatchObject({ metric: 'throughput', phase: 'decode', hardware_class: 'cpu' });
    expect(claimAt(text, '5.7M')).toMatchObject({ metric: 'size', value: 5700000, unit: 'params' });
  });

  it('reads the end of a change "from 42GB to 11GB" (Decision 10)', () => {
    const text = 'Our method makes it feasible to run on a single consumer GPU, reducing peak memory from 42GB to 11GB.';
    expect(claimAt(text, '11GB')).toMatchObject({ metric: 'memory', value: 11, unit: 'GB', direction: null });
    expect(text.slice(0, text.indexOf('42GB') + 4)).not.toContain('undefined');
  });
});

describe('what a value is of, from the words around it', () => {
  it('reads what a model occupies as its size, and the time of one training step as a latency', () => {
    const size = 'The recipe produces a 4-bit model that occupies 7.6 MB. The complete model occupies 43 KB.';
    expect(claimAt(size, '7.6 MB')).toMatchObject({ metric: 'size', unit: 'MB' });
    expect(claimAt(size, '43 KB')).toMatchObject({ metric: 'size', unit: 'KB' });
    const step = 'We propose X. A training step on a 128x128 image takes 0.37 s on the STM32. Training takes 5 s in total.';
    expect(claimAt(step, '0.37 s')).toMatchObject({ metric: 'latency' });
    expect(claimAt(step, '5 s')).toMatchObject({ metric: 'time' });
  });
});


describe('rates that say which tokens they count', () => {
  it('reads "7,850 output tokens/s" as a throughput, not a count of tokens', () => {
    const text = 'On an AMD MI300X, ChunkKV reaches 7,850 output tokens/s for Llama-3-70B, 1.3× higher than vLLM.';
    expect(claimAt(text, '7,850')).toMatchObject({ metric: 'throughput', value: 7850, unit: 'tokens/s' });
  });
});

describe('densities and value for money', () => {
  it('reads TOPS/mm² as a density of the design (other), not a throughput in TOPS', () => {
    const text = 'The fabricated macro reaches a compute density of 2.4 TOPS/mm² at 0.7 V.';
    expect(claimAt(text, '2.4')).toMatchObject({ metric: 'other', unit: 'TOPS/mm2', evidence: expect.stringContaining('2.4 TOPS/mm²') });
  });

  it('reads "higher throughput per dollar" as cost', () => {
    const text = 'Compared with the best x86 instance, Graviton4 delivers 1.5x higher throughput per dollar.';
    expect(claimAt(text, '1.5x')).toMatchObject({ metric: 'cost', direction: 'up' });
  });

  it('reads energy in GWh and efficiency written TOPS W−1', () => {
    expect(claimAt('Over a year, this saves roughly 1.2 GWh of electricity.', '1.2 GWh')).toMatchObject({ metric: 'energy', unit: 'GWh', qualifier: 'about' });
    expect(claimAt('The chip reaches a peak energy efficiency of 9.76 TOPS W−1 in this mode.', '9.76 TOPS W−1')).toMatchObject({ metric: 'energy', unit: 'TOPS/W' });
  });

  it("reads the area a design occupies, and no other area", () => {
    const text = 'We present Spade. The chip occupies 3.2 mm² of core area and consumes 6.7 W. Each macro has a die area of 0.4 mm2. Prior chips used a 12 mm2 die budget.';
    expect(run(text).claims.map((c) => [c.metric, c.value, c.unit])).toEqual([
      ['other', 3.2, 'mm2'],
      ['power', 6.7, 'W'],
      ['other', 0.4, 'mm2'],
    ]);
  });

  it('reads an area written as the size of what the work built ("a 4.2 mm² core", "the test chip", "per HBM die", "adding", "in")', () => {
    const text = 'We present Tiler. It is fabricated in 28nm with a 4.2~mm$^2$ core. The 3.6 mm² test chip reaches 9.4 TOPS peak in 6.3 mm². The logic takes 2.9 mm² per HBM die, adding only 0.042 mm² to the core area. Scaling beyond the reticle limit of roughly 800 mm² requires chiplets.';
    expect(run(text).claims.filter((c) => c.unit === 'mm2').map((c) => c.value)).toEqual([4.2, 3.6, 6.3, 2.9, 0.042]);
  });

  it('reads energy per operation or per bit, and synaptic operations per watt, with their units', () => {
    const text = 'We present Ep. The energy per operation is 36.6 fJ/op and the link costs 1.2 pJ/bit. Peak efficiency reaches 0.33 TSOPS/W. The total die is 7.9 mm².';
    expect(run(text).claims.map((c) => [c.metric, c.value, c.unit])).toEqual([
      ['energy', 36.6, 'fJ/op'],
      ['energy', 1.2, 'pJ/bit'],
      ['energy', 0.33, 'TSOPS/W'],
      ['other', 7.9, 'mm2'],
    ]);
  });

  it('reads box and mask AP as AP', () => {
    expect(claimAt('We present SpiralMamba. On COCO with Mask R-CNN it reaches 48.1 box AP.', '48.1 box AP')).toMatchObject({ metric: 'accuracy', unit: 'AP' });
  });
});

describe('emissions', () => {
  it('reads kg and tonnes of CO2 as another measure in kgCO2e and tCO2e', () => {
    const text = 'We present GreenFit. Fine-tuning emits 0.4 tonnes of CO$_2$, and inference over a year emits 830 kg CO2e.';
    expect(claimAt(text, '0.4 tonnes of CO$_2$')).toMatchObject({ metric: 'other', unit: 'tCO2e' });
    expect(claimAt(text, '830 kg CO2e')).toMatchObject({ metric: 'other', unit: 'kgCO2e' });
  });
});

describe('amounts saved', () => {
  it('reads "saved 1.7 MWh" and "would save roughly 300,000 GPU-hours" as amounts that move their measure down', () => {
    const text = 'We present WaveSched. Deployed for a week, it saved 1.7 MWh. At scale, WaveSched would save roughly 300,000 GPU-hours.';
    expect(claimAt(text, '1.7 MWh')).toMatchObject({ metric: 'energy', direction: 'down', evidence: 'saved 1.7 MWh' });
    expect(claimAt(text, '300,000 GPU-hours')).toMatchObject({ metric: 'time', direction: 'down', qualifier: 'about' });
  });
});

describe('things per second', () => {
  it('reads "9.1 million image classifications per second" as a throughput', () => {
    expect(claimAt('We present PhotonNet. It performs up to 9.1 million image classifications per second.', '9.1 million')).toMatchObject({ metric: 'throughput', value: 9100000, unit: 'classifications/s', qualifier: 'up to' });
  });
});

describe('architecture and serving vocabulary', () => {
  it('reads bandwidths as throughputs, SLO attainment and acceptance lengths as other measures', () => {
    const text = 'We present FeedLine. It serves reads at 21.7 GB/s. SLO attainment under bursty load is 96.1%. The mean acceptance length is 3.2 tokens.';
    expect(claimAt(text, '21.7 GB/s')).toMatchObject({ metric: 'throughput', unit: 'GB/s' });
    expect(claimAt(text, '96.1%')).toMatchObject({ metric: 'other', unit: '%' });
    expect(claimAt(text, '3.2 tokens')).toMatchObject({ metric: 'other', unit: 'tokens' });
  });

  it('drops on-chip BRAM, a battery\'s capacity; keeps memory saved', () => {
    expect(run('We present TinyFPGA. The board offers 31.5 Mb of on-chip BRAM, and the robot carries a 60 Wh battery.').claims).toEqual([]);
    expect(claimAt('We present Draftless. Draftless saves 9.1 GB of GPU memory compared with EAGLE-2.', '9.1 GB')).toMatchObject({ metric: 'memory', direction: 'down' });
  });

  it('reads a time to first token as a latency in any unit, a warm-up or planning stage as a job time', () => {
    const ttft = 'We present Sparse-Prefill. It cuts TTFT for 1M-token prompts from 27.4 min to 2.9 min.';
    expect(claimAt(ttft, '2.9 min')).toMatchObject({ metric: 'latency', value: 2.9, unit: 'min' });
    const warm = 'We present BucketJIT. Bucketing cuts warm-up time from 11 minutes to 40 seconds.';
    expect(claimAt(warm, '40 seconds')).toMatchObject({ metric: 'time', value: 40, unit: 's' });
    expect(claimAt('We present PlanX. Planning takes < 1 s for up to 8 devices.', '1 s')).toMatchObject({ metric: 'time', qualifier: 'less than' });
  });

  it('reads TPU-chip-hours and hours of a named device as device time', () => {
    const text = 'We present PodSched. Across the fleet, PodSched saves approximately 1.9 million TPU-chip-hours per year. Fine-tuning costs 320 L40S-hours.';
    expect(claimAt(text, '1.9 million')).toMatchObject({ metric: 'time', value: 1900000, unit: 'TPU-h', direction: 'down' });
    expect(claimAt(text, '320')).toMatchObject({ unit: 'GPU-h' });
  });
});

describe('operations counted', () => {
  it('reads "1.63×10^8 OPs" as compute', () => {
    expect(claimAt('We present BiReal++. It requires only $1.63\\times 10^{8}$ OPs.', 'OPs')).toMatchObject({ metric: 'compute', unit: 'OPs', value: 163000000 });
  });
});

/**
 * A hand-made catalog for the query and command tests: a few papers whose claims cover every
 * filter (classes, devices, vendors, techniques, phases, qualifiers, units, ranges, absolute
 * values) so that the tests do not move when the extractor improves.
 */
import { afterAll, beforeAll } from 'vitest';
import type { ClaimDraft } from '../../src/extract/types.js';
import { openCatalog, type Db } from '../../src/store/catalog.js';
import { fixtureClaim, fixturePaper, tempDir, writeFixtureCatalog, type TempDir } from '../support/fixtures.js';

const ALVEO = { name: 'Alveo U280', class: 'fpga', vendor: 'AMD Xilinx' } as const;
const A100 = { name: 'A100', class: 'gpu', vendor: 'NVIDIA' } as const;
const JETSON = { name: 'Jetson Nano', class: 'edge', vendor: 'NVIDIA' } as const;

/** `%` reductions of down-improving quantities become factors as CLAIMS.md suggests: 1/(1 - p/100). */
const percentDown = (percent: number): number => 1 / (1 - percent / 100);

function claim(overrides: Partial<ClaimDraft> & Pick<ClaimDraft, 'metric' | 'value' | 'unit' | 'evidence'>): ClaimDraft {
  return fixtureClaim(overrides);
}

export const FIXTURE_PAPERS = [
  fixturePaper({
    title: 'FlightLLM: Efficient Large Language Model Inference with a Complete Mapping Flow on FPGAs',
    abstract:
      'FlightLLM maps LLM inference onto the Xilinx Alveo U280 FPGA. It achieves up to 6.0x higher energy efficiency than the NVIDIA V100S GPU. ' +
      'Served next to vLLM on an NVIDIA A100 GPU, the same kernels give 1.2x higher throughput than vLLM. Decode latency is 79 ms per token on the FPGA.',
    url: 'https://arxiv.org/abs/2401.03868',
    tags: ['hardware-co-design', 'llm-serving', 'quantization'],
    claims: [
      claim({
        metric: 'energy', value: 6, unit: 'x', direction: 'up', qualifier: 'up to', baseline: 'NVIDIA V100S GPU',
        hardware: 'Xilinx Alveo U280 FPGA', hardware_class: 'fpga', hardware_entity: ALVEO, phase: 'inference',
        evidence: 'up to 6.0x higher energy efficiency than the NVIDIA V100S GPU', factor: 6,
      }),
      claim({
        metric: 'speedup', value: 1.2, unit: 'x', direction: 'up', baseline: 'vLLM', hardware: 'NVIDIA A100 GPU',
        hardware_class: 'gpu', hardware_entity: A100, phase: 'serving', evidence: '1.2x higher throughput than vLLM', factor: 1.2,
      }),
      claim({
        metric: 'latency', value: 79, unit: 'ms', hardware: 'FPGA', hardware_class: 'fpga', hardware_entity: ALVEO,
        phase: 'decode', evidence: 'latency is 79 ms',
      }),
    ],
  }),
  fixturePaper({
    title: 'OliVe: Accelerating Large Language Models via Hardware-friendly Outlier-Victim Pair Quantization',
    abstract: 'OliVe is a systolic accelerator. It surpasses GOBO by 4.5times speedup and 4.0times energy reduction, and is 1.5x faster than an A100.',
    tags: ['hardware-co-design', 'quantization'],
    claims: [
      claim({
        metric: 'speedup', value: 4.5, unit: 'x', direction: 'up', baseline: 'GOBO', hardware: 'systolic accelerator',
        hardware_class: 'asic', evidence: '4.5times speedup', factor: 4.5,
      }),
      claim({
        metric: 'energy', value: 4, unit: 'x', direction: 'down', baseline: 'GOBO', hardware: 'systolic accelerator',
        hardware_class: 'asic', evidence: '4.0times energy reduction', factor: 4,
      }),
      claim({
        metric: 'speedup', value: 1.5, unit: 'x', direction: 'up', baseline: 'A100', hardware: 'systolic accelerator',
        hardware_class: 'asic', evidence: '1.5x faster than an A100', factor: 1.5,
      }),
    ],
  }),
  fixturePaper({
    title: 'Vision Mamba: Efficient Visual Representation Learning with Bidirectional State Space Model',
    abstract: 'Vim is 2.8x faster than DeiT and saves 86.8% GPU memory during batch inference. It reaches 74.96% top-1 accuracy on ImageNet.',
    tags: ['state-space-models'],
    claims: [
      claim({
        metric: 'speedup', value: 2.8, unit: 'x', direction: 'up', baseline: 'DeiT', hardware: 'GPU', hardware_class: 'gpu',
        phase: 'inference', evidence: '2.8x faster than DeiT', factor: 2.8,
      }),
      claim({
        metric: 'memory', value: 86.8, unit: '%', direction: 'down', baseline: 'DeiT', hardware: 'GPU', hardware_class: 'gpu',
        phase: 'inference', evidence: 'saves 86.8% GPU memory', factor: percentDown(86.8),
      }),
      claim({ metric: 'accuracy', value: 74.96, unit: '%', evidence: '74.96% top-1 accuracy' }),
    ],
  }),
  fixturePaper({
    title: 'Motion Mamba: Efficient and Long Sequence Motion Generation',
    abstract: 'Motion Mamba is up to 4 times faster at inference and needs 1.3-2.1x less memory than the diffusion baseline.',
    tags: ['state-space-models'],
    claims: [
      claim({ metric: 'speedup', value: 4, unit: 'x', direction: 'up', qualifier: 'up to', phase: 'inference', evidence: 'up to 4 times faster', factor: 4 }),
      claim({
        metric: 'memory', value: 1.3, value_max: 2.1, unit: 'x', direction: 'down', baseline: 'the diffusion baseline',
        evidence: '1.3-2.1x less memory than the diffusion baseline', factor: 1.3, factor_max: 2.1,
      }),
    ],
  }),
  fixturePaper({
    title: 'TinyEdge: Keyword Spotting on Small Devices',
    abstract: 'On a Jetson Nano, TinyEdge answers in 12 ms and fits in 0.5 MB of memory, about 3x faster than MCUNet.',
    tags: ['nas'],
    claims: [
      claim({ metric: 'latency', value: 12, unit: 'ms', hardware: 'Jetson Nano', hardware_class: 'edge', hardware_entity: JETSON, evidence: '12 ms' }),
      claim({ metric: 'memory', value: 0.5, unit: 'MB', hardware: 'Jetson Nano', hardware_class: 'edge', hardware_entity: JETSON, evidence: '0.5 MB of memory' }),
      claim({
        metric: 'speedup', value: 3, unit: 'x', direction: 'up', qualifier: 'about', baseline: 'MCUNet', hardware: 'Jetson Nano',
        hardware_class: 'edge', hardware_entity: JETSON, evidence: 'about 3x faster than MCUNet', factor: 3,
      }),
    ],
  }),
  fixturePaper({
    title: 'Single-Path NAS: Designing Hardware-Efficient ConvNets in less than 4 Hours',
    abstract: 'Our search takes less than 4 hours on a TPU, 5,000x faster than prior NAS, with a 2.08% test error.',
    tags: ['nas'],
    claims: [
      claim({ metric: 'time', value: 4, unit: 'h', qualifier: 'less than', hardware: 'TPU', hardware_class: 'tpu', phase: 'search', evidence: 'less than 4 hours' }),
      claim({
        metric: 'speedup', value: 5000, unit: 'x', direction: 'up', baseline: 'prior NAS', hardware: 'TPU', hardware_class: 'tpu',
        phase: 'search', evidence: '5,000x faster than prior NAS', factor: 5000,
      }),
      claim({ metric: 'accuracy', value: 2.08, unit: '%', evidence: '2.08% test error' }),
    ],
  }),
  fixturePaper({
    title: 'Mamba: Linear-Time Sequence Modeling with Selective State Spaces',
    abstract: 'Mamba enjoys 5x higher throughput than Transformers of the same size.',
    tags: ['state-space-models'],
    claims: [
      claim({ metric: 'speedup', value: 5, unit: 'x', direction: 'up', baseline: 'Transformers', evidence: '5x higher throughput than Transformers', factor: 5 }),
    ],
  }),
  fixturePaper({
    title: 'A Quiet Survey: Nothing Measured Here',
    abstract: 'We survey the field and report no numbers of our own.',
    tags: [],
    claims: [],
  }),
];

/** Paper ids in the catalog follow the order above, from 1. */
export const PAPER_ID = {
  FlightLLM: 1,
  OliVe: 2,
  VisionMamba: 3,
  MotionMamba: 4,
  TinyEdge: 5,
  SinglePathNAS: 6,
  Mamba: 7,
  QuietSurvey: 8,
} as const;

export function writeQueryFixture(path: string): string {
  return writeFixtureCatalog(path, FIXTURE_PAPERS);
}

/** Opens the fixture catalog for the calling test file (closed and removed afterwards). */
export function useFixtureDb(): () => Db {
  let dir: TempDir;
  let db: Db;
  beforeAll(() => {
    dir = tempDir();
    db = openCatalog(writeQueryFixture(dir.file('fixture.db')));
  });
  afterAll(() => {
    db.close();
    dir.remove();
  });
  return () => db;
}

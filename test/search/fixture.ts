/**
 * A hand-made catalog for search tests: papers written to exercise stemming, the vocabulary
 * (devices for classes, technique names), ranking of literal words over expansions, and the
 * filters. Keywords are derived as a build derives them (src/pipeline/prepare.ts), so the
 * tests see what a real catalog holds without depending on the extractor.
 */
import { paperKeywords } from '../../src/pipeline/prepare.js';
import type { CatalogPaper } from '../../src/store/types.js';
import { afterAll, beforeAll } from 'vitest';
import { fixtureClaim, fixturePaper, tempDir, writeFixtureCatalog, type TempDir } from '../support/fixtures.js';

function paper(overrides: Partial<CatalogPaper> & Pick<CatalogPaper, 'title' | 'abstract'>): CatalogPaper {
  const base = fixturePaper(overrides);
  return { ...base, keywords: paperKeywords(base.tags, base.claims, `${base.title}\n${base.abstract}`) };
}

const ALVEO = { name: 'Alveo U280', class: 'fpga', vendor: 'AMD Xilinx' } as const;

export const SEARCH_PAPERS: readonly CatalogPaper[] = [
  // 1, 2: the same paper but for how they name the device: literal GPU against an A100.
  paper({
    title: 'Method One: Weight Sharing for Transformers',
    abstract: 'We quantize the weights of transformers to four bits and serve them on a GPU with little loss.',
    tags: ['quantization'],
  }),
  paper({
    title: 'Method Two: Weight Sharing for Transformers',
    abstract: 'We quantize the weights of transformers to four bits and serve them on an A100 with little loss.',
    tags: ['quantization'],
  }),
  // 3: the words in the title.
  paper({
    title: 'GPU Quantization Kernels',
    abstract: 'Quantized matrix multiplication kernels reach 2.1x faster inference than FP16 on GPUs.',
    tags: ['quantization'],
    claims: [fixtureClaim({ metric: 'speedup', value: 2.1, unit: 'x', evidence: '2.1x faster', factor: 2.1, hardware: 'GPUs', hardware_class: 'gpu' })],
  }),
  // 4: an FPGA accelerator with a claim measured on a named board.
  paper({
    title: 'FlightLLM: LLM Inference on FPGAs',
    abstract: 'An accelerator on the Xilinx Alveo U280 serves large language models 3.5x faster than a GPU baseline.',
    tags: ['hardware-co-design'],
    claims: [
      fixtureClaim({
        metric: 'speedup',
        value: 3.5,
        unit: 'x',
        evidence: '3.5x faster',
        factor: 3.5,
        hardware: 'Xilinx Alveo U280',
        hardware_class: 'fpga',
        hardware_entity: ALVEO,
      }),
    ],
  }),
  // 5: a device named in the abstract, no claim.
  paper({
    title: 'Tiny Detectors for Drones',
    abstract: 'Object detection runs on a Jetson Nano aboard the drone, with int8 weights.',
    tags: ['quantization'],
  }),
  // 6: a technique by its long name.
  paper({
    title: 'Sparse Experts at Scale',
    abstract: 'A mixture-of-experts language model routes each token to two experts, cutting training energy by 40%.',
    tags: ['mixture-of-experts'],
    claims: [fixtureClaim({ metric: 'energy', value: 40, unit: '%', evidence: 'cutting training energy by 40%', factor: 1.67 })],
  }),
  // 7: a phrase concept.
  paper({
    title: 'Paged Memory for Serving',
    abstract: 'We compress the key-value cache of each request, so that a server holds twice the requests.',
    tags: ['llm-serving'],
  }),
  // 8: porter joins "transformative" to "transformer"; this paper is not about transformers.
  paper({
    title: 'A Transformative Look at Compilers',
    abstract: 'Compilers for deep learning are transformative: they fuse operators for quantized inference on a GPU.',
    tags: ['compilers'],
  }),
];

export function writeSearchFixture(path: string): string {
  return writeFixtureCatalog(path, SEARCH_PAPERS);
}

/** Writes the search fixture once for the calling test file; returns its path (after beforeAll). */
export function useSearchFixture(): () => string {
  let dir: TempDir;
  let path = '';
  beforeAll(() => {
    dir = tempDir();
    path = writeSearchFixture(dir.file('search.db'));
  });
  afterAll(() => dir.remove());
  return () => path;
}

/** searchPapers over the search fixture: matching, stemming, the vocabulary, ranking, filters, errors. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UsageError } from '../../src/errors.js';
import { searchPapers, type SearchOptions } from '../../src/query/search.js';
import { openCatalog, type Db } from '../../src/store/catalog.js';
import { tempDir, type TempDir } from '../support/fixtures.js';
import { writeSearchFixture } from './fixture.js';

let dir: TempDir;
let db: Db;
beforeAll(() => {
  dir = tempDir();
  db = openCatalog(writeSearchFixture(dir.file('search.db')));
});
afterAll(() => {
  db.close();
  dir.remove();
});

const search = (terms: string, options: Partial<SearchOptions> = {}) =>
  searchPapers(db, { terms: terms.split(' '), limit: 10, ...options });
const names = (terms: string, options: Partial<SearchOptions> = {}): string[] => search(terms, options).hits.map((hit) => hit.short_name);

describe('search matching', () => {
  it('requires every word and stems them: quantization finds quantize and quantized', () => {
    expect(names('quantization')).toEqual(expect.arrayContaining(['Method One', 'Method Two', 'GPU Quantization Kernels']));
    expect(names('quantization transformers').slice(0, 2)).toEqual(['Method One', 'Method Two']);
  });

  it('finds a paper that names only a device of the class: gpu finds an A100', () => {
    expect(names('gpu')).toContain('Method Two');
  });

  it('ranks a paper that says the word above one that only matches through the vocabulary', () => {
    const ranked = names('gpu quantization');
    expect(ranked.indexOf('Method One')).toBeLessThan(ranked.indexOf('Method Two'));
    expect(ranked[0]).toBe('GPU Quantization Kernels');
  });

  it('resolves technique names and their short forms to their tags', () => {
    expect(names('moe')).toEqual(['Sparse Experts']);
    expect(names('mixture of experts')).toEqual(['Sparse Experts']);
    expect(names('quant')).toContain('Tiny Detectors');
  });

  it('expands hardware classes to the devices of the class', () => {
    expect(names('edge')).toEqual(['Tiny Detectors']);
    expect(names('fpga')).toEqual(['FlightLLM']);
    expect(names('xilinx')).toEqual(['FlightLLM']);
  });

  it('takes a run of words that names a concept as a phrase, spelled either way', () => {
    expect(names('kv cache')).toEqual(['Paged Memory']);
    expect(names('key-value cache')).toEqual(['Paged Memory']);
  });

  it('does not require common words', () => {
    expect(names('quantization on a gpu')).toEqual(names('quantization gpu'));
  });

  it('keeps a trailing star as a prefix search, taken as written', () => {
    expect(names('quantiz*')).toEqual(expect.arrayContaining(['Method One', 'GPU Quantization Kernels', 'A Transformative Look']));
    expect(names('quantiz*')).not.toContain('Sparse Experts');
  });

  it('ranks a match the stemmer stretched ("transformative") below the word itself', () => {
    const ranked = names('transformer');
    expect(ranked.slice(0, 2).sort()).toEqual(['Method One', 'Method Two']);
    expect(ranked.indexOf('A Transformative Look')).toBeGreaterThan(1);
  });

  it('searches for FTS5 syntax instead of failing on it', () => {
    expect(() => search('gpu AND ("quant')).not.toThrow();
    expect(names('gpu AND ("quant')).toContain('GPU Quantization Kernels');
    expect(search('NEAR( OR * ^').total).toBe(0);
  });

  it('counts every match and returns at most the limit, best first', () => {
    const result = search('gpu', { limit: 2 });
    expect(result.hits).toHaveLength(2);
    expect(result.total).toBeGreaterThan(2);
    expect(result.hits[0]?.score).toBeGreaterThanOrEqual(result.hits[1]?.score ?? 0);
  });

  it('carries a snippet with the matches marked, the tags and the claim count', () => {
    const [hit] = search('jetson').hits;
    expect(hit?.snippet).toBe('Object detection runs on a \u0002Jetson\u0003 Nano aboard the drone, with int8 weights.');
    expect(hit?.tags).toEqual(['quantization']);
    expect(hit?.claims).toBe(0);
    expect(search('flightllm').hits[0]?.claims).toBe(1);
  });
});

describe('search filters', () => {
  it('--hardware keeps papers with a claim on the class or naming one of its devices', () => {
    expect(names('inference', { filters: { hardware: ['fpga'] } })).toEqual(['FlightLLM']);
    expect(names('quantization', { filters: { hardware: ['edge'] } })).toEqual(['Tiny Detectors']);
    expect(names('quantization', { filters: { hardware: ['gpu'] } })).not.toContain('Tiny Detectors');
  });

  it('--hardware takes a device or a vendor', () => {
    expect(names('language', { filters: { hardware: ['u280'] } })).toEqual(['FlightLLM']);
    expect(names('weights', { filters: { hardware: ['nvidia'] } }).sort()).toEqual(['Method Two', 'Tiny Detectors']);
  });

  it('--metric keeps papers with a claim of the metric; --technique papers with the tag', () => {
    expect(names('faster', { filters: { metrics: ['speedup'] } }).sort()).toEqual(['FlightLLM', 'GPU Quantization Kernels']);
    expect(names('training', { filters: { metrics: ['energy'] } })).toEqual(['Sparse Experts']);
    expect(names('gpu', { filters: { techniques: ['compilers'] } })).toEqual(['A Transformative Look']);
  });

  it('combines filters: all of them must hold', () => {
    expect(names('faster', { filters: { metrics: ['speedup'], hardware: ['fpga'] } })).toEqual(['FlightLLM']);
    expect(search('faster', { filters: { metrics: ['energy'], hardware: ['fpga'] } }).total).toBe(0);
  });
});

describe('search --raw and errors', () => {
  it('passes FTS5 syntax through with --raw', () => {
    const raw = names('quantiz* NOT transformers', { raw: true });
    expect(raw).toContain('GPU Quantization Kernels');
    expect(raw).not.toContain('Method One');
    // FTS5's own stemmer: "transformative" is "transformers" to it.
    expect(raw).not.toContain('A Transformative Look');
  });

  it('reports malformed raw syntax as a usage error with a hint', () => {
    expect(() => search('gpu AND ("quant', { raw: true })).toThrow(UsageError);
    try {
      search('gpu AND ("quant', { raw: true });
    } catch (error) {
      expect((error as UsageError).message).toMatch(/^malformed search query "gpu AND \("quant"/);
      expect((error as UsageError).hint).toBe('drop --raw to search the words as written');
    }
  });

  it('needs a word', () => {
    expect(() => search('?? !!')).toThrow('search needs at least one word');
  });
});

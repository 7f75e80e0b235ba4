import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readHfListing } from '../../src/source/hf-listing.js';

const SEED = new URL('../../seeds/000_37feb7a10fd438d0.txt', import.meta.url);
const seedText = readFileSync(SEED, 'utf8');

describe('readHfListing on the bundled seed', () => {
  const { papers, warnings } = readHfListing(seedText, 'seed.txt');

  it('yields exactly 141 papers and no warnings', () => {
    expect(papers).toHaveLength(141);
    expect(warnings).toEqual([]);
  });

  it('reads the first and last titles exactly', () => {
    expect(papers[0]?.title).toBe('Single-Path NAS: Designing Hardware-Efficient ConvNets in less than 4 Hours');
    expect(papers.at(-1)?.title).toBe('T-MAC: CPU Renaissance via Table Lookup for Low-Bit LLM Deployment on Edge');
  });

  it('keeps titles and abstracts byte-identical to whole lines of the file', () => {
    const lines = new Set(seedText.split('\n'));
    for (const paper of papers) {
      expect(lines.has(paper.title)).toBe(true);
      expect(lines.has(paper.abstract)).toBe(true);
    }
  });

  it('keeps LaTeX in the stored title', () => {
    expect(papers.some((paper) => paper.title.startsWith('M$^3$ViT:'))).toBe(true);
  });

  it('skips the page chrome and records the listing date', () => {
    const titles = papers.map((paper) => paper.title);
    for (const chrome of ['new', 'Subscribe', 'Get trending papers in your email inbox!', 'byAK and the research community', 'Mar 11']) {
      expect(titles).not.toContain(chrome);
    }
    expect(papers[0]?.date).toBe('Mar 11');
    expect(papers[0]?.line).toBe(11);
  });
});

const ABSTRACT_A =
  'We present FastThing, a method that makes inference faster. It is evaluated on many tasks and compared with strong baselines across several model sizes. Our experiments show that FastThing runs 2.1x faster than the previous best system while keeping accuracy, which matters for deployment on edge devices.';
const ABSTRACT_B =
  'Memory is the bottleneck of serving large language models with long contexts. We propose SlimCache, which compresses the key-value cache with a learned codebook and a small correction term. On standard benchmarks SlimCache reduces memory by 4x with negligible loss in quality and improves throughput on a single GPU.';

describe('readHfListing on other days\' listings', () => {
  it('parses a listing with other chrome, upvote counts and author lines between papers', () => {
    const text = [
      'Daily Papers',
      '',
      'Trending',
      '',
      'Nov 26, 2026',
      '',
      '57',
      '',
      'FastThing: Faster Inference for Everyone',
      '',
      'Ada Lovelace, Alan Turing, Grace Hopper',
      '',
      ABSTRACT_A,
      '',
      '· 12 authors',
      '',
      '1.2k',
      '',
      'SlimCache: Compressing KV Caches',
      '',
      ABSTRACT_B,
      '',
      'View all',
      '',
      'Previous day',
      '',
      'Next day',
      '',
      'Submit a paper',
      '',
    ].join('\n');
    const { papers, warnings } = readHfListing(text, 'day.txt');
    expect(papers.map((paper) => paper.title)).toEqual(['FastThing: Faster Inference for Everyone', 'SlimCache: Compressing KV Caches']);
    expect(papers.map((paper) => paper.abstract)).toEqual([ABSTRACT_A, ABSTRACT_B]);
    expect(papers[0]?.date).toBe('Nov 26, 2026');
    expect(papers[1]?.line).toBe(19);
    expect(warnings).toEqual([]);
  });

  it('handles CRLF line ends and keeps text without carriage returns', () => {
    const text = ['Mar 12', '', 'FastThing: Faster Inference', '', ABSTRACT_A, ''].join('\r\n');
    const { papers } = readHfListing(text, 'crlf.txt');
    expect(papers).toHaveLength(1);
    expect(papers[0]?.title).toBe('FastThing: Faster Inference');
    expect(papers[0]?.abstract).toBe(ABSTRACT_A);
  });

  it('reports, with line numbers, a title without an abstract and an abstract without a title', () => {
    const text = [
      'FastThing: Faster Inference',
      '',
      ABSTRACT_A,
      '',
      'An Orphaned Title With No Abstract',
      '',
      'SlimCache: Compressing KV Caches',
      '',
      ABSTRACT_B,
      '',
      ABSTRACT_A,
      '',
    ].join('\n');
    const { papers, warnings } = readHfListing(text, 'broken.txt');
    expect(papers.map((paper) => paper.title)).toEqual(['FastThing: Faster Inference', 'SlimCache: Compressing KV Caches']);
    expect(warnings).toEqual([
      { line: 5, message: 'title without an abstract: "An Orphaned Title With No Abstract"' },
      { line: 11, message: expect.stringMatching(/^abstract without a title: "We present FastThing/) },
    ]);
  });

  it('finds no papers in text that is not a listing', () => {
    expect(readHfListing('just a line\n\nanother line\n', 'x.txt').papers).toEqual([]);
  });

  it('picks up an arXiv id shown beside a paper', () => {
    const text = ['FastThing: Faster Inference', '', 'arXiv:2401.01234', '', ABSTRACT_A, ''].join('\n');
    const [paper] = readHfListing(text, 'ids.txt').papers;
    expect(paper?.external_id).toBe('arXiv:2401.01234');
    expect(paper?.url).toBe('https://arxiv.org/abs/2401.01234');
  });
});

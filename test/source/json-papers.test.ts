import { describe, expect, it } from 'vitest';
import { looksLikeJson, readJsonPapers } from '../../src/source/json-papers.js';

const ABSTRACT = 'We make inference 2.1x faster on an A100 GPU.';

describe('readJsonPapers', () => {
  it('reads a JSON array, with arXiv-style field names', () => {
    const text = JSON.stringify([
      { title: 'FastThing: Faster Inference', summary: ABSTRACT, id: '2401.01234', link: 'https://arxiv.org/abs/2401.01234', published: '2024-01-03' },
      { title: 'SlimCache', abstract: 'KV caches, smaller.' },
    ]);
    const { papers, warnings } = readJsonPapers(text, 'papers.json');
    expect(warnings).toEqual([]);
    expect(papers).toEqual([
      { source: 'papers.json', external_id: '2401.01234', title: 'FastThing: Faster Inference', abstract: ABSTRACT, url: 'https://arxiv.org/abs/2401.01234', date: '2024-01-03', line: 1 },
      { source: 'papers.json', external_id: null, title: 'SlimCache', abstract: 'KV caches, smaller.', url: null, date: null, line: 2 },
    ]);
  });

  it('reads JSON lines and reports, by line, what it could not use', () => {
    const text = [
      JSON.stringify({ title: 'FastThing', abstract: ABSTRACT }),
      '',
      'not json',
      JSON.stringify({ title: 'No Abstract Here' }),
      JSON.stringify({ abstract: ABSTRACT }),
    ].join('\n');
    const { papers, warnings } = readJsonPapers(text, 'papers.jsonl');
    expect(papers.map((paper) => [paper.title, paper.line])).toEqual([['FastThing', 1]]);
    expect(warnings).toEqual([
      { line: 3, message: 'not a JSON object' },
      { line: 4, message: 'record without an abstract' },
      { line: 5, message: 'record without a title' },
    ]);
  });

  it('reports invalid JSON instead of throwing', () => {
    const { papers, warnings } = readJsonPapers('[{"title": ', 'broken.json');
    expect(papers).toEqual([]);
    expect(warnings[0]?.message).toMatch(/^not valid JSON/);
  });

  it('tells JSON from a listing', () => {
    expect(looksLikeJson('  [{"title": "x"}]')).toBe(true);
    expect(looksLikeJson('{"title": "x"}\n')).toBe(true);
    expect(looksLikeJson('new\n\nSubscribe\n')).toBe(false);
  });
});

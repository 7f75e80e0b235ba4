/** Ranking pieces: word keys, the clause matcher, BM25F, snippets. */
import { describe, expect, it } from 'vitest';
import { MARK_END, MARK_START } from '../../src/query/marks.js';
import { planSearch } from '../../src/query/query-plan.js';
import { ClauseMatcher, termScore, tokenize, wordKey, type Hit } from '../../src/query/relevance.js';
import { makeSnippet } from '../../src/query/snippet.js';
import { words } from '../../src/query/words.js';

describe('words and keys', () => {
  it('splits and folds as FTS5 does', () => {
    expect(words('Mélange: 2.5× faster GPUs (A100-80GB)')).toEqual(['melange', '2', '5', 'faster', 'gpus', 'a100', '80gb']);
  });

  it('gives inflections one key, and not what only a stemmer would join', () => {
    expect(new Set(['quantization', 'quantized', 'quantize', 'quantizing'].map(wordKey)).size).toBe(1);
    expect(wordKey('gpus')).toBe(wordKey('gpu'));
    expect(wordKey('a100s')).toBe('a100');
    expect(wordKey('transformative')).not.toBe(wordKey('transformer'));
  });
});

describe('ClauseMatcher', () => {
  const count = (query: string, text: string): number[] => new ClauseMatcher(planSearch(query.split(' ')).clauses).count(tokenize(text));

  it('counts the literal 1 and a form its weight', () => {
    const [gpu] = count('gpu', 'a GPU and two A100 GPUs');
    expect(gpu).toBeCloseTo(2 + 0.6, 5);
  });

  it('counts a phrase once, not its words again', () => {
    expect(count('kv cache', 'the KV cache')[0]).toBe(1);
    // Apart, the words count together once (LOOSE_WEIGHT), as often as the rarer of them.
    expect(count('kv cache', 'a cache of KV pairs')[0]).toBe(0.5);
    expect(count('kv cache', 'a cache, a cache, a KV')[0]).toBe(0.5);
  });

  it('records where each clause matched', () => {
    const hits: Hit[] = [];
    new ClauseMatcher(planSearch(['gpu', 'quantization']).clauses).count(tokenize('quantized kernels on A100 GPUs'), hits);
    expect(hits).toEqual([
      { from: 0, to: 1, clause: 1 },
      { from: 3, to: 4, clause: 0 },
      { from: 4, to: 5, clause: 0 },
    ]);
  });
});

describe('termScore', () => {
  const stats = { papers: 100, matching: 10 };
  it('weighs a title mention above an abstract mention, and saturates', () => {
    const title = termScore({ title: 1, abstract: 0, keywords: 0 }, 200, 200, stats);
    const abstract = termScore({ title: 0, abstract: 1, keywords: 0 }, 200, 200, stats);
    expect(title).toBeGreaterThan(abstract);
    expect(termScore({ title: 0, abstract: 50, keywords: 0 }, 200, 200, stats)).toBeLessThan(abstract * 3);
  });

  it('prefers the rarer clause and the shorter abstract', () => {
    const counts = { title: 0, abstract: 1, keywords: 0 };
    expect(termScore(counts, 200, 200, { papers: 100, matching: 5 })).toBeGreaterThan(termScore(counts, 200, 200, { papers: 100, matching: 50 }));
    expect(termScore(counts, 100, 200, stats)).toBeGreaterThan(termScore(counts, 400, 200, stats));
  });
});

describe('makeSnippet', () => {
  const text = Array.from({ length: 60 }, (_, i) => `w${i}`).join(' ');
  it('shows the stretch with the most clauses, matches marked, after an ellipsis', () => {
    const hits: Hit[] = [
      { from: 2, to: 3, clause: 0 },
      { from: 40, to: 41, clause: 0 },
      { from: 42, to: 44, clause: 1 },
    ];
    // The stretch ends with the abstract, so it shows the abstract's end, without an ellipsis.
    const expected = Array.from({ length: 24 }, (_, i) => `w${36 + i}`)
      .join(' ')
      .replace('w40', `${MARK_START}w40${MARK_END}`)
      .replace('w42 w43', `${MARK_START}w42 w43${MARK_END}`);
    expect(makeSnippet(text, hits)).toBe(`…${expected}`);
    expect(makeSnippet(text, [{ from: 2, to: 3, clause: 0 }])).toMatch(/^w0 w1 \u0002w2\u0003 w3 .* w23…$/);
  });

  it('starts at the beginning when nothing in the abstract matched, and keeps the full stop at the end', () => {
    expect(makeSnippet('Short abstract.', [])).toBe('Short abstract.');
  });
});

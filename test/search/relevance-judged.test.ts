/**
 * Measured relevance: on the judged queries (judged-queries.json, over the seed corpus), effcat's
 * mean nDCG@10 beats plain FTS5 bm25's (what a sqlite-utils or Datasette user gets) clearly.
 * Not a timing test. `npm run bench` prints the per-query figures (test/bench/search-relevance.ts).
 */
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCatalog } from '../../src/pipeline/build-catalog.js';
import { openCatalog, type Db } from '../../src/store/catalog.js';
import { tempDir, type TempDir } from '../support/fixtures.js';
import { evaluate, loadJudgedQueries, ndcg } from './judged.js';

let dir: TempDir;
let db: Db;
beforeAll(() => {
  dir = tempDir();
  const path = dir.file('seeds.db');
  buildCatalog(path, [fileURLToPath(new URL('../../seeds', import.meta.url))]);
  db = openCatalog(path);
});
afterAll(() => {
  db.close();
  dir.remove();
});

describe('judged search relevance', () => {
  it('has 15-25 queries, each judging papers the catalog holds', () => {
    const queries = loadJudgedQueries();
    expect(queries.length).toBeGreaterThanOrEqual(15);
    expect(queries.length).toBeLessThanOrEqual(25);
    expect(() => evaluate(db, queries)).not.toThrow();
  });

  it('ranks better than plain bm25: higher mean nDCG@10, by a clear margin', () => {
    const report = evaluate(db);
    expect(report.effcat).toBeGreaterThan(report.bm25 * 1.15);
    expect(report.effcat).toBeGreaterThan(0.8);
  });

  it('computes nDCG with graded gains', () => {
    const grades = new Map([
      [1, 2],
      [2, 1],
    ]);
    expect(ndcg([1, 2], grades)).toBe(1);
    expect(ndcg([2, 1], grades)).toBeLessThan(1);
    expect(ndcg([3], grades)).toBe(0);
  });
});

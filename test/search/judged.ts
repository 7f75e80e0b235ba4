/**
 * Measuring search relevance on the judged query set (judged-queries.json): nDCG@10 of effcat's
 * search against plain FTS5 bm25 over the same papers, which is what a sqlite-utils or Datasette
 * user gets: `fts5(title, abstract)` with the default tokenizer, each word quoted and all of
 * them required, `ORDER BY rank`. Shared by the relevance test and the benchmark.
 */
import { readFileSync } from 'node:fs';
import Database from 'better-sqlite3';
import type { Db } from '../../src/store/catalog.js';
import { searchPapers } from '../../src/query/search.js';

export interface JudgedQuery {
  readonly query: string;
  /** Paper title -> grade (2 squarely relevant, 1 partly); unlisted papers are 0. */
  readonly judgments: Readonly<Record<string, number>>;
}

export const CUTOFF = 10;

export function loadJudgedQueries(): JudgedQuery[] {
  const file = new URL('./judged-queries.json', import.meta.url);
  return (JSON.parse(readFileSync(file, 'utf8')) as { queries: JudgedQuery[] }).queries;
}

/** nDCG@k with exponential gain (2^grade - 1), the ideal taken from every judged paper. */
export function ndcg(ranked: readonly number[], grades: ReadonlyMap<number, number>, k = CUTOFF): number {
  const gain = (grade: number): number => 2 ** grade - 1;
  const dcg = (list: readonly number[]): number => list.slice(0, k).reduce((sum, grade, i) => sum + gain(grade) / Math.log2(i + 2), 0);
  const ideal = dcg([...grades.values()].sort((a, b) => b - a));
  return ideal === 0 ? 0 : dcg(ranked.map((id) => grades.get(id) ?? 0)) / ideal;
}

/** The plain-bm25 baseline: its own FTS5 table over the catalog's titles and abstracts. */
export function plainBm25(catalog: Db): (query: string, limit: number) => number[] {
  const db = new Database(':memory:');
  db.exec('CREATE VIRTUAL TABLE docs USING fts5(title, abstract)');
  const insert = db.prepare('INSERT INTO docs (rowid, title, abstract) VALUES (?, ?, ?)');
  const papers = catalog.prepare('SELECT id, title, abstract FROM papers ORDER BY id').all() as { id: number; title: string; abstract: string }[];
  db.transaction(() => {
    for (const paper of papers) insert.run(paper.id, paper.title, paper.abstract);
  })();
  const search = db.prepare('SELECT rowid FROM docs WHERE docs MATCH ? ORDER BY rank LIMIT ?').pluck();
  return (query, limit) => {
    // sqlite-utils' and Datasette's escape_fts: every word quoted, all required.
    const words = query.split(/\s+/).filter(Boolean).map((word) => `"${word.replaceAll('"', '""')}"`);
    return search.all(words.join(' '), limit) as number[];
  };
}

export function effcatSearch(catalog: Db): (query: string, limit: number) => number[] {
  return (query, limit) => searchPapers(catalog, { terms: query.split(/\s+/), limit }).hits.map((hit) => hit.id);
}

export interface QueryScore {
  readonly query: string;
  readonly effcat: number;
  readonly bm25: number;
}

export interface RelevanceReport {
  readonly queries: readonly QueryScore[];
  readonly effcat: number;
  readonly bm25: number;
}

/** Grades by paper id; a judged title the catalog does not hold is an error (the set went stale). */
function gradesById(catalog: Db, judged: JudgedQuery): Map<number, number> {
  const byTitle = catalog.prepare('SELECT id FROM papers WHERE title = ?').pluck();
  const grades = new Map<number, number>();
  for (const [title, grade] of Object.entries(judged.judgments)) {
    const id = byTitle.get(title) as number | undefined;
    if (id === undefined) throw new Error(`judged paper not in the catalog: ${title}`);
    grades.set(id, grade);
  }
  return grades;
}

export function evaluate(catalog: Db, queries: readonly JudgedQuery[] = loadJudgedQueries()): RelevanceReport {
  const ours = effcatSearch(catalog);
  const plain = plainBm25(catalog);
  const scores = queries.map((judged) => {
    const grades = gradesById(catalog, judged);
    return {
      query: judged.query,
      effcat: ndcg(ours(judged.query, CUTOFF), grades),
      bm25: ndcg(plain(judged.query, CUTOFF), grades),
    };
  });
  const mean = (pick: (score: QueryScore) => number): number => scores.reduce((sum, score) => sum + pick(score), 0) / Math.max(1, scores.length);
  return { queries: scores, effcat: mean((score) => score.effcat), bm25: mean((score) => score.bm25) };
}

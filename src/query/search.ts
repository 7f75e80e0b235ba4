/**
 * Ranked full-text search over titles, abstracts and keywords. The user's words are planned
 * into clauses that also match the vocabulary's forms (query-plan.ts); FTS5 finds the papers
 * that match every clause, and relevance.ts ranks them, the user's own words first. Each hit
 * carries a highlighted snippet, its technique tags and its claim count.
 *
 * `raw` passes FTS5 syntax through and ranks by FTS5's bm25 alone: what you ask is what you get.
 */
import { UsageError } from '../errors.js';
import type { Db } from '../store/catalog.js';
import { hardwareCondition, isHardwareClass } from './filters.js';
import { MARK_END, MARK_START } from './marks.js';
import { ftsString } from './fts.js';
import { clauseExpression, planExpression, planSearch, type Clause, type SearchPlan } from './query-plan.js';
import { ClauseMatcher, termScore, tokenize, UNEXPLAINED_WEIGHT, type Hit, type TermStats } from './relevance.js';
import { makeSnippet, SNIPPET_WORDS } from './snippet.js';
import { expansionsOf } from './vocabulary.js';

export interface SearchFilters {
  /** Papers with a claim of one of these metrics. */
  readonly metrics?: readonly string[];
  /**
   * Papers on one of these: a hardware class (`fpga`) or a device or vendor (`a100`, `nvidia`),
   * named by one of their claims or anywhere in their title or abstract.
   */
  readonly hardware?: readonly string[];
  /** Papers tagged with one of these technique tags (canonical). */
  readonly techniques?: readonly string[];
}

export interface SearchOptions {
  readonly terms: readonly string[];
  readonly limit: number;
  /** Pass the terms to FTS5 unquoted (FTS5 query syntax). */
  readonly raw?: boolean;
  readonly filters?: SearchFilters;
}

export interface SearchHit {
  readonly id: number;
  readonly short_name: string;
  readonly title: string;
  readonly display_title: string;
  readonly snippet: string;
  readonly claims: number;
  readonly tags: readonly string[];
  /** Relevance, higher is better (comparable within one search only). */
  readonly score: number;
}

export interface SearchResult {
  readonly hits: readonly SearchHit[];
  readonly total: number;
}

/** FTS5 bm25 column weights (title, abstract, keywords) for raw searches and the first cut. */
const BM25_WEIGHTS = '10, 1, 0.5';
/** How many of the best FTS5 matches get the full ranking: plenty for a page of results. */
const RERANK_POOL = 200;
/** Forms sure enough to say a paper is on a class of hardware (for --hardware). */
const MENTION_WEIGHT = 0.5;

interface Candidate {
  readonly id: number;
  readonly score: number;
}

export function searchPapers(db: Db, options: SearchOptions): SearchResult {
  const filter = filterSql(options.filters ?? {});
  try {
    if (options.raw) {
      const query = options.terms.join(' ');
      if (query.trim() === '') throw emptySearch();
      return rawSearch(db, query, filter, options.limit);
    }
    const plan = planSearch(options.terms);
    if (plan.clauses.length === 0) throw emptySearch();
    const query = planExpression(plan);
    const pool = rankByBm25(db, query, filter, RERANK_POOL);
    // A full pool means there may be more: count them all.
    const total = pool.length < RERANK_POOL ? pool.length : countMatches(db, query, filter);
    return { hits: rerank(db, plan, pool, options.limit), total };
  } catch (error) {
    if (error instanceof Error && !(error instanceof UsageError) && /fts5|syntax|no such column|unterminated/i.test(error.message)) {
      throw new UsageError(
        `malformed search query "${options.terms.join(' ')}": ${error.message.replace(/^fts5: /, '')}`,
        options.raw ? 'drop --raw to search the words as written' : undefined,
      );
    }
    throw error;
  }
}

function emptySearch(): UsageError {
  return new UsageError('search needs at least one word', 'example: effcat search gpu quantization');
}

interface Fragment {
  readonly sql: string;
  readonly params: readonly unknown[];
}

/** Filters as a condition on papers_fts.rowid (a paper id); filters combine with AND. */
export function filterSql(filters: SearchFilters): Fragment {
  const parts: string[] = [];
  const params: unknown[] = [];
  const placeholders = (values: readonly unknown[]): string => values.map(() => '?').join(', ');
  if (filters.metrics && filters.metrics.length > 0) {
    parts.push(`papers_fts.rowid IN (SELECT paper_id FROM claims WHERE metric IN (${placeholders(filters.metrics)}))`);
    params.push(...filters.metrics);
  }
  if (filters.techniques && filters.techniques.length > 0) {
    parts.push(`papers_fts.rowid IN (SELECT paper_id FROM paper_tags WHERE tag IN (${placeholders(filters.techniques)}))`);
    params.push(...filters.techniques);
  }
  if (filters.hardware && filters.hardware.length > 0) {
    const claimed = hardwareCondition(filters.hardware);
    parts.push(
      `(papers_fts.rowid IN (SELECT c.paper_id FROM claims c LEFT JOIN hardware h ON h.id = c.hardware_id WHERE ${claimed.where.join(' AND ')})` +
        ` OR papers_fts.rowid IN (SELECT rowid FROM papers_fts WHERE papers_fts MATCH ?))`,
    );
    params.push(...claimed.params, hardwareMentionQuery(filters.hardware));
  }
  return { sql: parts.map((part) => ` AND ${part}`).join(''), params };
}

/**
 * FTS5 query for papers that name the hardware: a class by its name and its surest device
 * words (the keywords column also holds the classes, names and vendors a build recognized);
 * a device or vendor by its name.
 */
export function hardwareMentionQuery(values: readonly string[]): string {
  const words: string[] = [];
  for (const value of values) {
    words.push(ftsString(value));
    if (isHardwareClass(value)) {
      for (const [form, weight] of expansionsOf(value)) if (weight >= MENTION_WEIGHT) words.push(ftsString(form));
    }
  }
  return words.join(' OR ');
}

/** How many papers a hardware value names (claims or text): 0 means the catalog does not know it. */
export function countHardwarePapers(db: Db, value: string): number {
  const filter = filterSql({ hardware: [value] });
  return (db.prepare(`SELECT count(*) FROM papers_fts WHERE 1${filter.sql}`).pluck().get(...filter.params) as number) ?? 0;
}

function countMatches(db: Db, query: string, filter: Fragment): number {
  return db.prepare(`SELECT count(*) FROM papers_fts WHERE papers_fts MATCH ?${filter.sql}`).pluck().get(query, ...filter.params) as number;
}

function rankByBm25(db: Db, query: string, filter: Fragment, limit: number): Candidate[] {
  const rows = db
    .prepare(
      `SELECT rowid AS id, -bm25(papers_fts, ${BM25_WEIGHTS}) AS score FROM papers_fts
        WHERE papers_fts MATCH ?${filter.sql} ORDER BY score DESC, rowid LIMIT ?`,
    )
    .all(query, ...filter.params, limit) as Candidate[];
  return rows;
}

interface PaperText {
  readonly id: number;
  readonly title: string;
  readonly abstract: string;
  readonly keywords: string;
}

interface ScoringTerm {
  readonly clause: Clause;
  readonly query: string;
  readonly weight: number;
  /** The user's words as written: the text, not the derived keywords, says them. */
  readonly textOnly: boolean;
}

function scoringTerms(plan: SearchPlan): ScoringTerm[] {
  return [
    ...plan.clauses.map((clause) => ({ clause, query: clauseExpression(clause), weight: 1, textOnly: false })),
    ...plan.extras.map((extra) => ({
      clause: { words: [], literal: extra.form, prefix: false, forms: [], loose: [] },
      query: `{title abstract} : ${ftsString(extra.form.text)}`,
      weight: extra.weight,
      textOnly: true,
    })),
  ];
}

/**
 * The full ranking of the pool: every clause and every extra term, scored per paper from its
 * text (relevance.ts); FTS5 decided which papers match, this decides how well. The best
 * `limit` come back with their snippets.
 */
function rerank(db: Db, plan: SearchPlan, pool: readonly Candidate[], limit: number): SearchHit[] {
  if (pool.length === 0) return [];
  const papers = db
    .prepare('SELECT id, title, abstract, keywords FROM papers WHERE id IN (SELECT value FROM json_each(?))')
    .all(JSON.stringify(pool.map((candidate) => candidate.id))) as PaperText[];
  const terms = scoringTerms(plan);
  const matcher = new ClauseMatcher(terms.map((term) => term.clause));
  const total = db.prepare('SELECT count(*) FROM papers').pluck().get() as number;
  const matching = db.prepare('SELECT count(*) FROM papers_fts WHERE papers_fts MATCH ?').pluck();
  const stats = terms.map((term) => ({ papers: total, matching: matching.get(term.query) as number }));
  const found = papers.map((paper) => {
    const abstract = tokenize(paper.abstract);
    // Where the clauses are in the abstract, kept for the snippet of a paper that makes the page.
    const hits: Hit[] = [];
    const inAbstract = matcher.count(abstract, hits);
    return { paper, abstract, hits, title: matcher.count(tokenize(paper.title)), inAbstract, keywords: matcher.count(tokenize(paper.keywords), undefined, true) };
  });
  const average = found.reduce((sum, { abstract }) => sum + abstract.length, 0) / Math.max(1, found.length);
  const scores = new Map<number, number>();
  for (const { paper, abstract, title, inAbstract, keywords } of found) {
    let score = 0;
    terms.forEach((term, i) => {
      const counts = { title: title[i] ?? 0, abstract: inAbstract[i] ?? 0, keywords: term.textOnly ? 0 : (keywords[i] ?? 0) };
      // FTS5 matched the paper through its stemmer where no form is written as such.
      if (!term.textOnly && counts.title + counts.abstract + counts.keywords === 0) counts.abstract = UNEXPLAINED_WEIGHT;
      score += term.weight * termScore(counts, abstract.length, average, stats[i] as TermStats);
    });
    scores.set(paper.id, score);
  }
  const ranked = pool
    .map((candidate) => ({ id: candidate.id, score: scores.get(candidate.id) ?? 0 }))
    .sort((a, b) => b.score - a.score || a.id - b.id)
    .slice(0, limit);
  const byId = new Map(found.map((entry) => [entry.paper.id, entry]));
  const snippets = new Map<number, string>();
  for (const { id } of ranked) {
    const entry = byId.get(id);
    if (!entry) continue;
    const hits = entry.hits.filter((hit) => hit.clause < plan.clauses.length);
    snippets.set(id, makeSnippet(entry.paper.abstract, hits, entry.abstract.length));
  }
  return details(db, ranked, (id) => snippets.get(id) ?? '');
}

interface DetailRow {
  readonly id: number;
  readonly short_name: string;
  readonly title: string;
  readonly display_title: string;
  readonly claims: number;
  readonly tags: string | null;
  readonly snippet?: string;
}

const DETAIL_COLUMNS = `p.id, p.short_name, p.title, p.display_title,
       (SELECT count(*) FROM claims c WHERE c.paper_id = p.id) AS claims,
       (SELECT group_concat(tag, ',') FROM paper_tags t WHERE t.paper_id = p.id) AS tags`;

/** The ranked papers with their display fields, in ranking order. */
function details(db: Db, ranked: readonly Candidate[], snippet: (id: number, row: DetailRow) => string): SearchHit[] {
  if (ranked.length === 0) return [];
  const rows = db
    .prepare(`SELECT ${DETAIL_COLUMNS} FROM papers p WHERE p.id IN (SELECT value FROM json_each(?))`)
    .all(JSON.stringify(ranked.map((candidate) => candidate.id))) as DetailRow[];
  return withDetails(rows, ranked, snippet);
}

function withDetails(rows: readonly DetailRow[], ranked: readonly Candidate[], snippet: (id: number, row: DetailRow) => string): SearchHit[] {
  const byId = new Map(rows.map((row) => [row.id, row]));
  const hits: SearchHit[] = [];
  for (const candidate of ranked) {
    const row = byId.get(candidate.id);
    if (!row) continue;
    hits.push({
      id: row.id,
      short_name: row.short_name,
      title: row.title,
      display_title: row.display_title,
      snippet: snippet(row.id, row),
      claims: row.claims,
      tags: row.tags ? row.tags.split(',') : [],
      score: candidate.score,
    });
  }
  return hits;
}

/** FTS5 syntax as given, ranked by FTS5's bm25, with FTS5's own snippets. */
function rawSearch(db: Db, query: string, filter: Fragment, limit: number): SearchResult {
  const total = countMatches(db, query, filter);
  const ranked = rankByBm25(db, query, filter, limit);
  if (ranked.length === 0) return { hits: [], total };
  const rows = db
    .prepare(
      `SELECT ${DETAIL_COLUMNS},
              snippet(papers_fts, 1, char(${MARK_START.charCodeAt(0)}), char(${MARK_END.charCodeAt(0)}), '…', ${SNIPPET_WORDS}) AS snippet
         FROM papers_fts JOIN papers p ON p.id = papers_fts.rowid
        WHERE papers_fts MATCH ? AND papers_fts.rowid IN (SELECT value FROM json_each(?))`,
    )
    .all(query, JSON.stringify(ranked.map((candidate) => candidate.id))) as DetailRow[];
  return { hits: withDetails(rows, ranked, (_, row) => row.snippet ?? ''), total };
}

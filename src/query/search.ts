/**
 * Ranked full-text search over titles and abstracts (bm25, title weighted above abstract, the
 * vocabulary keywords below both), with a highlighted snippet and each paper's claim count.
 */
import type { Db } from '../store/catalog.js';
import { UsageError } from '../errors.js';
import { toFtsQuery } from './fts.js';

export interface SearchOptions {
  readonly terms: readonly string[];
  readonly limit: number;
  /** Pass the terms to FTS5 unquoted (FTS5 query syntax). */
  readonly raw?: boolean;
}

export interface SearchHit {
  readonly id: number;
  readonly short_name: string;
  readonly title: string;
  readonly display_title: string;
  readonly snippet: string;
  readonly claims: number;
  readonly tags: readonly string[];
  readonly score: number;
}

export interface SearchResult {
  readonly hits: readonly SearchHit[];
  readonly total: number;
}

/** bm25 column weights: title, abstract, keywords. */
const WEIGHTS = [10, 1, 0.5] as const;
const SNIPPET_TOKENS = 24;

export function searchPapers(db: Db, options: SearchOptions): SearchResult {
  const query = options.raw ? options.terms.join(' ') : toFtsQuery(options.terms);
  if (query.trim() === '') {
    throw new UsageError('search needs at least one word', 'example: effcat search gpu quantization');
  }
  try {
    const total = (db.prepare('SELECT count(*) AS n FROM papers_fts WHERE papers_fts MATCH ?').get(query) as { n: number }).n;
    const rows = db
      .prepare(
        `SELECT p.id, p.short_name, p.title, p.display_title,
                snippet(papers_fts, 1, char(2), char(3), '…', ${SNIPPET_TOKENS}) AS snippet,
                (SELECT count(*) FROM claims c WHERE c.paper_id = p.id) AS claims,
                (SELECT group_concat(tag, ',') FROM paper_tags t WHERE t.paper_id = p.id) AS tags,
                bm25(papers_fts, ${WEIGHTS.join(', ')}) AS score
           FROM papers_fts JOIN papers p ON p.id = papers_fts.rowid
          WHERE papers_fts MATCH ?
          ORDER BY score, p.id
          LIMIT ?`,
      )
      .all(query, options.limit) as (Omit<SearchHit, 'tags'> & { tags: string | null })[];
    return {
      total,
      hits: rows.map((row) => ({ ...row, tags: row.tags ? row.tags.split(',') : [] })),
    };
  } catch (error) {
    if (error instanceof Error && /fts5|syntax|no such column|unterminated/i.test(error.message)) {
      throw new UsageError(
        `malformed search query "${options.terms.join(' ')}": ${error.message.replace(/^fts5: /, '')}`,
        options.raw ? 'drop --raw to search the words as written' : undefined,
      );
    }
    throw error;
  }
}

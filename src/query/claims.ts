/**
 * Claims as records: every CLAIMS.md field under its own name, plus where it comes from.
 * This record shape is the JSON promise of `effcat claims --json`: fields are only ever added.
 */
import type { Db } from '../store/catalog.js';

export interface ClaimRecord {
  readonly id: number;
  readonly paper_id: number;
  readonly title: string;
  readonly short_name: string;
  readonly metric: string;
  readonly value: number;
  readonly value_max: number | null;
  readonly unit: string;
  readonly direction: string | null;
  readonly qualifier: string | null;
  readonly baseline: string | null;
  readonly hardware: string | null;
  readonly hardware_class: string | null;
  readonly hardware_name: string | null;
  readonly hardware_vendor: string | null;
  readonly phase: string | null;
  readonly subject: string | null;
  readonly evidence: string;
  readonly span_start: number;
  readonly span_end: number;
  readonly sentence: string;
  readonly factor: number | null;
  readonly factor_max: number | null;
}

export const CLAIM_FIELDS: readonly (keyof ClaimRecord)[] = [
  'id',
  'paper_id',
  'title',
  'short_name',
  'metric',
  'value',
  'value_max',
  'unit',
  'direction',
  'qualifier',
  'baseline',
  'hardware',
  'hardware_class',
  'hardware_name',
  'hardware_vendor',
  'phase',
  'subject',
  'evidence',
  'span_start',
  'span_end',
  'sentence',
  'factor',
  'factor_max',
];

/** SELECT list producing a ClaimRecord from `claims c JOIN papers p LEFT JOIN hardware h`. */
export const CLAIM_COLUMNS_SQL = `
  c.id, c.paper_id, p.title, p.short_name, c.metric, c.value, c.value_max, c.unit, c.direction,
  c.qualifier, c.baseline, c.hardware, c.hardware_class, h.name AS hardware_name, h.vendor AS hardware_vendor,
  c.phase, c.subject, c.evidence, c.span_start, c.span_end, c.sentence, c.factor, c.factor_max`;

export const CLAIM_FROM_SQL = `
  FROM claims c
  JOIN papers p ON p.id = c.paper_id
  LEFT JOIN hardware h ON h.id = c.hardware_id`;

export interface ClaimQuery {
  readonly metrics?: readonly string[];
  readonly paperIds?: readonly number[];
  readonly limit?: number;
}

export interface ClaimResult {
  readonly claims: readonly ClaimRecord[];
  readonly total: number;
}

export function queryClaims(db: Db, query: ClaimQuery): ClaimResult {
  const where: string[] = [];
  const params: unknown[] = [];
  if (query.metrics && query.metrics.length > 0) {
    where.push(`c.metric IN (${query.metrics.map(() => '?').join(', ')})`);
    params.push(...query.metrics);
  }
  if (query.paperIds && query.paperIds.length > 0) {
    where.push(`c.paper_id IN (${query.paperIds.map(() => '?').join(', ')})`);
    params.push(...query.paperIds);
  }
  const whereSql = where.length > 0 ? `WHERE ${where.join(' AND ')}` : '';
  const total = (db.prepare(`SELECT count(*) AS n ${CLAIM_FROM_SQL} ${whereSql}`).get(...params) as { n: number }).n;
  const limitSql = query.limit !== undefined ? `LIMIT ${Math.floor(query.limit)}` : '';
  const claims = db
    .prepare(`SELECT ${CLAIM_COLUMNS_SQL} ${CLAIM_FROM_SQL} ${whereSql} ORDER BY c.paper_id, c.span_start, c.id ${limitSql}`)
    .all(...params) as ClaimRecord[];
  return { claims, total };
}

/**
 * Claims as records: every CLAIMS.md field under its own name, plus where it comes from.
 * This record shape is the JSON promise of `effcat claims --json`: fields are only ever added.
 */
import type { Db } from '../store/catalog.js';
import { claimFilterSql, measureBoundsSql, type ClaimFilters } from './filters.js';

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

/** Orders `effcat claims --sort` offers: each with the direction people expect by default. */
export const CLAIM_SORT_KEYS = ['paper', 'factor', 'value', 'metric', 'hardware', 'phase', 'baseline'] as const;
export type ClaimSortKey = (typeof CLAIM_SORT_KEYS)[number];

export interface ClaimSort {
  readonly key: ClaimSortKey;
  /** Reverses the key's natural order (biggest factor/value first; names A to Z). */
  readonly reverse?: boolean;
}

/** Reading order inside a paper, then id, so that every order is total and repeatable. */
const TIE_BREAK = ['p.short_name COLLATE NOCASE', 'p.id', 'c.span_start', 'c.id'];
const BEST_FACTOR = measureBoundsSql(false).high;

interface SortSql {
  /** Claims where this is NULL go last, whichever way the keys run. */
  readonly nullsLast?: string;
  /** The ORDER BY terms a reversed sort flips. */
  readonly keys: readonly string[];
  /** Terms that order claims equal on the keys, never flipped. */
  readonly then?: readonly string[];
}

/** Each key in its natural direction: biggest factor or value first, names from A to Z. */
const SORT_SQL: Readonly<Record<ClaimSortKey, SortSql>> = {
  paper: { keys: ['p.short_name COLLATE NOCASE', 'p.id'] },
  // Ranges and "up to" claims sort by their best end, as rank does.
  factor: { nullsLast: BEST_FACTOR, keys: [`${BEST_FACTOR} DESC`] },
  value: { keys: ['c.value DESC', 'coalesce(c.value_max, c.value) DESC'] },
  metric: { keys: ['c.metric'], then: [`${BEST_FACTOR} IS NULL`, `${BEST_FACTOR} DESC`] },
  hardware: { nullsLast: 'c.hardware_class', keys: ['c.hardware_class', 'coalesce(h.name, c.hardware) COLLATE NOCASE'] },
  phase: { nullsLast: 'c.phase', keys: ['c.phase'] },
  baseline: { nullsLast: 'c.baseline', keys: ['c.baseline COLLATE NOCASE'] },
};

export function orderBySql(sort: ClaimSort): string {
  const spec = SORT_SQL[sort.key];
  const keys = sort.reverse ? spec.keys.map(reverseTerm) : spec.keys;
  const terms = [...(spec.nullsLast ? [`${spec.nullsLast} IS NULL`] : []), ...keys, ...(spec.then ?? []), ...TIE_BREAK];
  return `ORDER BY ${[...new Set(terms)].join(', ')}`;
}

function reverseTerm(term: string): string {
  return term.endsWith(' DESC') ? term.slice(0, -' DESC'.length) : `${term} DESC`;
}

export interface ClaimQuery extends ClaimFilters {
  /** Default: by paper (short name), then the claim's place in the abstract. */
  readonly sort?: ClaimSort;
  readonly limit?: number;
}

export interface ClaimResult {
  readonly claims: readonly ClaimRecord[];
  /** Matching claims before --limit. */
  readonly total: number;
}

export function queryClaims(db: Db, query: ClaimQuery): ClaimResult {
  const filter = claimFilterSql(query);
  const whereSql = filter.where.length > 0 ? `WHERE ${filter.where.join(' AND ')}` : '';
  const total = (db.prepare(`SELECT count(*) AS n ${CLAIM_FROM_SQL} ${whereSql}`).get(...filter.params) as { n: number }).n;
  const limitSql = query.limit !== undefined ? `LIMIT ${Math.floor(query.limit)}` : '';
  const claims = db
    .prepare(`SELECT ${CLAIM_COLUMNS_SQL} ${CLAIM_FROM_SQL} ${whereSql} ${orderBySql(query.sort ?? { key: 'paper' })} ${limitSql}`)
    .all(...filter.params) as ClaimRecord[];
  return { claims, total };
}

/** The ends of a claim's factor, low first (a range's factor may fall as its value rises). */
export function factorBounds(claim: Pick<ClaimRecord, 'factor' | 'factor_max'>): { low: number; high: number } | null {
  if (claim.factor === null) return null;
  const other = claim.factor_max ?? claim.factor;
  return { low: Math.min(claim.factor, other), high: Math.max(claim.factor, other) };
}

/** The factor a claim headlines: the best end of a range, as an "up to" claim states it. */
export function bestFactor(claim: Pick<ClaimRecord, 'factor' | 'factor_max'>): number | null {
  return factorBounds(claim)?.high ?? null;
}

/** Units of rates and efficiencies: more is better whatever the metric. */
const RATE_UNIT = /\/|^(?:tops|gops|tflops|gflops|fps|bleu|map|f1|psnr|ssim|iou|auc)$/i;
/** Units of a quality measure where less is better. */
const LOWER_QUALITY_UNIT = /^(?:ppl|wer|cer|fid|loss)$/i;
/** Words that make an accuracy-like percent an error (lower is better). */
const ERROR_WORDS = /\b(?:error|errors|perplexity|loss|drop|degradation|WER|CER|FID|deviation)\b/i;
/** Metrics whose absolute values improve downward (CLAIMS.md, Decision 1). */
const LOWER_METRICS = new Set(['latency', 'time', 'memory', 'energy', 'power', 'size', 'compute', 'cost']);

/**
 * Whether a smaller absolute value is the better result ("79 ms" latency, "11 GB" memory) or a
 * larger one ("550 tokens/s", "74.96% top-1"). Absolute claims carry no direction, so this
 * reads the metric and the unit, and for quality numbers the evidence ("2.08% test error").
 */
export function lowerIsBetter(claim: Pick<ClaimRecord, 'metric' | 'unit' | 'evidence'>): boolean {
  if (RATE_UNIT.test(claim.unit)) return false;
  if (LOWER_QUALITY_UNIT.test(claim.unit)) return true;
  if (claim.metric === 'accuracy' || claim.metric === 'other' || claim.metric === 'speedup') return ERROR_WORDS.test(claim.evidence);
  if (claim.metric === 'throughput') return false;
  return LOWER_METRICS.has(claim.metric);
}

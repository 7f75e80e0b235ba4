/**
 * `effcat rank METRIC`: one row per paper, best first. Claims with a factor share one scale and
 * rank together; absolute values ("79 ms", "550 tokens/s") have no common scale with them or
 * with each other, so they rank in their own sections, one per unit and sense of "better".
 */
import type { Db } from '../store/catalog.js';
import { factorBounds, lowerIsBetter, queryClaims, type ClaimRecord } from './claims.js';
import type { ClaimFilters } from './filters.js';

export type Better = 'higher' | 'lower';

export interface RankedClaim extends ClaimRecord {
  /** 1-based place within its section. */
  readonly rank: number;
  /** `factor`, or the unit of the absolute values the section ranks. */
  readonly ranked_by: string;
  /** The number ranked on: the best factor, or the best end of the value. */
  readonly rank_value: number;
  readonly better: Better;
  /** How many of the paper's claims matched (its best one is shown). */
  readonly paper_claims: number;
}

export interface RankSection {
  readonly ranked_by: string;
  readonly better: Better;
  /** The rows shown (after --limit). */
  readonly rows: readonly RankedClaim[];
  /** Papers in the section before --limit. */
  readonly total: number;
}

export interface RankOptions extends ClaimFilters {
  readonly metric: string;
  /** At most this many papers per section. */
  readonly limit?: number;
}

export const FACTOR_SECTION = 'factor';

interface Candidate {
  readonly claim: ClaimRecord;
  readonly score: number;
  /** Second key for ties: the other end of a range (a firmer claim wins). */
  readonly firmness: number;
}

export function rankPapers(db: Db, options: RankOptions): RankSection[] {
  const { metric, limit, ...filters } = options;
  const { claims } = queryClaims(db, { ...filters, metrics: [metric] });
  const sections = new Map<string, { better: Better; best: Map<number, Candidate>; counts: Map<number, number> }>();
  for (const claim of claims) {
    const candidate = toCandidate(claim);
    const section = sections.get(candidate.key) ?? { better: candidate.better, best: new Map(), counts: new Map() };
    sections.set(candidate.key, section);
    section.counts.set(claim.paper_id, (section.counts.get(claim.paper_id) ?? 0) + 1);
    const current = section.best.get(claim.paper_id);
    if (!current || beats(candidate, current)) section.best.set(claim.paper_id, candidate);
  }
  return [...sections.entries()]
    .map(([key, section]) => {
      const ordered = [...section.best.values()].sort((a, b) => (beats(a, b) ? -1 : beats(b, a) ? 1 : tieBreak(a, b)));
      const shown = limit === undefined ? ordered : ordered.slice(0, limit);
      const rows = shown.map((candidate, i) => ({
        ...candidate.claim,
        rank: i + 1,
        ranked_by: key.split('\u0000')[0] ?? key,
        rank_value: Math.abs(candidate.score),
        better: section.better,
        paper_claims: section.counts.get(candidate.claim.paper_id) ?? 1,
      }));
      return { ranked_by: rows[0]?.ranked_by ?? key, better: section.better, rows, total: ordered.length };
    })
    .sort(
      (a, b) =>
        Number(b.ranked_by === FACTOR_SECTION) - Number(a.ranked_by === FACTOR_SECTION) ||
        b.total - a.total ||
        a.ranked_by.localeCompare(b.ranked_by) ||
        a.better.localeCompare(b.better),
    );
}

/**
 * Scores are "bigger is better" everywhere: a lower-is-better value is negated, so one
 * comparison serves every section.
 */
function toCandidate(claim: ClaimRecord): Candidate & { key: string; better: Better } {
  const factors = factorBounds(claim);
  if (factors) {
    return { claim, key: FACTOR_SECTION, better: 'higher', score: factors.high, firmness: factors.low };
  }
  const lower = lowerIsBetter(claim);
  const other = claim.value_max ?? claim.value;
  const [best, worst] = lower
    ? [Math.min(claim.value, other), Math.max(claim.value, other)]
    : [Math.max(claim.value, other), Math.min(claim.value, other)];
  const sign = lower ? -1 : 1;
  // The key keeps "% accuracy" (higher) and "% error" (lower) apart although both are "%".
  return { claim, key: `${claim.unit}\u0000${lower ? 'lower' : 'higher'}`, better: lower ? 'lower' : 'higher', score: sign * best, firmness: sign * worst };
}

function beats(a: Candidate, b: Candidate): boolean {
  return a.score > b.score || (a.score === b.score && a.firmness > b.firmness);
}

function tieBreak(a: Candidate, b: Candidate): number {
  return (
    a.claim.short_name.localeCompare(b.claim.short_name, undefined, { sensitivity: 'base' }) ||
    a.claim.paper_id - b.claim.paper_id ||
    a.claim.span_start - b.claim.span_start
  );
}

/**
 * `effcat compare METRIC`: the claims of one metric side by side, best first, optionally grouped,
 * with a summary per group. Claims are compared on their factor; with exactly one --unit they
 * are compared on their absolute value in that unit instead (factors and, say, milliseconds
 * share no scale).
 */
import type { Db } from '../store/catalog.js';
import { factorBounds, lowerIsBetter, queryClaims, type ClaimRecord } from './claims.js';
import type { ClaimFilters } from './filters.js';
import { paperTags } from './papers.js';

export const COMPARE_GROUPINGS = ['hardware_class', 'technique', 'phase', 'baseline'] as const;
export type CompareGrouping = (typeof COMPARE_GROUPINGS)[number];

export interface CompareOptions extends ClaimFilters {
  readonly metric: string;
  readonly by?: CompareGrouping;
  /** At most this many claims per group are returned; summaries always cover them all. */
  readonly limit?: number;
}

export interface ComparedClaim extends ClaimRecord {
  /** The group the claim is shown in (null without --by). */
  readonly group: string | null;
  /** What the claim is compared on: its best factor (or best value in value mode). */
  readonly measure: number;
  /** The other end of a range (equal to `measure` for a single number). */
  readonly measure_low: number;
}

export interface GroupSummary {
  readonly group: string;
  readonly count: number;
  readonly median: number;
  readonly min: number;
  readonly max: number;
  /** Geometric mean: the fair average of ratios; null when a value is not positive. */
  readonly geomean: number | null;
}

export interface Comparison {
  readonly metric: string;
  readonly by: CompareGrouping | null;
  /** `factor`, or `value` when one --unit was given. */
  readonly measure: 'factor' | 'value';
  readonly unit: string | null;
  readonly better: 'higher' | 'lower';
  /** Shown claims in display order: groups best first, claims best first within each. */
  readonly claims: readonly ComparedClaim[];
  readonly groups: readonly GroupSummary[];
  /** Claim rows before --limit (a claim counts once per group it is in). */
  readonly total: number;
  /** Matching claims that could not be compared (no factor), by unit. */
  readonly left_out: readonly { readonly unit: string; readonly count: number }[];
}

/** Group names for claims that say nothing about the grouping; always listed last. */
export const NO_GROUP: Readonly<Record<CompareGrouping, string>> = {
  hardware_class: 'unspecified',
  technique: 'untagged',
  phase: 'unspecified',
  baseline: 'no baseline',
};

export function compareClaims(db: Db, options: CompareOptions): Comparison {
  const { metric, by, limit, ...filters } = options;
  const { claims } = queryClaims(db, { ...filters, metrics: [metric] });
  const byValue = filters.units !== undefined && filters.units.length === 1;
  const lower = byValue && claims.filter(lowerIsBetter).length * 2 > claims.length;
  const compared: Omit<ComparedClaim, 'group'>[] = [];
  const leftOut = new Map<string, number>();
  for (const claim of claims) {
    const ends = byValue ? valueEnds(claim, lower) : factorEnds(claim);
    if (ends) compared.push({ ...claim, measure: ends.best, measure_low: ends.worst });
    else leftOut.set(claim.unit, (leftOut.get(claim.unit) ?? 0) + 1);
  }
  const bestFirst = (a: { measure: number; measure_low: number }, b: { measure: number; measure_low: number }): number =>
    lower ? a.measure - b.measure || a.measure_low - b.measure_low : b.measure - a.measure || b.measure_low - a.measure_low;

  const groupsOf = groupNamer(db, by, compared);
  const members = new Map<string, Omit<ComparedClaim, 'group'>[]>();
  for (const claim of compared) {
    for (const group of groupsOf(claim)) {
      const list = members.get(group) ?? [];
      list.push(claim);
      members.set(group, list);
    }
  }
  const summaries = [...members.entries()].map(([group, list]) => summarize(group, list.map((claim) => claim.measure)));
  const noGroup = by ? NO_GROUP[by] : undefined;
  summaries.sort(
    (a, b) =>
      Number(a.group === noGroup) - Number(b.group === noGroup) ||
      (lower ? a.median - b.median : b.median - a.median) ||
      b.count - a.count ||
      a.group.localeCompare(b.group),
  );
  const shown: ComparedClaim[] = [];
  let total = 0;
  for (const summary of summaries) {
    const list = [...(members.get(summary.group) ?? [])].sort(bestFirst);
    total += list.length;
    for (const claim of limit === undefined ? list : list.slice(0, limit)) shown.push({ ...claim, group: by ? summary.group : null });
  }
  return {
    metric,
    by: by ?? null,
    measure: byValue ? 'value' : 'factor',
    unit: byValue ? (filters.units?.[0] ?? null) : null,
    better: lower ? 'lower' : 'higher',
    claims: shown,
    groups: summaries,
    total,
    left_out: [...leftOut.entries()].map(([unit, count]) => ({ unit, count })).sort((a, b) => b.count - a.count || a.unit.localeCompare(b.unit)),
  };
}

function factorEnds(claim: ClaimRecord): { best: number; worst: number } | null {
  const bounds = factorBounds(claim);
  return bounds ? { best: bounds.high, worst: bounds.low } : null;
}

function valueEnds(claim: ClaimRecord, lower: boolean): { best: number; worst: number } {
  const a = claim.value;
  const b = claim.value_max ?? claim.value;
  return lower ? { best: Math.min(a, b), worst: Math.max(a, b) } : { best: Math.max(a, b), worst: Math.min(a, b) };
}

/** The groups a claim belongs to: one, except by technique, where a paper may have several tags. */
function groupNamer(db: Db, by: CompareGrouping | undefined, claims: readonly ClaimRecord[]): (claim: ClaimRecord) => string[] {
  switch (by) {
    case undefined:
      return () => ['all'];
    case 'hardware_class':
      return (claim) => [claim.hardware_class ?? NO_GROUP.hardware_class];
    case 'phase':
      return (claim) => [claim.phase ?? NO_GROUP.phase];
    case 'technique': {
      const tags = paperTags(db, claims.map((claim) => claim.paper_id));
      return (claim) => {
        const list = tags.get(claim.paper_id);
        return list && list.length > 0 ? list : [NO_GROUP.technique];
      };
    }
    case 'baseline': {
      // "vLLM" and "vllm" are one baseline; the group takes the first spelling met.
      const spelling = new Map<string, string>();
      for (const claim of claims) {
        const key = normalizeBaseline(claim.baseline);
        if (key !== null && !spelling.has(key)) spelling.set(key, claim.baseline?.trim() ?? key);
      }
      return (claim) => {
        const key = normalizeBaseline(claim.baseline);
        return [key === null ? NO_GROUP.baseline : (spelling.get(key) ?? key)];
      };
    }
  }
}

function normalizeBaseline(baseline: string | null): string | null {
  if (baseline === null) return null;
  const key = baseline.trim().toLowerCase().replace(/^the\s+/, '').replace(/\s+/g, ' ');
  return key === '' ? null : key;
}

export function summarize(group: string, values: readonly number[]): GroupSummary {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 === 1 ? (sorted[middle] ?? NaN) : ((sorted[middle - 1] ?? NaN) + (sorted[middle] ?? NaN)) / 2;
  const positive = sorted.every((value) => value > 0);
  const geomean =
    positive && sorted.length > 0 ? significant(Math.exp(sorted.reduce((sum, value) => sum + Math.log(value), 0) / sorted.length)) : null;
  return { group, count: sorted.length, median: significant(median), min: sorted[0] ?? NaN, max: sorted.at(-1) ?? NaN, geomean };
}

/** Summaries are computed, not stated: 8 significant digits hide float noise (7.999999999999998). */
function significant(value: number): number {
  return Number.isFinite(value) ? Number(value.toPrecision(8)) : value;
}

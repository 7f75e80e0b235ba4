/**
 * Claim filters shared by `claims`, `rank`, `compare` and `search`: one place turns them into
 * SQL over `claims c JOIN papers p LEFT JOIN hardware h` (see CLAIM_FROM_SQL). Values arrive
 * already validated and canonical (see cli/filters.ts); this module only builds the query.
 */
import { HARDWARE_CLASSES } from '../extract/types.js';

export interface ClaimFilters {
  readonly metrics?: readonly string[];
  /** Hardware classes (`fpga`) or device names / vendors (`a100`, `jetson`, `nvidia`). */
  readonly hardware?: readonly string[];
  /** Canonical technique tags of the claim's paper. */
  readonly techniques?: readonly string[];
  readonly paperIds?: readonly number[];
  /** Case-insensitive substring of the baseline as written. */
  readonly baseline?: string;
  readonly phases?: readonly string[];
  readonly qualifiers?: readonly string[];
  readonly units?: readonly string[];
  /** Bounds on `factor`, or on `value` when `units` is given (absolute values). */
  readonly min?: number;
  readonly max?: number;
}

export interface SqlFragment {
  readonly where: readonly string[];
  readonly params: readonly unknown[];
}

const CLASSES = new Set<string>(HARDWARE_CLASSES);

export function isHardwareClass(value: string): boolean {
  return CLASSES.has(value.toLowerCase());
}

/** SQL for the device part of --hardware: a class, else a name, vendor or device as written. */
export function hardwareCondition(values: readonly string[], alias = 'c'): SqlFragment {
  const parts: string[] = [];
  const params: unknown[] = [];
  for (const value of values) {
    if (isHardwareClass(value)) {
      parts.push(`${alias}.hardware_class = ?`);
      params.push(value.toLowerCase());
    } else {
      parts.push(`(h.name LIKE ? ESCAPE '\\' OR h.vendor LIKE ? ESCAPE '\\' OR ${alias}.hardware LIKE ? ESCAPE '\\')`);
      const like = `%${escapeLike(value)}%`;
      params.push(like, like, like);
    }
  }
  return { where: parts.length > 0 ? [`(${parts.join(' OR ')})`] : [], params };
}

export function claimFilterSql(filters: ClaimFilters): SqlFragment {
  const where: string[] = [];
  const params: unknown[] = [];
  const inList = (column: string, values: readonly unknown[] | undefined): void => {
    if (!values || values.length === 0) return;
    where.push(`${column} IN (${values.map(() => '?').join(', ')})`);
    params.push(...values);
  };
  inList('c.metric', filters.metrics);
  inList('c.paper_id', filters.paperIds);
  inList('c.phase', filters.phases);
  inList('c.qualifier', filters.qualifiers);
  inList('c.unit', filters.units);
  if (filters.hardware && filters.hardware.length > 0) {
    const hardware = hardwareCondition(filters.hardware);
    where.push(...hardware.where);
    params.push(...hardware.params);
  }
  if (filters.techniques && filters.techniques.length > 0) {
    where.push(
      `c.paper_id IN (SELECT paper_id FROM paper_tags WHERE tag IN (${filters.techniques.map(() => '?').join(', ')}))`,
    );
    params.push(...filters.techniques);
  }
  if (filters.baseline !== undefined) {
    where.push(`c.baseline LIKE ? ESCAPE '\\'`);
    params.push(`%${escapeLike(filters.baseline)}%`);
  }
  // With a unit the user compares absolute values ("--unit ms --max 10"); otherwise factors.
  const measure = filters.units && filters.units.length > 0 ? 'c.value' : 'c.factor';
  const upper = filters.units && filters.units.length > 0 ? 'coalesce(c.value_max, c.value)' : 'coalesce(c.factor_max, c.factor)';
  if (filters.min !== undefined) {
    where.push(`${upper} >= ?`);
    params.push(filters.min);
  }
  if (filters.max !== undefined) {
    where.push(`${measure} <= ?`);
    params.push(filters.max);
  }
  return { where, params };
}

export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (char) => `\\${char}`);
}

/**
 * Claim filters shared by `claims`, `rank`, `compare` and `search`: one place turns them into
 * SQL over `claims c JOIN papers p LEFT JOIN hardware h` (see CLAIM_FROM_SQL). Values arrive
 * already validated and canonical (see cli/filters.ts); this module only builds the query.
 */
import type { Db } from '../store/catalog.js';
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
  /** Qualifiers as stored (`up to`); NO_QUALIFIER selects claims stated without one. */
  readonly qualifiers?: readonly string[];
  readonly units?: readonly string[];
  /**
   * Bounds on `factor`, or on `value` when `units` is given (absolute values). A range claim
   * ("1.3-2.1x") matches when any part of it lies within the bounds.
   */
  readonly min?: number;
  readonly max?: number;
}

/** The --qualifier value for "stated plainly, without up to / about / ...". */
export const NO_QUALIFIER = 'none';

export interface SqlFragment {
  readonly where: readonly string[];
  readonly params: readonly unknown[];
}

const CLASSES = new Set<string>(HARDWARE_CLASSES);

export function isHardwareClass(value: string): boolean {
  return CLASSES.has(value.toLowerCase());
}

/** The condition for one device name or vendor, matched as a substring of what the catalog holds. */
function deviceCondition(value: string, alias: string): SqlFragment {
  const like = `%${escapeLike(value)}%`;
  return {
    where: [`(h.name LIKE ? ESCAPE '\\' OR h.vendor LIKE ? ESCAPE '\\' OR ${alias}.hardware LIKE ? ESCAPE '\\')`],
    params: [like, like, like],
  };
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
      const device = deviceCondition(value, alias);
      parts.push(...device.where);
      params.push(...device.params);
    }
  }
  return { where: parts.length > 0 ? [`(${parts.join(' OR ')})`] : [], params };
}

/** How many claims name a device or vendor like `value` (0: the catalog knows no such device). */
export function countDeviceClaims(db: Db, value: string): number {
  const device = deviceCondition(value, 'c');
  const sql = `SELECT count(*) AS n FROM claims c LEFT JOIN hardware h ON h.id = c.hardware_id WHERE ${device.where.join(' AND ')}`;
  return (db.prepare(sql).get(...device.params) as { n: number }).n;
}

/** Device names and vendors the catalog knows, most claimed first: suggestions for a bad --hardware. */
export function knownDevices(db: Db): string[] {
  const rows = db
    .prepare(
      `SELECT name FROM (
         SELECT h.name AS name, count(*) AS n FROM claims c JOIN hardware h ON h.id = c.hardware_id GROUP BY h.name
         UNION ALL
         SELECT h.vendor, count(*) FROM claims c JOIN hardware h ON h.id = c.hardware_id WHERE h.vendor IS NOT NULL GROUP BY h.vendor)
       GROUP BY name ORDER BY sum(n) DESC, name`,
    )
    .pluck()
    .all() as string[];
  return rows;
}

/** Units the catalog's claims use, most used first: what --unit accepts. */
export function catalogUnits(db: Db): string[] {
  return db.prepare('SELECT unit FROM claims GROUP BY unit ORDER BY count(*) DESC, unit').pluck().all() as string[];
}

/**
 * The two ends of a claim's measure (factor, or value when comparing absolute values). The ends
 * are ordered in SQL because a range's factor can fall as its value rises (`%of`: 100/value).
 */
export function measureBoundsSql(byValue: boolean, alias = 'c'): { readonly low: string; readonly high: string } {
  const [first, second] = byValue ? ['value', 'value_max'] : ['factor', 'factor_max'];
  const a = `${alias}.${first}`;
  const b = `coalesce(${alias}.${second}, ${alias}.${first})`;
  return { low: `min(${a}, ${b})`, high: `max(${a}, ${b})` };
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
  inList('c.unit', filters.units);
  if (filters.qualifiers && filters.qualifiers.length > 0) {
    const stated = filters.qualifiers.filter((qualifier) => qualifier !== NO_QUALIFIER);
    const parts = stated.length > 0 ? [`c.qualifier IN (${stated.map(() => '?').join(', ')})`] : [];
    if (stated.length < filters.qualifiers.length) parts.push('c.qualifier IS NULL');
    where.push(`(${parts.join(' OR ')})`);
    params.push(...stated);
  }
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
  // A range overlaps the bounds when its top reaches the minimum and its bottom the maximum.
  const bounds = measureBoundsSql(filters.units !== undefined && filters.units.length > 0);
  if (filters.min !== undefined) {
    where.push(`${bounds.high} >= ?`);
    params.push(filters.min);
  }
  if (filters.max !== undefined) {
    where.push(`${bounds.low} <= ?`);
    params.push(filters.max);
  }
  return { where, params };
}

export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (char) => `\\${char}`);
}

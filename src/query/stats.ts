/** The catalog at a glance: how many papers and claims, and how they spread. */
import type { Db } from '../store/catalog.js';

export interface Count {
  readonly name: string;
  readonly count: number;
}

export interface CatalogStats {
  readonly papers: number;
  readonly claims: number;
  readonly papers_with_claims: number;
  readonly by_metric: readonly Count[];
  readonly by_hardware_class: readonly Count[];
  /** Papers per technique tag (a paper may have several). */
  readonly by_technique: readonly Count[];
  /** Claims per normalized device ("A100", "Alveo U280"), most named first. */
  readonly by_device: readonly DeviceCount[];
}

export interface DeviceCount extends Count {
  readonly class: string;
  readonly vendor: string | null;
}

export function catalogStats(db: Db): CatalogStats {
  const scalar = (sql: string): number => (db.prepare(sql).get() as { n: number }).n;
  const counts = (sql: string): Count[] => db.prepare(sql).all() as Count[];
  return {
    papers: scalar('SELECT count(*) AS n FROM papers'),
    claims: scalar('SELECT count(*) AS n FROM claims'),
    papers_with_claims: scalar('SELECT count(DISTINCT paper_id) AS n FROM claims'),
    by_metric: counts('SELECT metric AS name, count(*) AS count FROM claims GROUP BY metric ORDER BY count DESC, name'),
    by_hardware_class: counts(
      "SELECT coalesce(hardware_class, 'unspecified') AS name, count(*) AS count FROM claims GROUP BY 1 ORDER BY count DESC, name",
    ),
    by_technique: counts('SELECT tag AS name, count(*) AS count FROM paper_tags GROUP BY tag ORDER BY count DESC, name'),
    by_device: db
      .prepare(
        `SELECT h.name AS name, h.class AS class, h.vendor AS vendor, count(*) AS count
           FROM claims c JOIN hardware h ON h.id = c.hardware_id
          GROUP BY h.id ORDER BY count DESC, h.name`,
      )
      .all() as DeviceCount[],
  };
}

/**
 * The default catalog (data/effcat.db) is derived from the bundled seeds: built on first use
 * and rebuilt when the seeds, the extractor or the schema change. A catalog named with --db or
 * EFFCAT_DB is the user's own and is never rebuilt behind their back.
 *
 * Checking costs a hash of every seed and a look inside the catalog; a user runs effcat dozens
 * of times in a row, so a passed check is remembered in a stamp beside the catalog
 * (catalog-stamp.ts). While the stamp holds, the check is a few `stat` calls; when it does not,
 * the full check runs again (and renews the stamp if the catalog is still fresh).
 */
import { existsSync } from 'node:fs';
import Database from 'better-sqlite3';
import { fingerprintSources, loadSourceFiles, type SourceFile } from '../source/read-files.js';
import { EXTRACTOR_VERSION } from '../version.js';
import { stampDefaultCatalog, stampVouches } from './catalog-stamp.js';
import { bundledSeedsDir } from './locations.js';
import { SCHEMA_VERSION } from './schema.js';

export type Staleness = 'fresh' | 'missing' | 'schema' | 'extractor' | 'seeds' | 'unreadable';

export interface DefaultCatalogState {
  readonly staleness: Staleness;
  /** The bundled seeds, read when the full check ran (empty when the stamp vouched for the catalog). */
  readonly seeds: readonly SourceFile[];
}

/** Why the default catalog must be (re)built, or 'fresh'. */
export function checkDefaultCatalog(path: string): DefaultCatalogState {
  if (stampVouches(path)) return { staleness: 'fresh', seeds: [] };
  const seeds = loadSourceFiles([bundledSeedsDir()]);
  const staleness = fullCheck(path, seeds);
  if (staleness === 'fresh') stampDefaultCatalog(path);
  return { staleness, seeds };
}

function fullCheck(path: string, seeds: readonly SourceFile[]): Staleness {
  if (!existsSync(path)) return 'missing';
  let db: Database.Database | undefined;
  try {
    db = new Database(path, { readonly: true, fileMustExist: true });
    if (Number(db.pragma('user_version', { simple: true })) !== SCHEMA_VERSION) return 'schema';
    const rows = db.prepare("SELECT key, value FROM meta WHERE key IN ('extractor_version', 'sources_fingerprint')").all() as {
      key: string;
      value: string;
    }[];
    const meta = new Map(rows.map((row) => [row.key, row.value]));
    if (meta.get('extractor_version') !== EXTRACTOR_VERSION) return 'extractor';
    if (meta.get('sources_fingerprint') !== fingerprintSources(seeds)) return 'seeds';
    return 'fresh';
  } catch {
    return 'unreadable';
  } finally {
    db?.close();
  }
}

export const STALENESS_REASONS: Readonly<Record<Exclude<Staleness, 'fresh'>, string>> = {
  missing: 'building the catalog from the bundled seeds (first use)',
  schema: 'rebuilding the catalog: its schema is from another effcat version',
  extractor: 'rebuilding the catalog: the extractor changed',
  seeds: 'rebuilding the catalog: the bundled seeds changed',
  unreadable: 'rebuilding the catalog: the existing file is unreadable',
};

export { stampDefaultCatalog };

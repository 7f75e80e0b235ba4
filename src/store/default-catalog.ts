/**
 * The default catalog (data/effcat.db) is derived from the bundled seeds: built on first use
 * and rebuilt when the seeds, the extractor or the schema change. A catalog named with --db or
 * EFFCAT_DB is the user's own and is never rebuilt behind their back.
 */
import { existsSync } from 'node:fs';
import Database from 'better-sqlite3';
import { fingerprintSources, loadSourceFiles, type SourceFile } from '../source/read-files.js';
import { EXTRACTOR_VERSION } from '../version.js';
import { SCHEMA_VERSION } from './schema.js';
import { bundledSeedsDir } from './locations.js';

export type Staleness = 'fresh' | 'missing' | 'schema' | 'extractor' | 'seeds' | 'unreadable';

export interface DefaultCatalogState {
  readonly staleness: Staleness;
  readonly seeds: readonly SourceFile[];
}

/** Why the default catalog must be (re)built, or 'fresh'. */
export function checkDefaultCatalog(path: string): DefaultCatalogState {
  const seeds = loadSourceFiles([bundledSeedsDir()]);
  if (!existsSync(path)) return { staleness: 'missing', seeds };
  let db: Database.Database | undefined;
  try {
    db = new Database(path, { readonly: true, fileMustExist: true });
    if (Number(db.pragma('user_version', { simple: true })) !== SCHEMA_VERSION) return { staleness: 'schema', seeds };
    const rows = db.prepare("SELECT key, value FROM meta WHERE key IN ('extractor_version', 'sources_fingerprint')").all() as {
      key: string;
      value: string;
    }[];
    const meta = new Map(rows.map((row) => [row.key, row.value]));
    if (meta.get('extractor_version') !== EXTRACTOR_VERSION) return { staleness: 'extractor', seeds };
    if (meta.get('sources_fingerprint') !== fingerprintSources(seeds)) return { staleness: 'seeds', seeds };
    return { staleness: 'fresh', seeds };
  } catch {
    return { staleness: 'unreadable', seeds };
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

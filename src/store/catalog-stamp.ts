/**
 * The stamp that lets the default catalog skip its full freshness check (default-catalog.ts):
 * the size, modification time and inode of the catalog and of each bundled seed, with the
 * extractor and schema versions, recorded when a full check (or a build) found the catalog
 * fresh. While they are unchanged the catalog is still fresh, and checking costs a few `stat`
 * calls instead of hashing the seeds and opening the catalog. Kept apart from the full check so
 * that a fresh start loads neither the seeds' reader nor SQLite for it.
 */
import { readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync, type Stats } from 'node:fs';
import { join } from 'node:path';
import { CORPUS_EXTENSIONS } from '../source/corpus-extensions.js';
import { EXTRACTOR_VERSION } from '../version.js';
import { bundledSeedsDir } from './locations.js';
import { SCHEMA_VERSION } from './schema.js';

/** Beside the catalog; `data/*.db-*` is ignored by git like the catalog itself. */
export function stampPath(catalogPath: string): string {
  return `${catalogPath}-stamp.json`;
}

/** What changes when a file is replaced or edited: size, modification time, inode. */
type FileIdentity = readonly [size: number, mtimeMs: number, ino: number];

interface Stamp {
  readonly extractor: string;
  readonly schema: number;
  readonly catalog: FileIdentity;
  readonly seeds: readonly (readonly [string, ...FileIdentity])[];
}

function identity(stats: Stats): FileIdentity {
  return [stats.size, stats.mtimeMs, stats.ino];
}

/** The corpus files of the seeds directory, as loadSourceFiles picks them, with their identities. */
function seedIdentities(): [string, ...FileIdentity][] {
  const dir = bundledSeedsDir();
  return readdirSync(dir)
    .filter((name) => CORPUS_EXTENSIONS.test(name))
    .sort()
    .map((name) => [name, ...identity(statSync(join(dir, name)))]);
}

function currentStamp(catalogPath: string): Stamp {
  return { extractor: EXTRACTOR_VERSION, schema: SCHEMA_VERSION, catalog: identity(statSync(catalogPath)), seeds: seedIdentities() };
}

/** True when the stamp still describes the catalog, the seeds and this effcat: the catalog is fresh. */
export function stampVouches(catalogPath: string): boolean {
  try {
    return readFileSync(stampPath(catalogPath), 'utf8') === JSON.stringify(currentStamp(catalogPath));
  } catch {
    return false;
  }
}

/**
 * Records that the default catalog is fresh for the seeds and extractor as they are now. Best
 * effort: a read-only directory only means the next run checks in full again.
 */
export function stampDefaultCatalog(catalogPath: string): void {
  const path = stampPath(catalogPath);
  const temporary = `${path}.${process.pid}.tmp`;
  try {
    writeFileSync(temporary, JSON.stringify(currentStamp(catalogPath)));
    renameSync(temporary, path);
  } catch {
    // Not writable: nothing to remember, nothing broken.
    rmSync(temporary, { force: true });
  }
}

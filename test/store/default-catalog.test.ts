import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildCatalogFromFiles } from '../../src/pipeline/build-catalog.js';
import { checkDefaultCatalog } from '../../src/store/default-catalog.js';
import { tempDir, type TempDir } from '../support/fixtures.js';

let dir: TempDir;
beforeEach(() => {
  dir = tempDir();
});
afterEach(() => dir.remove());

describe('default catalog staleness', () => {
  it('is missing, then fresh once built from the seeds', () => {
    const path = dir.file('effcat.db');
    const first = checkDefaultCatalog(path);
    expect(first.staleness).toBe('missing');
    buildCatalogFromFiles(path, first.seeds);
    expect(checkDefaultCatalog(path).staleness).toBe('fresh');
  });

  it('is stale when the extractor, the seeds or the schema changed', () => {
    const path = dir.file('effcat.db');
    buildCatalogFromFiles(path, checkDefaultCatalog(path).seeds);
    const edit = (sql: string): void => {
      const db = new Database(path);
      db.exec(sql);
      db.close();
    };
    edit("UPDATE meta SET value = 'older' WHERE key = 'extractor_version'");
    expect(checkDefaultCatalog(path).staleness).toBe('extractor');
    buildCatalogFromFiles(path, checkDefaultCatalog(path).seeds);
    edit("UPDATE meta SET value = 'other' WHERE key = 'sources_fingerprint'");
    expect(checkDefaultCatalog(path).staleness).toBe('seeds');
    edit('PRAGMA user_version = 0');
    expect(checkDefaultCatalog(path).staleness).toBe('schema');
  });
});

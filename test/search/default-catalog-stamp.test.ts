/**
 * The default catalog's freshness stamp (src/store/catalog-stamp.ts): it vouches for a catalog
 * only while the catalog and the seeds are as they were, so start-up skips the full check
 * without ever missing a rebuild.
 */
import { utimesSync, writeFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildCatalogFromFiles } from '../../src/pipeline/build-catalog.js';
import { stampDefaultCatalog, stampPath, stampVouches } from '../../src/store/catalog-stamp.js';
import { checkDefaultCatalog } from '../../src/store/default-catalog.js';
import { tempDir, type TempDir } from '../support/fixtures.js';

let dir: TempDir;
let path: string;
beforeEach(() => {
  dir = tempDir();
  path = dir.file('effcat.db');
  buildCatalogFromFiles(path, checkDefaultCatalog(path).seeds);
});
afterEach(() => dir.remove());

describe('default catalog stamp', () => {
  it('is written by a full check that finds the catalog fresh, and then vouches for it', () => {
    expect(stampVouches(path)).toBe(false);
    expect(checkDefaultCatalog(path)).toEqual({ staleness: 'fresh', seeds: expect.any(Array) });
    expect(stampVouches(path)).toBe(true);
    // Vouched for: no seeds read.
    expect(checkDefaultCatalog(path)).toEqual({ staleness: 'fresh', seeds: [] });
  });

  it('stops vouching when the catalog file changes', () => {
    stampDefaultCatalog(path);
    const later = new Date(Date.now() + 5000);
    utimesSync(path, later, later);
    expect(stampVouches(path)).toBe(false);
    expect(checkDefaultCatalog(path).staleness).toBe('fresh');
    expect(stampVouches(path)).toBe(true);
  });

  it('stops vouching when its record is not this effcat\'s', () => {
    stampDefaultCatalog(path);
    writeFileSync(stampPath(path), '{"extractor":"older"}');
    expect(stampVouches(path)).toBe(false);
  });

  it('never vouches for a missing catalog', () => {
    expect(stampVouches(dir.file('none.db'))).toBe(false);
  });
});

/**
 * Hand-made catalogs for tests: papers and claims written directly through the store, so
 * query and CLI tests do not move when the extractor improves.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ClaimDraft } from '../../src/extract/types.js';
import { writeCatalog } from '../../src/store/catalog.js';
import type { CatalogPaper } from '../../src/store/types.js';
import { displayTitle, shortName } from '../../src/source/names.js';

export function fixtureClaim(overrides: Partial<ClaimDraft> & Pick<ClaimDraft, 'metric' | 'value' | 'unit'>): ClaimDraft {
  const evidence = overrides.evidence ?? `${overrides.value}${overrides.unit} claim`;
  return {
    value_max: null,
    direction: null,
    qualifier: null,
    baseline: null,
    hardware: null,
    hardware_class: null,
    hardware_entity: null,
    phase: null,
    subject: null,
    evidence,
    span_start: 0,
    span_end: evidence.length,
    sentence: evidence,
    factor: null,
    factor_max: null,
    parser: 'fixture',
    ...overrides,
  };
}

export function fixturePaper(
  overrides: Partial<CatalogPaper> & Pick<CatalogPaper, 'title' | 'abstract'>,
): CatalogPaper {
  return {
    source: 'fixture.txt',
    external_id: null,
    display_title: displayTitle(overrides.title),
    short_name: shortName(overrides.title),
    url: null,
    date: null,
    source_line: null,
    keywords: '',
    tags: [],
    claims: [],
    ...overrides,
  };
}

export interface TempDir {
  readonly path: string;
  readonly file: (name: string) => string;
  readonly remove: () => void;
}

export function tempDir(prefix = 'effcat-test-'): TempDir {
  const path = mkdtempSync(join(tmpdir(), prefix));
  return { path, file: (name) => join(path, name), remove: () => rmSync(path, { recursive: true, force: true }) };
}

/** Writes the papers as a catalog at `path` (claims placed at their evidence in the abstract). */
export function writeFixtureCatalog(path: string, papers: readonly CatalogPaper[]): string {
  const placed = papers.map((paper) => ({
    ...paper,
    claims: paper.claims.map((claim) => {
      const start = paper.abstract.indexOf(claim.evidence);
      return start < 0 ? claim : { ...claim, span_start: start, span_end: start + claim.evidence.length };
    }),
  }));
  writeCatalog(path, placed, { extractorVersion: 'fixture', sourcesFingerprint: 'fixture', sources: ['fixture.txt'] });
  return path;
}

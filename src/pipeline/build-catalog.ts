/**
 * The whole road from corpus files to a catalog file: read, extract, tag, write atomically.
 * Shared by `effcat build` and by the automatic build of the default catalog.
 */
import { writeCatalog } from '../store/catalog.js';
import { fingerprintSources, loadSourceFiles, parseSourceFiles, type FileWarning, type SourceFile } from '../source/read-files.js';
import { EXTRACTOR_VERSION } from '../version.js';
import { preparePaper } from './prepare.js';

export interface BuildSummary {
  readonly path: string;
  readonly papers: number;
  readonly claims: number;
  readonly warnings: readonly FileWarning[];
  readonly sources: readonly string[];
}

export function buildCatalog(path: string, inputs: readonly string[]): BuildSummary {
  return buildCatalogFromFiles(path, loadSourceFiles(inputs));
}

export function buildCatalogFromFiles(path: string, files: readonly SourceFile[]): BuildSummary {
  const { papers, warnings } = parseSourceFiles(files);
  const prepared = papers.map(preparePaper);
  const sources = files.map((file) => file.name);
  writeCatalog(path, prepared, {
    extractorVersion: EXTRACTOR_VERSION,
    sourcesFingerprint: fingerprintSources(files),
    sources,
  });
  return {
    path,
    papers: prepared.length,
    claims: prepared.reduce((sum, paper) => sum + paper.claims.length, 0),
    warnings,
    sources,
  };
}

/**
 * Search relevance: mean nDCG@10 of `effcat search` against plain FTS5 bm25 (a sqlite-utils or
 * Datasette user's search) on the judged queries of test/search/judged-queries.json, over a
 * catalog built from the bundled seeds. Prints each query, both means and their ratio.
 *
 *   node --import tsx test/bench/search-relevance.ts
 */
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildCatalog } from '../../src/pipeline/build-catalog.js';
import { openCatalog } from '../../src/store/catalog.js';
import { tempDir } from '../support/fixtures.js';
import { CUTOFF, evaluate, type RelevanceReport } from '../search/judged.js';

const SEEDS = fileURLToPath(new URL('../../seeds', import.meta.url));

export interface RelevanceResult extends RelevanceReport {
  readonly ratio: number;
}

export function run(): RelevanceResult {
  const dir = tempDir('effcat-relevance-');
  try {
    const path = dir.file('seeds.db');
    buildCatalog(path, [SEEDS]);
    const catalog = openCatalog(path);
    const report = evaluate(catalog);
    catalog.close();
    const ratio = report.effcat / Math.max(1e-9, report.bm25);
    const width = Math.max(...report.queries.map((score) => score.query.length));
    process.stdout.write(`  ${'query'.padEnd(width)}  effcat  bm25   (nDCG@${CUTOFF})\n`);
    for (const score of report.queries) {
      process.stdout.write(`  ${score.query.padEnd(width)}  ${score.effcat.toFixed(3)}   ${score.bm25.toFixed(3)}\n`);
    }
    process.stdout.write(
      `  mean nDCG@${CUTOFF} over ${report.queries.length} queries: effcat ${report.effcat.toFixed(3)}, plain bm25 ${report.bm25.toFixed(3)}, ratio ${ratio.toFixed(2)}x\n`,
    );
    return { ...report, ratio };
  } finally {
    dir.remove();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) run();

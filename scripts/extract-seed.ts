/**
 * Dev harness: runs the extractor on every paper of a listing (default: the bundled seed) and
 * prints a JSON array of records (`title` + every draft field), the shape `effcat claims --json`
 * prints.
 *
 *   npx tsx scripts/extract-seed.ts > /tmp/c.json
 *   npx tsx scripts/extract-seed.ts --listing test/fixtures/eval/wild-abstracts.txt > /tmp/w.json
 *   python3 ../shared/eval/score.py ../shared/eval/dev-gold.jsonl ../shared/eval/titles.tsv /tmp/c.json --papers odd --show 1
 *
 * Options: --listing PATH (another listing in the same format), --papers 1,3,5 (only those paper
 * numbers), --dropped (also print dropped candidates).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { extract } from '../src/extract/index.js';
import { readHfListing } from '../src/source/hf-listing.js';

const SEED = fileURLToPath(new URL('../seeds/000_37feb7a10fd438d0.txt', import.meta.url));
/** The wild set: arXiv-style abstracts with heavy LaTeX and Unicode (test/fixtures/eval). */
export const WILD_LISTING = fileURLToPath(new URL('../test/fixtures/eval/wild-abstracts.txt', import.meta.url));
/** A second wild set, written later by another annotator, from the spec alone (test/fixtures/eval). */
export const WILD3_LISTING = fileURLToPath(new URL('../test/fixtures/eval/wild3-abstracts.txt', import.meta.url));
/** Two more, by two more annotators from the spec alone: hardware-diverse papers, and LLM systems (test/fixtures/eval). */
export const WILD5_LISTING = fileURLToPath(new URL('../test/fixtures/eval/wild5-abstracts.txt', import.meta.url));
export const WILD6_LISTING = fileURLToPath(new URL('../test/fixtures/eval/wild6-abstracts.txt', import.meta.url));
export const WILD12_LISTING = fileURLToPath(new URL('../test/fixtures/eval/wild12-abstracts.txt', import.meta.url));
export const WILD13_LISTING = fileURLToPath(new URL('../test/fixtures/eval/wild13-abstracts.txt', import.meta.url));
export const WILD14_LISTING = fileURLToPath(new URL('../test/fixtures/eval/wild14-abstracts.txt', import.meta.url));
export const WILD15_LISTING = fileURLToPath(new URL('../test/fixtures/eval/wild15-abstracts.txt', import.meta.url));
export const WILD17_LISTING = fileURLToPath(new URL('../test/fixtures/eval/wild17-abstracts.txt', import.meta.url));
export const WILD18_LISTING = fileURLToPath(new URL('../test/fixtures/eval/wild18-abstracts.txt', import.meta.url));
export const WILD21_LISTING = fileURLToPath(new URL('../test/fixtures/eval/wild21-abstracts.txt', import.meta.url));
export const WILD22_LISTING = fileURLToPath(new URL('../test/fixtures/eval/wild22-abstracts.txt', import.meta.url));
export const WILD25_LISTING = fileURLToPath(new URL('../test/fixtures/eval/wild25-abstracts.txt', import.meta.url));
export const WILD26_LISTING = fileURLToPath(new URL('../test/fixtures/eval/wild26-abstracts.txt', import.meta.url));
export const WILD27_LISTING = fileURLToPath(new URL('../test/fixtures/eval/wild27-abstracts.txt', import.meta.url));
export const WILD28_LISTING = fileURLToPath(new URL('../test/fixtures/eval/wild28-abstracts.txt', import.meta.url));
export const WILD30_LISTING = fileURLToPath(new URL('../test/fixtures/eval/wild30-abstracts.txt', import.meta.url));
export const WILD32_LISTING = fileURLToPath(new URL('../test/fixtures/eval/wild32-abstracts.txt', import.meta.url));
export const WILD35_LISTING = fileURLToPath(new URL('../test/fixtures/eval/wild35-abstracts.txt', import.meta.url));
export const WILD36_LISTING = fileURLToPath(new URL('../test/fixtures/eval/wild36-abstracts.txt', import.meta.url));
export const WILD38_LISTING = fileURLToPath(new URL('../test/fixtures/eval/wild38-abstracts.txt', import.meta.url));
export const WILD40_LISTING = fileURLToPath(new URL('../test/fixtures/eval/wild40-abstracts.txt', import.meta.url));
export const WILD41_LISTING = fileURLToPath(new URL('../test/fixtures/eval/wild41-abstracts.txt', import.meta.url));
export const WILD43_LISTING = fileURLToPath(new URL('../test/fixtures/eval/wild43-abstracts.txt', import.meta.url));
export const WILD45_LISTING = fileURLToPath(new URL('../test/fixtures/eval/wild45-abstracts.txt', import.meta.url));
export const WILD47_LISTING = fileURLToPath(new URL('../test/fixtures/eval/wild47-abstracts.txt', import.meta.url));
export const WILD48_LISTING = fileURLToPath(new URL('../test/fixtures/eval/wild48-abstracts.txt', import.meta.url));

export interface SeedRecord {
  readonly title: string;
  readonly paper: number;
  readonly [field: string]: unknown;
}

export function extractListing(listing: string, papersWanted?: ReadonlySet<number>, withDropped = false): SeedRecord[] {
  const { papers } = readHfListing(readFileSync(listing, 'utf8'), listing);
  const records: SeedRecord[] = [];
  papers.forEach((paper, i) => {
    const number = i + 1;
    if (papersWanted && !papersWanted.has(number)) return;
    const result = extract({ abstract: paper.abstract, title: paper.title });
    for (const claim of result.claims) records.push({ title: paper.title, paper: number, ...claim });
    if (withDropped) {
      for (const d of result.dropped) records.push({ title: paper.title, paper: number, dropped: true, ...d });
    }
  });
  return records;
}

export function extractSeed(papersWanted?: ReadonlySet<number>, withDropped = false): SeedRecord[] {
  return extractListing(SEED, papersWanted, withDropped);
}

function main(argv: readonly string[]): void {
  const papersAt = argv.indexOf('--papers');
  const spec = papersAt >= 0 ? argv[papersAt + 1] : undefined;
  const wanted = spec ? new Set(spec.split(',').map(Number)) : undefined;
  const listingAt = argv.indexOf('--listing');
  const listing = listingAt >= 0 ? argv[listingAt + 1] : undefined;
  const records = extractListing(listing ?? SEED, wanted, argv.includes('--dropped'));
  process.stdout.write(`${JSON.stringify(records, null, 1)}\n`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main(process.argv.slice(2));

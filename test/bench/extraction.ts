/**
 * Extraction throughput on one core: abstracts per second over the seed's 141 abstracts, by the
 * compiled extractor (dist/extract.cjs, built as the CLI's own copy is), repeated for about two
 * seconds after a warm-up. Printed with the ratio to the 5,000/s target and to a reference measured in the same run (one naive global regex scan for numbers with a
 * unit over the same abstracts), so a noisy shared machine can still be read: the ratio to the
 * reference moves much less than the raw rate. The run is also cut into short trials: the best
 * and the median trial say what the extractor does when the machine lets it (a shared machine's
 * other work only ever slows a trial down).
 *
 *   npm run build && node --import tsx test/bench/extraction.ts
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { readHfListing } from '../../src/source/hf-listing.js';

export const TARGET_PER_SECOND = 5000;
const SEED = fileURLToPath(new URL('../../seeds/000_37feb7a10fd438d0.txt', import.meta.url));
/** The extractor as effcat runs it: compiled by `npm run build` (scripts/build.mjs), not the sources through tsx. */
const COMPILED = fileURLToPath(new URL('../../dist/extract.cjs', import.meta.url));
const NAIVE_CLAIM = /(\d+(?:\.\d+)?)\s*(x|×|times|%|ms|GB|W|J|FPS|tokens\/s)/g;

export interface ExtractionBench {
  readonly abstracts: number;
  readonly extractorPerSecond: number;
  /** The rate of the fastest and of the median short trial (a pass over the seed each). */
  readonly bestTrialPerSecond: number;
  readonly medianTrialPerSecond: number;
  readonly referencePerSecond: number;
  readonly ratioToTarget: number;
  /** Extractor time per abstract over naive-regex time per abstract (how many regex scans one extraction costs). */
  readonly costInNaiveScans: number;
  readonly claims: number;
}

interface Rates {
  /** Items per second over the whole run. */
  readonly overall: number;
  /** Items per second of each pass over the inputs. */
  readonly trials: readonly number[];
}

/** Runs `work` over the inputs repeatedly for about `seconds`; returns items per second. */
function measure(inputs: readonly { abstract: string; title: string }[], work: (input: { abstract: string; title: string }) => number, seconds: number): Rates {
  let items = 0;
  let sink = 0;
  const trials: number[] = [];
  const started = performance.now();
  const until = started + seconds * 1000;
  for (let now = started; now < until; ) {
    for (const input of inputs) sink += work(input);
    items += inputs.length;
    const after = performance.now();
    trials.push(inputs.length / ((after - now) / 1000));
    now = after;
  }
  const elapsed = (performance.now() - started) / 1000;
  if (sink < 0) console.log(sink);
  return { overall: items / elapsed, trials };
}

function loadCompiledExtractor(): typeof import('../../src/extract/index.js')['extract'] {
  if (!existsSync(COMPILED)) throw new Error(`${COMPILED} is missing; run \`npm run build\` first (npm run bench does)`);
  const compiled = createRequire(import.meta.url)(COMPILED) as typeof import('../../src/extract/index.js');
  return compiled.extract;
}

export function run({ seconds = 2 } = {}): ExtractionBench {
  const extract = loadCompiledExtractor();
  const { papers } = readHfListing(readFileSync(SEED, 'utf8'), SEED);
  const inputs = papers.map((p) => ({ abstract: p.abstract, title: p.title }));
  const extractOne = (input: { abstract: string; title: string }): number => extract(input).claims.length;
  const naiveOne = (input: { abstract: string; title: string }): number => {
    let n = 0;
    NAIVE_CLAIM.lastIndex = 0;
    for (const _ of input.abstract.matchAll(NAIVE_CLAIM)) n++;
    return n;
  };
  // Warm-up: let the JIT settle before measuring.
  measure(inputs, extractOne, 0.5);
  measure(inputs, naiveOne, 0.2);
  const extractor = measure(inputs, extractOne, seconds);
  const extractorPerSecond = extractor.overall;
  const trials = [...extractor.trials].sort((a, b) => b - a);
  const referencePerSecond = measure(inputs, naiveOne, Math.max(0.5, seconds / 4)).overall;
  const claims = inputs.reduce((sum, input) => sum + extractOne(input), 0);
  return {
    abstracts: inputs.length,
    extractorPerSecond,
    bestTrialPerSecond: trials[0] ?? extractorPerSecond,
    medianTrialPerSecond: trials[trials.length >> 1] ?? extractorPerSecond,
    referencePerSecond,
    ratioToTarget: extractorPerSecond / TARGET_PER_SECOND,
    costInNaiveScans: referencePerSecond / extractorPerSecond,
    claims,
  };
}

export function format(result: ExtractionBench): string {
  return [
    `extraction: ${Math.round(result.extractorPerSecond).toLocaleString('en-US')} abstracts/s on one core (${result.abstracts} seed abstracts, ${result.claims} claims per pass)`,
    `  trials of one pass: best ${Math.round(result.bestTrialPerSecond).toLocaleString('en-US')}/s, median ${Math.round(result.medianTrialPerSecond).toLocaleString('en-US')}/s`,
    `  vs target ${TARGET_PER_SECOND.toLocaleString('en-US')}/s: ${result.ratioToTarget.toFixed(2)}x`,
    `  vs naive regex scan (${Math.round(result.referencePerSecond).toLocaleString('en-US')}/s, same run): one extraction costs ${result.costInNaiveScans.toFixed(1)} scans`,
  ].join('\n');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  console.log(format(run()));
}

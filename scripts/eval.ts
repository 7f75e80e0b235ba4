/**
 * `npm run eval`: measures the extractor the way a user meets it. Builds a catalog from the
 * seed with the built CLI, prints `effcat claims --json`, and scores it against the dev gold
 * (odd-numbered papers) with scripts/score.ts, a faithful port of ../shared/eval/score.py.
 * Other annotated sets found in test/fixtures/eval/ are scored too, each against its own
 * listing. Targets are from issue 3; the output says which hold.
 *
 *   npm run eval [-- --show]     (--show lists every missed and spurious dev claim)
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatShow, parseGold, parseTitles, score, type ScoreReport } from './score.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const fixtures = join(root, 'test', 'fixtures', 'eval');
const show = process.argv.includes('--show');

interface EvalSet {
  readonly name: string;
  readonly listing: string;
  readonly gold: string;
  readonly titles: string;
  readonly papers?: string;
}

const SETS: readonly EvalSet[] = [
  { name: 'dev (odd seed papers, ../shared gold)', listing: 'seeds/000_37feb7a10fd438d0.txt', gold: 'dev-gold.jsonl', titles: 'titles.tsv', papers: 'odd' },
  { name: 'even seed papers (our own annotation)', listing: 'seeds/000_37feb7a10fd438d0.txt', gold: 'even-annotated.jsonl', titles: 'titles.tsv', papers: 'even' },
  { name: 'wild abstracts (our own, LaTeX/Unicode)', listing: 'test/fixtures/eval/wild-abstracts.txt', gold: 'wild-gold.jsonl', titles: 'wild-titles.tsv' },
  { name: 'wild3 abstracts (our own, a second annotator)', listing: 'test/fixtures/eval/wild3-abstracts.txt', gold: 'wild3-gold.jsonl', titles: 'wild3-titles.tsv' },
  { name: 'wild5 abstracts (our own, hardware-diverse)', listing: 'test/fixtures/eval/wild5-abstracts.txt', gold: 'wild5-gold.jsonl', titles: 'wild5-titles.tsv' },
  { name: 'wild6 abstracts (our own, LLM systems)', listing: 'test/fixtures/eval/wild6-abstracts.txt', gold: 'wild6-gold.jsonl', titles: 'wild6-titles.tsv' },
  { name: 'wild12 abstracts (our own, LLM inference)', listing: 'test/fixtures/eval/wild12-abstracts.txt', gold: 'wild12-gold.jsonl', titles: 'wild12-titles.tsv' },
  { name: 'wild13 abstracts (our own, accelerators and training)', listing: 'test/fixtures/eval/wild13-abstracts.txt', gold: 'wild13-gold.jsonl', titles: 'wild13-titles.tsv' },
  { name: 'wild14 abstracts (our own, a listing like the seed)', listing: 'test/fixtures/eval/wild14-abstracts.txt', gold: 'wild14-gold.jsonl', titles: 'wild14-titles.tsv' },
  { name: 'wild15 abstracts (our own, arXiv LaTeX)', listing: 'test/fixtures/eval/wild15-abstracts.txt', gold: 'wild15-gold.jsonl', titles: 'wild15-titles.tsv' },
  { name: 'wild17 abstracts (our own, architecture and systems venues)', listing: 'test/fixtures/eval/wild17-abstracts.txt', gold: 'wild17-gold.jsonl', titles: 'wild17-titles.tsv' },
  { name: 'wild18 abstracts (our own, ML venues)', listing: 'test/fixtures/eval/wild18-abstracts.txt', gold: 'wild18-gold.jsonl', titles: 'wild18-titles.tsv' },
  { name: 'wild21 abstracts (our own, LLM serving, LaTeX)', listing: 'test/fixtures/eval/wild21-abstracts.txt', gold: 'wild21-gold.jsonl', titles: 'wild21-titles.tsv' },
  { name: 'wild22 abstracts (our own, edge and accelerators, Unicode)', listing: 'test/fixtures/eval/wild22-abstracts.txt', gold: 'wild22-gold.jsonl', titles: 'wild22-titles.tsv' },
  { name: 'wild25 abstracts (our own, efficient models as listed on HF papers)', listing: 'test/fixtures/eval/wild25-abstracts.txt', gold: 'wild25-gold.jsonl', titles: 'wild25-titles.tsv' },
  { name: 'wild26 abstracts (our own, systems venues)', listing: 'test/fixtures/eval/wild26-abstracts.txt', gold: 'wild26-gold.jsonl', titles: 'wild26-titles.tsv' },
  { name: 'wild27 abstracts (our own, edge, MCU, FPGA and chips)', listing: 'test/fixtures/eval/wild27-abstracts.txt', gold: 'wild27-gold.jsonl', titles: 'wild27-titles.tsv' },
  { name: 'wild28 abstracts (our own, LLM serving and training)', listing: 'test/fixtures/eval/wild28-abstracts.txt', gold: 'wild28-gold.jsonl', titles: 'wild28-titles.tsv' },
  { name: 'wild30 abstracts (our own, a mixed listing, some papers without claims)', listing: 'test/fixtures/eval/wild30-abstracts.txt', gold: 'wild30-gold.jsonl', titles: 'wild30-titles.tsv' },
  { name: 'wild32 abstracts (our own, accelerator venues)', listing: 'test/fixtures/eval/wild32-abstracts.txt', gold: 'wild32-gold.jsonl', titles: 'wild32-titles.tsv' },
  { name: 'wild35 abstracts (our own, LLM training and fine-tuning systems)', listing: 'test/fixtures/eval/wild35-abstracts.txt', gold: 'wild35-gold.jsonl', titles: 'wild35-titles.tsv' },
  { name: 'wild36 abstracts (our own, on-device and edge ML, Unicode)', listing: 'test/fixtures/eval/wild36-abstracts.txt', gold: 'wild36-gold.jsonl', titles: 'wild36-titles.tsv' },
  { name: 'wild38 abstracts (our own, a listing in the seed\'s style)', listing: 'test/fixtures/eval/wild38-abstracts.txt', gold: 'wild38-gold.jsonl', titles: 'wild38-titles.tsv' },
  { name: 'wild40 abstracts (our own, speech, video, 3-D, science and robotics)', listing: 'test/fixtures/eval/wild40-abstracts.txt', gold: 'wild40-gold.jsonl', titles: 'wild40-titles.tsv' },
  { name: 'wild41 abstracts (our own, an HF papers listing of efficient LLMs and VLMs)', listing: 'test/fixtures/eval/wild41-abstracts.txt', gold: 'wild41-gold.jsonl', titles: 'wild41-titles.tsv' },
  { name: 'wild43 abstracts (our own, a listing in the seed\'s mixed style)', listing: 'test/fixtures/eval/wild43-abstracts.txt', gold: 'wild43-gold.jsonl', titles: 'wild43-titles.tsv' },
  { name: 'wild45 abstracts (our own, a seed-style listing of 2019-2022 papers)', listing: 'test/fixtures/eval/wild45-abstracts.txt', gold: 'wild45-gold.jsonl', titles: 'wild45-titles.tsv' },
  { name: 'wild47 abstracts (our own, a listing like the seed\'s, mixed topics)', listing: 'test/fixtures/eval/wild47-abstracts.txt', gold: 'wild47-gold.jsonl', titles: 'wild47-titles.tsv' },
  { name: 'wild48 abstracts (our own, non-native phrasing)', listing: 'test/fixtures/eval/wild48-abstracts.txt', gold: 'wild48-gold.jsonl', titles: 'wild48-titles.tsv' },
];

const TARGETS = {
  strict_f1: 0.92,
  loose_f1: 0.95,
  unit: 0.95,
  direction: 0.9,
  qualifier: 0.9,
  baseline: 0.8,
  hardware_class: 0.8,
  phase: 0.75,
} as const;

function cli(args: readonly string[]): string {
  const result = spawnSync(process.execPath, [join(root, 'bin', 'effcat'), ...args], {
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
    maxBuffer: 256 * 1024 * 1024,
  });
  if (result.status !== 0) throw new Error(`effcat ${args.join(' ')} failed: ${result.stderr.trim()}`);
  return result.stdout;
}

function evaluate(set: EvalSet, work: string): ScoreReport | undefined {
  const goldPath = join(fixtures, set.gold);
  if (!existsSync(goldPath) || !existsSync(join(root, set.listing))) return undefined;
  const db = join(work, `${set.gold}.db`);
  cli(['--db', db, 'build', join(root, set.listing)]);
  const predictions = JSON.parse(cli(['--db', db, 'claims', '--json'])) as Record<string, unknown>[];
  return score(
    parseGold(readFileSync(goldPath, 'utf8')),
    parseTitles(readFileSync(join(fixtures, set.titles), 'utf8')),
    predictions,
    set.papers !== undefined ? { papers: set.papers } : {},
  );
}

function line(report: ScoreReport): string {
  const { strict, loose, attribute_accuracy: a } = report;
  return [
    `  gold ${report.gold}, predicted ${report.predicted}${report.unknown_titles ? `, unknown titles ${report.unknown_titles}` : ''}`,
    `  strict  P ${strict.precision.toFixed(3)}  R ${strict.recall.toFixed(3)}  F1 ${strict.f1.toFixed(3)}   (target ≥ ${TARGETS.strict_f1})  ${mark(strict.f1 >= TARGETS.strict_f1)}`,
    `  loose   P ${loose.precision.toFixed(3)}  R ${loose.recall.toFixed(3)}  F1 ${loose.f1.toFixed(3)}   (target ≥ ${TARGETS.loose_f1})  ${mark(loose.f1 >= TARGETS.loose_f1)}`,
    `  fields on strict matches:`,
    ...(['unit', 'direction', 'qualifier', 'baseline', 'hardware_class', 'phase'] as const).map(
      (field) => `    ${field.padEnd(15)} ${a[field].toFixed(3)}   (target ≥ ${TARGETS[field]})  ${mark(a[field] >= TARGETS[field])}`,
    ),
  ].join('\n');
}

function mark(ok: boolean): string {
  return ok ? 'ok' : 'BELOW TARGET';
}

const work = mkdtempSync(join(tmpdir(), 'effcat-eval-'));
try {
  for (const [i, set] of SETS.entries()) {
    const report = evaluate(set, work);
    if (!report) continue;
    process.stdout.write(`\n${set.name}\n${line(report)}\n`);
    if (show && i === 0) process.stdout.write(`${formatShow(report)}\n`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}

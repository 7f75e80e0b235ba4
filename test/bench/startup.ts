/**
 * Start-up speed: `effcat search gpu quantization` on the bundled default catalog against
 * `node -e 0` on the same machine (issue 4, "Fast": at most 1.5x). The machine is shared and
 * noisy, so the two commands run in interleaved pairs (the order inside a pair alternates) and
 * the medians are compared; `effcat --help` and `effcat stats` are timed beside them for context.
 *
 * Runs the built CLI (`npm run build` first; `npm run bench` does). Standalone:
 *   node --import tsx test/bench/startup.ts [runs]
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';

const BIN = fileURLToPath(new URL('../../bin/effcat', import.meta.url));
export const TARGET_RATIO = 1.5;

interface Timed {
  readonly label: string;
  readonly argv: readonly string[];
}

const NODE: Timed = { label: 'node -e 0', argv: ['-e', '0'] };
const SEARCH: Timed = { label: 'effcat search gpu quantization', argv: [BIN, 'search', 'gpu', 'quantization'] };
const CONTEXT: readonly Timed[] = [
  { label: 'effcat --help', argv: [BIN, '--help'] },
  { label: 'effcat stats', argv: [BIN, 'stats'] },
];

export interface StartupResult {
  readonly runs: number;
  readonly nodeMs: number;
  readonly searchMs: number;
  readonly ratio: number;
  readonly context: Readonly<Record<string, number>>;
  readonly pass: boolean;
}

/** Wall time of one run in milliseconds, stdout and stderr to pipes (as `effcat ... | head`). */
function timeOnce(command: Timed): number {
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, [...command.argv], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, NO_COLOR: '1' },
  });
  const elapsed = Number(process.hrtime.bigint() - start) / 1e6;
  if (result.status !== 0) {
    throw new Error(`${command.label} exited ${String(result.status)}: ${result.stderr.toString().trim()}`);
  }
  return elapsed;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

/** Median wall times of `a` and `b` over interleaved pairs, alternating which goes first. */
export function pairedMedians(a: Timed, b: Timed, runs: number): [number, number] {
  const times: [number[], number[]] = [[], []];
  for (let i = 0; i < runs; i++) {
    if (i % 2 === 0) {
      times[0].push(timeOnce(a));
      times[1].push(timeOnce(b));
    } else {
      times[1].push(timeOnce(b));
      times[0].push(timeOnce(a));
    }
  }
  return [median(times[0]), median(times[1])];
}

export function run(runs = Number(process.env['EFFCAT_BENCH_RUNS'] ?? 25)): StartupResult {
  // The first run builds the default catalog if it is missing or stale; that is not start-up.
  timeOnce(SEARCH);
  for (let i = 0; i < 3; i++) {
    timeOnce(NODE);
    timeOnce(SEARCH);
  }
  const [nodeMs, searchMs] = pairedMedians(NODE, SEARCH, runs);
  const ratio = searchMs / nodeMs;
  const context: Record<string, number> = {};
  for (const command of CONTEXT) {
    timeOnce(command);
    const [base, ms] = pairedMedians(NODE, command, Math.max(5, Math.floor(runs / 2)));
    context[command.label] = ms / base;
    process.stdout.write(`  ${command.label.padEnd(32)} ${ms.toFixed(1).padStart(7)} ms  (${(ms / base).toFixed(2)}x node)\n`);
  }
  const pass = ratio <= TARGET_RATIO;
  process.stdout.write(`  ${NODE.label.padEnd(32)} ${nodeMs.toFixed(1).padStart(7)} ms  (median of ${runs} paired runs)\n`);
  process.stdout.write(`  ${SEARCH.label.padEnd(32)} ${searchMs.toFixed(1).padStart(7)} ms\n`);
  process.stdout.write(`  ratio ${ratio.toFixed(2)}x (target <= ${TARGET_RATIO}x): ${pass ? 'ok' : 'TOO SLOW'}\n`);
  return { runs, nodeMs, searchMs, ratio, context, pass };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const runs = process.argv[2] ? Number(process.argv[2]) : undefined;
  const result = run(runs);
  process.exitCode = result.pass ? 0 : 1;
}

/**
 * End to end: the built bin/effcat as a user runs it (NO_COLOR, stdout piped).
 * `npm test` builds dist/ first (pretest).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, symlinkSync, writeFileSync, appendFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN, PACKAGE_ROOT, spawnCli } from '../support/cli.js';
import { tempDir, type TempDir } from '../support/fixtures.js';

const SEED = join(PACKAGE_ROOT, 'seeds', '000_37feb7a10fd438d0.txt');
let dir: TempDir;
let db: string;

beforeAll(() => {
  dir = tempDir();
  db = dir.file('seed.db');
  const built = spawnCli(['--db', db, 'build', SEED]);
  expect(built.code).toBe(0);
});
afterAll(() => dir.remove());

function expectOneLineError(result: { stderr: string; stdout: string }): void {
  expect(result.stdout).toBe('');
  expect(result.stderr).not.toMatch(/^\s+at /m);
  expect(result.stderr.trim().split('\n')[0]).toMatch(/^effcat: /);
}

describe('effcat build', () => {
  it('reports what it built on stderr and nothing on stdout', () => {
    const result = spawnCli(['--db', dir.file('again.db'), 'build', SEED]);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^effcat: built .*again\.db: 141 papers, \d+ claims from 000_37feb7a10fd438d0\.txt\n$/);
  });

  it('leaves the catalog as it was when a file is missing or holds no papers', () => {
    const before = readFileSync(db);
    const missing = spawnCli(['--db', db, 'build', dir.file('nope.txt')]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toBe(`effcat: cannot read ${dir.file('nope.txt')}: no such file or directory\n`);
    writeFileSync(dir.file('empty.txt'), 'nothing\n\nto see here\n');
    const empty = spawnCli(['--db', db, 'build', dir.file('empty.txt')]);
    expect(empty.code).toBe(1);
    expectOneLineError(empty);
    expect(empty.stderr).toMatch(/no papers found in/);
    expect(readFileSync(db).equals(before)).toBe(true);
  });
});

describe('effcat build from JSON', () => {
  it('reads papers as JSON lines, the shape scripts produce', () => {
    const jsonl = dir.file('papers.jsonl');
    writeFileSync(
      jsonl,
      [
        { title: 'FastThing: Faster Inference', abstract: 'FastThing runs 2.1x faster than vLLM on an NVIDIA A100 GPU.' },
        { title: 'SlimCache: Smaller KV Caches', summary: 'SlimCache reduces KV-cache memory by 4x with no loss in accuracy.' },
      ]
        .map((record) => JSON.stringify(record))
        .join('\n'),
    );
    const db2 = dir.file('json.db');
    expect(spawnCli(['--db', db2, 'build', jsonl]).code).toBe(0);
    expect((JSON.parse(spawnCli(['--db', db2, 'stats', '--json']).stdout) as { papers: number }).papers).toBe(2);
    const claims = JSON.parse(spawnCli(['--db', db2, 'claims', '--paper', 'FastThing', '--json']).stdout) as { value: number }[];
    expect(claims.map((claim) => claim.value)).toEqual([2.1]);
  });
});

describe('effcat search', () => {
  it('prints ranked papers about both words as TSV when piped', () => {
    const result = spawnCli(['--db', db, 'search', 'gpu', 'quantization', '--limit', '5']);
    expect(result.code).toBe(0);
    const ids = result.stdout.trim().split('\n').map((line) => Number(line.split('\t')[0]));
    expect(ids.length).toBeGreaterThanOrEqual(3);
    const catalog = new Database(db, { readonly: true });
    for (const id of ids) {
      const paper = catalog.prepare('SELECT title || ? || abstract AS text FROM papers WHERE id = ?').get(' ', id) as { text: string };
      expect(paper.text).toMatch(/quantiz|low-bit|INT[48]/i);
      expect(paper.text).toMatch(/GPU|A100|H100|CUDA|tensor core/i);
    }
    catalog.close();
  });

  it('searches for FTS5 syntax characters instead of crashing', () => {
    const result = spawnCli(['--db', db, 'search', 'gpu AND ("quant']);
    expect(result.code).toBe(0);
    expect(result.stderr).not.toMatch(/^\s+at /m);
  });

  it('exits quietly when the reader of a pipe goes away', () => {
    for (const args of ['search gpu --limit 50', 'claims --jsonl']) {
      const result = spawnSync('bash', ['-c', `set -o pipefail; NO_COLOR=1 node ${BIN} --db ${db} ${args} | head -1 >/dev/null`], {
        encoding: 'utf8',
      });
      expect(result.stderr).toBe('');
      expect(result.status).toBe(0);
    }
  });
});

describe('effcat stats --json', () => {
  it('gives an object with papers and claims', () => {
    const result = spawnCli(['--db', db, 'stats', '--json']);
    expect(result.code).toBe(0);
    const stats = JSON.parse(result.stdout) as { papers: number; claims: number };
    expect(stats.papers).toBe(141);
    expect(stats.claims).toBeGreaterThan(0);
  });
});

describe('errors a user can cause', () => {
  it.each([
    [['frobnicate'], 2, /^effcat: unknown command 'frobnicate'/],
    [['search', '--bogus', 'x'], 2, /^effcat: unknown option '--bogus'/],
    [['search'], 2, /^effcat: missing required argument 'terms'/],
    [['search', 'gpu', '--limit', 'abc'], 2, /^effcat: --limit must be a positive whole number, got "abc"/],
    [['search', 'gpu', '--json', '--csv'], 2, /^effcat: choose one output format, not --json and --csv/],
    [['claims', '--metric', 'sped'], 2, /^effcat: unknown metric "sped": expected one of speedup, throughput/],
  ])('effcat %j exits %i with one line', (args, code, message) => {
    const result = spawnCli(['--db', db, ...args]);
    expect(result.code).toBe(code);
    expectOneLineError(result);
    expect(result.stderr).toMatch(message);
  });

  it('answers no command with the help on stderr (exit 2), and --help, help and --version on stdout (exit 0)', () => {
    const bare = spawnCli([]);
    expect(bare.code).toBe(2);
    expect(bare.stdout).toBe('');
    expect(bare.stderr).toMatch(/^Usage: effcat/);
    for (const args of [['--help'], ['help'], ['help', 'search'], ['search', '--help']]) {
      const result = spawnCli(args);
      expect(result.code).toBe(0);
      expect(result.stdout).toMatch(/^Usage: effcat/);
    }
    expect(spawnCli(['--version']).stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
  });

  it('names a missing catalog and how to build it (exit 1)', () => {
    const result = spawnCli(['--db', dir.file('missing.db'), 'stats']);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      `effcat: no catalog at ${dir.file('missing.db')}; build it with: effcat --db ${dir.file('missing.db')} build\n`,
    );
  });

  it('refuses a corrupt catalog without touching it (exit 1), EFFCAT_DB like --db', () => {
    const junk = dir.file('junk.db');
    writeFileSync(junk, 'garbage '.repeat(500));
    const result = spawnCli(['stats'], { EFFCAT_DB: junk });
    expect(result.code).toBe(1);
    expectOneLineError(result);
    expect(result.stderr).toMatch(/corrupt or not a SQLite database/);
    expect(readFileSync(junk, 'utf8')).toBe('garbage '.repeat(500));
  });

  it('prints a stack trace only with --debug', () => {
    const result = spawnCli(['--debug', '--db', dir.file('missing.db'), 'stats']);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^\s+at /m);
  });
});

describe('the default catalog', () => {
  let pkg: TempDir;
  beforeAll(() => {
    // A copy of the installed package, so the real data/effcat.db is left alone.
    pkg = tempDir('effcat-pkg-');
    for (const entry of ['bin', 'dist', 'seeds', 'package.json']) cpSync(join(PACKAGE_ROOT, entry), join(pkg.path, entry), { recursive: true });
    mkdirSync(join(pkg.path, 'data'));
    symlinkSync(join(PACKAGE_ROOT, 'node_modules'), join(pkg.path, 'node_modules'));
  });
  afterAll(() => pkg.remove());

  const run = (args: string[]) =>
    spawnSync(process.execPath, [join(pkg.path, 'bin', 'effcat'), ...args], {
      encoding: 'utf8',
      cwd: dir.path, // not the package directory: the default catalog must not depend on it
      env: { ...process.env, NO_COLOR: '1', EFFCAT_DB: '' },
    });

  it('is built on first use with one line on stderr, then reused silently', () => {
    const first = run(['search', 'gpu']);
    expect(first.status).toBe(0);
    expect(first.stderr).toMatch(/^effcat: building the catalog from the bundled seeds \(first use\) …\neffcat: catalog ready: 141 papers/);
    expect(first.stdout).not.toBe('');
    const second = run(['search', 'gpu']);
    expect(second.status).toBe(0);
    expect(second.stderr).toBe('');
    expect(second.stdout).toBe(first.stdout);
  });

  it('is rebuilt when the seeds change', () => {
    run(['stats']);
    appendFileSync(
      join(pkg.path, 'seeds', '000_37feb7a10fd438d0.txt'),
      '\n\nZeroCost: A Paper Added Later\n\nWe introduce ZeroCost, a system for running quantized transformer inference on commodity GPUs with custom kernels and careful memory planning. Across many benchmarks and model sizes, ZeroCost is 3.1x faster than the strongest baseline while keeping accuracy within noise of the full-precision model.\n',
    );
    const result = run(['stats', '--json']);
    expect(result.status).toBe(0);
    expect(result.stderr).toMatch(/^effcat: rebuilding the catalog: the bundled seeds changed …\n/);
    expect((JSON.parse(result.stdout) as { papers: number }).papers).toBe(142);
  });
});

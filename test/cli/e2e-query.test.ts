/**
 * The query commands end to end: the built bin/effcat (NO_COLOR, piped) against a fixture
 * catalog file. `npm test` builds dist/ first.
 */
import { spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN, spawnCli } from '../support/cli.js';
import { tempDir, type TempDir } from '../support/fixtures.js';
import { writeQueryFixture } from '../query/fixture-catalog.js';

let dir: TempDir;
let db: string;
beforeAll(() => {
  dir = tempDir();
  db = writeQueryFixture(dir.file('fixture.db'));
});
afterAll(() => dir.remove());

const run = (...args: string[]) => spawnCli(['--db', db, ...args]);

describe('the built CLI', () => {
  it('claims: filters, sorts and prints TSV', () => {
    const result = run('claims', '--metric', 'speedup', '--hardware', 'nvidia', '--sort', 'factor');
    expect(result).toEqual({
      code: 0,
      stdout: 'TinyEdge\tspeedup\tabout 3x\t3.00×\t↑\tMCUNet\tJetson Nano\tabout 3x faster than MCUNet\n' +
        'FlightLLM\tspeedup\t1.2x\t1.20×\t↑\tvLLM\tNVIDIA A100 GPU\t1.2x higher throughput than vLLM\n',
      stderr: '',
    });
  });

  it('claims --explain: runs the bundled extractor lazily', () => {
    const result = run('claims', '--explain', 'OliVe', '--json');
    expect(result.code).toBe(0);
    const rows = JSON.parse(result.stdout) as { status: string }[];
    expect(rows.every((row) => row.status === 'kept' || row.status === 'dropped')).toBe(true);
  });

  it('rank: one row per paper, best first', () => {
    const result = run('rank', 'speedup', '--limit', '2', '--jsonl');
    expect(result.code).toBe(0);
    const rows = result.stdout.trim().split('\n').map((line) => JSON.parse(line) as { rank: number; short_name: string; factor: number });
    expect(rows.map((row) => [row.rank, row.short_name, row.factor])).toEqual([
      [1, 'Single-Path NAS', 5000],
      [2, 'Mamba', 5],
    ]);
  });

  it('compare: claims and group summaries as one JSON object', () => {
    const result = run('compare', 'speedup', '--by', 'hardware_class', '--json');
    expect(result.code).toBe(0);
    const comparison = JSON.parse(result.stdout) as { claims: unknown[]; groups: { group: string; count: number }[] };
    expect(comparison.claims).toHaveLength(8);
    expect(comparison.groups.reduce((sum, group) => sum + group.count, 0)).toBe(8);
  });

  it('show: the paper as fields, abstract and claims', () => {
    const result = run('show', 'vision', 'mamba');
    expect(result.code).toBe(0);
    expect(result.stdout.split('\n').slice(0, 2)).toEqual(['short_name\tVision Mamba', 'title\tVision Mamba: Efficient Visual Representation Learning with Bidirectional State Space Model']);
    expect(result.stdout).toContain('\n--\nVim is 2.8x faster than DeiT');
  });

  it('stats: an object with papers and claims', () => {
    const result = run('stats', '--json');
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ papers: 8, claims: 18 });
  });

  it('exits 2 with one line for a bad value, 1 for a paper it cannot find', () => {
    const bad = run('rank', 'sped');
    expect(bad.code).toBe(2);
    expect(bad.stdout).toBe('');
    expect(bad.stderr).toMatch(/^effcat: unknown metric "sped": expected one of speedup, throughput/);
    const missing = run('show', 'zebra');
    expect(missing).toEqual({ code: 1, stdout: '', stderr: 'effcat: no paper matches "zebra"; find it with: effcat search zebra\n' });
  });

  it('exits quietly when the reader of a pipe goes away', () => {
    for (const args of ['rank speedup', 'compare speedup --by technique', 'claims --sort factor', 'show OliVe']) {
      const result = spawnSync('bash', ['-c', `set -o pipefail; NO_COLOR=1 node ${BIN} --db ${db} ${args} | head -1 >/dev/null`], { encoding: 'utf8' });
      expect(result.stderr).toBe('');
      expect(result.status).toBe(0);
    }
  });

  it.each(['claims', 'rank', 'compare', 'show', 'stats'])('%s --help has a description and examples', (command) => {
    const result = spawnCli([command, '--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(new RegExp(`^Usage: effcat ${command} `));
    expect(result.stdout).toMatch(/\nExamples:\n {2}\$ effcat /);
  });
});

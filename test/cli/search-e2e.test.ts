/** The built CLI (`npm test` builds dist/ first): search as a user runs it, piped, with filters. */
import { describe, expect, it } from 'vitest';
import { spawnCli } from '../support/cli.js';
import { useSearchFixture } from '../search/fixture.js';

const fixture = useSearchFixture();

describe('effcat search (built)', () => {
  it('prints ranked TSV, the literal word above a device of its class', () => {
    const result = spawnCli(['--db', fixture(), 'search', 'gpu', 'quantization']);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout.split('\n').map((line) => line.split('\t')[1])).toEqual([
      'GPU Quantization Kernels',
      'Method One',
      'Method Two',
      'A Transformative Look',
      'Tiny Detectors',
      undefined,
    ]);
  });

  it('filters, prints JSON, and reports a bad value as a usage error', () => {
    const json = spawnCli(['--db', fixture(), 'search', 'faster', '--hardware', 'xilinx', '--json']);
    expect((JSON.parse(json.stdout) as { id: number }[]).map((hit) => hit.id)).toEqual([4]);
    const bad = spawnCli(['--db', fixture(), 'search', 'gpu', '--technique', 'nope']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^effcat: unknown technique "nope": expected one of quantization, /);
  });
});

import { describe, expect, it } from 'vitest';
import { CLAIM_FIELDS } from '../../src/query/claims.js';
import { lines, useFixtureCli } from './fixture-cli.js';

const cli = useFixtureCli();

describe('effcat rank METRIC', () => {
  it('prints one row per paper, best factor first, with the claim as stated', async () => {
    const result = await cli.run(['rank', 'speedup', '--limit', '3'], { tty: true });
    expect(result.code).toBe(0);
    expect(lines(result.stdout)).toEqual([
      'Showing 3 of 7 papers ranked by speedup',
      '',
      '#  PAPER            CLAIM  FACTOR  BASELINE      HARDWARE              EVIDENCE',
      'speedup as a factor (times better), best first · 7 papers',
      '1  Single-Path NAS  5000x   5000×  prior NAS     TPU                   5,000x faster than prior NAS',
      '2  Mamba               5x   5.00×  Transformers                        5x higher throughput than Tr…',
      '3  OliVe             4.5x   4.50×  GOBO          systolic accelerator  4.5times speedup',
      '',
    ]);
  });

  it('ranks absolute values in their own section, lower memory first', async () => {
    const result = await cli.run(['rank', 'memory'], { tty: true });
    expect(lines(result.stdout)).toEqual([
      'Showing 3 of 3 entries ranked by memory (a paper has one entry per ranking)',
      '',
      '#  PAPER            CLAIM      FACTOR  BASELINE                HARDWARE     EVIDENCE',
      'memory as a factor (times better), best first · 2 papers',
      '1  Vision Mamba     86.8%       7.58×  DeiT                    GPU          saves 86.8% GPU memory',
      '2  Motion Mamba  1.3–2.1x  1.30–2.10×  the diffusion baseline               1.3-2.1x less memory th…',
      '',
      'memory in MB, lower is better · 1 paper',
      '1  TinyEdge        0.5 MB                                      Jetson Nano  0.5 MB of memory',
      '',
    ]);
  });

  it('marks "up to" claims', async () => {
    const result = await cli.run(['rank', 'speedup', '--technique', 'ssm'], { tty: true });
    const motion = lines(result.stdout).find((line) => line.includes('Motion Mamba'));
    expect(motion).toMatch(/up to 4x +≤4\.00×/);
    expect(lines(result.stdout).at(-2)).toBe('≤ an "up to" claim: the paper\'s best case, not a typical result');
  });

  it('prints TSV with what each row is ranked by when piped', async () => {
    const result = await cli.run(['rank', 'memory']);
    expect(result.stdout).toBe(
      [
        '1\tfactor\tVision Mamba\t86.8%\t7.58×\tDeiT\tGPU\tsaves 86.8% GPU memory',
        '2\tfactor\tMotion Mamba\t1.3–2.1x\t1.30–2.10×\tthe diffusion baseline\t\t1.3-2.1x less memory than the diffusion baseline',
        '1\tMB\tTinyEdge\t0.5 MB\t\t\tJetson Nano\t0.5 MB of memory',
        '',
      ].join('\n'),
    );
  });

  it('gives JSON records: the rank fields, then every claim field', async () => {
    const result = await cli.run(['rank', 'latency', '--json']);
    const records = JSON.parse(result.stdout) as Record<string, unknown>[];
    expect(Object.keys(records[0] ?? {})).toEqual(['rank', 'ranked_by', 'rank_value', 'better', 'paper_claims', ...CLAIM_FIELDS]);
    expect(records.map((record) => [record['rank'], record['short_name'], record['ranked_by'], record['better'], record['rank_value']])).toEqual([
      [1, 'TinyEdge', 'ms', 'lower', 12],
      [2, 'FlightLLM', 'ms', 'lower', 79],
    ]);
  });

  it('accepts the claim filters', async () => {
    const result = await cli.run(['rank', 'speedup', '--hardware', 'gpu', '--baseline', 'deit', '--jsonl']);
    expect(lines(result.stdout.trim()).map((line) => (JSON.parse(line) as { short_name: string }).short_name)).toEqual(['Vision Mamba']);
  });

  it('exits 0 with a note when no claim matches', async () => {
    const result = await cli.run(['rank', 'power']);
    expect(result).toEqual({ code: 0, stdout: '', stderr: 'effcat: no power claims match\n' });
  });
});

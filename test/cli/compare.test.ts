import { describe, expect, it } from 'vitest';
import { displayWidth } from '../../src/cli/render/text.js';
import { lines, useFixtureCli } from './fixture-cli.js';

const cli = useFixtureCli();

describe('effcat compare METRIC', () => {
  it('groups claims best first, with a summary per group and a bar per claim on a log scale', async () => {
    const result = await cli.run(['compare', 'speedup', '--by', 'hardware_class', '--limit', '1'], { tty: true });
    expect(result.code).toBe(0);
    expect(lines(result.stdout)).toEqual([
      'Showing 5 of 8 speedup claims by hardware_class',
      '',
      'PAPER               CLAIM  FACTOR  FACTOR (log)                   BASELINE      HARDWARE',
      'tpu · 1 claim · median 5000× · min 5000× · max 5000× · geomean 5000×',
      'Single-Path NAS     5000x   5000×  █████████████████████████████  prior NAS     TPU',
      '',
      'asic · 2 claims · median 3.00× · min 1.50× · max 4.50× · geomean 2.60×',
      'OliVe                4.5x   4.50×  █████▏                         GOBO          systolic accelerator',
      '',
      'edge · 1 claim · median 3.00× · min 3.00× · max 3.00× · geomean 3.00×',
      'TinyEdge         about 3x   3.00×  ███▊                           MCUNet        Jetson Nano',
      '',
      'gpu · 2 claims · median 2.00× · min 1.20× · max 2.80× · geomean 1.83×',
      'Vision Mamba         2.8x   2.80×  ███▌                           DeiT          GPU',
      '',
      'unspecified · 2 claims · median 4.50× · min 4.00× · max 5.00× · geomean 4.47×',
      'Mamba                  5x   5.00×  █████▌                         Transformers',
      '',
      'bars: log scale from 1.00× to 5000×',
      '',
    ]);
  });

  it('draws a range solid to its low end and shaded to its high end', async () => {
    const result = await cli.run(['compare', 'memory'], { tty: true });
    const motion = lines(result.stdout).find((line) => line.startsWith('Motion Mamba')) ?? '';
    expect(motion).toMatch(/1\.30–2\.10× +█+[▏▎▍▌▋▊▉]?░+ /);
    expect(lines(result.stdout)).toContain('bars: log scale from 1.00× to 7.58×; ░ spans a range');
    expect(result.stderr).toBe(
      'effcat: note: 1 absolute memory claim has no factor and is left out (1 in MB); compare them with --unit MB\n',
    );
  });

  it('fits the bars to a narrow terminal', async () => {
    const result = await cli.run(['compare', 'speedup'], { tty: true, width: 64 });
    for (const line of lines(result.stdout)) expect(displayWidth(line)).toBeLessThanOrEqual(64);
    const longest = lines(result.stdout).find((line) => line.includes('5000x')) ?? '';
    expect(longest).toMatch(/█{16}/);
  });

  it('compares absolute values in one unit, lower first when lower is better', async () => {
    const result = await cli.run(['compare', 'latency', '--unit', 'ms'], { tty: true });
    expect(lines(result.stdout).slice(0, 6)).toEqual([
      'Showing 2 of 2 latency claims in ms, lower is better',
      '',
      'PAPER      CLAIM  ms (log)                        BASELINE  HARDWARE',
      'all · 2 claims · median 45.5 ms · min 12 ms · max 79 ms · geomean 30.79 ms',
      'TinyEdge   12 ms  ██▋                                       Jetson Nano',
      'FlightLLM  79 ms  ██████████████████████████████            FPGA',
    ]);
  });

  it('prints claim rows with their group when piped', async () => {
    const result = await cli.run(['compare', 'memory', '--by', 'technique']);
    expect(result.stdout).toBe(
      'state-space-models\tVision Mamba\t86.8%\t7.58×\tDeiT\tGPU\n' +
        'state-space-models\tMotion Mamba\t1.3–2.1x\t1.30–2.10×\tthe diffusion baseline\t\n',
    );
  });

  it('gives --json as an object of claims and group summaries', async () => {
    const result = await cli.run(['compare', 'speedup', '--by', 'baseline', '--hardware', 'asic', '--json']);
    const document = JSON.parse(result.stdout) as {
      metric: string;
      by: string;
      measure: string;
      unit: string | null;
      better: string;
      claims: Record<string, unknown>[];
      groups: Record<string, unknown>[];
      left_out: unknown[];
    };
    expect(Object.keys(document)).toEqual(['metric', 'by', 'measure', 'unit', 'better', 'claims', 'groups', 'left_out']);
    expect(document).toMatchObject({ metric: 'speedup', by: 'baseline', measure: 'factor', unit: null, better: 'higher', left_out: [] });
    expect(document.claims.map((claim) => [claim['group'], claim['baseline'], claim['measure']])).toEqual([
      ['GOBO', 'GOBO', 4.5],
      ['A100', 'A100', 1.5],
    ]);
    expect(document.claims[0]).toHaveProperty('evidence', '4.5times speedup');
    expect(document.groups).toEqual([
      { group: 'GOBO', count: 1, median: 4.5, min: 4.5, max: 4.5, geomean: 4.5 },
      { group: 'A100', count: 1, median: 1.5, min: 1.5, max: 1.5, geomean: 1.5 },
    ]);
  });

  it('prints claim records with --jsonl and --csv', async () => {
    const jsonl = await cli.run(['compare', 'energy', '--jsonl']);
    expect(lines(jsonl.stdout.trim()).map((line) => (JSON.parse(line) as { measure: number }).measure)).toEqual([6, 4]);
    const csv = await cli.run(['compare', 'energy', '--csv']);
    expect(csv.stdout.split('\r\n')[0]).toMatch(/^group,measure,measure_low,id,paper_id,title,/);
  });

  it('exits 0 with a note when nothing compares', async () => {
    const result = await cli.run(['compare', 'power', '--json']);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ claims: [], groups: [] });
    expect(result.stderr).toBe('effcat: no power claims to compare\n');
  });
});

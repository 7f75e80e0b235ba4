import { describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';
import { fixtureClaim, fixturePaper, tempDir, writeFixtureCatalog } from '../support/fixtures.js';
import { FIXTURE_PAPERS } from '../query/fixture-catalog.js';
import { lines, useFixtureCli } from './fixture-cli.js';

const cli = useFixtureCli();

describe('effcat stats', () => {
  it('draws bar charts by metric, hardware class, technique and device on a terminal', async () => {
    const result = await cli.run(['stats'], { tty: true });
    expect(lines(result.stdout)).toEqual([
      '8 papers · 18 claims · 7 papers with claims',
      '',
      'NAME                COUNT  SHARE',
      'claims by metric',
      'speedup                 8    44%  ██████████████████████████████',
      'memory                  3    17%  ███████████▎',
      'accuracy                2    11%  ███████▌',
      'energy                  2    11%  ███████▌',
      'latency                 2    11%  ███████▌',
      'time                    1     6%  ███▊',
      '',
      'claims by hardware class',
      'unspecified             5    28%  ██████████████████████████████',
      'asic                    3    17%  ██████████████████',
      'edge                    3    17%  ██████████████████',
      'gpu                     3    17%  ██████████████████',
      'fpga                    2    11%  ████████████',
      'tpu                     2    11%  ████████████',
      '',
      'papers by technique (a paper may have several)',
      'state-space-models      3    38%  ██████████████████████████████',
      'hardware-co-design      2    25%  ████████████████████',
      'nas                     2    25%  ████████████████████',
      'quantization            2    25%  ████████████████████',
      'llm-serving             1    13%  ██████████',
      '',
      'claims by device',
      'Jetson Nano             3    17%  ██████████████████████████████',
      'Alveo U280              2    11%  ████████████████████',
      'A100                    1     6%  ██████████',
      '',
    ]);
  });

  it('prints group, name and count rows when piped', async () => {
    const result = await cli.run(['stats']);
    const rows = lines(result.stdout.trim()).map((line) => line.split('\t'));
    expect(rows.slice(0, 3)).toEqual([
      ['total', 'papers', String(FIXTURE_PAPERS.length)],
      ['total', 'claims', '18'],
      ['total', 'papers with claims', '7'],
    ]);
    expect(new Set(rows.map((row) => row[0]))).toEqual(new Set(['total', 'metric', 'hardware_class', 'technique', 'device']));
  });

  it('gives --json as an object with papers, claims and the counts', async () => {
    const stats = JSON.parse((await cli.run(['stats', '--json'])).stdout) as Record<string, unknown>;
    expect(stats).toMatchObject({ papers: 8, claims: 18, papers_with_claims: 7 });
    expect(Object.keys(stats)).toEqual(['papers', 'claims', 'papers_with_claims', 'by_metric', 'by_hardware_class', 'by_technique', 'by_device']);
    expect(stats['by_device']).toContainEqual({ name: 'A100', class: 'gpu', vendor: 'NVIDIA', count: 1 });
  });
});

describe('effcat stats with many devices', () => {
  it('charts the most claimed devices on a terminal and lists them all in the data', async () => {
    const dir = tempDir();
    try {
      const devices = Array.from({ length: 15 }, (_, i) => `Board ${String.fromCharCode(65 + i)}`);
      const abstract = devices.map((device) => `${device} runs 2x faster.`).join(' ');
      const claims = devices.map((device) =>
        fixtureClaim({
          metric: 'speedup', value: 2, unit: 'x', factor: 2, evidence: `${device} runs 2x faster`,
          hardware: device, hardware_class: 'edge', hardware_entity: { name: device, class: 'edge', vendor: null },
        }),
      );
      // Board A is claimed twice, so it must head the chart.
      const path = writeFixtureCatalog(dir.file('devices.db'), [fixturePaper({ title: 'Boards: Many Devices', abstract, claims: [...claims, claims[0]!] })]);
      const terminal = await runCli(['--db', path, 'stats'], { isTTY: true, width: 100 });
      const chart = lines(terminal.stdout);
      const heading = chart.indexOf('claims by device (top 12 of 15)');
      expect(heading).toBeGreaterThan(0);
      expect(chart.slice(heading + 1, -1)).toHaveLength(12);
      expect(chart[heading + 1]).toMatch(/^Board A +2 /);
      const piped = await runCli(['--db', path, 'stats']);
      expect(lines(piped.stdout).filter((line) => line.startsWith('device\t'))).toHaveLength(15);
    } finally {
      dir.remove();
    }
  });
});

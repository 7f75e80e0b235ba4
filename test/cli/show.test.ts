import { describe, expect, it } from 'vitest';
import { CLAIM_FIELDS } from '../../src/query/claims.js';
import { markEvidence } from '../../src/cli/commands/show/run.js';
import { MARK_END, MARK_START } from '../../src/query/marks.js';
import { FIXTURE_PAPERS } from '../query/fixture-catalog.js';
import { lines, useFixtureCli } from './fixture-cli.js';

const cli = useFixtureCli();

describe('effcat show PAPER', () => {
  it('prints the paper, its abstract wrapped with the evidence marked, and its claims', async () => {
    const result = await cli.run(['show', 'Motion', 'Mamba'], { tty: true, width: 90 });
    expect(result.code).toBe(0);
    expect(lines(result.stdout)).toEqual([
      'Motion Mamba',
      'Motion Mamba: Efficient and Long Sequence Motion Generation',
      'id      4',
      'tags    state-space-models',
      'source  fixture.txt',
      '',
      '  Motion Mamba is «up to 4 times faster» at inference and needs «1.3-2.1x less memory than',
      '  the diffusion baseline».',
      '',
      'Showing 2 of 2 claims of Motion Mamba',
      '',
      'METRIC      CLAIM      FACTOR  DIR  BASELINE         HARDWARE  PHASE      EVIDENCE',
      'speedup  up to 4x      ≤4.00×  ↑                               inference  up to 4 times f…',
      'memory   1.3–2.1x  1.30–2.10×  ↓    the diffusion …                       1.3-2.1x less m…',
      '',
      '≤ an "up to" claim: the paper\'s best case, not a typical result',
      '',
    ]);
  });

  it('lists the devices its claims name and colours the evidence on a colour terminal', async () => {
    const plain = await cli.run(['show', 'flightllm'], { tty: true });
    expect(lines(plain.stdout)).toContain('hardware  Alveo U280 (fpga, AMD Xilinx), A100 (gpu, NVIDIA)');
    expect(lines(plain.stdout)).toContain('url       https://arxiv.org/abs/2401.03868');
    const coloured = await cli.run(['show', 'flightllm'], { tty: true, color: true });
    expect(coloured.stdout).toContain('\u001b[1m\u001b[33m1.2x higher throughput than vLLM');
    expect(coloured.stdout).not.toContain('«');
  });

  it('prints fields, the abstract between -- lines, then claim rows when piped', async () => {
    const result = await cli.run(['show', 'Motion Mamba']);
    expect(result.stdout).toBe(
      [
        'short_name\tMotion Mamba',
        'title\tMotion Mamba: Efficient and Long Sequence Motion Generation',
        'id\t4',
        'tags\tstate-space-models',
        'source\tfixture.txt',
        '--',
        'Motion Mamba is up to 4 times faster at inference and needs 1.3-2.1x less memory than the diffusion baseline.',
        '--',
        'speedup\tup to 4x\t≤4.00×\t↑\t\t\tinference\tup to 4 times faster',
        'memory\t1.3–2.1x\t1.30–2.10×\t↓\tthe diffusion baseline\t\t\t1.3-2.1x less memory than the diffusion baseline',
        '',
      ].join('\n'),
    );
  });

  it('gives --json as the paper with its abstract and claims', async () => {
    const result = await cli.run(['show', '1', '--json']);
    const paper = JSON.parse(result.stdout) as Record<string, unknown> & { claims: Record<string, unknown>[]; abstract: string };
    expect(paper).toMatchObject({
      id: 1,
      short_name: 'FlightLLM',
      title: FIXTURE_PAPERS[0]?.title,
      tags: ['hardware-co-design', 'llm-serving', 'quantization'],
      hardware: [
        { name: 'Alveo U280', class: 'fpga', vendor: 'AMD Xilinx' },
        { name: 'A100', class: 'gpu', vendor: 'NVIDIA' },
      ],
      abstract: FIXTURE_PAPERS[0]?.abstract,
    });
    expect(paper.claims).toHaveLength(3);
    for (const claim of paper.claims) {
      expect(Object.keys(claim)).toEqual([...CLAIM_FIELDS]);
      expect(paper.abstract.slice(Number(claim['span_start']), Number(claim['span_end']))).toBe(claim['evidence']);
    }
  });

  it('shows a paper without claims, with a note', async () => {
    const result = await cli.run(['show', 'quiet survey'], { tty: true });
    expect(result.code).toBe(0);
    expect(lines(result.stdout)).toEqual([
      'A Quiet Survey',
      'A Quiet Survey: Nothing Measured Here',
      'id      8',
      'source  fixture.txt',
      '',
      '  We survey the field and report no numbers of our own.',
      '',
      '',
    ]);
    expect(result.stderr).toBe('effcat: no claims extracted from A Quiet Survey\n');
  });
});

describe('markEvidence', () => {
  const S = MARK_START;
  const E = MARK_END;
  it.each([
    ['one span', [[4, 7]], `abc ${S}def${E} ghi`],
    ['overlapping spans merge', [[0, 5], [4, 7]], `${S}abc def${E} ghi`],
    ['spans out of the text are skipped', [[8, 20], [-1, 2]], 'abc def ghi'],
    ['spans in any order', [[8, 11], [0, 3]], `${S}abc${E} def ${S}ghi${E}`],
  ])('%s', (_name, spans, expected) => {
    const claims = (spans as [number, number][]).map(([span_start, span_end]) => ({ span_start, span_end }));
    expect(markEvidence('abc def ghi', claims)).toBe(expected);
  });
});

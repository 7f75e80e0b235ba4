import { describe, expect, it } from 'vitest';
import { CLAIM_FIELDS } from '../../src/query/claims.js';
import { displayWidth } from '../../src/cli/render/text.js';
import { lines, useFixtureCli } from './fixture-cli.js';

const cli = useFixtureCli();

/** The fields CLAIMS.md and issue 3 promise on every record (more may be added, none removed). */
const PROMISED_FIELDS = [
  'title', 'metric', 'value', 'value_max', 'unit', 'direction', 'qualifier', 'baseline', 'hardware', 'hardware_class',
  'phase', 'subject', 'evidence', 'paper_id', 'span_start', 'span_end', 'sentence', 'factor',
];

describe('effcat claims on a terminal', () => {
  it('prints a table with a summary line, best factor first with --sort factor', async () => {
    const result = await cli.run(['claims', '--metric', 'speedup', '--hardware', 'nvidia,fpga', '--sort', 'factor'], { tty: true });
    expect(result.code).toBe(0);
    expect(lines(result.stdout)).toEqual([
      'Showing 2 of 2 claims',
      '',
      'PAPER      METRIC      CLAIM  FACTOR  DIR  BASELINE  HARDWARE         EVIDENCE',
      'TinyEdge   speedup  about 3x   3.00×  ↑    MCUNet    Jetson Nano      about 3x faster than MCUNet',
      'FlightLLM  speedup      1.2x   1.20×  ↑    vLLM      NVIDIA A100 GPU  1.2x higher throughput than v…',
      '',
    ]);
    expect(result.stderr).toBe('');
  });

  it('marks "up to" claims and explains the mark under the table', async () => {
    const result = await cli.run(['claims', '--qualifier', 'up-to'], { tty: true });
    expect(lines(result.stdout)).toEqual([
      'Showing 2 of 2 claims',
      '',
      'PAPER         METRIC      CLAIM  FACTOR  DIR  BASELINE          HARDWARE           EVIDENCE',
      'FlightLLM     energy   up to 6x  ≤6.00×  ↑    NVIDIA V100S GPU  Xilinx Alveo U28…  up to 6.0x highe…',
      'Motion Mamba  speedup  up to 4x  ≤4.00×  ↑                                         up to 4 times fa…',
      '',
      '≤ an "up to" claim: the paper\'s best case, not a typical result',
      '',
    ]);
  });

  it('says how many matched before --limit', async () => {
    const result = await cli.run(['claims', '--limit', '3'], { tty: true });
    expect(lines(result.stdout)[0]).toBe('Showing 3 of 18 claims');
    expect(lines(result.stdout).filter((line) => line.startsWith('FlightLLM'))).toHaveLength(3);
  });

  it('cuts long text to the width of the terminal', async () => {
    const result = await cli.run(['claims'], { tty: true, width: 60 });
    for (const line of lines(result.stdout)) expect(displayWidth(line)).toBeLessThanOrEqual(60);
    expect(result.stdout).toContain('…');
  });
});

describe('effcat claims piped and in data formats', () => {
  it('prints TSV rows without header, summary or truncation', async () => {
    const result = await cli.run(['claims', '--technique', 'ssm', '--min', '2', '--sort', 'factor']);
    expect(lines(result.stdout)).toEqual([
      'Vision Mamba\tmemory\t86.8%\t7.58×\t↓\tDeiT\tGPU\tsaves 86.8% GPU memory',
      'Mamba\tspeedup\t5x\t5.00×\t↑\tTransformers\t\t5x higher throughput than Transformers',
      'Motion Mamba\tspeedup\tup to 4x\t≤4.00×\t↑\t\t\tup to 4 times faster',
      'Vision Mamba\tspeedup\t2.8x\t2.80×\t↑\tDeiT\tGPU\t2.8x faster than DeiT',
      'Motion Mamba\tmemory\t1.3–2.1x\t1.30–2.10×\t↓\tthe diffusion baseline\t\t1.3-2.1x less memory than the diffusion baseline',
      '',
    ]);
  });

  it('gives JSON records with every promised field under its CLAIMS.md name', async () => {
    const result = await cli.run(['claims', '--json', '--baseline', 'vllm']);
    const records = JSON.parse(result.stdout) as Record<string, unknown>[];
    expect(records).toHaveLength(1);
    for (const field of PROMISED_FIELDS) expect(records[0]).toHaveProperty(field);
    expect(Object.keys(records[0] ?? {})).toEqual([...CLAIM_FIELDS]);
    expect(records[0]).toMatchObject({
      title: 'FlightLLM: Efficient Large Language Model Inference with a Complete Mapping Flow on FPGAs',
      metric: 'speedup',
      value: 1.2,
      value_max: null,
      unit: 'x',
      direction: 'up',
      qualifier: null,
      baseline: 'vLLM',
      hardware: 'NVIDIA A100 GPU',
      hardware_class: 'gpu',
      hardware_name: 'A100',
      hardware_vendor: 'NVIDIA',
      phase: 'serving',
      evidence: '1.2x higher throughput than vLLM',
      factor: 1.2,
    });
  });

  it('prints one record per line with --jsonl and a header row with --csv', async () => {
    const jsonl = await cli.run(['claims', '--jsonl', '--unit', 'ms', '--sort', 'value:asc']);
    expect(lines(jsonl.stdout.trim()).map((line) => (JSON.parse(line) as { value: number }).value)).toEqual([12, 79]);
    const csv = await cli.run(['claims', '--csv', '--unit', 'MB']);
    const [header, row, end] = csv.stdout.split('\r\n');
    expect(header).toBe(CLAIM_FIELDS.join(','));
    expect(row).toContain(',memory,0.5,,MB,');
    expect(end).toBe('');
  });

  it('exits 0 with a note on stderr and nothing on stdout when nothing matches', async () => {
    for (const format of [[], ['--json']]) {
      const result = await cli.run(['claims', '--metric', 'power', ...format]);
      expect(result.code).toBe(0);
      expect(result.stderr).toBe('effcat: no claims match\n');
      expect(result.stdout).toBe(format.length > 0 ? '[]\n' : '');
    }
  });
});

describe('effcat claims --explain', () => {
  it('re-runs the extractor on the stored abstract and lists what it kept', async () => {
    const result = await cli.run(['claims', '--explain', 'OliVe', '--json']);
    expect(result.code).toBe(0);
    const rows = JSON.parse(result.stdout) as { status: string; text: string; span_start: number; span_end: number; paper_id: number }[];
    const { extract } = await import('../../src/extract/index.js');
    const abstract = 'OliVe is a systolic accelerator. It surpasses GOBO by 4.5times speedup and 4.0times energy reduction, and is 1.5x faster than an A100.';
    const extraction = extract({ abstract });
    expect(rows.filter((row) => row.status === 'kept')).toHaveLength(extraction.claims.length);
    expect(rows.filter((row) => row.status === 'dropped')).toHaveLength(extraction.dropped.length);
    for (const row of rows) {
      expect(abstract.slice(row.span_start, row.span_end)).toBe(row.text);
      expect(row.paper_id).toBe(2);
    }
    expect(rows.map((row) => row.span_start)).toEqual([...rows.map((row) => row.span_start)].sort((a, b) => a - b));
  });

  it('heads the table with what it found and notes a catalog built by another extractor', async () => {
    const result = await cli.run(['claims', '--explain', 'OliVe'], { tty: true });
    expect(lines(result.stdout)[0]).toMatch(/^\d+ candidates in OliVe \(paper 2\): \d+ kept, \d+ dropped$/);
    expect(result.stderr).toMatch(/^effcat: note: the catalog was built by extractor fixture; this runs .*\n$/);
  });

  it('takes no filters', async () => {
    const result = await cli.run(['claims', '--explain', 'OliVe', '--metric', 'speedup']);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('effcat: --explain shows every candidate of one paper; it takes no --metric\n');
  });
});

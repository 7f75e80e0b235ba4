/** `effcat search` in-process: exact output on a terminal and piped, JSON, filters, errors. */
import { describe, expect, it } from 'vitest';
import { runCli, type CliResult, type InProcessOptions } from '../support/cli.js';
import { useSearchFixture } from '../search/fixture.js';

const fixture = useSearchFixture();

const search = (args: readonly string[], options: InProcessOptions = {}): Promise<CliResult> => runCli(['--db', fixture(), 'search', ...args], options);

describe('effcat search output', () => {
  it('prints a table with a summary line on a terminal, fitted to its width', async () => {
    const result = await search(['gpu', 'quantization'], { isTTY: true, width: 100 });
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout).toBe(
      [
        'Showing 5 of 5 papers matching "gpu quantization"',
        '',
        'ID  PAPER                     CLAIMS  SNIPPET',
        ' 3  GPU Quantization Kernels       1  Quantized matrix multiplication kernels reach 2.1x faster inf…',
        ' 1  Method One                     0  We quantize the weights of transformers to four bits and serv…',
        ' 2  Method Two                     0  We quantize the weights of transformers to four bits and serv…',
        ' 8  A Transformative Look          0  …operators for quantized inference on a GPU.',
        ' 5  Tiny Detectors                 0  …with int8 weights.',
        '',
      ].join('\n'),
    );
  });

  it('shows N of M when --limit cuts, on a narrow terminal', async () => {
    const result = await search(['gpu', 'quantization', '--limit', '3'], { isTTY: true, width: 60 });
    expect(result.stdout.split('\n').slice(0, 4)).toEqual([
      'Showing 3 of 5 papers matching "gpu quantization"',
      '',
      'ID  PAPER                     CLAIMS  SNIPPET',
      ' 3  GPU Quantization Kernels       1  Quantized matrix mult…',
    ]);
  });

  it('highlights the matched words on a colour terminal, devices for a class included', async () => {
    const result = await search(['gpu', 'quantization', '--limit', '3'], { isTTY: true, width: 200, color: true });
    expect(result.stdout).toContain('\u001b[1m\u001b[33mA100\u001b[39m\u001b[22m');
    expect(result.stdout).toContain('\u001b[1m\u001b[33mquantize\u001b[39m\u001b[22m');
  });

  it('prints TSV rows without a header when piped', async () => {
    const result = await search(['gpu', 'quantization']);
    expect(result.stdout).toBe(
      [
        '3\tGPU Quantization Kernels\t1\tQuantized matrix multiplication kernels reach 2.1x faster inference than FP16 on GPUs.',
        '1\tMethod One\t0\tWe quantize the weights of transformers to four bits and serve them on a GPU with little loss.',
        '2\tMethod Two\t0\tWe quantize the weights of transformers to four bits and serve them on an A100 with little loss.',
        '8\tA Transformative Look\t0\tCompilers for deep learning are transformative: they fuse operators for quantized inference on a GPU.',
        '5\tTiny Detectors\t0\tObject detection runs on a Jetson Nano aboard the drone, with int8 weights.',
        '',
      ].join('\n'),
    );
  });

  it('prints records with --json', async () => {
    const result = await search(['jetson', '--json']);
    expect(JSON.parse(result.stdout)).toEqual([
      {
        id: 5,
        short_name: 'Tiny Detectors',
        title: 'Tiny Detectors for Drones',
        claims: 0,
        tags: ['quantization'],
        snippet: 'Object detection runs on a Jetson Nano aboard the drone, with int8 weights.',
        score: expect.any(Number),
      },
    ]);
  });

  it('filters by hardware and metric, and says so in the summary', async () => {
    const result = await search(['faster', '--hardware', 'fpga', '--metric', 'speedup'], { isTTY: true });
    expect(result.stdout.split('\n')[0]).toBe('Showing 1 of 1 papers matching "faster" with --metric speedup --hardware fpga');
    expect(result.stdout).toContain('FlightLLM');
    const technique = await search(['weights', '--technique', 'quant', '--hardware', 'jetson', '--json']);
    expect((JSON.parse(technique.stdout) as { short_name: string }[]).map((hit) => hit.short_name)).toEqual(['Tiny Detectors']);
  });

  it('exits 0 with a note on stderr when nothing matches', async () => {
    const result = await search(['nothing', 'here']);
    expect(result).toEqual({ code: 0, stdout: '', stderr: 'effcat: no papers match "nothing here"\n' });
  });
});

describe('effcat search errors', () => {
  it('names an unknown metric, technique or hardware and lists the valid ones (exit 2)', async () => {
    const metric = await search(['gpu', '--metric', 'sped']);
    expect(metric.code).toBe(2);
    expect(metric.stderr).toBe(
      'effcat: unknown metric "sped": expected one of speedup, throughput, latency, time, memory, energy, power, accuracy, size, compute, cost, other; did you mean "speedup"?\n',
    );
    const technique = await search(['gpu', '--technique', 'quantz']);
    expect(technique.code).toBe(2);
    expect(technique.stderr.split('\n')[0]).toMatch(/^effcat: unknown technique "quantz": expected one of quantization, pruning, .*, hardware-co-design; did you mean "quantization"\?$/);
    const hardware = await search(['gpu', '--hardware', 'tpux']);
    expect(hardware.code).toBe(2);
    expect(hardware.stderr).toBe(
      'effcat: unknown hardware "tpux": expected one of gpu, cpu, fpga, asic, tpu, npu, mobile, mcu, edge, neuromorphic, pim, cluster, or a device or vendor the catalog names (AMD Xilinx, Alveo U280); did you mean "tpu"?\n',
    );
    for (const result of [metric, technique, hardware]) expect(result.stdout).toBe('');
  });

  it('accepts a device that only an abstract names', async () => {
    expect((await search(['drone', '--hardware', 'jetson'])).code).toBe(0);
  });

  it('is a usage error for a bad --limit, malformed --raw syntax, or no words', async () => {
    expect((await search(['gpu', '--limit', 'x'])).stderr).toBe('effcat: --limit must be a positive whole number, got "x"\n');
    const raw = await search(['gpu AND ("quant', '--raw']);
    expect(raw.code).toBe(2);
    expect(raw.stderr).toMatch(/^effcat: malformed search query "gpu AND \("quant": .*; drop --raw to search the words as written\n$/);
    expect((await search(['--', '!!'])).code).toBe(2);
  });

  it('searches for FTS5 syntax characters when not --raw', async () => {
    const result = await search(['gpu AND ("quant']);
    expect(result.code).toBe(0);
    expect(result.stdout.split('\n')[0]).toMatch(/^3\tGPU Quantization Kernels\t/);
  });
});

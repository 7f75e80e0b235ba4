/** Every error a user can cause in the query commands: exit code, and one line naming the bad value. */
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';
import { useFixtureCli } from './fixture-cli.js';

const cli = useFixtureCli();

const METRICS = 'speedup, throughput, latency, time, memory, energy, power, accuracy, size, compute, cost, other';
const CLASSES = 'gpu, cpu, fpga, asic, tpu, npu, mobile, mcu, edge, neuromorphic, pim, cluster';

describe('usage and lookup errors', () => {
  it.each<[string[], number, string, string?]>([
    [['claims', '--metric', 'sped'], 2, `unknown metric "sped": expected one of ${METRICS}`, 'did you mean "speedup"?'],
    [['claims', '--metric', 'speedup', '--metric', 'energi'], 2, `unknown metric "energi": expected one of ${METRICS}`, 'did you mean "energy"?'],
    [['claims', '--hardware', 'quantum'], 2, `unknown hardware "quantum": expected one of ${CLASSES}, or a device or vendor the catalog names (NVIDIA, Jetson Nano, AMD Xilinx, Alveo U280, A100)`, 'effcat stats lists the devices the catalog names'],
    [['claims', '--technique', 'quantum'], 2, 'unknown technique "quantum": expected one of quantization, pruning, sparsity, distillation, nas, low-rank, mixture-of-experts, attention-kernels, state-space-models, linear-attention, llm-serving, speculative-decoding, processing-in-memory, neuromorphic, compilers, distributed-training, peft, hardware-co-design', 'did you mean "quantization"?'],
    [['claims', '--phase', 'warmup'], 2, 'unknown phase "warmup": expected one of training, inference, fine-tuning, search, prefill, decode, serving, kernel'],
    [['claims', '--qualifier', 'maybe'], 2, 'unknown qualifier "maybe": expected one of up to, about, at least, more than, less than, on average, nearly, none'],
    [['claims', '--min', 'abc'], 2, '--min must be a number, got "abc"'],
    [['claims', '--max', '2x'], 2, '--max must be a number, got "2x"'],
    [['claims', '--limit', '-1'], 2, '--limit must be a positive whole number, got "-1"'],
    [['claims', '--sort', 'speed'], 2, 'unknown sort key "speed": expected one of paper, factor, value, metric, hardware, phase, baseline'],
    [['claims', '--paper', 'state space'], 2, 'paper "state space" is ambiguous: 2 papers match: Vision Mamba (3), Mamba (7)', 'name one by id: --paper 3'],
    [['claims', '--paper', 'zebra'], 1, 'no paper matches "zebra"', 'find it with: effcat search zebra'],
    [['claims', '--json', '--csv'], 2, 'choose one output format, not --json and --csv'],
    [['claims', '--explain', 'OliVe', '--limit', '2'], 2, '--explain shows every candidate of one paper; it takes no --limit'],
    [['rank', 'sped'], 2, `unknown metric "sped": expected one of ${METRICS}`, 'did you mean "speedup"?'],
    [['rank'], 2, "missing required argument 'metric'"],
    [['rank', 'speedup', '--sort', 'factor'], 2, "unknown option '--sort'"],
    [['compare', 'speedup', '--by', 'colour'], 2, 'unknown grouping "colour": expected one of hardware_class, technique, phase, baseline'],
    [['compare', 'latency', '--unit', 'ms,h'], 2, 'compare puts one unit on one axis; got --unit ms, h', 'give one --unit to compare absolute values'],
    [['show'], 2, "missing required argument 'paper'"],
    [['show', 'zebra'], 1, 'no paper matches "zebra"', 'find it with: effcat search zebra'],
    [['show', 'mamba', 'state'], 2, 'paper "mamba state" is ambiguous: 2 papers match: Vision Mamba (3), Mamba (7)', 'name one by id: effcat show 3'],
  ])('effcat %j exits %i', async (args, code, message, hint) => {
    const result = await cli.run(args);
    expect(result.code).toBe(code);
    expect(result.stdout).toBe('');
    const [first, ...rest] = result.stderr.trimEnd().split('\n');
    if (code === 2 && (first ?? '').includes("'")) expect(first).toContain(message);
    else expect(first).toBe(`effcat: ${message}${hint === undefined ? '' : `; ${hint}`}`);
    expect(rest).toEqual([]);
  });

  it('names a missing catalog before looking at the paper', async () => {
    const result = await runCli(['--db', '/nonexistent/effcat.db', 'show', 'OliVe']);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('effcat: no catalog at /nonexistent/effcat.db; build it with: effcat --db /nonexistent/effcat.db build\n');
  });

  it('reports a bad flag value before asking for a catalog that is missing', async () => {
    const result = await runCli(['--db', '/nonexistent/effcat.db', 'claims', '--metric', 'sped']);
    expect(result.code).toBe(2);
    expect(result.stderr.split('\n')[0]).toBe(`effcat: unknown metric "sped": expected one of ${METRICS}; did you mean "speedup"?`);
  });
});

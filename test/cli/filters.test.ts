import { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { addFilterOptions, listValues, parseFilters, parseSort, type FilterFlags } from '../../src/cli/filters.js';
import { NotFoundError, UsageError } from '../../src/errors.js';
import { openCatalog } from '../../src/store/catalog.js';
import { PAPER_ID } from '../query/fixture-catalog.js';
import { useFixtureCli } from './fixture-cli.js';

const cli = useFixtureCli();
const parse = (flags: FilterFlags) => parseFilters(flags, async () => openCatalog(cli.path()));

describe('addFilterOptions', () => {
  it('collects repeated and comma-separated values', () => {
    const command = addFilterOptions(new Command('claims').exitOverride());
    command.parse(['--metric', 'speedup,memory', '--metric', 'energy', '--hardware', 'fpga', '--min', '2'], { from: 'user' });
    expect(command.opts()).toEqual({ metric: ['speedup,memory', 'energy'], hardware: ['fpga'], min: '2' });
    expect(listValues(command.opts<FilterFlags>().metric)).toEqual(['speedup', 'memory', 'energy']);
  });

  it('leaves out the flags a command takes otherwise', () => {
    const command = addFilterOptions(new Command('rank'), { omit: ['metric', 'sort'] });
    const flags = command.options.map((option) => option.long);
    expect(flags).not.toContain('--metric');
    expect(flags).not.toContain('--sort');
    expect(flags).toEqual(expect.arrayContaining(['--hardware', '--technique', '--paper', '--baseline', '--phase', '--qualifier', '--unit', '--min', '--max', '--limit']));
  });
});

describe('parseFilters makes values canonical', () => {
  it.each<[string, FilterFlags, object]>([
    ['metrics in any case, deduplicated', { metric: ['Speedup,memory', 'speedup'] }, { metrics: ['speedup', 'memory'] }],
    ['technique aliases', { technique: ['moe', 'Quant', 'SSM', 'peft'] }, { techniques: ['mixture-of-experts', 'quantization', 'state-space-models', 'peft'] }],
    ['phase spellings', { phase: ['fine tuning', 'Decode'] }, { phases: ['fine-tuning', 'decode'] }],
    ['qualifier spellings and none', { qualifier: ['up-to', 'UP TO', 'none', 'at_least'] }, { qualifiers: ['up to', 'none', 'at least'] }],
    ['a hardware class in any case', { hardware: ['FPGA'] }, { hardware: ['fpga'] }],
    ['a device or vendor the catalog names', { hardware: ['jetson', 'nvidia'] }, { hardware: ['jetson', 'nvidia'] }],
    ['units as the catalog spells them', { unit: ['MS', 'mb', 'times'] }, { units: ['ms', 'MB', 'x'] }],
    ['a paper by name', { paper: ['olive'] }, { paperIds: [PAPER_ID.OliVe] }],
    ['a paper by title words', { paper: ['single path'] }, { paperIds: [PAPER_ID.SinglePathNAS] }],
    ['bounds as numbers', { min: '1.5', max: '1e3' }, { min: 1.5, max: 1000 }],
    ['a baseline, trimmed', { baseline: ' vLLM ' }, { baseline: 'vLLM' }],
  ])('%s', async (_name, flags, expected) => {
    expect((await parse(flags)).filters).toEqual(expected);
  });

  it('reads a sort key and its direction, and the limit', async () => {
    expect(await parse({ sort: 'factor', limit: '5' })).toEqual({ filters: {}, sort: { key: 'factor' }, limit: 5 });
    expect(parseSort('factor:asc')).toEqual({ key: 'factor', reverse: true });
    expect(parseSort('factor:desc')).toEqual({ key: 'factor', reverse: false });
    expect(parseSort('paper:desc')).toEqual({ key: 'paper', reverse: true });
    expect(parseSort('Metric')).toEqual({ key: 'metric' });
  });

  it('does not open the catalog for flags that need no catalog, nor when a flag is bad', async () => {
    let opened = 0;
    const open = async () => {
      opened++;
      return openCatalog(cli.path());
    };
    await parseFilters({ metric: ['speedup'], technique: ['nas'], min: '2' }, open);
    await expect(parseFilters({ metric: ['sped'], paper: ['olive'] }, open)).rejects.toThrow(UsageError);
    expect(opened).toBe(0);
  });
});

describe('parseFilters rejects what it cannot understand', () => {
  it.each<[string, FilterFlags, string, string | undefined]>([
    ['an unknown metric', { metric: ['speedup,sped'] }, 'unknown metric "sped": expected one of speedup, throughput, latency, time, memory, energy, power, accuracy, size, compute, cost, other', 'did you mean "speedup"?'],
    ['an unknown technique', { technique: ['quantum'] }, 'unknown technique "quantum": expected one of quantization, pruning, sparsity', undefined],
    ['an unknown phase', { phase: ['trainin'] }, 'unknown phase "trainin": expected one of training, inference, fine-tuning, search, prefill, decode, serving, kernel', 'did you mean "training"?'],
    ['an unknown qualifier', { qualifier: ['roughly'] }, 'unknown qualifier "roughly": expected one of up to, about, at least, more than, less than, on average, nearly, none', undefined],
    ['a hardware value that is no class nor device', { hardware: ['fgpa'] }, 'unknown hardware "fgpa": expected one of gpu, cpu, fpga, asic, tpu, npu, mobile, mcu, edge, neuromorphic, pim, cluster, or a device or vendor the catalog names (NVIDIA, Jetson Nano', 'did you mean "fpga"?'],
    ['a unit the catalog does not use', { unit: ['tokens/s'] }, 'unknown unit "tokens/s": expected one of x, ', undefined],
    ['--min that is not a number', { min: 'abc' }, '--min must be a number, got "abc"', undefined],
    ['--max that is empty', { max: '' }, '--max must be a number, got ""', undefined],
    ['--min above --max', { min: '5', max: '2' }, '--min 5 is above --max 2: no claim can match', undefined],
    ['an unknown sort key', { sort: 'speed' }, 'unknown sort key "speed": expected one of paper, factor, value, metric, hardware, phase, baseline', undefined],
    ['an unknown sort direction', { sort: 'factor:up' }, 'unknown sort direction "up": expected one of asc, desc', undefined],
    ['a limit that is not a positive whole number', { limit: '0' }, '--limit must be a positive whole number, got "0"', undefined],
    ['an ambiguous paper', { paper: ['state space'] }, 'paper "state space" is ambiguous: 2 papers match: Vision Mamba (3), Mamba (7)', 'name one by id: --paper 3'],
  ])('%s is a usage error', async (_name, flags, message, hint) => {
    const error = await parse(flags).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(UsageError);
    expect((error as UsageError).message.startsWith(message)).toBe(true);
    expect((error as UsageError).message).not.toContain('\n');
    if (hint !== undefined) expect((error as UsageError).hint).toBe(hint);
  });

  it('names a paper it cannot find, with a hint to search for it', async () => {
    const error = await parse({ paper: ['zebra stripes'] }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(NotFoundError);
    expect((error as NotFoundError).message).toBe('no paper matches "zebra stripes"');
    expect((error as NotFoundError).hint).toBe('find it with: effcat search zebra stripes');
  });
});

import { describe, expect, it } from 'vitest';
import { CLAIM_FIELDS, lowerIsBetter, queryClaims, type ClaimQuery } from '../../src/query/claims.js';
import { countDeviceClaims, knownDevices, catalogUnits } from '../../src/query/filters.js';
import { PAPER_ID, useFixtureDb } from './fixture-catalog.js';

const fixtureDb = useFixtureDb();

/** "Paper metric value" for each claim, in the order returned. */
function found(query: ClaimQuery): string[] {
  return queryClaims(fixtureDb(), query).claims.map((claim) => `${claim.short_name} ${claim.metric} ${claim.value}`);
}

describe('queryClaims filters', () => {
  it.each<[string, ClaimQuery, string[]]>([
    ['one metric', { metrics: ['memory'] }, ['Motion Mamba memory 1.3', 'TinyEdge memory 0.5', 'Vision Mamba memory 86.8']],
    ['several metrics', { metrics: ['energy', 'time'] }, ['FlightLLM energy 6', 'OliVe energy 4', 'Single-Path NAS time 4']],
    ['a hardware class', { hardware: ['fpga'] }, ['FlightLLM energy 6', 'FlightLLM latency 79']],
    ['a device name, any case', { hardware: ['a100'] }, ['FlightLLM speedup 1.2']],
    ['a vendor covers its devices', { hardware: ['nvidia'] }, ['FlightLLM speedup 1.2', 'TinyEdge latency 12', 'TinyEdge memory 0.5', 'TinyEdge speedup 3']],
    ['a device as written without an entity', { hardware: ['systolic'] }, ['OliVe speedup 4.5', 'OliVe energy 4', 'OliVe speedup 1.5']],
    ['hardware values are alternatives', { hardware: ['fpga', 'tpu'], metrics: ['speedup', 'energy'] }, ['FlightLLM energy 6', 'Single-Path NAS speedup 5000']],
    ['a technique tag', { techniques: ['nas'], metrics: ['speedup'] }, ['Single-Path NAS speedup 5000', 'TinyEdge speedup 3']],
    ['a paper', { paperIds: [PAPER_ID.OliVe] }, ['OliVe speedup 4.5', 'OliVe energy 4', 'OliVe speedup 1.5']],
    ['a baseline substring, any case', { baseline: 'vllm' }, ['FlightLLM speedup 1.2']],
    ['LIKE wildcards in a baseline are text', { baseline: '%' }, []],
    ['a phase', { phases: ['inference'] }, ['FlightLLM energy 6', 'Motion Mamba speedup 4', 'Vision Mamba speedup 2.8', 'Vision Mamba memory 86.8']],
    ['a qualifier', { qualifiers: ['up to'] }, ['FlightLLM energy 6', 'Motion Mamba speedup 4']],
    ['claims stated without a qualifier', { qualifiers: ['none'], metrics: ['speedup'] }, ['FlightLLM speedup 1.2', 'Mamba speedup 5', 'OliVe speedup 4.5', 'OliVe speedup 1.5', 'Single-Path NAS speedup 5000', 'Vision Mamba speedup 2.8']],
    ['a qualifier or none', { qualifiers: ['about', 'none'], metrics: ['speedup'], hardware: ['edge', 'gpu'] }, ['FlightLLM speedup 1.2', 'TinyEdge speedup 3', 'Vision Mamba speedup 2.8']],
    ['a unit', { units: ['ms'] }, ['FlightLLM latency 79', 'TinyEdge latency 12']],
    ['--min on the factor', { min: 5 }, ['FlightLLM energy 6', 'Mamba speedup 5', 'Single-Path NAS speedup 5000', 'Vision Mamba memory 86.8']],
    ['--max on the factor leaves out absolute values', { max: 1.5 }, ['FlightLLM speedup 1.2', 'Motion Mamba memory 1.3', 'OliVe speedup 1.5']],
    ['a range counts when it reaches --min', { metrics: ['memory'], min: 2 }, ['Motion Mamba memory 1.3', 'Vision Mamba memory 86.8']],
    ['a range counts when it reaches down to --max', { metrics: ['memory'], max: 1.5 }, ['Motion Mamba memory 1.3']],
    ['--min and --max on the value with a unit', { units: ['ms'], min: 10, max: 50 }, ['TinyEdge latency 12']],
    ['everything at once', { metrics: ['speedup'], hardware: ['gpu'], techniques: ['state-space-models'], phases: ['inference'], baseline: 'deit', min: 2 }, ['Vision Mamba speedup 2.8']],
    ['nothing matches', { metrics: ['power'] }, []],
  ])('%s', (_name, query, expected) => {
    expect(found(query)).toEqual(expected);
    expect(queryClaims(fixtureDb(), query).total).toBe(expected.length);
  });
});

describe('queryClaims order and limit', () => {
  it('lists claims by paper name and place in the abstract by default', () => {
    const claims = queryClaims(fixtureDb(), {}).claims;
    const names = claims.map((claim) => claim.short_name);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, undefined, { sensitivity: 'base' })));
    const flight = claims.filter((claim) => claim.paper_id === PAPER_ID.FlightLLM).map((claim) => claim.span_start);
    expect(flight).toEqual([...flight].sort((a, b) => a - b));
  });

  it.each<[string, ClaimQuery, string[]]>([
    ['factor: best end first, absolute values last', { metrics: ['memory'], sort: { key: 'factor' } }, ['Vision Mamba memory 86.8', 'Motion Mamba memory 1.3', 'TinyEdge memory 0.5']],
    ['factor ascending keeps absolute values last', { metrics: ['memory'], sort: { key: 'factor', reverse: true } }, ['Motion Mamba memory 1.3', 'Vision Mamba memory 86.8', 'TinyEdge memory 0.5']],
    ['value: biggest first', { units: ['ms'], sort: { key: 'value' } }, ['FlightLLM latency 79', 'TinyEdge latency 12']],
    ['value ascending', { units: ['ms'], sort: { key: 'value', reverse: true } }, ['TinyEdge latency 12', 'FlightLLM latency 79']],
    ['metric, then best factor', { paperIds: [PAPER_ID.FlightLLM, PAPER_ID.OliVe], sort: { key: 'metric' } }, ['FlightLLM energy 6', 'OliVe energy 4', 'FlightLLM latency 79', 'OliVe speedup 4.5', 'OliVe speedup 1.5', 'FlightLLM speedup 1.2']],
    ['hardware class, unspecified last', { metrics: ['speedup'], sort: { key: 'hardware' } }, ['OliVe speedup 4.5', 'OliVe speedup 1.5', 'TinyEdge speedup 3', 'FlightLLM speedup 1.2', 'Vision Mamba speedup 2.8', 'Single-Path NAS speedup 5000', 'Mamba speedup 5', 'Motion Mamba speedup 4']],
    ['paper descending', { metrics: ['energy'], sort: { key: 'paper', reverse: true } }, ['OliVe energy 4', 'FlightLLM energy 6']],
  ])('sorts by %s', (_name, query, expected) => {
    expect(found(query)).toEqual(expected);
  });

  it('limits the rows but counts every match', () => {
    const result = queryClaims(fixtureDb(), { metrics: ['speedup'], sort: { key: 'factor' }, limit: 2 });
    expect(result.claims.map((claim) => claim.value)).toEqual([5000, 5]);
    expect(result.total).toBe(8);
  });

  it('gives records with every CLAIMS.md field, evidence at its span', () => {
    for (const claim of queryClaims(fixtureDb(), {}).claims) {
      expect(Object.keys(claim).sort()).toEqual([...CLAIM_FIELDS].sort());
      const abstract = (fixtureDb().prepare('SELECT abstract FROM papers WHERE id = ?').get(claim.paper_id) as { abstract: string }).abstract;
      expect(abstract.slice(claim.span_start, claim.span_end)).toBe(claim.evidence);
    }
  });
});

describe('catalog vocabulary for validating filters', () => {
  it('counts claims naming a device, vendor or device as written', () => {
    expect(countDeviceClaims(fixtureDb(), 'jetson')).toBe(3);
    expect(countDeviceClaims(fixtureDb(), 'NVIDIA')).toBe(4);
    expect(countDeviceClaims(fixtureDb(), 'h100')).toBe(0);
  });

  it('lists devices and vendors most claimed first, and the units in use', () => {
    const devices = knownDevices(fixtureDb());
    expect(devices.slice(0, 2)).toEqual(['NVIDIA', 'Jetson Nano']);
    expect(new Set(devices)).toEqual(new Set(['NVIDIA', 'Jetson Nano', 'Alveo U280', 'AMD Xilinx', 'A100']));
    expect(new Set(catalogUnits(fixtureDb()))).toEqual(new Set(['x', '%', 'ms', 'MB', 'h']));
    expect(catalogUnits(fixtureDb())[0]).toBe('x');
  });
});

describe('lowerIsBetter', () => {
  it.each([
    ['latency', 'ms', '79 ms latency', true],
    ['memory', 'GB', 'reduces peak memory to 11GB', true],
    ['throughput', 'tokens/s', '550 tokens/s', false],
    ['energy', 'TOPS/W', '12 TOPS/W', false],
    ['energy', 'uJ', '3 uJ per inference', true],
    ['accuracy', '%', '74.96% top-1 accuracy', false],
    ['accuracy', '%', '2.08% test error', true],
    ['accuracy', 'PPL', '5.1 PPL', true],
    ['accuracy', 'BLEU', '29.1 BLEU', false],
    ['time', 'GPU-h', '30 GPU-hours', true],
  ])('%s in %s (%s): lower is better = %s', (metric, unit, evidence, expected) => {
    expect(lowerIsBetter({ metric, unit, evidence })).toBe(expected);
  });
});

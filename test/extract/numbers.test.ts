import { describe, expect, it } from 'vitest';
import { recognizeQuantities } from '../../src/extract/recognizers/numbers.js';
import { normalizeText } from '../../src/extract/text/normalize.js';
import { claimAt, run } from './helpers.js';

function read(raw: string): Array<[number, number | null, string | null, string]> {
  const text = normalizeText(raw).text;
  return recognizeQuantities(text).quantities.map((q) => [q.value, q.valueMax, q.unit?.unit ?? null, q.form]);
}

describe('number recognizer', () => {
  it('reads decimals, thousands separators and magnitude suffixes (Decision 4)', () => {
    expect(read('5,000x and 2.08% and 5.7M parameters and 100B parameters and 360 million parameters')).toEqual([
      [5000, null, 'x', 'number'],
      [2.08, null, '%', 'number'],
      [5700000, null, 'params', 'number'],
      [100000000000, null, 'params', 'number'],
      [360000000, null, 'params', 'number'],
    ]);
  });

  it('reads ranges in every written form', () => {
    const forms = ['1.3-2.1x', '50-180%', '2x to 330x', '2.97~25.22x', '6x-8x', '3.72sim4.11times', '9.7x - 3,201x', '1.5% to 6.4%', '4-5x', '1.5-2.0$\\times$', '2–4×'];
    for (const form of forms) {
      const [q] = read(`gains of ${form} here`);
      expect(q?.[3], form).toBe('range');
      expect(q?.[1], form).toBeGreaterThan(q?.[0] ?? Infinity);
    }
  });

  it('reads powers, scientific notation and products', () => {
    expect(read('8e^{-5}muJ')[0]?.[0]).toBeCloseTo(0.00008, 12);
    expect(read('requires 10^4 GPU hours')[0]).toEqual([10000, null, 'GPU-h', 'number']);
    expect(read('over 10^{19} sub-networks')[0]?.[0]).toBe(1e19);
    expect(read('3 \\times 10^{-3} J')[0]?.[0]).toBeCloseTo(0.003, 12);
    expect(read('245759 times 50000 muJ')[0]).toEqual([12287950000, null, 'uJ', 'product']);
    expect(read('a 64×64 systolic array')[0]?.[3]).toBe('dimension');
  });

  it('reads number words (Decision 3)', () => {
    expect(read('twice as fast; an order of magnitude; two orders of magnitude; with half the parameters; tenfold')).toEqual([
      [2, null, 'x', 'word'],
      [10, null, 'x', 'word'],
      [100, null, 'x', 'word'],
      [0.5, null, 'x', 'word'],
      [10, null, 'x', 'word'],
    ]);
    expect(read('orders of magnitude fewer')[0]?.[3]).toBe('uncounted-magnitude');
    expect(read('half of the heads and half-precision')).toEqual([]);
  });

  it('tells a change "from 42GB to 11GB" from a range "ranging from 25% to 83%"', () => {
    const change = recognizeQuantities('reducing peak memory from 42GB to 11GB');
    expect(change.quantities.map((q) => [q.value, q.form])).toEqual([[11, 'change-end']]);
    expect(change.changeStarts.map((q) => q.value)).toEqual([42]);
    expect(read('ranging from 25% to 83% improvement')[0]).toEqual([25, 83, '%', 'range']);
  });
});

describe('durations written in words', () => {
  it('reads "under five minutes", "in under an hour" and "less than one GPU-hour" as times', () => {
    const text = 'We present QuickCal. Calibration completes in under four minutes, tuning finishes in under an hour, and the router is learned in less than one GPU-hour.';
    expect(claimAt(text, 'four minutes')).toMatchObject({ metric: 'time', value: 4, unit: 'min', qualifier: 'less than' });
    expect(claimAt(text, 'an hour')).toMatchObject({ metric: 'time', value: 1, unit: 'h', qualifier: 'less than' });
    expect(claimAt(text, 'one GPU-hour')).toMatchObject({ metric: 'time', value: 1, unit: 'GPU-h' });
  });

  it('reads no duration in "a second pass", "an hour-long session", "two days ago" or "after six minutes"', () => {
    const text = 'We present QuickCal. A second pass re-ranks. An hour-long session is replayed. It ran two days ago. The phone loses 30% of its throughput after six minutes.';
    expect(run(text).claims.filter((c) => c.unit === 'min' || c.unit === 'h' || c.unit === 'days' || c.unit === 's')).toEqual([]);
  });
});

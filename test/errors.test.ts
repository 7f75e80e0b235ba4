import { describe, expect, it } from 'vitest';
import { closest, EXIT_CODES, UsageError, unknownValue } from '../src/errors.js';

describe('closest', () => {
  const metrics = ['speedup', 'throughput', 'latency', 'memory', 'energy'];
  it.each([
    ['speedpu', 'speedup'], // swapped letters
    ['latncy', 'latency'], // a dropped letter
    ['sped', 'speedup'], // cut short: the only value with that start
    ['fgpa', 'fpga'],
  ])('%s -> %s', (typed, expected) => {
    expect(closest(typed, [...metrics, 'fpga', 'gpu'])).toBe(expected);
  });

  it('suggests nothing for a word that is nowhere near', () => {
    expect(closest('banana', metrics)).toBeUndefined();
  });
});

describe('unknownValue', () => {
  it('names the value, lists the valid ones and hints at the likely one', () => {
    const error = unknownValue('metric', 'sped', ['speedup', 'memory']);
    expect(error).toBeInstanceOf(UsageError);
    expect(error.exitCode).toBe(EXIT_CODES.usage);
    expect(error.message).toBe('unknown metric "sped": expected one of speedup, memory');
    expect(error.hint).toBe('did you mean "speedup"?');
  });
});

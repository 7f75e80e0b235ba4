/**
 * Sticky word alternations cut by their opening character (vocabulary/build-pattern.ts `wordsAt`)
 * must match exactly what the one alternation matches, at every position.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { alternation, wordsAt } from '../../src/extract/vocabulary/build-pattern.js';
import { METRIC_KEYWORDS } from '../../src/extract/vocabulary/metrics.js';
import { normalizeText } from '../../src/extract/text/normalize.js';

const SEED = readFileSync(new URL('../../seeds/000_37feb7a10fd438d0.txt', import.meta.url), 'utf8');

function sameEverywhere(words: readonly string[], suffix: string, flags: string, flexibleSpaces: boolean, text: string, prefix = '', skippable = ''): void {
  const whole = new RegExp(`${prefix}(?:${alternation(words, { flexibleSpaces })})${suffix}`, `${flags}y`);
  const cut = wordsAt(words, suffix, flags, { flexibleSpaces, prefix, skippable });
  for (let pos = 0; pos <= text.length + 1; pos++) {
    whole.lastIndex = pos;
    const expected = whole.exec(text);
    const found = cut.exec(text, pos);
    expect(found?.[0] ?? null, `at ${pos}`).toBe(expected?.[0] ?? null);
    expect(JSON.stringify(found?.groups ?? null), `at ${pos}`).toBe(JSON.stringify(expected?.groups ?? null));
  }
}

describe('wordsAt', () => {
  it('matches the measure vocabulary as its alternation does, over the seed text', () => {
    const words = METRIC_KEYWORDS.flatMap((k) => k.words);
    sameEverywhere(words, '(?![A-Za-z0-9@])', 'i', true, normalizeText(SEED.slice(0, 40_000)).text);
  });

  it('keeps words opening beyond ASCII, with a space or a hyphen, and case rules', () => {
    const words = ['µs', 'μs', 'ms', ' per', '-fold', 'Speed up', 'speed', 'ſs', 'K', 'k-bit'];
    const text = 'µs μs MS 3 per 2-fold speed-up SPEED up ſs s K \u212A k-bit µS';
    sameEverywhere(words, '(?![A-Za-z])', 'i', true, text);
    sameEverywhere(words, '', '', false, text);
  });

  it('takes a prefix that may match a skippable character first (units after a space or hyphen)', () => {
    const words = ['ms', 'MB', 'GPU hours', 'x', '×', ' per', '-fold', '%', 'times'];
    const text = '3 ms 4-ms 5MB 6 GPU-hours 7x 8 × 9  per 10 -fold 11--fold 12% 13 % 14-times 15 TIMES 16 -';
    sameEverywhere(words, ')(?![A-Za-z0-9])', 'i', true, text, '(?<sep>[ -]?)(?<unit>', ' -');
    sameEverywhere(words, ')(?![A-Za-z0-9])', '', false, text, '(?<sep> ?)(?<unit>', ' ');
  });
});

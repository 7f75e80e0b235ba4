/**
 * Regression floor on the dev set (odd-numbered seed papers, test/fixtures/eval): the extractor's
 * records are scored by scripts/score.ts (the port of score.py) and must stay at or above the
 * recorded floors. Raise the floors as the extractor improves; never lower them to pass.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseGold, parseTitles, score } from '../../scripts/score.js';
import { extractSeed } from '../../scripts/extract-seed.js';

const FIXTURES = new URL('../fixtures/eval/', import.meta.url);

/** Recorded 2026-11-26: strict F1 0.9938, loose 0.9938; unit, direction, qualifier 1.0; baseline 0.963; hardware 0.988; phase 0.900. */
const FLOORS = {
  strictF1: 0.98,
  looseF1: 0.98,
  unit: 0.99,
  direction: 0.99,
  qualifier: 0.99,
  baseline: 0.94,
  hardware_class: 0.97,
  phase: 0.87,
} as const;

describe('dev gold (odd papers)', () => {
  const report = score(
    parseGold(readFileSync(new URL('dev-gold.jsonl', FIXTURES), 'utf8')),
    parseTitles(readFileSync(new URL('titles.tsv', FIXTURES), 'utf8')),
    extractSeed(),
    { papers: 'odd' },
  );

  it('matches every record to a seed title', () => {
    expect(report.unknown_titles).toBe(0);
    expect(report.gold).toBe(162);
  });

  it('stays above the strict and loose F1 floors', () => {
    expect(report.strict.f1).toBeGreaterThanOrEqual(FLOORS.strictF1);
    expect(report.loose.f1).toBeGreaterThanOrEqual(FLOORS.looseF1);
  });

  it('stays above the field accuracy floors', () => {
    const a = report.attribute_accuracy;
    expect(a.unit).toBeGreaterThanOrEqual(FLOORS.unit);
    expect(a.direction).toBeGreaterThanOrEqual(FLOORS.direction);
    expect(a.qualifier).toBeGreaterThanOrEqual(FLOORS.qualifier);
    expect(a.baseline).toBeGreaterThanOrEqual(FLOORS.baseline);
    expect(a.hardware_class).toBeGreaterThanOrEqual(FLOORS.hardware_class);
    expect(a.phase).toBeGreaterThanOrEqual(FLOORS.phase);
  });
});

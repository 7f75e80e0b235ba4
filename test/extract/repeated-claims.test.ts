/**
 * One number = one claim (CLAIMS.md), or one per measure it is shared by (Decision 5): measures
 * written next to each other name one measure, and no way through the pipeline gives the same
 * number twice under one metric.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { readHfListing } from '../../src/source/hf-listing.js';
import { DEFAULT_CONFIGURATION, Extractor } from '../../src/extract/Extractor.js';
import type { Parser, Refiner } from '../../src/extract/pipeline.js';
import type { ClaimDraft } from '../../src/extract/types.js';
import { claimAt, claimsAt, run } from './helpers.js';

function repeats(claims: readonly ClaimDraft[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const c of claims) {
    const key = `${c.span_start}:${c.span_end}:${c.metric}:${c.value}`;
    if (seen.has(key)) out.push(`${c.metric} ${c.evidence}`);
    seen.add(key);
  }
  return out;
}

describe('compound measures name one measure', () => {
  it('reads "KV-cache memory" and its kin as one measure', () => {
    const cases: ReadonlyArray<readonly [string, string, string]> = [
      ['SlimCache reduces KV-cache memory by 4x while keeping accuracy.', 'reduces KV-cache memory by 4x', 'memory'],
      ['Our scheduler cuts DRAM access energy by 37% on the edge accelerator.', 'cuts DRAM access energy by 37%', 'energy'],
      ['The compiler lowers peak SRAM usage by 2.5x for every network we tried.', 'lowers peak SRAM usage by 2.5x', 'memory'],
      // (Data moved is traffic, another measure than a footprint.)
      ['Fused attention reduces GPU memory traffic by 60% during decoding.', 'reduces GPU memory traffic by 60%', 'other'],
    ];
    for (const [text, evidence, metric] of cases) {
      const claims = run(text).claims;
      expect(claims.map((c) => c.evidence), text).toEqual([evidence]);
      expect(claims[0]?.metric, text).toBe(metric);
    }
  });

  it('keeps a listed subject as several measures (Decision 5)', () => {
    const text = 'With PageShift, memory and latency are both reduced by 30% on long prompts.';
    expect(claimsAt(text, '30%').map((c) => c.metric).sort()).toEqual(['memory', 'speedup']);
  });

  it('keeps the head measure of a compound', () => {
    expect(claimAt('The new layout reduces KV-cache memory by 4.5x at 32K tokens.', '4.5x').direction).toBe('down');
  });
});

describe('RepeatedClaimGuard', () => {
  it('drops a second claim of the same number and metric and says why', () => {
    // A refiner that repeats every candidate stands for any part that reads a number twice.
    const twice: Refiner = { name: 'Twice', refine: (cs) => cs.flatMap((c) => [c, c]) };
    const extractor = new Extractor({ ...DEFAULT_CONFIGURATION, refiners: [...DEFAULT_CONFIGURATION.refiners, twice] });
    const text = 'Our kernel is 3.1x faster than cuBLAS and uses 40% less memory.';
    const { claims, dropped } = extractor.extract({ abstract: text });
    expect(claims.map((c) => c.evidence)).toEqual(['3.1x faster', '40% less memory']);
    expect(dropped.filter((d) => d.filter === 'RepeatedClaimGuard').map((d) => d.text)).toEqual(['3.1x', '40%']);
  });

  it('keeps parsers unaware of it: the first reading still wins', () => {
    const never: Parser = { name: 'Never', parse: () => null };
    const extractor = new Extractor({ ...DEFAULT_CONFIGURATION, parsers: [never, ...DEFAULT_CONFIGURATION.parsers] });
    expect(extractor.extract({ abstract: 'It is 2x faster.' }).claims).toHaveLength(1);
  });

  it('finds no repeated claim over the seed', () => {
    const seed = readFileSync(new URL('../../seeds/000_37feb7a10fd438d0.txt', import.meta.url), 'utf8');
    for (const paper of readHfListing(seed, 'seed').papers) expect(repeats(run(paper.abstract, paper.title).claims), paper.title).toEqual([]);
  });
});

/**
 * `effcat claims --explain` with a stand-in extractor, so the kept/dropped layout is pinned
 * down whatever the real extractor finds today (its own tests cover what it finds).
 */
import { describe, expect, it, vi } from 'vitest';
import type { Extraction, ExtractionInput } from '../../src/extract/types.js';
import { fixtureClaim } from '../support/fixtures.js';
import { lines, useFixtureCli } from './fixture-cli.js';

const seen: ExtractionInput[] = [];
const OLIVE = 'OliVe is a systolic accelerator. It surpasses GOBO by 4.5times speedup and 4.0times energy reduction, and is 1.5x faster than an A100.';
const A100_AT = OLIVE.indexOf('A100');

vi.mock('../../src/extract/index.js', () => ({
  extract: (input: ExtractionInput): Extraction => {
    seen.push(input);
    const at = (text: string): { span_start: number; span_end: number } => {
      const start = input.abstract.indexOf(text);
      return { span_start: start, span_end: start + text.length };
    };
    return {
      claims: [
        fixtureClaim({ metric: 'speedup', value: 4.5, unit: 'x', direction: 'up', baseline: 'GOBO', evidence: '4.5times speedup', ...at('4.5times speedup'), factor: 4.5, parser: 'FactorParser' }),
      ],
      dropped: [{ text: 'A100', ...at('A100'), filter: 'IdentifierFilter', reason: 'a device name with digits, not a result' }],
    };
  },
}));

const cli = useFixtureCli();

describe('effcat claims --explain PAPER', () => {
  it('gives the extractor the stored abstract and title', async () => {
    await cli.run(['claims', '--explain', '2', '--json']);
    expect(seen.at(-1)).toEqual({
      abstract: OLIVE,
      title: 'OliVe: Accelerating Large Language Models via Hardware-friendly Outlier-Victim Pair Quantization',
    });
  });

  it('prints kept and dropped candidates in text order, with the filter and its reason', async () => {
    const result = await cli.run(['claims', '--explain', 'olive'], { tty: true, width: 110 });
    expect(result.code).toBe(0);
    expect(lines(result.stdout)).toEqual([
      '2 candidates in OliVe (paper 2): 1 kept, 1 dropped',
      '',
      ' AT  STATUS   CANDIDATE         METRIC   CLAIM  BY                REASON',
      ' 54  kept     4.5times speedup  speedup   4.5x  FactorParser',
      `${A100_AT}  dropped  A100                              IdentifierFilter  a device name with digits, not a result`,
      '',
    ]);
  });

  it('prints TSV piped and records with the claim fields or the filter', async () => {
    const tsv = await cli.run(['claims', '--explain', 'OliVe']);
    expect(tsv.stdout).toBe(
      `54\tkept\t4.5times speedup\tspeedup\t4.5x\tFactorParser\t\n${A100_AT}\tdropped\tA100\t\t\tIdentifierFilter\ta device name with digits, not a result\n`,
    );
    const json = JSON.parse((await cli.run(['claims', '--explain', 'OliVe', '--json'])).stdout) as Record<string, unknown>[];
    expect(json[0]).toMatchObject({ status: 'kept', metric: 'speedup', value: 4.5, baseline: 'GOBO', factor: 4.5, parser: 'FactorParser', filter: null, reason: null });
    expect(json[1]).toMatchObject({ status: 'dropped', text: 'A100', span_start: A100_AT, span_end: A100_AT + 4, metric: null, filter: 'IdentifierFilter' });
  });

  it('names the paper it cannot find, and how to find it', async () => {
    const result = await cli.run(['claims', '--explain', 'zebra']);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('effcat: no paper matches "zebra"; find it with: effcat search zebra\n');
  });
});

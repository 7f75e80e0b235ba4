/** The renderer's pieces the query commands added: bars, wrapping, sections, drawn cells, documents. */
import { describe, expect, it } from 'vitest';
import { createTestIo } from '../../src/cli/io.js';
import { bar, linearScale, logAxisStart, logScale, rangeBar } from '../../src/cli/render/bars.js';
import { fitWidths, render, type RenderSpec } from '../../src/cli/render/render.js';
import { displayWidth, MARK_END, MARK_START, wrap } from '../../src/cli/render/text.js';

describe('bar', () => {
  it.each([
    [0, 4, ''],
    [1, 4, '████'],
    [0.5, 4, '██'],
    [1 / 32, 4, '▏'],
    [3 / 32, 4, '▍'],
    [0.001, 4, '▏'],
    [0.6, 4, '██▍'],
    [2, 4, '████'],
    [-1, 4, ''],
    [Number.NaN, 4, ''],
  ])('%f of %i cells is "%s"', (fraction, width, expected) => {
    expect(bar(fraction, width)).toBe(expected);
    expect(displayWidth(bar(fraction, width))).toBeLessThanOrEqual(width);
  });

  it('draws a range solid to its low end and shaded on to its high end', () => {
    expect(rangeBar(0.25, 0.75, 8)).toEqual({ solid: '██', faint: '░░░░' });
    expect(rangeBar(0.5, 0.5, 8)).toEqual({ solid: '████', faint: '' });
    const partial = rangeBar(0.3, 1, 10);
    expect(partial.solid).toBe('███');
    expect(displayWidth(partial.solid + partial.faint)).toBe(10);
  });
});

describe('scales', () => {
  it('places values on a log scale', () => {
    const scale = logScale(1, 1000);
    expect(scale.fraction(1)).toBe(0);
    expect(scale.fraction(10)).toBeCloseTo(1 / 3);
    expect(scale.fraction(1000)).toBe(1);
    expect(scale.fraction(5000)).toBe(1);
    expect(scale.fraction(0.5)).toBe(0);
    expect(scale.fraction(0)).toBe(0);
  });

  it('places counts on a linear scale', () => {
    expect(linearScale(8).fraction(2)).toBe(0.25);
    expect(linearScale(0).fraction(2)).toBe(0);
  });

  it('starts a log axis at the power of ten below the smallest value', () => {
    expect(logAxisStart(79)).toBe(10);
    expect(logAxisStart(100)).toBe(10);
    expect(logAxisStart(0.5)).toBe(0.1);
    expect(logAxisStart(0)).toBe(1);
  });
});

describe('wrap', () => {
  it('wraps words to the width', () => {
    expect(wrap('the quick brown fox jumps over the lazy dog', 15)).toEqual(['the quick brown', 'fox jumps over', 'the lazy dog']);
  });

  it('closes a mark at a line break and reopens it on the next line', () => {
    const text = `we are ${MARK_START}2.8x faster than DeiT${MARK_END} here`;
    expect(wrap(text, 12)).toEqual([
      `we are ${MARK_START}2.8x${MARK_END}`,
      `${MARK_START}faster than${MARK_END}`,
      `${MARK_START}DeiT${MARK_END} here`,
    ]);
  });

  it('cuts a word longer than the width and collapses whitespace', () => {
    expect(wrap('a  supercalifragilistic\nword', 8)).toEqual(['a', 'supercal', 'ifragili', 'stic', 'word']);
    for (const line of wrap('x'.repeat(50), 7)) expect(displayWidth(line)).toBeLessThanOrEqual(7);
  });
});

describe('fitWidths', () => {
  it('cuts the widest columns first when flexible ones are at their floor', () => {
    expect(fitWidths([20, 6, 30], [false, false, true], 40)).toEqual([18, 6, 12]);
  });

  it('keeps a column at its floor while others can give way', () => {
    const widths = fitWidths([20, 6, 30, 20], [false, false, true, false], 50, [3, 3, 16, 3]);
    expect(widths[2]).toBe(16);
    expect(widths.reduce((sum, width) => sum + width, 0) + 6).toBeLessThanOrEqual(50);
  });

  it('goes below the floors rather than overflow', () => {
    const widths = fitWidths([20, 20], [true, true], 20, [16, 16]);
    expect(widths.reduce((sum, width) => sum + width, 0) + 2).toBeLessThanOrEqual(20);
  });
});

interface Row {
  readonly group: string;
  readonly name: string;
  readonly n: number;
}

const rows: Row[] = [
  { group: 'a', name: 'one', n: 1 },
  { group: 'a', name: 'two', n: 2 },
  { group: 'b', name: 'four', n: 4 },
];

const spec: RenderSpec<Row> = {
  rows,
  columns: [
    { header: 'GROUP', text: (row) => row.group, only: 'tsv' },
    { header: 'NAME', text: (row) => row.name },
    { header: 'BAR', text: () => '', only: 'table', draw: { natural: 8, cell: (row, width) => bar(row.n / 4, width) } },
  ],
  record: (row) => ({ ...row }),
  fields: ['group', 'name', 'n'],
  noun: 'rows',
  sections: { key: (row) => row.group, heading: (key) => `group ${key}` },
  footer: (shown) => [`${shown.length} rows drawn`],
  preamble: (view) => `before the ${view.format}\n`,
  document: () => ({ rows: rows.length }),
};

describe('render with sections, drawn cells and a document', () => {
  it('prints headings between groups, bars fitted to their column, and the footer on a terminal', () => {
    const io = createTestIo({ isTTY: true, width: 40 });
    render(io, 'table', spec);
    expect(io.out()).toBe(
      ['before the table', 'Showing 3 of 3 rows', '', 'NAME  BAR', 'group a', 'one   ██', 'two   ████', '', 'group b', 'four  ████████', '', '3 rows drawn', ''].join('\n'),
    );
  });

  it('prints the tsv-only columns and the preamble when piped, without headings, bars or footer', () => {
    const io = createTestIo();
    render(io, 'tsv', spec);
    expect(io.out()).toBe('before the tsv\na\tone\na\ttwo\nb\tfour\n');
  });

  it('prints the document for --json and the records for --jsonl', () => {
    const io = createTestIo();
    render(io, 'json', spec);
    render(io, 'jsonl', spec);
    expect(io.out()).toBe('{\n  "rows": 3\n}\n{"group":"a","name":"one","n":1}\n{"group":"a","name":"two","n":2}\n{"group":"b","name":"four","n":4}\n');
  });

  it('uses a summary of the command\'s own when given', () => {
    const io = createTestIo({ isTTY: true });
    render(io, 'table', { ...spec, summary: '3 things', preamble: undefined });
    expect(io.out().split('\n')[0]).toBe('3 things');
  });
});

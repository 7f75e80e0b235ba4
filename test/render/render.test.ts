import { describe, expect, it } from 'vitest';
import { colorEnabled, createTestIo } from '../../src/cli/io.js';
import { chooseFormat } from '../../src/cli/render/format.js';
import { fitWidths, render, type RenderSpec } from '../../src/cli/render/render.js';
import { displayWidth, MARK_END, MARK_START, truncate } from '../../src/cli/render/text.js';

interface Row {
  readonly id: number;
  readonly name: string;
  readonly note: string;
}

const rows: Row[] = [
  { id: 1, name: 'FlightLLM', note: `runs ${MARK_START}6.0x${MARK_END} more efficiently, "on FPGA"` },
  { id: 12, name: 'OliVe', note: 'tab\there, and a, comma' },
];

const spec: RenderSpec<Row> = {
  rows,
  columns: [
    { header: 'ID', text: (row) => String(row.id), align: 'right' },
    { header: 'NAME', text: (row) => row.name },
    { header: 'NOTE', text: (row) => row.note, flex: true },
  ],
  record: (row) => ({ id: row.id, name: row.name, note: row.note.replace(/[\u0002\u0003]/g, '') }),
  fields: ['id', 'name', 'note'],
  noun: 'papers',
  total: 5,
  context: 'matching "x"',
};

function output(format: Parameters<typeof render>[1], width = 100, color = false): string {
  const io = createTestIo({ isTTY: format === 'table', width, color });
  render(io, format, spec);
  return io.out();
}

describe('render', () => {
  it('prints a fitted table with a summary line on a terminal', () => {
    expect(output('table', 100)).toBe(
      [
        'Showing 2 of 5 papers matching "x"',
        '',
        'ID  NAME       NOTE',
        ' 1  FlightLLM  runs 6.0x more efficiently, "on FPGA"',
        '12  OliVe      tab here, and a, comma',
        '',
      ].join('\n'),
    );
  });

  it('cuts long text to the terminal width, never the data formats', () => {
    const narrow = output('table', 30).split('\n');
    for (const line of narrow) expect(displayWidth(line)).toBeLessThanOrEqual(30);
    expect(narrow[3]).toBe(' 1  FlightLLM  runs 6.0x more…');
    expect(output('json')).toContain('runs 6.0x more efficiently, \\"on FPGA\\"');
  });

  it('colours highlights on a colour terminal and nowhere else', () => {
    expect(output('table', 100, true)).toContain('\u001b[');
    expect(output('table', 100, false)).not.toContain('\u001b[');
    expect(output('tsv')).not.toMatch(/[\u0002\u0003\u001b]/);
  });

  it('prints TSV rows without header or summary when piped', () => {
    expect(output('tsv')).toBe('1\tFlightLLM\truns 6.0x more efficiently, "on FPGA"\n12\tOliVe\ttab here, and a, comma\n');
  });

  it('prints records as a JSON array, JSON lines and CSV', () => {
    expect(JSON.parse(output('json'))).toEqual([
      { id: 1, name: 'FlightLLM', note: 'runs 6.0x more efficiently, "on FPGA"' },
      { id: 12, name: 'OliVe', note: 'tab\there, and a, comma' },
    ]);
    expect(output('jsonl').trim().split('\n').map((line) => JSON.parse(line).id)).toEqual([1, 12]);
    expect(output('csv')).toBe(
      'id,name,note\r\n1,FlightLLM,"runs 6.0x more efficiently, ""on FPGA"""\r\n12,OliVe,"tab\there, and a, comma"\r\n',
    );
  });

  it('prints an empty JSON array, a bare CSV header and nothing else for no rows', () => {
    const empty = { ...spec, rows: [], total: 0 };
    const io = createTestIo();
    render(io, 'json', empty);
    render(io, 'csv', empty);
    render(io, 'tsv', empty);
    render(io, 'table', empty);
    expect(io.out()).toBe('[]\nid,name,note\r\n');
  });
});

describe('fitWidths', () => {
  it('keeps natural widths that fit', () => {
    expect(fitWidths([3, 10, 40], [false, false, true], 80)).toEqual([3, 10, 40]);
  });

  it('shrinks flexible columns first', () => {
    expect(fitWidths([3, 10, 80], [false, false, true], 60)).toEqual([3, 10, 43]);
  });
});

describe('truncate and displayWidth', () => {
  it('counts wide characters and ignores markers', () => {
    expect(displayWidth(`a${MARK_START}b${MARK_END}c`)).toBe(3);
    expect(displayWidth('漢字')).toBe(4);
  });

  it('ends cut text with an ellipsis and keeps markers balanced', () => {
    expect(truncate(`${MARK_START}abcdef${MARK_END}`, 4)).toBe(`${MARK_START}abc${MARK_END}…`);
    expect(truncate('short', 10)).toBe('short');
  });
});

describe('format and colour choice', () => {
  it('follows the terminal unless a flag says otherwise', () => {
    expect(chooseFormat({}, true)).toBe('table');
    expect(chooseFormat({}, false)).toBe('tsv');
    expect(chooseFormat({ json: true }, true)).toBe('json');
    expect(chooseFormat({ tsv: true }, true)).toBe('tsv');
  });

  it('honours NO_COLOR and FORCE_COLOR', () => {
    expect(colorEnabled({}, true)).toBe(true);
    expect(colorEnabled({}, false)).toBe(false);
    expect(colorEnabled({ NO_COLOR: '1' }, true)).toBe(false);
    expect(colorEnabled({ FORCE_COLOR: '1' }, false)).toBe(true);
    expect(colorEnabled({ FORCE_COLOR: '0' }, true)).toBe(false);
    expect(colorEnabled({ TERM: 'dumb' }, true)).toBe(false);
  });
});

describe('truncate keeps the first highlight in view', () => {
  it('starts a long cell later when its highlight would be cut off', () => {
    const text = `${'lead words '.repeat(10)}${MARK_START}GPU${MARK_END} and the rest of the sentence`;
    const cut = truncate(text, 30);
    expect(displayWidth(cut)).toBeLessThanOrEqual(30);
    expect(cut.startsWith('…')).toBe(true);
    expect(cut).toContain(`${MARK_START}GPU${MARK_END}`);
  });

  it('leaves an early highlight where it is', () => {
    expect(truncate(`a ${MARK_START}GPU${MARK_END} ${'x'.repeat(50)}`, 20).startsWith('a ')).toBe(true);
  });
});

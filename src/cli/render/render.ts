/**
 * The one renderer behind every read command: a fitted table with a summary line on a
 * terminal, TSV when piped, and JSON / JSON lines / CSV on request. Commands describe their
 * rows once (columns for people, records for programs) and never print directly.
 */
import Table from 'cli-table3';
import type { Io } from '../io.js';
import type { OutputFormat } from './format.js';
import { displayWidth, oneLine, stripMarks, truncate } from './text.js';
import { createTheme, type Theme } from './theme.js';

export interface Column<R> {
  readonly header: string;
  /** Cell text for table and TSV; may carry highlight markers. */
  readonly text: (row: R) => string;
  readonly align?: 'left' | 'right';
  /** Long free text: shrinks first when the table is wider than the terminal. */
  readonly flex?: boolean;
  /** Colour for the table cell (after truncation). */
  readonly style?: (text: string, row: R, theme: Theme) => string;
}

export interface RenderSpec<R> {
  readonly rows: readonly R[];
  readonly columns: readonly Column<R>[];
  /** The JSON/CSV record of a row; its keys are the public field names and only ever grow. */
  readonly record: (row: R) => Record<string, unknown>;
  /** Field names for the CSV header (so an empty result still has one). */
  readonly fields: readonly string[];
  /** "papers", "claims": used in the summary line. */
  readonly noun: string;
  /** How many rows matched before --limit, for "Showing N of M". Defaults to rows.length. */
  readonly total?: number;
  /** Extra words for the summary line ("matching gpu quantization"). */
  readonly context?: string;
}

const COLUMN_GAP = 2;
const MIN_FLEX_WIDTH = 12;

export function render<R>(io: Io, format: OutputFormat, spec: RenderSpec<R>): void {
  switch (format) {
    case 'json':
      io.stdout.write(`${JSON.stringify(spec.rows.map(spec.record), null, 2)}\n`);
      return;
    case 'jsonl':
      for (const row of spec.rows) io.stdout.write(`${JSON.stringify(spec.record(row))}\n`);
      return;
    case 'csv':
      writeCsv(io, spec);
      return;
    case 'tsv':
      for (const row of spec.rows) {
        io.stdout.write(`${spec.columns.map((column) => oneLine(stripMarks(column.text(row)))).join('\t')}\n`);
      }
      return;
    case 'table':
      writeTable(io, spec);
      return;
  }
}

/** "Showing 10 of 23 papers matching gpu quantization" — terminal only. */
export function summaryLine<R>(spec: RenderSpec<R>): string {
  const total = spec.total ?? spec.rows.length;
  const context = spec.context ? ` ${spec.context}` : '';
  return `Showing ${spec.rows.length} of ${total} ${spec.noun}${context}`;
}

function writeTable<R>(io: Io, spec: RenderSpec<R>): void {
  if (spec.rows.length === 0) return;
  const theme = createTheme(io.color);
  const cells = spec.rows.map((row) => spec.columns.map((column) => oneLine(column.text(row))));
  const widths = fitWidths(
    spec.columns.map((column, i) =>
      Math.max(displayWidth(column.header), ...cells.map((row) => displayWidth(row[i] ?? ''))),
    ),
    spec.columns.map((column) => column.flex === true),
    io.width,
  );
  const table = new Table({
    head: spec.columns.map((column, i) => theme.header(truncate(column.header, widths[i] ?? 0))),
    colAligns: spec.columns.map((column) => column.align ?? 'left'),
    colWidths: widths,
    chars: BORDERLESS,
    style: { head: [], border: [], 'padding-left': 0, 'padding-right': 0, compact: true },
    wordWrap: false,
    truncate: '',
  });
  spec.rows.forEach((row, r) => {
    table.push(
      spec.columns.map((column, i) => {
        const text = truncate(cells[r]?.[i] ?? '', widths[i] ?? 0);
        const styled = column.style ? column.style(text, row, theme) : text;
        return theme.highlight(styled);
      }),
    );
  });
  io.stdout.write(`${theme.muted(truncate(summaryLine(spec), io.width))}\n\n`);
  // cli-table3 pads the last column too; trailing spaces are noise on a terminal.
  io.stdout.write(`${table.toString().replace(/[ ]+$/gm, '')}\n`);
}

/**
 * Natural widths when they fit; otherwise flexible columns shrink (never below a floor), and
 * if that is not enough every column shrinks in proportion.
 */
export function fitWidths(natural: readonly number[], flex: readonly boolean[], available: number): number[] {
  const gaps = COLUMN_GAP * Math.max(0, natural.length - 1);
  const total = natural.reduce((sum, width) => sum + width, 0) + gaps;
  if (total <= available) return [...natural];
  const fixed = natural.reduce((sum, width, i) => sum + (flex[i] ? 0 : width), 0);
  const flexNatural = natural.reduce((sum, width, i) => sum + (flex[i] ? width : 0), 0);
  const room = available - gaps - fixed;
  if (flexNatural > 0 && room >= MIN_FLEX_WIDTH * flex.filter(Boolean).length) {
    return natural.map((width, i) =>
      flex[i] ? Math.max(MIN_FLEX_WIDTH, Math.floor((width / flexNatural) * room)) : width,
    );
  }
  const scale = Math.max(0, available - gaps) / (total - gaps);
  return natural.map((width) => Math.max(3, Math.floor(width * scale)));
}

function writeCsv<R>(io: Io, spec: RenderSpec<R>): void {
  io.stdout.write(`${spec.fields.map(csvField).join(',')}\r\n`);
  for (const row of spec.rows) {
    const record = spec.record(row);
    io.stdout.write(`${spec.fields.map((field) => csvField(record[field])).join(',')}\r\n`);
  }
}

/** RFC 4180: quote when needed, double inner quotes; null is an empty field. */
function csvField(value: unknown): string {
  if (value === null || value === undefined) return '';
  const text = typeof value === 'object' ? JSON.stringify(value) : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

const BORDERLESS = {
  top: '',
  'top-mid': '',
  'top-left': '',
  'top-right': '',
  bottom: '',
  'bottom-mid': '',
  'bottom-left': '',
  'bottom-right': '',
  left: '',
  'left-mid': '',
  mid: '',
  'mid-mid': '',
  right: '',
  'right-mid': '',
  middle: ' '.repeat(COLUMN_GAP),
};

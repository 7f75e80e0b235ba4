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
  /** The widest a cell may be on a terminal, however long its text (a baseline, a device). */
  readonly max?: number;
  /** The narrowest it may become on a narrow terminal while other columns can still give way (a bar). */
  readonly min?: number;
  /** Colour for the table cell (after truncation). */
  readonly style?: (text: string, row: R, theme: Theme) => string;
  /** Shown only on a terminal (a bar) or only in TSV (a group name the table shows as a heading). */
  readonly only?: 'table' | 'tsv';
  /**
   * A cell drawn to the width the column gets (a bar), instead of text cut to it. `natural` is
   * the width it asks for; the column shrinks like a flexible one when the terminal is narrow.
   */
  readonly draw?: { readonly natural: number; readonly cell: (row: R, width: number, theme: Theme) => string };
}

/** Headings between runs of rows with the same key (groups of compare, sections of rank). */
export interface Sections<R> {
  readonly key: (row: R) => string;
  /** Plain text; the renderer cuts it to the width and styles it as a heading. */
  readonly heading: (key: string) => string;
}

/** What a block printed before the rows may depend on. */
export interface View {
  readonly format: 'table' | 'tsv';
  readonly theme: Theme;
  readonly width: number;
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
  /** A summary line of the command's own, in place of "Showing N of M ..." (terminal only). */
  readonly summary?: string;
  /** Terminal only: headings between groups of rows. */
  readonly sections?: Sections<R>;
  /** Terminal only: plain lines after the table (a legend), when there is something to explain. */
  readonly footer?: (rows: readonly R[]) => readonly string[];
  /** Table and TSV: a block before the rows (the paper `show` prints above its claims). */
  readonly preamble?: (view: View) => string;
  /** --json prints this document instead of the array of records (--jsonl and --csv keep the records). */
  readonly document?: () => unknown;
}

const COLUMN_GAP = 2;
const MIN_FLEX_WIDTH = 12;
/** Narrow enough for a cut word and its ellipsis. */
const MIN_COLUMN_WIDTH = 3;

export function render<R>(io: Io, format: OutputFormat, spec: RenderSpec<R>): void {
  switch (format) {
    case 'json':
      io.stdout.write(`${JSON.stringify(spec.document ? spec.document() : spec.rows.map(spec.record), null, 2)}\n`);
      return;
    case 'jsonl':
      for (const row of spec.rows) io.stdout.write(`${JSON.stringify(spec.record(row))}\n`);
      return;
    case 'csv':
      writeCsv(io, spec);
      return;
    case 'tsv': {
      if (spec.preamble) io.stdout.write(spec.preamble({ format: 'tsv', theme: createTheme(false), width: io.width }));
      const columns = spec.columns.filter((column) => column.only !== 'table');
      for (const row of spec.rows) {
        io.stdout.write(`${columns.map((column) => oneLine(stripMarks(column.text(row)))).join('\t')}\n`);
      }
      return;
    }
    case 'table':
      writeTable(io, spec);
      return;
  }
}

/** "Showing 10 of 23 papers matching gpu quantization" — terminal only. */
export function summaryLine<R>(spec: RenderSpec<R>): string {
  if (spec.summary !== undefined) return spec.summary;
  const total = spec.total ?? spec.rows.length;
  const context = spec.context ? ` ${spec.context}` : '';
  return `Showing ${spec.rows.length} of ${total} ${spec.noun}${context}`;
}

function writeTable<R>(io: Io, spec: RenderSpec<R>): void {
  const theme = createTheme(io.color);
  if (spec.preamble) io.stdout.write(spec.preamble({ format: 'table', theme, width: io.width }));
  if (spec.rows.length === 0) return;
  const columns = spec.columns.filter((column) => column.only !== 'tsv');
  const cells = spec.rows.map((row) => columns.map((column) => (column.draw ? '' : oneLine(column.text(row)))));
  const widths = fitWidths(
    columns.map((column, i) =>
      Math.min(
        column.max ?? Infinity,
        Math.max(displayWidth(column.header), column.draw?.natural ?? 0, ...cells.map((row) => displayWidth(row[i] ?? ''))),
      ),
    ),
    columns.map((column) => column.flex === true || column.draw !== undefined),
    io.width,
    columns.map((column) => column.min ?? MIN_COLUMN_WIDTH),
  );
  const table = new Table({
    head: columns.map((column, i) => theme.header(truncate(column.header, widths[i] ?? 0))),
    colAligns: columns.map((column) => column.align ?? 'left'),
    colWidths: widths,
    chars: BORDERLESS,
    style: { head: [], border: [], 'padding-left': 0, 'padding-right': 0, compact: true },
    wordWrap: false,
    truncate: '',
  });
  spec.rows.forEach((row, r) => {
    table.push(
      columns.map((column, i) => {
        const width = widths[i] ?? 0;
        if (column.draw) return column.draw.cell(row, width, theme);
        const text = truncate(cells[r]?.[i] ?? '', width);
        const styled = column.style ? column.style(text, row, theme) : text;
        return theme.highlight(styled);
      }),
    );
  });
  io.stdout.write(`${theme.muted(truncate(summaryLine(spec), io.width))}\n\n`);
  // cli-table3 pads the last column too; trailing spaces are noise on a terminal.
  const [head = '', ...lines] = table.toString().replace(/[ ]+$/gm, '').split('\n');
  io.stdout.write(`${head}\n`);
  let section: string | undefined;
  spec.rows.forEach((row, r) => {
    const key = spec.sections?.key(row);
    if (spec.sections && key !== undefined && key !== section) {
      io.stdout.write(`${section === undefined ? '' : '\n'}${theme.header(truncate(spec.sections.heading(key), io.width))}\n`);
      section = key;
    }
    io.stdout.write(`${lines[r] ?? ''}\n`);
  });
  const footer = spec.footer?.(spec.rows) ?? [];
  if (footer.length > 0) io.stdout.write(`\n${footer.map((line) => theme.muted(truncate(line, io.width))).join('\n')}\n`);
}

/**
 * Natural widths when they fit. Otherwise columns give up a cell at a time, widest first, so
 * that a short value is never cut while a long one still has room: first the flexible columns
 * (free text) down to a floor, then every column down to its own floor (`Column.min`), and
 * only then, if the terminal is narrower still, below the floors rather than overflow it.
 */
export function fitWidths(
  natural: readonly number[],
  flex: readonly boolean[],
  available: number,
  floors: readonly number[] = [],
): number[] {
  const widths = [...natural];
  const gaps = COLUMN_GAP * Math.max(0, natural.length - 1);
  let excess = widths.reduce((sum, width) => sum + width, 0) + gaps - available;
  const ownFloor = (i: number): number => floors[i] ?? MIN_COLUMN_WIDTH;
  const passes: ((i: number) => number)[] = [
    (i) => (flex[i] ? Math.max(MIN_FLEX_WIDTH, ownFloor(i)) : Infinity),
    ownFloor,
    () => MIN_COLUMN_WIDTH,
  ];
  for (const floor of passes) {
    while (excess > 0) {
      let widest = -1;
      widths.forEach((width, i) => {
        if (width > floor(i) && (widest < 0 || width > (widths[widest] ?? 0))) widest = i;
      });
      if (widest < 0) break;
      widths[widest] = (widths[widest] ?? 0) - 1;
      excess--;
    }
  }
  return widths;
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

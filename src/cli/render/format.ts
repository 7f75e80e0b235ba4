/** The output formats every read command shares, and how the default is chosen. */

export const OUTPUT_FORMATS = ['table', 'tsv', 'json', 'jsonl', 'csv'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

export interface FormatFlags {
  readonly json?: boolean;
  readonly jsonl?: boolean;
  readonly csv?: boolean;
  readonly tsv?: boolean;
  readonly table?: boolean;
}

/** Flags override; otherwise a terminal gets a table and a pipe gets TSV (gh's rule). */
export function chooseFormat(flags: FormatFlags, isTTY: boolean): OutputFormat {
  const chosen = OUTPUT_FORMATS.filter((format) => flags[format] === true);
  if (chosen.length > 1) {
    // Reported by the caller as a usage error; returning the first keeps this function total.
    return chosen[0] ?? 'table';
  }
  return chosen[0] ?? (isTTY ? 'table' : 'tsv');
}

export function conflictingFormats(flags: FormatFlags): readonly OutputFormat[] {
  return OUTPUT_FORMATS.filter((format) => flags[format] === true);
}

export function isDataFormat(format: OutputFormat): boolean {
  return format === 'json' || format === 'jsonl' || format === 'csv';
}

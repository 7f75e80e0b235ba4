/**
 * Option plumbing shared by commands: the output flags every read command has, and the
 * validation of values at the edge (zod/mini: the small build, because start-up time matters).
 */
import type { Command } from 'commander';
import * as z from 'zod/mini';
import { UsageError } from '../errors.js';
import { chooseFormat, conflictingFormats, type FormatFlags, type OutputFormat } from './render/format.js';

export function addOutputOptions(command: Command): Command {
  return command
    .option('--json', 'print a JSON array of records')
    .option('--jsonl', 'print one JSON record per line')
    .option('--csv', 'print CSV with a header row')
    .option('--tsv', 'print tab-separated rows without colour, even on a terminal');
}

export function outputFormat(flags: FormatFlags, isTTY: boolean): OutputFormat {
  const chosen = conflictingFormats(flags);
  if (chosen.length > 1) {
    throw new UsageError(`choose one output format, not ${chosen.map((format) => `--${format}`).join(' and ')}`);
  }
  return chooseFormat(flags, isTTY);
}

/** A positive whole number given as text on the command line ("--limit 5"). */
export const positiveInt = z.pipe(
  z.string().check(z.regex(/^\s*\d+\s*$/)),
  z.transform((text: string) => Number(text)),
);

export function parsePositiveInt(flag: string, value: unknown, fallback: number): number {
  if (value === undefined) return fallback;
  const result = z.safeParse(positiveInt, String(value));
  if (!result.success || result.data < 1) {
    throw new UsageError(`${flag} must be a positive whole number, got "${String(value)}"`);
  }
  return result.data;
}

/** A number ("1.5", "2", "-3e2"); rejects "abc" and "" instead of reading them as zero. */
export function parseNumber(flag: string, value: unknown): number | undefined {
  if (value === undefined) return undefined;
  const result = z.safeParse(z.pipe(z.string().check(z.trim(), z.regex(/^[-+]?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?$/i)), z.transform(Number)), String(value));
  if (!result.success) throw new UsageError(`${flag} must be a number, got "${String(value)}"`);
  return result.data;
}

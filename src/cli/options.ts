/**
 * Option plumbing shared by commands: the output flags every read command has, and the
 * validation of number values at the edge. Every command's flags are defined from here at
 * start-up, so this module stays light: two anchored regexes check what zod/mini checked,
 * without evaluating a schema library on every run.
 */
import type { Command } from 'commander';
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

const WHOLE_NUMBER = /^\s*\d+\s*$/;
const NUMBER = /^\s*[-+]?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?\s*$/i;

/** A positive whole number given as text on the command line ("--limit 5"). */
export function parsePositiveInt(flag: string, value: unknown, fallback: number): number {
  if (value === undefined) return fallback;
  const text = String(value);
  const parsed = WHOLE_NUMBER.test(text) ? Number(text) : NaN;
  if (!Number.isSafeInteger(parsed) || parsed < 1) {
    throw new UsageError(`${flag} must be a positive whole number, got "${text}"`);
  }
  return parsed;
}

/** A number ("1.5", "2", "-3e2"); rejects "abc" and "" instead of reading them as zero. */
export function parseNumber(flag: string, value: unknown): number | undefined {
  if (value === undefined) return undefined;
  const text = String(value);
  if (!NUMBER.test(text)) throw new UsageError(`${flag} must be a number, got "${text}"`);
  return Number(text);
}

/**
 * Typed errors a user can cause. Only the CLI entry point turns them into exit codes
 * (see EXIT_CODES); everything else throws. Messages are one lower-case line naming the bad
 * value; `hint` is appended to the same line when it helps.
 */

export const EXIT_CODES = {
  ok: 0,
  /** Runtime or data error: missing/corrupt catalog, unreadable file, paper not found. */
  failure: 1,
  /** Usage error: unknown command, flag or value; malformed query. */
  usage: 2,
} as const;

export abstract class EffcatError extends Error {
  abstract readonly exitCode: number;
  readonly hint: string | undefined;

  constructor(message: string, hint?: string) {
    super(message);
    this.name = new.target.name;
    this.hint = hint;
  }
}

/** The user asked for something effcat does not understand. Exit 2. */
export class UsageError extends EffcatError {
  readonly exitCode = EXIT_CODES.usage;
}

/** A file or catalog is missing, unreadable, corrupt or of another version. Exit 1. */
export class DataError extends EffcatError {
  readonly exitCode = EXIT_CODES.failure;
}

/** The user named a paper (or other entity) the catalog does not hold. Exit 1. */
export class NotFoundError extends EffcatError {
  readonly exitCode = EXIT_CODES.failure;
}

/** `unknown metric "sped": expected one of speedup, throughput, ...` */
export function unknownValue(kind: string, value: string, valid: readonly string[]): UsageError {
  const suggestion = closest(value, valid);
  return new UsageError(
    `unknown ${kind} "${value}": expected one of ${valid.join(', ')}`,
    suggestion ? `did you mean "${suggestion}"?` : undefined,
  );
}

/**
 * The likely intended value: the nearest by edit distance (a swap of two neighbouring letters
 * counts as one edit, so "fgpa" finds "fpga"), or failing that the only value starting with the
 * same three letters (a cut-short word: "sped" finds "speedup").
 */
export function closest(value: string, valid: readonly string[]): string | undefined {
  const typed = value.toLowerCase();
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of valid) {
    const distance = editDistance(typed, candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  if (best !== undefined && bestDistance <= Math.max(1, Math.floor(typed.length / 3))) return best;
  const start = typed.slice(0, 3);
  const prefixed = start.length === 3 ? valid.filter((name) => name.toLowerCase().startsWith(start)) : [];
  return prefixed.length === 1 ? prefixed[0] : undefined;
}

/** Optimal string alignment distance: insertions, deletions, substitutions, adjacent swaps. */
function editDistance(a: string, b: string): number {
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) {
    const row: number[] = [i];
    for (let j = 1; j <= b.length; j++) {
      if (i === 0) {
        row.push(j);
        continue;
      }
      const above = rows[i - 1] ?? [];
      let cost = Math.min((above[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (above[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) cost = Math.min(cost, (rows[i - 2]?.[j - 2] ?? 0) + 1);
      row.push(cost);
    }
    rows.push(row);
  }
  return rows[a.length]?.[b.length] ?? 0;
}

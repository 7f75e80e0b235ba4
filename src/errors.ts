/**
 * Typed errors a user can cause. Only the CLI entry point turns them into exit codes
 * (see EXIT_CODES); everything else throws. Messages are one lower-case line naming the bad
 * value; `hint` is printed on a second line when it helps.
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

/** The nearest valid value by edit distance, when it is near enough to be a likely typo. */
export function closest(value: string, valid: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of valid) {
    const distance = editDistance(value.toLowerCase(), candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best !== undefined && bestDistance <= Math.max(1, Math.floor(value.length / 3)) ? best : undefined;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

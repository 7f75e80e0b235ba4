/**
 * Injected input/output (gh's IOStreams): commands write only through an Io, so tests can
 * capture exact output for a terminal and for a pipe.
 */

export interface Writer {
  write(text: string): void;
}

export interface Io {
  readonly stdout: Writer;
  readonly stderr: Writer;
  /** stdout is a terminal: print tables and summaries instead of TSV. */
  readonly isTTY: boolean;
  /** Emit ANSI colour on stdout. */
  readonly color: boolean;
  /** Colour on stderr (messages), decided separately: stdout may be piped while stderr is not. */
  readonly colorErr: boolean;
  /** Terminal width in columns, for fitting tables. */
  readonly width: number;
  readonly env: Readonly<Record<string, string | undefined>>;
}

/**
 * NO_COLOR (any value) turns colour off; FORCE_COLOR turns it on ("0" or "false" off), and wins
 * over NO_COLOR as chalk's convention has it; otherwise colour follows the terminal.
 */
export function colorEnabled(env: Io['env'], isTTY: boolean): boolean {
  const force = env['FORCE_COLOR'];
  if (force !== undefined) return force !== '0' && force !== 'false';
  if (env['NO_COLOR'] !== undefined && env['NO_COLOR'] !== '') return false;
  if (env['TERM'] === 'dumb') return false;
  return isTTY;
}

const DEFAULT_WIDTH = 100;

export function processIo(): Io {
  const env = process.env;
  const isTTY = process.stdout.isTTY === true;
  const columns = Number(env['COLUMNS']);
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    isTTY,
    color: colorEnabled(env, isTTY),
    colorErr: colorEnabled(env, process.stderr.isTTY === true),
    // A pseudo-terminal may report 0 columns; fall back to $COLUMNS, then a sane default.
    width: positive(process.stdout.columns) ?? positive(columns) ?? DEFAULT_WIDTH,
    env,
  };
}

function positive(n: number | undefined): number | undefined {
  return n !== undefined && Number.isInteger(n) && n > 0 ? n : undefined;
}

export interface TestIo extends Io {
  readonly out: () => string;
  readonly err: () => string;
}

/** An Io that records what is written, for in-process command tests. */
export function createTestIo(options: Partial<Pick<Io, 'isTTY' | 'color' | 'width' | 'env'>> = {}): TestIo {
  let out = '';
  let err = '';
  return {
    stdout: { write: (text) => void (out += text) },
    stderr: { write: (text) => void (err += text) },
    isTTY: options.isTTY ?? false,
    color: options.color ?? false,
    colorErr: false,
    width: options.width ?? 100,
    env: options.env ?? {},
    out: () => out,
    err: () => err,
  };
}

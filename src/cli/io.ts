/**
 * Injected input/output (gh's IOStreams): commands write only through an Io, so tests can
 * capture exact output for a terminal and for a pipe.
 */
import { fstatSync, writeSync } from 'node:fs';
import { createRequire } from 'node:module';
import { EXIT_CODES } from '../errors.js';

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

/**
 * The process's own streams. A pipe or a file is written with plain `write(2)` calls: creating
 * `process.stdout` for a pipe loads Node's net and stream modules, milliseconds of every run of
 * `effcat search ... | head`. A terminal gets Node's stream (it needs its width anyway).
 */
export function processIo(): Io {
  const env = process.env;
  const isTTY = isTerminal(1);
  const columns = positive(Number(env['COLUMNS']));
  let stderr: Writer | undefined;
  let colorErr: boolean | undefined;
  return {
    stdout: isTTY ? streamWriter(process.stdout) : fdWriter(1),
    stderr: { write: (text) => (stderr ??= isTerminal(2) ? streamWriter(process.stderr) : fdWriter(2)).write(text) },
    isTTY,
    color: colorEnabled(env, isTTY),
    // Decided on use: most runs write nothing to stderr.
    get colorErr() {
      return (colorErr ??= colorEnabled(env, isTerminal(2)));
    },
    // A pseudo-terminal may report 0 columns; fall back to $COLUMNS, then a sane default.
    width: (isTTY ? positive(process.stdout.columns) : undefined) ?? columns ?? DEFAULT_WIDTH,
    env,
  };
}

const requireBuiltin = createRequire(import.meta.url);

/** A terminal is a character device; only then is Node's tty module (which loads net) asked. */
function isTerminal(fd: number): boolean {
  try {
    if (!fstatSync(fd).isCharacterDevice()) return false;
  } catch {
    return false;
  }
  return (requireBuiltin('node:tty') as typeof import('node:tty')).isatty(fd);
}

/** `effcat search ... | head -1`: the reader went away; that is not an error. */
function quitOnBrokenPipe(): never {
  process.exit(EXIT_CODES.ok);
}

function streamWriter(stream: NodeJS.WriteStream): Writer {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') quitOnBrokenPipe();
    throw error;
  });
  return { write: (text) => void stream.write(text) };
}

/**
 * Writes straight to a file descriptor, all of the text (a pipe may take part of it). A full
 * non-blocking pipe (EAGAIN) hands the rest to Node's stream, which queues it.
 */
function fdWriter(fd: 1 | 2): Writer {
  let fallback: Writer | undefined;
  return {
    write(text) {
      if (fallback) return fallback.write(text);
      let rest = Buffer.from(text);
      while (rest.length > 0) {
        try {
          rest = rest.subarray(writeSync(fd, rest));
        } catch (error) {
          const code = (error as NodeJS.ErrnoException).code;
          if (code === 'EPIPE') quitOnBrokenPipe();
          if (code !== 'EAGAIN') throw error;
          fallback = streamWriter(fd === 1 ? process.stdout : process.stderr);
          return fallback.write(rest.toString());
        }
      }
    },
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

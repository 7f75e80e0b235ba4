/**
 * The entry point: parse, run, and map errors to exit codes — the only place that does.
 * 0 success (also "no results"), 1 runtime/data error, 2 usage error. See README, "Exit codes".
 */
import { CommanderError } from 'commander';
import { EffcatError, EXIT_CODES } from '../errors.js';
import { processIo, type Io } from './io.js';
import { createProgram } from './program.js';

export async function main(argv: readonly string[], io: Io): Promise<number> {
  const program = createProgram(io, argv);
  program.exitOverride();
  const debug = argv.includes('--debug');
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return EXIT_CODES.ok;
  } catch (error) {
    return reportError(error, io, debug);
  }
}

function reportError(error: unknown, io: Io, debug: boolean): number {
  if (error instanceof CommanderError) {
    // Commander has already printed its message: help or version asked for (exit 0), or a usage
    // error — including no command at all, answered with the help on stderr (exit 2).
    return error.exitCode === 0 ? EXIT_CODES.ok : EXIT_CODES.usage;
  }
  if (error instanceof EffcatError) {
    // One line, so a script's `2>&1 | head -1` or a log grep sees the whole story.
    io.stderr.write(`effcat: ${error.message}${error.hint ? `; ${error.hint}` : ''}\n`);
    if (debug && error.stack) io.stderr.write(`${error.stack}\n`);
    return error.exitCode;
  }
  const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
  const hint = debug ? '' : '; run again with --debug for details, and report it if it persists';
  io.stderr.write(`effcat: unexpected error: ${message}${hint}\n`);
  if (debug && error instanceof Error && error.stack) io.stderr.write(`${error.stack}\n`);
  return EXIT_CODES.failure;
}

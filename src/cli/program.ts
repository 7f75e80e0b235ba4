/**
 * The command tree. Each command lives in commands/<name>/: `command.ts` only wires flags,
 * description and examples (always loaded, for --help); `run.ts` does the work and is imported
 * when the command runs, so a command never pays for another's dependencies.
 */
import { Command, Option } from 'commander';
import { EFFCAT_VERSION } from '../version.js';
import { defineBuildCommand } from './commands/build/command.js';
import { defineClaimsCommand } from './commands/claims/command.js';
import { defineCompareCommand } from './commands/compare/command.js';
import { defineRankCommand } from './commands/rank/command.js';
import { defineSearchCommand } from './commands/search/command.js';
import { defineShowCommand } from './commands/show/command.js';
import { defineStatsCommand } from './commands/stats/command.js';
import { createContext, type ContextFactory } from './context.js';
import { examples } from './help.js';
import type { Io } from './io.js';

export interface GlobalOptions {
  readonly db?: string;
  readonly debug?: boolean;
}

/** Every command, in the order of `effcat --help`. */
const COMMANDS: readonly (readonly [name: string, define: (program: Command, context: ContextFactory) => void])[] = [
  ['search', defineSearchCommand],
  ['claims', defineClaimsCommand],
  ['rank', defineRankCommand],
  ['compare', defineCompareCommand],
  ['show', defineShowCommand],
  ['stats', defineStatsCommand],
  ['build', defineBuildCommand],
];

/**
 * The command an argument list runs: its first word that is not a global option (or the value
 * of one), when that word names a command. Anything else (help, a version, a typo) is left to
 * the whole program.
 */
export function commandNamed(argv: readonly string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--db') i++;
    else if (arg.startsWith('--db=') || arg === '--debug') continue;
    else return COMMANDS.some(([name]) => name === arg) ? arg : undefined;
  }
  return undefined;
}

/**
 * The program. Given the arguments, it defines only the command they run: defining all of
 * them (their flags, help and examples) is start-up time a run does not use. Help, version and
 * usage errors get every command.
 */
export function createProgram(io: Io, argv?: readonly string[]): Command {
  const program = new Command('effcat');
  const context: ContextFactory = () => createContext(io, program.opts<GlobalOptions>().db || undefined);

  program
    .description('A catalog of efficiency claims (speedups, memory, energy, latency ...) from ML paper abstracts.')
    .version(EFFCAT_VERSION, '-V, --version')
    .addOption(
      new Option('--db <path>', 'catalog file (default: data/effcat.db in the package, built on first use)').env('EFFCAT_DB'),
    )
    .option('--debug', 'print stack traces for errors')
    .showSuggestionAfterError(true)
    // Errors become exceptions that main() maps to exit codes; set before the subcommands are
    // defined, because commander copies these settings into each subcommand when it is created.
    .exitOverride()
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
      // Commander puts its suggestion on a second line; effcat's errors are one line.
      outputError: (text, write) => write(`effcat: ${oneLine(text.replace(/^error: /, ''))}\n`),
    })
    .addHelpText(
      'after',
      examples(
        'effcat search gpu quantization',
        'effcat claims --metric memory --json | jq \'.[] | select(.value > 4)\'',
        'effcat rank speedup --hardware gpu',
        'effcat compare speedup --hardware fpga --by baseline',
        'effcat show FlightLLM',
        'effcat stats',
        'effcat --db today.db build listing.txt',
      ),
    );

  const only = argv === undefined ? undefined : commandNamed(argv);
  for (const [name, define] of COMMANDS) if (only === undefined || name === only) define(program, context);
  return program;
}

/** "unknown option '--jsn'\n(Did you mean --json?)\n" → "unknown option '--jsn'; did you mean --json?" */
function oneLine(message: string): string {
  return message
    .trim()
    .split('\n')
    .map((line) => line.trim().replace(/^\(Did you mean (.*)\)$/, 'did you mean $1'))
    .join('; ');
}

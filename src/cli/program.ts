/**
 * The command tree. This module only wires flags, descriptions and examples (commander); each
 * command's work lives in commands/<name>.ts and is imported when the command runs, so a
 * command never pays for another's dependencies.
 */
import { Command, Option } from 'commander';
import { EFFCAT_VERSION } from '../version.js';
import { createContext, type CommandContext } from './context.js';
import type { Io } from './io.js';
import { addOutputOptions } from './options.js';

export interface GlobalOptions {
  readonly db?: string;
  readonly debug?: boolean;
}

function examples(...lines: string[]): string {
  return `\nExamples:\n${lines.map((line) => `  $ ${line}`).join('\n')}\n`;
}

export function createProgram(io: Io): Command {
  const program = new Command('effcat');
  const context = (): CommandContext => {
    const globals = program.opts<GlobalOptions>();
    const explicit = globals.db ?? (io.env['EFFCAT_DB'] || undefined);
    return createContext(io, explicit);
  };

  program
    .description('A catalog of efficiency claims (speedups, memory, energy, latency ...) from ML paper abstracts.')
    .version(EFFCAT_VERSION, '-V, --version')
    .addOption(new Option('--db <path>', 'catalog file (default: data/effcat.db in the package, built on first use)').env('EFFCAT_DB'))
    .option('--debug', 'print stack traces for errors')
    .showSuggestionAfterError(true)
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
      outputError: (text, write) => write(`effcat: ${text.replace(/^error: /, '')}`),
    })
    .addHelpText(
      'after',
      examples(
        'effcat search gpu quantization',
        'effcat claims --metric speedup --json',
        'effcat stats',
        'effcat --db my.db build listing.txt',
      ),
    );

  program
    .command('build')
    .description('build a fresh catalog from corpus files (default: the bundled seeds), replacing the old one atomically')
    .argument('[files...]', 'papers listings as text, or directories of them')
    .addHelpText('after', examples('effcat build', 'effcat --db today.db build listing-2026-11-26.txt', 'EFFCAT_DB=all.db effcat build seeds/'))
    .action(async (files: string[]) => {
      const { runBuild } = await import('./commands/build.js');
      await runBuild({ files }, context());
    });

  addOutputOptions(
    program
      .command('search')
      .description('papers matching all the words, best first, with a snippet and their claim count')
      .argument('<terms...>', 'words to find (quoted for you; end a word with * for a prefix)')
      .option('-n, --limit <n>', 'show at most N papers', '10')
      .option('--raw', 'treat the terms as FTS5 query syntax (AND, OR, NEAR, "phrases")'),
  )
    .addHelpText('after', examples('effcat search gpu quantization', 'effcat search "kv cache" --limit 3', 'effcat search spars* --json'))
    .action(async (terms: string[], flags) => {
      const { runSearch } = await import('./commands/search.js');
      await runSearch(terms, flags, context());
    });

  addOutputOptions(
    program
      .command('claims')
      .description('list extracted claims, with every field of CLAIMS.md in --json/--jsonl/--csv')
      .option('-m, --metric <metrics...>', 'only these metrics (comma-separated or repeated)')
      .option('-n, --limit <n>', 'show at most N claims'),
  )
    .addHelpText('after', examples('effcat claims --metric speedup', "effcat claims --metric memory --json | jq '.[] | select(.value > 4)'"))
    .action(async (flags) => {
      const { runClaims } = await import('./commands/claims.js');
      await runClaims(flags, context());
    });

  addOutputOptions(program.command('stats').description('how many papers and claims, by metric, hardware class and technique'))
    .addHelpText('after', examples('effcat stats', 'effcat stats --json | jq .claims'))
    .action(async (flags) => {
      const { runStats } = await import('./commands/stats.js');
      await runStats(flags, context());
    });

  return program;
}

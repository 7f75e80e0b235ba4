import type { Command } from 'commander';
import type { ContextFactory } from '../../context.js';
import { examples } from '../../help.js';
import { addOutputOptions } from '../../options.js';

export function defineSearchCommand(program: Command, context: ContextFactory): void {
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
      const { runSearch } = await import('./run.js');
      await runSearch(terms, flags, context());
    });
}

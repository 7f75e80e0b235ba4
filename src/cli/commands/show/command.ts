import type { Command } from 'commander';
import type { ContextFactory } from '../../context.js';
import { examples } from '../../help.js';
import { addOutputOptions } from '../../options.js';

export function defineShowCommand(program: Command, context: ContextFactory): void {
  addOutputOptions(
    program
      .command('show')
      .description("one paper: its names, tags, hardware and source, the abstract with every claim's evidence highlighted, and its claims")
      .argument('<paper...>', 'id, short name or words of the title (quotes optional)'),
  )
    .addHelpText(
      'after',
      [
        examples('effcat show FlightLLM', 'effcat show 42', 'effcat show single path nas', "effcat show OliVe --json | jq '.claims[].evidence'"),
        '\n--json prints the paper with its abstract and claims; --jsonl and --csv print the claim rows;',
        'piped, the paper comes as "field<TAB>value" lines, the abstract between "--" lines, then the claims.\n',
      ].join('\n'),
    )
    .action(async (words: string[], flags) => {
      const { runShow } = await import('./run.js');
      await runShow(words.join(' '), flags, context());
    });
}

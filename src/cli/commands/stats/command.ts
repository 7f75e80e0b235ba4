import type { Command } from 'commander';
import type { ContextFactory } from '../../context.js';
import { examples } from '../../help.js';
import { addOutputOptions } from '../../options.js';

export function defineStatsCommand(program: Command, context: ContextFactory): void {
  addOutputOptions(program.command('stats').description('how many papers and claims, by metric, hardware class and technique'))
    .addHelpText('after', examples('effcat stats', 'effcat stats --json | jq .claims'))
    .action(async (flags) => {
      const { runStats } = await import('./run.js');
      await runStats(flags, context());
    });
}

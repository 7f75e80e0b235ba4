import type { Command } from 'commander';
import type { ContextFactory } from '../../context.js';
import { addFilterOptions } from '../../filters.js';
import { examples } from '../../help.js';
import { addOutputOptions } from '../../options.js';

export function defineRankCommand(program: Command, context: ContextFactory): void {
  const command = program
    .command('rank')
    .description(
      "papers ranked by their best claim for a metric: by factor, then absolute values within each unit",
    )
    .argument('<metric>', 'speedup, memory, energy, latency, throughput, ... (see effcat stats)');
  addFilterOptions(command, { omit: ['metric', 'sort'], limitHelp: 'at most N papers per ranking' });
  addOutputOptions(command)
    .addHelpText(
      'after',
      examples(
        'effcat rank speedup --hardware fpga',
        'effcat rank memory --technique llm-serving --limit 5',
        'effcat rank speedup --qualifier none        # only claims stated without "up to"',
        'effcat rank latency --unit ms',
        "effcat rank energy --json | jq '.[0]'",
      ),
    )
    .action(async (metric: string, flags) => {
      const { runRank } = await import('./run.js');
      await runRank(metric, flags, context());
    });
}

import type { Command } from 'commander';
import type { ContextFactory } from '../../context.js';
import { examples } from '../../help.js';
import { addOutputOptions } from '../../options.js';

export function defineStatsCommand(program: Command, context: ContextFactory): void {
  addOutputOptions(program.command('stats').description('the catalog at a glance: papers, claims, and bar charts by metric, hardware class, technique and device'))
    .addHelpText(
      'after',
      [
        examples('effcat stats', 'effcat stats --json | jq .claims', "effcat stats --json | jq -r '.by_device[] | \"\\(.name)\\t\\(.count)\"'"),
        '\n--json prints {papers, claims, papers_with_claims, by_metric, by_hardware_class, by_technique, by_device};',
        'piped, one "group<TAB>name<TAB>count" row per count.\n',
      ].join('\n'),
    )
    .action(async (flags) => {
      const { runStats } = await import('./run.js');
      await runStats(flags, context());
    });
}

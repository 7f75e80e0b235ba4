import type { Command } from 'commander';
import type { ContextFactory } from '../../context.js';
import { addFilterOptions } from '../../filters.js';
import { examples } from '../../help.js';
import { addOutputOptions } from '../../options.js';

export function defineCompareCommand(program: Command, context: ContextFactory): void {
  const command = program
    .command('compare')
    .description('claims of one metric side by side, best first, with bars on a log scale and a summary per group')
    .argument('<metric>', 'speedup, memory, energy, ... (see effcat stats)')
    .option('--by <grouping>', 'group by hardware_class, technique, phase or baseline');
  addFilterOptions(command, { omit: ['metric', 'sort'], limitHelp: 'at most N claims per group (summaries count them all)' });
  addOutputOptions(command)
    .addHelpText(
      'after',
      [
        examples(
          'effcat compare speedup --by hardware_class',
          'effcat compare speedup --hardware fpga --by baseline',
          'effcat compare memory --technique llm-serving --by technique',
          'effcat compare latency --unit ms --by hardware_class     # absolute values, lower is better',
          "effcat compare speedup --by hardware_class --json | jq '.groups'",
        ),
        '\n--json prints {metric, by, measure, unit, better, claims: [...], groups: [{group, count, median, min, max, geomean}], left_out};',
        '--jsonl, --csv and TSV print the claim rows.\n',
      ].join('\n'),
    )
    .action(async (metric: string, flags) => {
      const { runCompare } = await import('./run.js');
      await runCompare(metric, flags, context());
    });
}

import type { Command } from 'commander';
import type { ContextFactory } from '../../context.js';
import { addFilterOptions } from '../../filters.js';
import { examples } from '../../help.js';
import { addOutputOptions } from '../../options.js';

export function defineClaimsCommand(program: Command, context: ContextFactory): void {
  const command = program
    .command('claims')
    .description('list extracted claims, filtered and sorted; every field of CLAIMS.md in --json/--jsonl/--csv');
  addFilterOptions(command, { limitHelp: 'show at most N claims' });
  command.option('--explain <paper>', "re-run the extractor on one paper's abstract: kept and dropped candidates, with the reason");
  addOutputOptions(command)
    .addHelpText(
      'after',
      examples(
        'effcat claims --metric speedup --hardware fpga --sort factor',
        'effcat claims --metric memory,energy --technique quant --min 2',
        'effcat claims --baseline vllm --json | jq -r \'.[] | "\\(.short_name)\\t\\(.factor)"\'',
        'effcat claims --metric latency --unit ms --max 10',
        'effcat claims --paper FlightLLM --qualifier none',
        'effcat claims --explain OliVe',
      ),
    )
    .action(async (flags) => {
      const { runClaims } = await import('./run.js');
      await runClaims(flags, context());
    });
}

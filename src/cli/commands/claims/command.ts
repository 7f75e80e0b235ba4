import type { Command } from 'commander';
import type { ContextFactory } from '../../context.js';
import { examples } from '../../help.js';
import { addOutputOptions } from '../../options.js';

export function defineClaimsCommand(program: Command, context: ContextFactory): void {
  addOutputOptions(
    program
      .command('claims')
      .description('list extracted claims, with every field of CLAIMS.md in --json/--jsonl/--csv')
      .option('-m, --metric <metrics...>', 'only these metrics (comma-separated or repeated)')
      .option('-n, --limit <n>', 'show at most N claims'),
  )
    .addHelpText('after', examples('effcat claims --metric speedup', "effcat claims --metric memory --json | jq '.[] | select(.value > 4)'"))
    .action(async (flags) => {
      const { runClaims } = await import('./run.js');
      await runClaims(flags, context());
    });
}

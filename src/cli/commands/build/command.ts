import type { Command } from 'commander';
import type { ContextFactory } from '../../context.js';
import { examples } from '../../help.js';

export function defineBuildCommand(program: Command, context: ContextFactory): void {
  program
    .command('build')
    .description('build a fresh catalog from corpus files (default: the bundled seeds), replacing the old one atomically')
    .argument('[files...]', 'papers listings as text, or directories of them')
    .addHelpText('after', examples('effcat build', 'effcat --db today.db build listing-2026-11-26.txt', 'EFFCAT_DB=all.db effcat build seeds/'))
    .action(async (files: string[]) => {
      const { runBuild } = await import('./run.js');
      await runBuild({ files }, context());
    });
}

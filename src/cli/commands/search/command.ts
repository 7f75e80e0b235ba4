import { Option, type Command } from 'commander';
import type { ContextFactory } from '../../context.js';
import { examples } from '../../help.js';
import { addOutputOptions } from '../../options.js';

const collect = (value: string, previous: readonly string[] | undefined): string[] => [...(previous ?? []), value];

export function defineSearchCommand(program: Command, context: ContextFactory): void {
  addOutputOptions(
    program
      .command('search')
      .description('papers about all the words, best first, with a snippet and their claim count (knows devices and technique names: gpu finds A100)')
      .argument('<terms...>', 'words to find (quoted for you; end a word with * for a prefix)')
      .option('-n, --limit <n>', 'show at most N papers', '10')
      .addOption(new Option('-m, --metric <metric>', 'only papers with a claim of this metric (speedup, memory, energy ...); comma-separated or repeated').argParser(collect))
      .addOption(
        new Option('--hardware <hw>', 'only papers on this hardware: a class (fpga, gpu, edge ...) or a device or vendor (a100, jetson, nvidia), claimed or named in the abstract').argParser(collect),
      )
      .addOption(new Option('-t, --technique <tag>', 'only papers tagged with this technique (quantization, quant, moe, ssm, peft ...)').argParser(collect))
      .option('--raw', 'treat the terms as FTS5 query syntax (AND, OR, NEAR, "phrases"), ranked by bm25 alone'),
  )
    .addHelpText(
      'after',
      examples(
        'effcat search gpu quantization',
        'effcat search "kv cache" --limit 3',
        'effcat search llm --hardware fpga --metric speedup',
        'effcat search inference --technique moe --json',
        'effcat search spars* --tsv',
        'effcat search --raw \'quantiz* NOT fpga\'',
      ),
    )
    .action(async (terms: string[], flags) => {
      const { runSearch } = await import('./run.js');
      await runSearch(terms, flags, context());
    });
}

/** `effcat build [FILES...]`: a fresh catalog from corpus files, swapped in atomically. */
import { buildCatalog } from '../../../pipeline/build-catalog.js';
import { bundledSeedsDir } from '../../../store/locations.js';
import type { CommandContext } from '../../context.js';

export interface BuildOptions {
  readonly files: readonly string[];
}

export async function runBuild(options: BuildOptions, ctx: CommandContext): Promise<void> {
  const path = await ctx.catalogPath();
  const inputs = options.files.length > 0 ? options.files : [bundledSeedsDir()];
  const summary = buildCatalog(path, inputs);
  for (const warning of summary.warnings) {
    ctx.io.stderr.write(`effcat: ${warning.file}:${warning.line}: ${warning.message}\n`);
  }
  ctx.io.stderr.write(
    `effcat: built ${path}: ${summary.papers} papers, ${summary.claims} claims from ${summary.sources.join(', ')}` +
      `${summary.warnings.length > 0 ? ` (${summary.warnings.length} blocks skipped)` : ''}\n`,
  );
}

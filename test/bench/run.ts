/**
 * `npm run bench`: runs every benchmark in this directory, one after the other (they measure
 * time on a shared machine, so never in parallel). Each prints its own figures and ratios
 * against a reference measured in the same run; this runner only sequences them.
 */
import { readdirSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { join } from 'node:path';

interface BenchModule {
  run?: () => Promise<unknown> | unknown;
  /** Benches that return their figures instead of printing them say how to show them. */
  format?: (result: never) => string;
}

const here = fileURLToPath(new URL('.', import.meta.url));
const only = process.argv.slice(2);
const files = readdirSync(here)
  .filter((name) => name.endsWith('.ts') && name !== 'run.ts')
  .filter((name) => only.length === 0 || only.some((wanted) => name.includes(wanted)))
  .sort();

let failures = 0;
for (const file of files) {
  process.stdout.write(`\n== ${file.replace(/\.ts$/, '')} ==\n`);
  try {
    const module = (await import(pathToFileURL(join(here, file)).href)) as BenchModule;
    if (typeof module.run !== 'function') {
      process.stdout.write('  (no run() export; skipped)\n');
      continue;
    }
    const result = await module.run();
    if (typeof module.format === 'function') process.stdout.write(`${module.format(result as never)}\n`);
  } catch (error) {
    failures++;
    process.stdout.write(`  failed: ${error instanceof Error ? error.message : String(error)}\n`);
  }
}
process.exitCode = failures > 0 ? 1 : 0;

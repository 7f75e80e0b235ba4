/**
 * dist/cli.js, what bin/effcat imports: starts the program bundle (dist/effcat.cjs) with a V8
 * code cache, the way Node 22's module.enableCompileCache() would. Compiling the bundle's
 * functions is a large part of a short run; the cache holds the compiled code of the functions
 * runs of that command used, one file per command (`search` and `build` use different code).
 * It is written after each of the first REFINEMENTS runs of a command (each run adds the
 * functions it compiled that the cache lacked: a search with no results never reaches the
 * ranking), and again whenever V8 rejects it (another Node version, a rebuilt bundle). Writing
 * is best effort: a read-only install only goes without the cache.
 *
 * Node builtins only: this file is loaded before anything else, on every run.
 */
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { Script } from 'node:vm';

const here = dirname(fileURLToPath(import.meta.url));
const bundle = join(here, 'effcat.cjs');

/** The command word of a run (`search`), or undefined for help, version and mistakes. */
function commandWord(argv: readonly string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--db') i++;
    else if (!arg.startsWith('-')) return /^[a-z]{1,20}$/.test(arg) ? arg : undefined;
  }
  return undefined;
}

/** Commands whose work grows with the corpus (extraction): they keep V8's optimizing compilers. */
const LONG_RUNNING: ReadonlySet<string> = new Set(['build']);

/** How many runs of a command write its cache: after that it holds what the command uses. */
const REFINEMENTS = 3;

/** A cache file: one byte counting the runs that wrote it, then V8's data. */
function readCache(file: string): { readonly runs: number; readonly data: Buffer } | undefined {
  try {
    const bytes = readFileSync(file);
    return bytes.length > 1 ? { runs: bytes[0] ?? REFINEMENTS, data: bytes.subarray(1) } : undefined;
  } catch {
    return undefined;
  }
}

function writeCache(file: string, runs: number, data: Buffer): void {
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(temporary, Buffer.concat([Buffer.from([runs]), data]));
    renameSync(temporary, file);
  } catch {
    rmSync(temporary, { force: true });
  }
}

const command = commandWord(process.argv.slice(2));
// A query lasts a few tens of milliseconds: code optimized by V8's optimizing tiers could never
// pay back its compiling, and the process would wait at exit for the compile jobs its hot
// loops started. Set before the bundle is compiled (the code cache records the flags).
if (command === undefined || !LONG_RUNNING.has(command)) setFlagsFromString('--max-opt=1');
const cacheFile = join(here, 'v8-cache', `${command ?? 'other'}.bin`);
const cached = readCache(cacheFile);
// The CommonJS module wrapper, as Node's loader would apply it.
const script = new Script(`(function (exports, require, module, __filename, __dirname) {${readFileSync(bundle, 'utf8')}\n})`, {
  filename: bundle,
  cachedData: cached?.data,
});
const runs = cached === undefined || script.cachedDataRejected === true ? 0 : cached.runs;
const module: { exports: { runRecord?: { builtCatalog: boolean } } } = { exports: {} };
if (runs < REFINEMENTS) {
  // After the run, so the cache also holds the functions the run compiled on the way; not
  // after one that built the default catalog (the whole extractor is no part of a search).
  process.once('exit', () => {
    if (module.exports.runRecord?.builtCatalog !== true) writeCache(cacheFile, runs + 1, script.createCachedData());
  });
}
(script.runInThisContext() as (...args: unknown[]) => void)(module.exports, createRequire(bundle), module, bundle, here);

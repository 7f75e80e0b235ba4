// Bundles the CLI into dist/ with esbuild, because start-up time is a feature (see README,
// "Speed"): a user runs `effcat search` dozens of times in a row, and most of a short run is
// Node loading and compiling code. So:
// - dist/effcat.cjs: the whole program in one CommonJS file. Node loads CommonJS faster than an
//   ES module graph (no asynchronous linking per chunk), and commands are still lazy: esbuild
//   turns `await import('./run.js')` into a module initialised on first use.
// - dist/cli.js (src/cli/launch.ts): what bin/effcat imports; starts effcat.cjs with a V8 code
//   cache per command (dist/v8-cache/), so a run does not compile what the last one compiled.
// Type checking is tsc's job (`npm run typecheck`); this only transpiles and bundles.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { build } from 'esbuild';

const root = new URL('..', import.meta.url).pathname;

/**
 * Every source file whose change can change what a catalog holds (claims, tags, search
 * keywords): their hash versions the catalog, and the default one is rebuilt when it changes.
 */
function extractorFingerprint() {
  const hash = createHash('sha256');
  const walk = (dir) => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.(ts|json)$/.test(name)) {
        hash.update(relative(root, path));
        hash.update(readFileSync(path));
      }
    }
  };
  for (const dir of ['src/extract', 'src/lexicon', 'src/source', 'src/pipeline']) walk(join(root, dir));
  return hash.digest('hex').slice(0, 12);
}

/**
 * Dependencies loaded only when used, so that a command that does not use them does not pay
 * for them at start-up (a user runs `effcat search` dozens of times in a row). Each is replaced,
 * where the program imports it, by a shim that requires the real module on first use (esbuild
 * then initialises a bundled module only when it is required):
 * - better-sqlite3's JavaScript is bundled; its native addon is loaded from node_modules by
 *   path, instead of through the `bindings` package, which searches a dozen candidate
 *   directories on every start;
 * - cli-table3 and chalk (with its colour libraries and terminal probing, which loads Node's
 *   tty and net modules) when the first table or theme is made: only a terminal gets tables,
 *   so `effcat search ... | head` never pays for them;
 * - commander's child_process, which it needs only for executable subcommands (effcat has
 *   none) and which loads half of Node's networking.
 */
const LAZY_SHIMS = {
  // `new Table(options)` returns the real table: a constructor may return an object.
  'cli-table3': 'let Table; module.exports = function LazyTable(options) { Table ??= require("cli-table3"); return new Table(options); };',
  // `new Chalk(options)` likewise returns the real chalk instance (all theme.ts uses); the default
  // instance is there too, read when first used.
  chalk: `let chalk;
const load = () => (chalk ??= require("chalk"));
exports.__esModule = true;
exports.Chalk = function LazyChalk(options) { return new (load().Chalk)(options); };
Object.defineProperty(exports, "default", { enumerable: true, get: () => load().default });`,
  'better-sqlite3': 'module.exports = require("better-sqlite3");',
  // The addon beside better-sqlite3's package.json, wherever npm put the package.
  bindings: `const { dirname, join } = require("node:path");
module.exports = function bindings(name) {
  return require(join(dirname(require.resolve("better-sqlite3/package.json")), "build", "Release", name));
};`,
  'node:child_process': 'let real; module.exports = new Proxy({}, { get: (_, key) => (real ??= require("node:child_process"))[key] });',
};

const lazyDependencies = {
  name: 'lazy-dependencies',
  setup(build) {
    build.onResolve({ filter: /^(better-sqlite3|cli-table3|chalk|bindings|node:child_process)$/ }, (args) => {
      // The shims' own requires resolve as usual.
      if (args.namespace === 'lazy') return undefined;
      if (args.path === 'node:child_process' && !args.importer.includes('/node_modules/commander/')) return undefined;
      return { path: args.path, namespace: 'lazy' };
    });
    build.onLoad({ filter: /.*/, namespace: 'lazy' }, (args) => ({ resolveDir: root, loader: 'js', contents: LAZY_SHIMS[args.path] }));
  },
};

const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
rmSync(join(root, 'dist'), { recursive: true, force: true });
// Whitespace and comments go: a third less to read on every run (names stay, for --debug
// stack traces).
const common = { bundle: true, platform: 'node', target: 'node20', legalComments: 'none', minifySyntax: true, minifyWhitespace: true, logLevel: 'warning' };
await build({
  ...common,
  entryPoints: [join(root, 'src/cli/entry.ts')],
  outfile: join(root, 'dist/effcat.cjs'),
  format: 'cjs',
  plugins: [lazyDependencies],
  // Resolved at run time by the bindings shim, wherever npm installed better-sqlite3.
  external: ['better-sqlite3/package.json'],
  define: {
    __EFFCAT_VERSION__: JSON.stringify(pkg.version),
    __EXTRACTOR_FINGERPRINT__: JSON.stringify(extractorFingerprint()),
    // The sources are ES modules; the bundle knows its own location by __filename.
    'import.meta.url': '__effcatModuleUrl',
  },
  banner: { js: 'const __effcatModuleUrl = require("node:url").pathToFileURL(__filename).href;' },
});
await build({ ...common, entryPoints: [join(root, 'src/cli/launch.ts')], outfile: join(root, 'dist/cli.js'), format: 'esm' });
// The extractor alone, compiled as the CLI's copy is (same options, one scope): what
// `npm run bench` measures, so that the figure is that of the code effcat runs, not of the
// sources run through tsx's loader.
await build({ ...common, entryPoints: [join(root, 'src/extract/index.ts')], outfile: join(root, 'dist/extract.cjs'), format: 'cjs' });

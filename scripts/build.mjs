// Bundles the CLI into dist/ with esbuild: one file per lazily-loaded command instead of a
// tree of node_modules lookups, because start-up time is a feature (see README, "Speed").
// Type checking is tsc's job (`npm run typecheck`); this only transpiles and bundles.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { build } from 'esbuild';

const root = new URL('..', import.meta.url).pathname;

/** Every source file whose change can change extracted claims: their hash versions the catalog. */
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
  for (const dir of ['src/extract', 'src/lexicon', 'src/source']) walk(join(root, dir));
  return hash.digest('hex').slice(0, 12);
}

const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
rmSync(join(root, 'dist'), { recursive: true, force: true });
await build({
  entryPoints: [join(root, 'src/cli/entry.ts')],
  outdir: join(root, 'dist'),
  entryNames: 'cli',
  chunkNames: 'chunks/[name]-[hash]',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // Native addon: must be loaded from node_modules, not inlined.
  external: ['better-sqlite3'],
  define: {
    __EFFCAT_VERSION__: JSON.stringify(pkg.version),
    __EXTRACTOR_FINGERPRINT__: JSON.stringify(extractorFingerprint()),
  },
  // Bundled CommonJS dependencies (cli-table3) call require(); give the ESM bundle one.
  banner: { js: "import { createRequire as __effcatCreateRequire } from 'node:module'; const require = __effcatCreateRequire(import.meta.url);" },
  legalComments: 'none',
  minifySyntax: true,
  logLevel: 'warning',
});

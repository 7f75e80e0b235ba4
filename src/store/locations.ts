/**
 * Where effcat's own files live: the package directory (found from this module, not from the
 * current directory), its bundled seeds, and the default catalog.
 */
import { accessSync, constants, existsSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let packageRoot: string | undefined;

/** The directory holding effcat's package.json, whether running from dist/ or from src/. */
export function findPackageRoot(): string {
  if (packageRoot) return packageRoot;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let depth = 0; depth < 6; depth++) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'seeds'))) {
      packageRoot = dir;
      return dir;
    }
    dir = dirname(dir);
  }
  throw new Error('effcat: cannot find its package directory');
}

export function bundledSeedsDir(): string {
  return join(findPackageRoot(), 'seeds');
}

/**
 * data/effcat.db inside the package; if the package directory is read-only (a global install),
 * the user's cache directory instead.
 */
export function defaultCatalogPath(env: Readonly<Record<string, string | undefined>>): string {
  const dataDir = join(findPackageRoot(), 'data');
  if (isWritableDir(dataDir)) return join(dataDir, 'effcat.db');
  // Node's os module only for this fallback: loading it is start-up time every run would pay.
  const { homedir } = createRequire(import.meta.url)('node:os') as typeof import('node:os');
  const cacheRoot = env['XDG_CACHE_HOME'] || join(homedir(), '.cache');
  return join(cacheRoot, 'effcat', 'effcat.db');
}

function isWritableDir(dir: string): boolean {
  try {
    if (!existsSync(dir)) mkdirSync(dir, { recursive: true });
    accessSync(dir, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

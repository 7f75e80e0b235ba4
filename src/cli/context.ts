/**
 * What every command run receives: injected IO and a lazy handle on the catalog. Opening the
 * catalog is where the default one is built or refreshed, with one line on stderr saying so.
 * The builder (and with it the extractor) is imported only when a build is needed, so the
 * commands people run dozens of times in a row do not pay for it.
 */
import type { Db } from '../store/catalog.js';
import type { Io } from './io.js';
import { runRecord } from './run-record.js';

export interface CommandContext {
  readonly io: Io;
  /** The catalog file this invocation reads or writes. */
  readonly catalogPath: () => Promise<string>;
  /** True when the user named the catalog (--db, EFFCAT_DB): it is never rebuilt implicitly. */
  readonly explicitCatalog: boolean;
  /** Opens the catalog read-only, building or refreshing the default one first if needed. */
  readonly openCatalog: () => Promise<Db>;
}

/** Builds the context when a command runs (after global options are parsed). */
export type ContextFactory = () => CommandContext;

export function createContext(io: Io, explicitPath: string | undefined): CommandContext {
  let db: Db | undefined;
  const catalogPath = async (): Promise<string> => {
    if (explicitPath !== undefined) return explicitPath;
    const { defaultCatalogPath } = await import('../store/locations.js');
    return defaultCatalogPath(io.env);
  };
  return {
    io,
    catalogPath,
    explicitCatalog: explicitPath !== undefined,
    openCatalog: async () => {
      if (db) return db;
      const path = await catalogPath();
      if (explicitPath === undefined) await ensureDefaultCatalog(io, path);
      const { openCatalog } = await import('../store/catalog.js');
      db = openCatalog(path);
      return db;
    },
  };
}

async function ensureDefaultCatalog(io: Io, path: string): Promise<void> {
  // The stamp answers for a catalog checked before, without loading the full check's modules.
  const { stampVouches } = await import('../store/catalog-stamp.js');
  if (stampVouches(path)) return;
  const { checkDefaultCatalog, stampDefaultCatalog, STALENESS_REASONS } = await import('../store/default-catalog.js');
  const state = checkDefaultCatalog(path);
  if (state.staleness === 'fresh') return;
  io.stderr.write(`effcat: ${STALENESS_REASONS[state.staleness]} …\n`);
  const { buildCatalogFromFiles } = await import('../pipeline/build-catalog.js');
  runRecord.builtCatalog = true;
  const summary = buildCatalogFromFiles(path, state.seeds);
  stampDefaultCatalog(path);
  io.stderr.write(`effcat: catalog ready: ${summary.papers} papers, ${summary.claims} claims (${path})\n`);
}

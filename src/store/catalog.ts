/**
 * Opening and writing catalog files. A catalog is written whole into a temporary file next to
 * its destination and renamed into place, so a reader never sees half a catalog and an
 * interrupted build leaves the previous one intact. That is also why catalogs stay in rollback
 * journal mode rather than WAL: a renamed-in file must not meet a stale -wal file of its
 * predecessor.
 */
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { dirname, join, basename } from 'node:path';
import Database from 'better-sqlite3';
import { DataError } from '../errors.js';
import { SCHEMA_SQL, SCHEMA_VERSION } from './schema.js';
import type { CatalogMeta, CatalogPaper } from './types.js';

export type Db = Database.Database;

export interface BuildInfo {
  readonly extractorVersion: string;
  readonly sourcesFingerprint: string;
  readonly sources: readonly string[];
}

/** Opens an existing catalog read-only, refusing anything that is not one of ours. */
export function openCatalog(path: string): Db {
  if (!existsSync(path)) {
    throw new DataError(`no catalog at ${path}`, `build it with: effcat --db ${path} build`);
  }
  let db: Db;
  try {
    db = new Database(path, { readonly: true, fileMustExist: true });
  } catch (error) {
    throw new DataError(`cannot open catalog ${path}: ${describe(error)}`, `rebuild it with: effcat --db ${path} build`);
  }
  try {
    const version = readSchemaVersion(db, path);
    if (version !== SCHEMA_VERSION) {
      throw new DataError(
        `catalog ${path} has schema version ${version}; this effcat reads version ${SCHEMA_VERSION}`,
        `rebuild it with: effcat --db ${path} build`,
      );
    }
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

/** PRAGMA user_version, or a DataError for a file that is not a readable SQLite database. */
export function readSchemaVersion(db: Db, path: string): number {
  try {
    const version = db.pragma('user_version', { simple: true });
    const hasPapers = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'papers'").get();
    if (!hasPapers) {
      throw new DataError(`${path} is not an effcat catalog`, `build one with: effcat --db ${path} build`);
    }
    return Number(version);
  } catch (error) {
    if (error instanceof DataError) throw error;
    throw new DataError(`${path} is corrupt or not a SQLite database (${describe(error)})`, `rebuild it with: effcat --db ${path} build`);
  }
}

export function readMeta(db: Db): CatalogMeta {
  const rows = db.prepare('SELECT key, value FROM meta').all() as { key: string; value: string }[];
  const meta = new Map(rows.map((row) => [row.key, row.value]));
  return {
    schema_version: Number(db.pragma('user_version', { simple: true })),
    extractor_version: meta.get('extractor_version') ?? null,
    sources_fingerprint: meta.get('sources_fingerprint') ?? null,
    sources: JSON.parse(meta.get('sources') ?? '[]') as string[],
    built_at: meta.get('built_at') ?? null,
  };
}

/**
 * Writes a complete catalog to `path` atomically. Throws (leaving `path` untouched) on any
 * failure; the temporary file is removed.
 */
export function writeCatalog(path: string, papers: readonly CatalogPaper[], info: BuildInfo): void {
  const dir = dirname(path);
  try {
    mkdirSync(dir, { recursive: true });
  } catch (error) {
    throw new DataError(`cannot create directory ${dir}: ${describe(error)}`);
  }
  const temporary = join(dir, `.${basename(path)}.tmp-${process.pid}-${Date.now()}`);
  const removeTemporary = (): void => rmSync(temporary, { force: true });
  // An interrupt between open and rename must not leave a stray temporary file behind.
  const onSignal = (signal: NodeJS.Signals): void => {
    removeTemporary();
    process.kill(process.pid, signal);
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    let db: Db;
    try {
      db = new Database(temporary);
    } catch (error) {
      throw new DataError(`cannot write catalog in ${dir}: ${describe(error)}`);
    }
    try {
      fillCatalog(db, papers, info);
    } finally {
      db.close();
    }
    renameSync(temporary, path);
  } catch (error) {
    removeTemporary();
    if (error instanceof DataError) throw error;
    throw new DataError(`cannot write catalog ${path}: ${describe(error)}`);
  } finally {
    process.removeListener('SIGINT', onSignal);
    process.removeListener('SIGTERM', onSignal);
  }
}

function fillCatalog(db: Db, papers: readonly CatalogPaper[], info: BuildInfo): void {
  db.pragma('journal_mode = OFF'); // a temporary file: crash safety comes from the rename
  db.pragma('synchronous = OFF');
  db.exec(SCHEMA_SQL);
  const insertPaper = db.prepare(
    `INSERT INTO papers (source, external_id, title, display_title, short_name, abstract, url, date, source_line, keywords)
     VALUES (@source, @external_id, @title, @display_title, @short_name, @abstract, @url, @date, @source_line, @keywords)`,
  );
  const insertTag = db.prepare('INSERT OR IGNORE INTO paper_tags (paper_id, tag) VALUES (?, ?)');
  const insertHardware = db.prepare('INSERT INTO hardware (name, class, vendor) VALUES (?, ?, ?)');
  const insertClaim = db.prepare(
    `INSERT INTO claims (paper_id, metric, value, value_max, unit, direction, qualifier, baseline, hardware,
       hardware_class, hardware_id, phase, subject, evidence, span_start, span_end, sentence, factor, factor_max, parser)
     VALUES (@paper_id, @metric, @value, @value_max, @unit, @direction, @qualifier, @baseline, @hardware,
       @hardware_class, @hardware_id, @phase, @subject, @evidence, @span_start, @span_end, @sentence, @factor, @factor_max, @parser)`,
  );
  const insertMeta = db.prepare('INSERT INTO meta (key, value) VALUES (?, ?)');
  const hardwareIds = new Map<string, number>();

  db.transaction(() => {
    for (const paper of papers) {
      const paperId = Number(
        insertPaper.run({
          source: paper.source,
          external_id: paper.external_id,
          title: paper.title,
          display_title: paper.display_title,
          short_name: paper.short_name,
          abstract: paper.abstract,
          url: paper.url,
          date: paper.date,
          source_line: paper.source_line,
          keywords: paper.keywords,
        }).lastInsertRowid,
      );
      for (const tag of paper.tags) insertTag.run(paperId, tag);
      for (const claim of paper.claims) {
        let hardwareId: number | null = null;
        const entity = claim.hardware_entity;
        if (entity) {
          hardwareId = hardwareIds.get(entity.name) ?? null;
          if (hardwareId === null) {
            hardwareId = Number(insertHardware.run(entity.name, entity.class, entity.vendor).lastInsertRowid);
            hardwareIds.set(entity.name, hardwareId);
          }
        }
        insertClaim.run({
          paper_id: paperId,
          metric: claim.metric,
          value: claim.value,
          value_max: claim.value_max,
          unit: claim.unit,
          direction: claim.direction,
          qualifier: claim.qualifier,
          baseline: claim.baseline,
          hardware: claim.hardware,
          hardware_class: claim.hardware_class,
          hardware_id: hardwareId,
          phase: claim.phase,
          subject: claim.subject,
          evidence: claim.evidence,
          span_start: claim.span_start,
          span_end: claim.span_end,
          sentence: claim.sentence,
          factor: finiteOrNull(claim.factor),
          factor_max: finiteOrNull(claim.factor_max),
          parser: claim.parser,
        });
      }
    }
    db.exec("INSERT INTO papers_fts (papers_fts) VALUES ('rebuild')");
    insertMeta.run('extractor_version', info.extractorVersion);
    insertMeta.run('sources_fingerprint', info.sourcesFingerprint);
    insertMeta.run('sources', JSON.stringify(info.sources));
    insertMeta.run('built_at', new Date().toISOString());
  })();
  db.exec("INSERT INTO papers_fts (papers_fts) VALUES ('optimize')");
  db.pragma(`user_version = ${SCHEMA_VERSION}`);
  db.pragma('journal_mode = DELETE');
}

function finiteOrNull(value: number | null): number | null {
  return value !== null && Number.isFinite(value) ? value : null;
}

export function describe(error: unknown): string {
  if (error instanceof Error) {
    const code = (error as NodeJS.ErrnoException).code;
    const message = error.message.split('\n')[0] ?? '';
    return code && !message.includes(code) ? `${message} (${code})` : message;
  }
  return String(error);
}

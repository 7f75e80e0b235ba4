import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DataError } from '../../src/errors.js';
import { openCatalog, readMeta, writeCatalog } from '../../src/store/catalog.js';
import { SCHEMA_VERSION } from '../../src/store/schema.js';
import { fixtureClaim, fixturePaper, tempDir, writeFixtureCatalog, type TempDir } from '../support/fixtures.js';

const ABSTRACT = 'FastThing runs 2.1x faster than vLLM on an NVIDIA A100 GPU while using quantized weights.';

function samplePapers(title = 'FastThing: Faster Inference') {
  return [
    fixturePaper({
      title,
      abstract: ABSTRACT,
      tags: ['quantization'],
      claims: [
        fixtureClaim({
          metric: 'speedup',
          value: 2.1,
          unit: 'x',
          direction: 'up',
          baseline: 'vLLM',
          hardware: 'NVIDIA A100 GPU',
          hardware_class: 'gpu',
          hardware_entity: { name: 'A100', class: 'gpu', vendor: 'NVIDIA' },
          evidence: '2.1x faster than vLLM',
          factor: 2.1,
        }),
      ],
    }),
  ];
}

let dir: TempDir;
beforeEach(() => {
  dir = tempDir();
});
afterEach(() => dir.remove());

describe('catalog round trip', () => {
  it('stores papers, claims, hardware and tags and reads them back', () => {
    const path = writeFixtureCatalog(dir.file('c.db'), samplePapers());
    const db = openCatalog(path);
    const paper = db.prepare('SELECT * FROM papers').get() as Record<string, unknown>;
    expect(paper).toMatchObject({ id: 1, title: 'FastThing: Faster Inference', short_name: 'FastThing', abstract: ABSTRACT });
    const claim = db.prepare('SELECT * FROM claims').get() as Record<string, unknown>;
    expect(claim).toMatchObject({ paper_id: 1, metric: 'speedup', value: 2.1, unit: 'x', baseline: 'vLLM', factor: 2.1 });
    expect(ABSTRACT.slice(Number(claim['span_start']), Number(claim['span_end']))).toBe('2.1x faster than vLLM');
    expect(db.prepare('SELECT name, class, vendor FROM hardware').all()).toEqual([{ name: 'A100', class: 'gpu', vendor: 'NVIDIA' }]);
    expect(db.prepare('SELECT tag FROM paper_tags').pluck().all()).toEqual(['quantization']);
    db.close();
  });

  it('types numbers as REAL, never text', () => {
    const db = openCatalog(writeFixtureCatalog(dir.file('c.db'), samplePapers()));
    expect(db.prepare('SELECT typeof(value) AS v, typeof(factor) AS f FROM claims').get()).toEqual({ v: 'real', f: 'real' });
    db.close();
  });

  it('indexes titles and abstracts with porter stemming', () => {
    const db = openCatalog(writeFixtureCatalog(dir.file('c.db'), samplePapers()));
    const hits = db.prepare("SELECT rowid FROM papers_fts WHERE papers_fts MATCH 'quantization'").pluck().all();
    expect(hits).toEqual([1]);
    db.close();
  });

  it('records the schema version and how the catalog was made', () => {
    writeCatalog(dir.file('c.db'), samplePapers(), { extractorVersion: 'x1', sourcesFingerprint: 'f1', sources: ['a.txt'] });
    const db = openCatalog(dir.file('c.db'));
    expect(readMeta(db)).toMatchObject({
      schema_version: SCHEMA_VERSION,
      extractor_version: 'x1',
      sources_fingerprint: 'f1',
      sources: ['a.txt'],
    });
    db.close();
  });
});

describe('atomic rebuild', () => {
  it('replaces the catalog whole, and an open reader keeps its consistent view', () => {
    const path = writeFixtureCatalog(dir.file('c.db'), samplePapers('Old Paper: One'));
    const reader = openCatalog(path);
    writeFixtureCatalog(path, samplePapers('New Paper: Two'));
    expect(reader.prepare('SELECT title FROM papers').pluck().get()).toBe('Old Paper: One');
    reader.close();
    const fresh = openCatalog(path);
    expect(fresh.prepare('SELECT title FROM papers').pluck().get()).toBe('New Paper: Two');
    fresh.close();
  });

  it('leaves the old catalog byte for byte, and no temporary file, when a build fails', () => {
    const path = writeFixtureCatalog(dir.file('c.db'), samplePapers());
    const before = readFileSync(path);
    const broken = samplePapers().map((paper) => ({
      ...paper,
      // A claim without evidence violates NOT NULL half-way through the write.
      claims: [...paper.claims, { ...paper.claims[0]!, evidence: null as unknown as string }],
    }));
    expect(() => writeCatalog(path, broken, { extractorVersion: 'x', sourcesFingerprint: 'f', sources: [] })).toThrow(DataError);
    expect(readFileSync(path).equals(before)).toBe(true);
    expect(readdirSync(dir.path)).toEqual(['c.db']);
  });
});

describe('openCatalog refuses what it cannot read', () => {
  it('names a missing file and how to build it', () => {
    expect(() => openCatalog(dir.file('none.db'))).toThrow(/no catalog at .*none\.db/);
  });

  it('refuses a file that is not SQLite, without changing it', () => {
    const path = dir.file('junk.db');
    writeFileSync(path, 'this is not a database, just some text that is long enough '.repeat(20));
    const before = readFileSync(path);
    expect(() => openCatalog(path)).toThrow(/corrupt or not a SQLite database/);
    expect(readFileSync(path).equals(before)).toBe(true);
  });

  it('refuses a SQLite file that is not an effcat catalog', () => {
    const path = dir.file('other.db');
    const db = new Database(path);
    db.exec('CREATE TABLE t (x)');
    db.close();
    expect(() => openCatalog(path)).toThrow(/is not an effcat catalog/);
  });

  it('refuses a catalog of another schema version with a rebuild hint', () => {
    const path = writeFixtureCatalog(dir.file('c.db'), samplePapers());
    const db = new Database(path);
    db.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
    db.close();
    const error = (() => {
      try {
        openCatalog(path);
      } catch (caught) {
        return caught as DataError;
      }
      return undefined;
    })();
    expect(error?.message).toMatch(new RegExp(`schema version ${SCHEMA_VERSION + 1}`));
    expect(error?.hint).toBe(`rebuild it with: effcat --db ${path} build`);
    expect(existsSync(path)).toBe(true);
  });
});

/**
 * The catalog's schema. Numbers are REAL columns (never text) so they sort and compare as
 * numbers; words go to the FTS5 index (the default tokenizer would split "2.5x" anyway).
 *
 * Bump SCHEMA_VERSION on any change here: it is stored in PRAGMA user_version, and a catalog
 * of another version is rebuilt (the default one) or refused with a message (one named by --db).
 */
export const SCHEMA_VERSION = 1;

export const SCHEMA_SQL = `
CREATE TABLE meta (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE papers (
  id            INTEGER PRIMARY KEY,
  source        TEXT NOT NULL,
  external_id   TEXT,
  title         TEXT NOT NULL,
  display_title TEXT NOT NULL,
  short_name    TEXT NOT NULL,
  abstract      TEXT NOT NULL,
  url           TEXT,
  date          TEXT,
  source_line   INTEGER,
  -- Words the paper does not write but is about (technique tags, hardware classes and names),
  -- indexed beside title and abstract so that "gpu" also finds a paper that says "A100".
  keywords      TEXT NOT NULL DEFAULT ''
);

CREATE TABLE hardware (
  id     INTEGER PRIMARY KEY,
  name   TEXT NOT NULL UNIQUE,
  class  TEXT NOT NULL,
  vendor TEXT
);

CREATE TABLE claims (
  id             INTEGER PRIMARY KEY,
  paper_id       INTEGER NOT NULL REFERENCES papers(id),
  metric         TEXT NOT NULL,
  value          REAL NOT NULL,
  value_max      REAL,
  unit           TEXT NOT NULL,
  direction      TEXT,
  qualifier      TEXT,
  baseline       TEXT,
  hardware       TEXT,
  hardware_class TEXT,
  hardware_id    INTEGER REFERENCES hardware(id),
  phase          TEXT,
  subject        TEXT,
  evidence       TEXT NOT NULL,
  span_start     INTEGER NOT NULL,
  span_end       INTEGER NOT NULL,
  sentence       TEXT NOT NULL,
  factor         REAL,
  factor_max     REAL,
  parser         TEXT NOT NULL
);
CREATE INDEX claims_by_paper ON claims(paper_id);
CREATE INDEX claims_by_metric ON claims(metric, factor);

CREATE TABLE paper_tags (
  paper_id INTEGER NOT NULL REFERENCES papers(id),
  tag      TEXT NOT NULL,
  PRIMARY KEY (paper_id, tag)
) WITHOUT ROWID;
CREATE INDEX paper_tags_by_tag ON paper_tags(tag);

-- External-content FTS5 index (sqlite-utils style): the text lives once, in papers.
-- Porter stemming so "quantization" finds "quantized".
CREATE VIRTUAL TABLE papers_fts USING fts5(
  title, abstract, keywords,
  content='papers', content_rowid='id',
  tokenize='porter unicode61 remove_diacritics 2'
);
`;

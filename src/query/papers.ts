/**
 * Papers by the names people call them (an id, a short name, words of the title), and one
 * paper in full for `effcat show`.
 */
import type { Db } from '../store/catalog.js';

export interface PaperRef {
  readonly id: number;
  readonly short_name: string;
  readonly title: string;
}

/**
 * The papers a reference names, trying the most precise reading first: an id, then an exact
 * short name or title (case-insensitive), then papers whose title or short name contains
 * every word. The first reading that finds anything wins, so "OliVe" names OliVe even when
 * another title mentions the word.
 */
export function findPapers(db: Db, reference: string): PaperRef[] {
  const text = reference.trim();
  if (text === '') return [];
  const select = 'SELECT id, short_name, title FROM papers';
  if (/^\d+$/.test(text)) {
    return db.prepare(`${select} WHERE id = ?`).all(Number(text)) as PaperRef[];
  }
  const exact = db
    .prepare(`${select} WHERE short_name = ? COLLATE NOCASE OR title = ? COLLATE NOCASE OR display_title = ? COLLATE NOCASE ORDER BY id`)
    .all(text, text, text) as PaperRef[];
  if (exact.length > 0) return exact;
  const words = text.toLowerCase().split(/\s+/).filter(Boolean);
  const papers = db.prepare(`SELECT id, short_name, title, display_title FROM papers ORDER BY id`).all() as (PaperRef & {
    display_title: string;
  })[];
  const named = (paper: PaperRef & { display_title: string }): string =>
    `${paper.short_name} ${paper.title} ${paper.display_title}`.toLowerCase();
  // Words at the start of title words first ("nas" is not "dyNAmic"), then anywhere ("llm" in "FlightLLM").
  const startsWords = papers.filter((paper) => words.every((word) => hasWordStarting(named(paper), word)));
  const found = startsWords.length > 0 ? startsWords : papers.filter((paper) => words.every((word) => named(paper).includes(word)));
  return found.map(({ id, short_name, title }) => ({ id, short_name, title }));
}

function hasWordStarting(text: string, word: string): boolean {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    if (at === 0 || !/[\p{L}\p{N}]/u.test(text[at - 1] ?? '')) return true;
  }
  return false;
}

export interface PaperDevice {
  readonly name: string;
  readonly class: string;
  readonly vendor: string | null;
}

export interface PaperDetail extends PaperRef {
  readonly display_title: string;
  readonly abstract: string;
  readonly source: string;
  readonly source_line: number | null;
  readonly external_id: string | null;
  readonly url: string | null;
  readonly date: string | null;
  readonly tags: readonly string[];
  /** Devices its claims name (normalized), then classes named without a device, by first mention. */
  readonly hardware: readonly PaperDevice[];
}

export function paperDetail(db: Db, id: number): PaperDetail | undefined {
  const paper = db
    .prepare(
      `SELECT id, short_name, title, display_title, abstract, source, source_line, external_id, url, date
         FROM papers WHERE id = ?`,
    )
    .get(id) as Omit<PaperDetail, 'tags' | 'hardware'> | undefined;
  if (!paper) return undefined;
  const tags = db.prepare('SELECT tag FROM paper_tags WHERE paper_id = ? ORDER BY tag').pluck().all(id) as string[];
  const hardware = db
    .prepare(
      `SELECT coalesce(h.name, c.hardware_class) AS name, coalesce(h.class, c.hardware_class) AS class, h.vendor AS vendor
         FROM claims c LEFT JOIN hardware h ON h.id = c.hardware_id
        WHERE c.paper_id = ? AND c.hardware_class IS NOT NULL
        GROUP BY 1 ORDER BY min(c.span_start)`,
    )
    .all(id) as PaperDevice[];
  return { ...paper, tags, hardware };
}

/** Technique tags of the given papers, for grouping claims by technique. */
export function paperTags(db: Db, paperIds: readonly number[]): Map<number, string[]> {
  const tags = new Map<number, string[]>();
  if (paperIds.length === 0) return tags;
  const unique = [...new Set(paperIds)];
  const rows = db
    .prepare(`SELECT paper_id, tag FROM paper_tags WHERE paper_id IN (${unique.map(() => '?').join(', ')}) ORDER BY paper_id, tag`)
    .all(...unique) as { paper_id: number; tag: string }[];
  for (const row of rows) {
    const list = tags.get(row.paper_id) ?? [];
    list.push(row.tag);
    tags.set(row.paper_id, list);
  }
  return tags;
}

/**
 * Reader for papers as JSON — an array of objects, or one object per line (JSON lines) — the
 * shape scripts and APIs produce (arXiv API dumps, Hugging Face datasets, a scraper's output).
 * Each record needs a title and an abstract; common alternative field names are accepted.
 * Pure: text in, papers and warnings out.
 */
import type { ReadResult, ReadWarning, SourcePaper } from './types.js';

const TITLE_FIELDS = ['title', 'paper_title', 'name'] as const;
const ABSTRACT_FIELDS = ['abstract', 'summary', 'paper_abstract', 'text'] as const;
const ID_FIELDS = ['external_id', 'arxiv_id', 'arxiv', 'id', 'paper_id', 'doi'] as const;
const URL_FIELDS = ['url', 'link', 'pdf_url', 'abs_url'] as const;
const DATE_FIELDS = ['date', 'published', 'published_at', 'publishedAt', 'year'] as const;

/** True when the text looks like JSON papers rather than a listing. */
export function looksLikeJson(text: string): boolean {
  return /^\s*[[{]/.test(text);
}

export function readJsonPapers(text: string, source: string): ReadResult {
  const warnings: ReadWarning[] = [];
  const records: { value: unknown; line: number }[] = [];
  const trimmed = text.trimStart();
  if (trimmed.startsWith('[')) {
    try {
      const parsed = JSON.parse(text) as unknown;
      if (Array.isArray(parsed)) parsed.forEach((value, i) => records.push({ value, line: i + 1 }));
    } catch (error) {
      warnings.push({ line: 1, message: `not valid JSON: ${error instanceof Error ? error.message : String(error)}` });
    }
  } else {
    text.split('\n').forEach((line, i) => {
      if (line.trim() === '') return;
      try {
        records.push({ value: JSON.parse(line) as unknown, line: i + 1 });
      } catch {
        warnings.push({ line: i + 1, message: 'not a JSON object' });
      }
    });
  }
  const papers: SourcePaper[] = [];
  for (const { value, line } of records) {
    const record = isObject(value) ? value : undefined;
    const title = record && pick(record, TITLE_FIELDS);
    const abstract = record && pick(record, ABSTRACT_FIELDS);
    if (!title || !abstract) {
      warnings.push({ line, message: `record without ${title ? 'an abstract' : 'a title'}` });
      continue;
    }
    papers.push({
      source,
      external_id: pick(record, ID_FIELDS) ?? null,
      title,
      abstract,
      url: pick(record, URL_FIELDS) ?? null,
      date: pick(record, DATE_FIELDS) ?? null,
      line,
    });
  }
  return { papers, warnings };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The first field present as a non-empty string (or number, for ids and years). */
function pick(record: Record<string, unknown>, fields: readonly string[]): string | undefined {
  for (const field of fields) {
    const value = record[field];
    if (typeof value === 'string' && value.trim() !== '') return value;
    if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  }
  return undefined;
}

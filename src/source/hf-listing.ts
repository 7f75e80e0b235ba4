/**
 * Reader for a Hugging Face papers listing pasted as text: page chrome ("new", "Subscribe",
 * a date, upvote counts, author lines ...) around title / abstract pairs separated by blank lines.
 *
 * The reader does not know any particular day's chrome. It classifies each block (a run of
 * non-blank lines) by shape: an abstract is long prose; a title is a short line of words;
 * chrome is what matches a known chrome shape (numbers, dates, bylines, author lists, buttons).
 * Each abstract is paired with the nearest title-like block before it.
 */
import type { ReadResult, ReadWarning, SourcePaper } from './types.js';

interface Block {
  readonly text: string;
  /** 1-based line number of the block's first line. */
  readonly line: number;
}

type BlockKind = 'abstract' | 'title' | 'chrome' | 'date';

const MONTHS = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?';
const DATE_PATTERN = new RegExp(
  `^(?:(?:Published|Submitted|Updated)\\s+(?:on\\s+)?)?(?:${MONTHS}\\s+\\d{1,2}(?:,?\\s+\\d{4})?|\\d{1,2}\\s+${MONTHS}(?:\\s+\\d{4})?|\\d{4}-\\d{2}-\\d{2})$`,
  'i',
);
const ARXIV_ID_PATTERN = /\b(?:arXiv:|arxiv\.org\/(?:abs|pdf)\/|huggingface\.co\/papers\/)(\d{4}\.\d{4,5})(?:v\d+)?\b/i;

/** Chrome shapes seen on listing pages: counters, buttons, bylines, author counts, links. */
const CHROME_PATTERNS: readonly RegExp[] = [
  /^[\d.,\s]*[kKmM]?$/, // upvote or comment counts: "42", "1.2k"
  /^(?:new|subscribe|upvote|upvoted|share|follow|login|log in|sign up|trending|daily papers|papers|previous(?: day| page)?|next(?: day| page)?|view all|submit(?: a paper)?|submitted by.*|by\s?\S+.*community.*|get trending papers.*)$/i,
  /^(?:·\s*)?\d+\s+authors?$/i,
  /^(?:https?:\/\/|www\.)\S+$/i,
  /^[#·•|\-–—*\s]+$/,
];

const ABSTRACT_MIN_WORDS = 40;
const TITLE_MAX_WORDS = 40;

export function readHfListing(text: string, source: string): ReadResult {
  const blocks = splitBlocks(text);
  const kinds = blocks.map(classifyBlock);
  const papers: SourcePaper[] = [];
  const warnings: ReadWarning[] = [];
  let listingDate: string | null = null;
  let pendingTitle: Block | null = null;
  let pendingArxiv: string | null = null;
  let seenPaper = false;

  for (const [i, block] of blocks.entries()) {
    const kind = kinds[i];
    if (kind === 'date') {
      listingDate ??= block.text.trim();
      continue;
    }
    if (kind === 'chrome') {
      pendingArxiv = ARXIV_ID_PATTERN.exec(block.text)?.[1] ?? pendingArxiv;
      continue;
    }
    if (kind === 'title') {
      // Two title-like blocks in a row: before the first paper the earlier one is page chrome
      // ("Get trending papers ..."); between papers it is a title whose abstract is missing,
      // unless it reads as an author list, which sits between a title and its abstract.
      if (pendingTitle && isAuthorList(block.text)) continue;
      if (pendingTitle && seenPaper && !isAuthorList(pendingTitle.text)) {
        warnings.push({
          line: pendingTitle.line,
          message: `title without an abstract: "${truncate(pendingTitle.text, 60)}"`,
        });
      }
      pendingTitle = block;
      continue;
    }
    // An abstract.
    if (!pendingTitle) {
      warnings.push({ line: block.line, message: `abstract without a title: "${truncate(block.text, 60)}"` });
      continue;
    }
    const arxiv = ARXIV_ID_PATTERN.exec(block.text)?.[1] ?? pendingArxiv;
    papers.push({
      source,
      external_id: arxiv ? `arXiv:${arxiv}` : null,
      title: pendingTitle.text,
      abstract: block.text,
      url: arxiv ? `https://arxiv.org/abs/${arxiv}` : null,
      date: listingDate,
      line: pendingTitle.line,
    });
    seenPaper = true;
    pendingTitle = null;
    pendingArxiv = null;
  }
  if (pendingTitle && seenPaper) {
    warnings.push({ line: pendingTitle.line, message: `title without an abstract: "${truncate(pendingTitle.text, 60)}"` });
  }
  return { papers, warnings };
}

/** Blocks are runs of non-blank lines; each keeps its exact text (CR of CRLF dropped). */
function splitBlocks(text: string): Block[] {
  const lines = text.split('\n').map((line) => (line.endsWith('\r') ? line.slice(0, -1) : line));
  const blocks: Block[] = [];
  let current: string[] = [];
  let start = 0;
  const flush = (): void => {
    if (current.length > 0) blocks.push({ text: current.join('\n'), line: start + 1 });
    current = [];
  };
  for (const [i, line] of lines.entries()) {
    if (line.trim() === '') {
      flush();
      continue;
    }
    if (current.length === 0) start = i;
    current.push(line);
  }
  flush();
  return blocks.map((block) => ({ ...block, text: block.text.replace(/^\uFEFF/, '') }));
}

function classifyBlock(block: Block): BlockKind {
  const text = block.text.trim();
  if (DATE_PATTERN.test(text)) return 'date';
  if (CHROME_PATTERNS.some((pattern) => pattern.test(text))) return 'chrome';
  const words = countWords(text);
  if (words >= ABSTRACT_MIN_WORDS && /[.!?)\]]["')\]]*$/.test(text)) return 'abstract';
  if (words >= ABSTRACT_MIN_WORDS * 2) return 'abstract';
  if (words <= TITLE_MAX_WORDS && /\p{L}{2}/u.test(text) && words >= 2) return 'title';
  return 'chrome';
}

/** "Ada Lovelace, Alan Turing, Grace Hopper" — names separated by commas, no title words. */
function isAuthorList(text: string): boolean {
  const parts = text.split(/\s*(?:,|\band\b|·)\s*/).filter((part) => part.length > 0);
  if (parts.length < 2) return false;
  return parts.every((part) => /^(?:\p{Lu}[\p{L}'’.-]*\s+){1,3}\p{Lu}[\p{L}'’.-]*$/u.test(part));
}

function countWords(text: string): number {
  return text.split(/\s+/).filter((word) => word.length > 0).length;
}

function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

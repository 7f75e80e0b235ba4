/**
 * The snippet a search shows for a paper: the stretch of its abstract, about SNIPPET_WORDS long,
 * that holds the most of the search's clauses, matches wrapped in highlight marks. Made from the
 * matches the ranking found, so the snippet shows why a paper ranked (an "A100" for `gpu`).
 * Pure.
 */
import { MARK_END, MARK_START } from './marks.js';
import type { Hit } from './relevance.js';
import { wordSpans } from './words.js';

export const SNIPPET_WORDS = 24;
/** Words shown before the first match of a stretch, for context. */
const LEAD = 3;
const ELLIPSIS = '…';


/**
 * `wordCount` is how many words the text has (as `words` splits it), when the caller knows: the
 * stretch is chosen from word positions alone, and only its words are then located in the text.
 */
export function makeSnippet(text: string, hits: readonly Hit[], wordCount?: number, size = SNIPPET_WORDS): string {
  const total = wordCount ?? wordSpans(text).length;
  if (total === 0) return '';
  const sorted = [...hits].sort((a, b) => a.from - b.from || b.to - a.to);
  let bestStart = 0;
  let bestScore = -1;
  const starts = new Set([0, ...sorted.map((hit) => Math.max(0, Math.min(hit.from - LEAD, total - size)))]);
  for (const start of [...starts].sort((a, b) => a - b)) {
    const inside = sorted.filter((hit) => hit.from >= start && hit.to <= start + size);
    // Most clauses first, then most matches; the earliest such stretch wins ties.
    const score = new Set(inside.map((hit) => hit.clause)).size * 1000 + inside.length;
    if (score > bestScore) {
      bestScore = score;
      bestStart = start;
    }
  }
  const end = Math.min(total, bestStart + size);
  const spans = wordSpans(text, end);
  const marks = mergeRanges(sorted.filter((hit) => hit.from >= bestStart && hit.to <= end));
  let out = bestStart > 0 ? ELLIPSIS : '';
  // From the very start, and to the very end (its full stop), when the stretch reaches them.
  let cursor = bestStart > 0 ? (spans[bestStart]?.start ?? 0) : 0;
  for (const [from, to] of marks) {
    const markStart = spans[from]?.start ?? cursor;
    const markEnd = spans[to - 1]?.end ?? markStart;
    out += `${text.slice(cursor, markStart)}${MARK_START}${text.slice(markStart, markEnd)}${MARK_END}`;
    cursor = markEnd;
  }
  if (end < total) return `${out}${text.slice(cursor, spans[end - 1]?.end ?? cursor)}${ELLIPSIS}`;
  return `${out}${text.slice(cursor)}`;
}

/** Overlapping and touching matches as one highlighted stretch. */
function mergeRanges(hits: readonly Hit[]): [number, number][] {
  const ranges: [number, number][] = [];
  for (const hit of hits) {
    const last = ranges[ranges.length - 1];
    if (last && hit.from <= last[1]) last[1] = Math.max(last[1], hit.to);
    else ranges.push([hit.from, hit.to]);
  }
  return ranges;
}

/**
 * Small readers over the normalized text shared by the parsers: clause bounds, the words left and
 * right of a number, and the nearest metric keyword in a few words. All bounded: a window is at
 * most a few hundred characters and a scan at most a few words.
 */
import type { Metric } from '../types.js';
import type { ParseContext, Reading, Span } from '../pipeline.js';
import type { Quantity } from '../recognizers/numbers.js';
import { memoKey } from '../document.js';
import { onReading } from '../text/reading.js';
import { metricAt, type MetricMatch } from '../vocabulary/metrics.js';

const LEFT_LIMIT = 200;

/** The preposition a setting is named after: "throughput at batch size 32", "with a context length of". */
export const SETTING_BEFORE = /\b(?:at|with|under|for) (?:a |an |the )?$/i;
const RIGHT_LIMIT = 140;

/**
 * The ")" closing a parenthesis opened at `open`, when it is at most `reach` characters on, else
 * -1 (searched that far only: a text of open parentheses must not be searched to its end for each).
 */
function closingWithin(text: string, open: number, reach: number): number {
  const end = Math.min(text.length, open + reach + 1);
  for (let i = open; i < end; i++) if (text.charCodeAt(i) === 41) return i;
  return -1;
}

const ABBREVIATION = / \([A-Za-z][A-Za-z0-9-]{0,9}\)$/;

/** Where the " (ABBR)" closing at `close` opens (its space), or -1 when no abbreviation closes there. */
function abbreviationOpen(text: string, close: number): number {
  const match = ABBREVIATION.exec(text.slice(Math.max(0, close - 12), close + 1));
  return match ? close + 1 - match[0].length : -1;
}

/** Start of the clause holding `pos`: after ; : ( ) or a dash, within the sentence. */
export function clauseStart(text: string, sentenceStart: number, pos: number): number {
  const floor = Math.max(sentenceStart, pos - LEFT_LIMIT);
  for (let i = pos - 1; i >= floor; i--) {
    // (By character code: ; : ) — ( -)
    const ch = text.charCodeAt(i);
    if (ch === 41) {
      // "a word error rate (WER) of": an abbreviation in parentheses names what stands before it.
      const open = abbreviationOpen(text, i);
      if (open > floor) {
        i = open;
        continue;
      }
    }
    if (ch === 59 || ch === 58 || ch === 41 || ch === 0x2014) return i + 1;
    if (ch === 40) {
      // "(e.g., 9.7x - 3,201x)": the parenthesis explains what stands before it.
      const inside = text.slice(i + 1, pos).trim();
      if (/^(?:e\.g\.|i\.e\.|eg\.|ie\.|e\.g\.,|i\.e\.,)?$/i.test(inside)) continue;
      return i + 1;
    }
    if (ch === 45 && text.charCodeAt(i - 1) === 45) return i + 1;
  }
  return floor;
}

/** End of the clause holding `pos`: before ; ( ) or the sentence end. */
export function clauseEnd(text: string, sentenceEnd: number, pos: number): number {
  const ceiling = Math.min(sentenceEnd, pos + RIGHT_LIMIT);
  for (let i = pos; i < ceiling; i++) {
    // (By character code: ( ; ) — : -)
    const ch = text.charCodeAt(i);
    if (ch === 40) {
      // "(MAC)", "(iso-QoR)": a short aside inside the phrase, not the end of the clause.
      const close = closingWithin(text, i, 24);
      if (close > i && !/\d/.test(text.slice(i, close))) {
        i = close;
        continue;
      }
      return i;
    }
    if (ch === 59 || ch === 41 || ch === 0x2014 || (ch === 58 && text.charCodeAt(i + 1) === 32)) return i;
    if (ch === 45 && text.charCodeAt(i + 1) === 45) return i;
  }
  return ceiling;
}

export interface Windows {
  /** Clause text before the group of numbers (shared by all members). */
  readonly left: string;
  readonly leftStart: number;
  /** Clause text after the group (its shared head: "speedups compared to ..."). */
  readonly right: string;
  readonly rightStart: number;
  /** Text after this quantity up to the next member of its group (or the group's end). */
  readonly own: string;
}

const WINDOWS = memoKey<Map<Quantity, Windows>>('windows by quantity');

/** The windows of a number, computed once per number (every parser asks for them). */
export function windowsOf(context: ParseContext): Windows {
  const byQuantity = context.doc.memo(WINDOWS, () => new Map<Quantity, Windows>());
  let windows = byQuantity.get(context.quantity);
  if (!windows) {
    windows = computeWindows(context);
    byQuantity.set(context.quantity, windows);
  }
  return windows;
}

function computeWindows(context: ParseContext): Windows {
  const { doc, group, sentence, quantity } = context;
  const text = doc.text;
  const leftStart = clauseStart(text, sentence.start, group.start);
  const rightEnd = clauseEnd(text, sentence.end, group.end);
  const next = group.members[context.position + 1];
  return {
    left: text.slice(leftStart, group.start),
    leftStart,
    right: text.slice(group.end, rightEnd),
    rightStart: group.end,
    own: text.slice(quantity.end, next ? next.start : group.end),
  };
}

/** What a token is made of: a word ([A-Za-z0-9@] then [A-Za-z0-9@'’+^./_-]*), or one other non-space mark. */
const WORD_START = 1;
const WORD_PART = 2;
const TOKEN_CLASS = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  const ch = String.fromCharCode(c);
  if (/[A-Za-z0-9@]/.test(ch)) TOKEN_CLASS[c] = WORD_START | WORD_PART;
  else if (/['+^./_-]/.test(ch)) TOKEN_CLASS[c] = WORD_PART;
}

/** JavaScript's \s: the characters a token never starts with. */
function isRegexSpace(c: number): boolean {
  return (
    (c >= 9 && c <= 13) || c === 32 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 ||
    c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

export interface Token {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly lower: string;
}

/** Tokens (words and single punctuation marks) of text[from, to), at most `max`. */
export function tokens(text: string, from: number, to: number, max = 40): Token[] {
  return tokensOf(text, tokenSpans(text, from, to, max), 0);
}

/**
 * The last `count` of tokens(text, from, to, max), made without making the others (parsers look
 * at the few words before a number in a window of many).
 */
export function lastTokens(text: string, from: number, to: number, max: number, count: number): Token[] {
  const spans = tokenSpans(text, from, to, max);
  return tokensOf(text, spans, Math.max(0, spans.length - 2 * count));
}

function tokensOf(text: string, spans: readonly number[], from: number): Token[] {
  const out: Token[] = [];
  for (let i = from; i < spans.length; i += 2) {
    const start = spans[i] as number;
    const end = spans[i + 1] as number;
    const word = text.slice(start, end);
    out.push({ start, end, text: word, lower: word.toLowerCase() });
  }
  return out;
}

/** Where the tokens of text[from, to) are, at most `max`: start and end of each, one after the other. */
function tokenSpans(text: string, from: number, to: number, max: number): number[] {
  const out: number[] = [];
  const n = text.length;
  let pos = from;
  while (pos < to && out.length < 2 * max) {
    while (pos < to && text.charCodeAt(pos) === 32) pos++;
    if (pos >= to) break;
    const first = text.charCodeAt(pos);
    let length: number;
    if (first < 128 ? (TOKEN_CLASS[first] as number) & WORD_START : 0) {
      // A word runs on through its parts (a word may run past `to`: it is cut there below).
      let j = pos + 1;
      while (j < n) {
        const c = text.charCodeAt(j);
        if (c < 128 ? !((TOKEN_CLASS[c] as number) & WORD_PART) : c !== 0x2019) break;
        j++;
      }
      length = j - pos;
    } else if (isRegexSpace(first)) {
      pos++;
      continue;
    } else {
      length = 1;
    }
    let end = Math.min(to, pos + length);
    // A trailing full stop or comma belongs to the sentence, not the word.
    while (end > pos + 1 && (text[end - 1] === '.' || text[end - 1] === ',')) end--;
    out.push(pos, end);
    pos = end;
  }
  return out;
}

/** Words a metric search forward may not cross: they start the baseline or another clause. */
const STOP_FORWARD: ReadonlySet<string> = new Set([
  'than', 'compared', 'comparing', 'versus', 'vs', 'vs.', 'over', 'against', 'relative', 'while', 'whereas', 'but',
  'and', 'or', 'with', 'at', 'for', 'when', 'by', 'respectively', 'which', 'that', 'to', 'as', 'without', 'under',
  'from', 'across', 'using', 'per', 'after', 'before', 'during', 'is', 'are', 'was', 'were', 'achieving', 'reaching',
  'thanks', 'through', 'via', 'if', 'because', 'since', 'so', 'thus', 'hence', 'on', 'within', 'among', ',', ';', '.',
  ':', '!', '?', '"',
]);

/**
 * The first metric keyword after `from`, within `maxWords` words, not crossing a stop word.
 * Parenthesized acronyms are skipped ("Multiply-Accumulate (MAC) operations").
 */
export function metricForward(
  text: string,
  from: number,
  to: number,
  maxWords: number,
  passWords: ReadonlySet<string> = EMPTY,
): MetricMatch | null {
  let pos = from;
  let words = 0;
  while (pos < to && words <= maxWords) {
    while (pos < to && text[pos] === ' ') pos++;
    if (pos >= to) return null;
    if (text[pos] === '(') {
      const close = closingWithin(text, pos, 24);
      if (close > 0 && close < to) {
        pos = close + 1;
        continue;
      }
      return null;
    }
    const match = metricAt(text, pos);
    if (match && match.end <= to) return match;
    const [token] = tokens(text, pos, to, 1);
    if (!token) return null;
    if (STOP_FORWARD.has(token.lower) && !passWords.has(token.lower)) return null;
    // ("68.9% 5-shot MMLU accuracy": how many examples a score is taken with is part of its name.)
    if (/^\d/.test(token.text) && !/^\d+-shot$/i.test(token.text)) return null;
    words++;
    pos = token.end;
  }
  return null;
}

const EMPTY: ReadonlySet<string> = new Set();

/** Words a backward metric search may not cross. */
const STOP_BACKWARD: ReadonlySet<string> = new Set([
  'than', 'compared', 'while', 'whereas', 'but', 'which', 'that', 'when', ';', ':', '.', 'respectively', 'over',
  'against', 'versus', 'vs', 'vs.',
]);

/** The last space of the text last asked about (text/reading.ts). */
let spacesOf: string | null = null;
let lastSpace = -1;
onReading((text) => {
  spacesOf = text;
  lastSpace = text.lastIndexOf(' ');
});

/**
 * Where a backward search's tail starts: after the first space at or after `start`, else at
 * `start`. Searched within [start, to) only: a space at or past `to` leaves an empty tail, and
 * whether there is one is the text's last space (a search to the end of a text with no spaces,
 * for every number, would take time quadratic in its length).
 */
function tailStart(text: string, start: number, to: number): number {
  for (let i = start; i < to; i++) if (text.charCodeAt(i) === 32) return i + 1;
  if (text !== spacesOf) {
    spacesOf = text;
    lastSpace = text.lastIndexOf(' ');
  }
  return lastSpace >= start ? to : start;
}

/** The metric keyword closest before `to`, within `maxWords` words after `from`. */
export function metricBackward(text: string, from: number, to: number, maxWords: number, { crossCommas = maxWords > 4 } = {}): MetricMatch | null {
  // Words are rarely longer than 16 characters: only the tail that can hold maxWords is read,
  // from its first space (when the text has no space after the tail start, from that start).
  const start = Math.max(from, to - (maxWords + 4) * 16);
  // Only the spans: the few tokens read from the end are cut out as they are reached.
  const spans = tokenSpans(text, start === from ? from : tailStart(text, start, to), to, 60);
  let words = 0;
  for (let i = spans.length - 2; i >= 0 && words <= maxWords; i -= 2) {
    const tokenStart = spans[i] as number;
    const tokenEnd = spans[i + 1] as number;
    const comma = tokenEnd - tokenStart === 1 && text.charCodeAt(tokenStart) === 44;
    if ((!crossCommas && comma) || STOP_BACKWARD.has(text.slice(tokenStart, tokenEnd).toLowerCase())) return null;
    const match = metricAt(text, tokenStart);
    if (match && match.end <= to) {
      // A longer keyword may start one or two words earlier ("energy efficiency", "GPU memory").
      for (let j = Math.max(0, i - 4); j < i; j += 2) {
        const earlier = metricAt(text, spans[j] as number);
        if (earlier && earlier.end >= match.end && earlier.end <= to) return earlier;
      }
      return match;
    }
    if (!comma) words++;
  }
  return null;
}

/** The head of two keywords written together: a longer keyword may end it ("GPU memory traffic" is memory traffic). */
function headOf(text: string, first: MetricMatch, second: MetricMatch): MetricMatch {
  for (let i = text.indexOf(' ', first.start); i >= 0 && i < first.end; i = text.indexOf(' ', i + 1)) {
    const longer = metricAt(text, i + 1);
    if (longer && longer.end >= second.end) return longer;
  }
  return second;
}

/**
 * All metric keywords in text[from, to), left to right, not overlapping. Keywords written right
 * after each other name one measure ("KV-cache memory", "DRAM access energy"): the last is its
 * head, and the measure spans them all. Only a list ("memory and latency", "latency/energy")
 * names several.
 */
export function metricsIn(text: string, from: number, to: number): MetricMatch[] {
  const found: MetricMatch[] = [];
  for (const token of tokens(text, from, to, 40)) {
    // "latency/energy" is two measures.
    const starts = [token.start];
    for (let i = token.text.indexOf('/'); i >= 0; i = token.text.indexOf('/', i + 1)) starts.push(token.start + i + 1);
    for (const start of starts) {
      const last = found[found.length - 1];
      if (last && start < last.end) continue;
      const match = metricAt(text, start);
      if (!match || match.end > to) continue;
      if (last && start === last.end + 1 && start === token.start && (text[last.end] === ' ' || text[last.end] === '-')) {
        found[found.length - 1] = { ...headOf(text, last, match), start: last.start, text: text.slice(last.start, match.end) };
      } else found.push(match);
    }
  }
  return found;
}

/** The unit a claim records: the quantity's own, or `x` for a bare factor word. */
export function unitOf(quantity: Quantity): string | null {
  return quantity.unit?.unit ?? null;
}

export function isRelativeUnit(quantity: Quantity): boolean {
  const kind = quantity.unit?.kind;
  return kind === 'factor' || kind === 'percent' || kind === 'points';
}

/** What a parser states itself; the metric and its improving direction come from the keyword. */
export type ReadingParts = Pick<Reading, 'movement' | 'relative' | 'unit' | 'evidence'>;

/** A reading from a metric keyword: relative claims take the keyword's relative metric. */
export function readingFrom(parser: string, match: MetricMatch | null, fallback: Metric, parts: ReadingParts): Reading {
  const keyword = match?.keyword;
  let metric = keyword ? (parts.relative ? keyword.metric : (keyword.absoluteMetric ?? keyword.metric)) : fallback;
  // "improves performance by 3.2x": a factor of performance is a speedup; a percent is quality.
  if (keyword && parts.unit === 'x' && /performance$/i.test(match.text)) metric = 'speedup';
  // One literal of one shape (no spreads): readings are made for every number a parser reads.
  const reading: Reading = {
    parser,
    metric,
    improves: keyword?.improves ?? null,
    movement: parts.movement,
    relative: parts.relative,
    unit: parts.unit,
    evidence: parts.evidence,
    timeLike: keyword?.timeLike ?? false,
    measure: match ? { start: match.start, end: match.end } : undefined,
  };
  return reading;
}

/**
 * A reading of an absolute value: no movement, not relative; `improvesOf` says which way its
 * measure improves, `measure` where the measure is named (for phase words next to it).
 */
export function absoluteReading(parser: string, metric: Metric, unit: string, evidence: Span, improvesOf: MetricMatch | null, measure: MetricMatch | null): Reading {
  return {
    parser,
    metric,
    improves: improvesOf?.keyword.improves ?? null,
    movement: null,
    relative: false,
    unit,
    evidence,
    ...(measure ? { measure: { start: measure.start, end: measure.end } } : {}),
  };
}

/** A percent of task quality with no measure named ("reaches 41.2%", "71.2% vs. 71.8% for X"). */
export function unnamedQualityReading(parser: string, evidence: Span): Reading {
  return { parser, metric: 'accuracy', improves: 'up', movement: null, relative: false, unit: '%', evidence };
}

export function spanOf(start: number, end: number): Span {
  return { start: Math.min(start, end), end: Math.max(start, end) };
}

/**
 * Where the words that qualify this number start: right after it, or, for a member of a list
 * ("up to 3.92x and 1.45x faster"), after the whole list.
 */
export function headStart(context: ParseContext): number {
  const w = windowsOf(context);
  const ownWords = w.own.replace(/^[\s,/]*(?:and|or)?[\s,/]*$/i, '');
  return ownWords.length === 0 ? context.group.end : context.quantity.end;
}

/** Skips one space. */
export function skipSpace(text: string, pos: number): number {
  return text[pos] === ' ' ? pos + 1 : pos;
}

/** "that are", "which is only": the words between a subject and its number. */
const SUBJECT_LINK = /(?:\b(?:that|which|who)\s+)?(?:\b(?:is|are|was|were|be|being|been|becomes?|remains?)\s+)?(?:\b(?:only|just|merely|also|still|now)\s+)?(?:\b(?:up to|about|approximately|around|nearly|almost|over|more than|at least|roughly|on average)\s+)?(?:~\s?)?(?:,?\s*(?:i\.e\.|e\.g\.|namely),?\s*)?$/i;
/** "accuracy on nine downstream datasets is ...": the setting of a subject, between it and its link. */
const SUBJECT_SETTING = /\s(?:on|in|for|across|over|under|at)\s[^,;()]{1,48}$/i;

/** Words of addition a change may put before its amount: "saves a further 9%", "by another 12%". */
export const ADDITION_WORDS = 'a further|another|an additional|an extra';

/** What a gain or a multiple is over, right after its number: " over FlashAttention-2", " compared with X". */
export const OVER_SYSTEM_AFTER = /^ (?:over|above|versus|vs\.?|against|relative to|compared (?:to|with)) /i;

/** "memory per adapter", "cost of ownership per billion-vector index": what a measure is taken per. */
export const PER_BEFORE_MEASURE = / per (?:[\w-]+ ){0,2}$/i;

/** The measure a comparative refers to when it names none: the subject of its clause. */
export function subjectMetricBefore(text: string, from: number, to: number): ReturnType<typeof metricBackward> {
  const tailFrom = Math.max(from, to - 60);
  const link = SUBJECT_LINK.exec(text.slice(tailFrom, to));
  let end = link ? tailFrom + link.index : to;
  // "has 39M parameters, 11x fewer than ...": an appositive refers to the measure before its comma.
  if (text.slice(Math.max(from, end - 2), end) === ', ') end -= 2;
  let subject = metricBackward(text, from, end, 3);
  // "the total cost of ownership per billion-vector index is": what a measure is taken per is not the subject.
  const per = subject ? PER_BEFORE_MEASURE.exec(text.slice(Math.max(from, subject.start - 30), subject.start)) : null;
  if (subject && per) subject = metricBackward(text, from, subject.start - per[0].length, 3);
  if (subject || !link || link[0].trim() === '') return subject;
  const setting = SUBJECT_SETTING.exec(text.slice(Math.max(from, end - 50), end));
  if (!setting) return null;
  const settingStart = end - (Math.min(end - from, 50) - setting.index);
  const measure = metricBackward(text, from, settingStart, 2);
  return measure && measure.end === settingStart ? measure : null;
}


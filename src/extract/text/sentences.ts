/**
 * Splits normalized text into sentences without breaking on decimals (2.5x), abbreviations
 * (e.g., i.e., et al., vs., Fig.), initials, or list markers ("as follows: 1. Single-path ...").
 * One pass over the characters.
 */

export interface SentenceSpan {
  readonly index: number;
  readonly start: number;
  readonly end: number;
}

/** Words after which a period does not end a sentence (lower-cased, without the period). */
const ABBREVIATIONS: ReadonlySet<string> = new Set([
  'e.g', 'i.e', 'eg', 'ie', 'al', 'et al', 'vs', 'cf', 'fig', 'figs', 'eq', 'eqs', 'sec', 'secs', 'tab', 'no',
  'nos', 'approx', 'resp', 'w.r.t', 'wrt', 'a.k.a', 'aka', 'etc', 'dr', 'mr', 'ms', 'prof', 'ref', 'refs',
  'viz', 'ca', 'incl', 'u.s', 'st', 'ch', 'vol', 'pp', 'ed', 'eds', 'appx', 'est', 'min', 'max', 'avg', 'std',
]);

/** Abbreviations that are also units: after a number ("drops to 12 ms. It ..."), the period ends the sentence. */
const UNIT_WORDS: ReadonlySet<string> = new Set(['ms', 'min']);

function isUpper(ch: string | undefined): boolean {
  return ch !== undefined && ch.toLowerCase() !== ch;
}

function isDigit(ch: string | undefined): boolean {
  return ch !== undefined && ch >= '0' && ch <= '9';
}

/** The token (letters, digits, inner dots) that ends just before `end`. */
function tokenBefore(text: string, end: number): { token: string; start: number } {
  let i = end - 1;
  while (i >= 0) {
    const ch = text[i] as string;
    if (ch === ' ' || ch === '(' || ch === '[' || ch === '"' || ch === "'") break;
    i--;
  }
  return { token: text.slice(i + 1, end), start: i + 1 };
}

/** A list marker ("1." or "(2)") at the start of the text or right after a colon or a sentence end. */
// Tokens are tested by character code: endsSentence runs at every stop, and a regex test is a
// call into the regex engine.

/** /^[A-Z]$/: one capital letter ("J" of "J. Smith"). */
function isInitial(token: string): boolean {
  return token.length === 1 && token >= 'A' && token <= 'Z';
}

function isAsciiLetter(ch: string): boolean {
  return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z');
}

/** /^(?:[A-Za-z]\.)+[A-Za-z]$/: letters joined by dots ("U.S" of "U.S."). */
function isDottedAbbreviation(token: string): boolean {
  if (token.length < 3 || token.length % 2 === 0) return false;
  for (let i = 0; i < token.length; i++) {
    const ch = token[i] as string;
    if (i % 2 === 0 ? !isAsciiLetter(ch) : ch !== '.') return false;
  }
  return true;
}

/** /^\d{1,2}$/ */
function isOneOrTwoDigits(token: string): boolean {
  return (token.length === 1 || token.length === 2) && isDigit(token[0]) && (token.length === 1 || isDigit(token[1]));
}

function isListMarker(text: string, tokenStart: number, token: string): boolean {
  if (!isOneOrTwoDigits(token)) return false;
  let i = tokenStart - 1;
  while (i >= 0 && text[i] === ' ') i--;
  if (i < 0) return true;
  const prev = text[i];
  return prev === ':' || prev === '.' || prev === ';';
}

function endsSentence(text: string, at: number): boolean {
  const ch = text[at];
  if (ch !== '.' && ch !== '!' && ch !== '?') return false;
  // Closing quotes or brackets may follow the stop.
  let j = at + 1;
  while (j < text.length && (text[j] === '"' || text[j] === "'" || text[j] === ')')) j++;
  if (j >= text.length) return true;
  if (text[j] !== ' ') return false;
  const next = text[j + 1];
  if (next === undefined) return true;
  if (!(isUpper(next) || isDigit(next) || next === '(' || next === '"' || next === "'" || next === '[')) return false;
  if (ch !== '.') return true;
  const { token, start } = tokenBefore(text, at);
  const lower = token.toLowerCase();
  const afterNumber = isDigit(text[start - 1] === ' ' ? text[start - 2] : text[start - 1]);
  if (ABBREVIATIONS.has(lower) && !(UNIT_WORDS.has(lower) && afterNumber)) return false;
  if (lower === 'al' || lower.endsWith('et al')) return false;
  // Initials ("J. Smith") and dotted abbreviations ("U.S.") do not end sentences; a one-letter
  // unit after a number does ("at 9.3 W. It ...").
  if ((isInitial(token) && !afterNumber) || isDottedAbbreviation(token)) return false;
  if (isListMarker(text, start, token)) return false;
  return true;
}

/** Where a sentence may end: a stop, closing quotes or brackets, then a space or the end. */
const STOP = /[.!?](?=["')]*(?: |$))/g;

export function splitSentences(text: string): SentenceSpan[] {
  const sentences: SentenceSpan[] = [];
  let start = 0;
  STOP.lastIndex = 0;
  for (let stop = STOP.exec(text); stop !== null; stop = STOP.exec(text)) {
    const i = stop.index;
    if (i < start || !endsSentence(text, i)) continue;
    let end = i + 1;
    while (end < text.length && (text[end] === '"' || text[end] === "'" || text[end] === ')')) end++;
    if (end > start) sentences.push({ index: sentences.length, start, end });
    start = end;
    while (start < text.length && text[start] === ' ') start++;
    STOP.lastIndex = start;
  }
  if (start < text.length) {
    let end = text.length;
    while (end > start && text[end - 1] === ' ') end--;
    if (end > start) sentences.push({ index: sentences.length, start, end });
  }
  return sentences;
}

/**
 * Splitting text into words as FTS5's unicode61 tokenizer does (letters and digits; everything
 * else separates; accents removed), by character code rather than with `\p{L}` regexes: V8
 * builds the Unicode tables for those on first use, which costs milliseconds every time effcat
 * starts. Search runs dozens of times in a row, so this is written out. Pure.
 */

/** Offsets of a word in a text. */
export interface WordSpan {
  readonly start: number;
  readonly end: number;
}

/** Letters and digits of the scripts papers are written in; symbols and punctuation are not. */
export function isWordCode(code: number): boolean {
  if (code < 0x80) return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  if (code === 0xd7 || code === 0xf7) return false; // × ÷
  if (code < 0xc0) return code === 0xaa || code === 0xb5 || code === 0xba; // ª µ º
  if (code >= 0x2000 && code <= 0x2bff) return false; // punctuation, symbols, arrows, maths
  if (code >= 0x3000 && code <= 0x303f) return false; // CJK punctuation
  if (code >= 0xfe30 && code <= 0xfe6f) return false;
  if (code >= 0xff00 && code <= 0xff0f) return false; // full-width punctuation
  return true;
}

const NON_ASCII = /[^\u0000-\u007f]/;

/**
 * A word: the characters isWordCode accepts, as ranges (a regex runs as compiled code, much
 * faster than a loop over characters while the program is still cold).
 */
const WORD = /[0-9A-Za-z\u00aa\u00b5\u00ba\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u1fff\u2c00-\u2fff\u3040-\ufe2f\ufe70-\ufeff\uff10-\uffff]+/g;

/** Where the words of a text are (the same words, in the same order, as `words` gives), the first `limit`. */
export function wordSpans(text: string, limit = Infinity): WordSpan[] {
  const spans: WordSpan[] = [];
  WORD.lastIndex = 0;
  for (let match = WORD.exec(text); match !== null && spans.length < limit; match = WORD.exec(text)) {
    spans.push({ start: match.index, end: match.index + match[0].length });
  }
  return spans;
}

/** The words of a text, folded: the whole text at once, the fastest way while cold. */
export function words(text: string): string[] {
  return foldText(text).match(WORD) ?? [];
}

/** A text folded as FTS5 folds words: lower-case, accents removed (offsets may move). */
export function foldText(text: string): string {
  const lower = text.toLowerCase();
  return NON_ASCII.test(lower) ? lower.normalize('NFD').replace(COMBINING_MARKS, '') : lower;
}

const COMBINING_MARKS = /[\u0300-\u036f]+/g;

/** Whether a string holds a letter or digit at all. */
export function hasWordChar(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (isWordCode(text.charCodeAt(i))) return true;
  return false;
}

/** Whether every character of a word is a letter (no digits): such words take inflections. */
export function isAlphabetic(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if (!isWordCode(code) || (code >= 48 && code <= 57)) return false;
  }
  return word.length > 0;
}

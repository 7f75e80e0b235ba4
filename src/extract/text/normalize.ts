/**
 * Reads an abstract through its LaTeX and Unicode markup.
 *
 * Every recognizer and parser works on the normalized text, where `$2.3\times$` reads `2.3×`,
 * `45~\%` reads `45 %`, `−` reads `-` and runs of spaces are one space; evidence must still be the
 * raw substring, so each normalized character remembers the raw range it came from.
 * One pass over the characters, no regex: linear in the input, whatever the input is.
 */

export interface NormalizedText {
  readonly raw: string;
  readonly text: string;
  /**
   * The offset map, as segments in normalized order: segment k covers normalized characters
   * [segNorm[k], segNorm[k+1]); a copied segment maps character by character from segRaw[k], a
   * replaced one ("\\times" -> "×") maps every character to raw [segRaw[k], segRawEnd[k]).
   */
  readonly segNorm: readonly number[];
  readonly segRaw: readonly number[];
  readonly segRawEnd: readonly number[];
  readonly segCopy: readonly number[];
}

/** LaTeX commands that stand for one symbol. */
const LATEX_SYMBOLS: ReadonlyMap<string, string> = new Map([
  ['times', '×'],
  ['cdot', '·'],
  ['sim', '~'],
  ['approx', '≈'],
  ['simeq', '≈'],
  ['le', '≤'],
  ['leq', '≤'],
  ['leqslant', '≤'],
  ['ge', '≥'],
  ['geq', '≥'],
  ['geqslant', '≥'],
  ['lt', '<'],
  ['gt', '>'],
  ['pm', '±'],
  ['mu', 'µ'],
  ['deg', '°'],
  ['circ', '°'],
  ['textdegree', '°'],
  ['textasciitilde', '~'],
  ['textmu', 'µ'],
  ['percent', '%'],
  ['to', '→'],
  ['rightarrow', '→'],
  ['ldots', '...'],
  ['dots', '...'],
  ['cdots', '...'],
]);

/** LaTeX commands that only style their argument: the command and its braces go, the argument stays. */
const LATEX_WRAPPERS: ReadonlySet<string> = new Set([
  'mathbf', 'textbf', 'mathrm', 'text', 'textit', 'emph', 'mathit', 'boldsymbol', 'bm', 'mathsf',
  'texttt', 'textrm', 'underline', 'operatorname', 'mathcal', 'mathbb', 'textsc', 'textsf', 'mbox',
  'hbox', 'left', 'right', 'big', 'Big', 'bigg', 'displaystyle', 'textsuperscript', 'textsubscript',
]);

/** Spacing commands (`\,`, `\;`, `\ `, `\quad`) read as one space. */
const LATEX_SPACES: ReadonlySet<string> = new Set([',', ';', ':', ' ', '>', 'quad', 'qquad', 'enspace', 'thinspace']);

/** Unicode characters read as another. */
const UNICODE_READINGS: ReadonlyMap<string, string> = new Map([
  ['\u2212', '-'], // minus sign
  ['\u2010', '-'],
  ['\u2011', '-'],
  ['\u2012', '-'],
  ['\u2013', '-'], // en dash: ranges "2–4×"
  ['\u223C', '~'],
  ['\u301C', '~'],
  ['\uFF5E', '~'],
  ['\u2248', '≈'],
  ['\u2A7D', '≤'],
  ['\u2A7E', '≥'],
  ['\u2715', '×'],
  ['\u2A2F', '×'],
  ['\u00B5', 'µ'],
  ['\u03BC', 'µ'], // Greek mu and micro sign are one unit prefix
  ['\uFF05', '%'],
  ['\uFF0C', ','],
  ['\u2019', "'"],
  ['\u2018', "'"],
  ['\u201C', '"'],
  ['\u201D', '"'],
  ['\uFB01', 'fi'],
  ['\uFB02', 'fl'],
  ['\uFB00', 'ff'],
  ['\uFB03', 'ffi'],
]);

const SUPERSCRIPTS: ReadonlyMap<string, string> = new Map([
  ['\u2070', '0'], ['\u00B9', '1'], ['\u00B2', '2'], ['\u00B3', '3'], ['\u2074', '4'],
  ['\u2075', '5'], ['\u2076', '6'], ['\u2077', '7'], ['\u2078', '8'], ['\u2079', '9'], ['\u207B', '-'],
]);

/** Right halves of a word broken at a line end by PDF extraction ("accumula- tion"). */
const HYPHENATION_SUFFIXES = /^(?:tion|tions|sion|sions|ment|ments|ing|ings|ed|er|ers|ity|ities|ency|encies|ance|ances|ence|ences|ly|al|ally|ive|ives|ure|ures|ize|izes|ized|izing|ise|ised|able|ible|ous|ic|ics|ogy|ism|ness|ful|ate|ated|ates|ation|ations|ator|ators|ting|ning|ring|ling|ency|ware|wise|ciency|cient|ient|ients)$/;

/** Whole words that PDF extraction breaks and the extractor needs whole. */
const HYPHENATION_JOINS: ReadonlySet<string> = new Set([
  'speedup', 'speedups', 'throughput', 'footprint', 'efficiency', 'efficient', 'accelerator', 'accelerators',
  'reduction', 'reductions', 'improvement', 'improvements', 'consumption', 'accuracy', 'latency', 'inference',
  'computation', 'computational', 'parameters', 'memory', 'energy', 'hardware', 'utilization', 'perplexity',
]);

function isSpace(ch: string): boolean {
  return (
    ch === ' ' || ch === '\n' || ch === '\t' || ch === '\r' || ch === '\u00A0' || ch === '\u202F' ||
    ch === '\u205F' || ch === '\u3000' || (ch >= '\u2000' && ch <= '\u200A')
  );
}

/**
 * Whether the `length` characters of spacing at raw[i] separate thousands in one number: "4 850"
 * written with a thin or no-break space, "4\\,850" in LaTeX (SI style). One to three digits come
 * before (not a decimal part, and after another such separator when there are more groups) and
 * exactly three after.
 */
function separatesThousands(raw: string, i: number, length: number): boolean {
  let start = i;
  while (start > 0 && i - start < 4 && isDigit(raw[start - 1])) start--;
  const digitsBefore = i - start;
  if (digitsBefore < 1 || digitsBefore > 3 || isDigit(raw[start - 1]) || raw[start - 1] === '.' || isLetter(raw[start - 1])) return false;
  const after = i + length;
  return isDigit(raw[after]) && isDigit(raw[after + 1]) && isDigit(raw[after + 2]) && !isDigit(raw[after + 3]) && !isLetter(raw[after + 3]);
}

function isInvisible(ch: string): boolean {
  return ch === '\u200B' || ch === '\u200C' || ch === '\u200D' || ch === '\uFEFF' || ch === '\u00AD';
}

function isLetter(ch: string | undefined): boolean {
  return ch !== undefined && ((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z'));
}

function isLower(ch: string | undefined): boolean {
  return ch !== undefined && ch >= 'a' && ch <= 'z';
}

function isDigit(ch: string | undefined): boolean {
  return ch !== undefined && ch >= '0' && ch <= '9';
}

/**
 * Collects normalized text in pieces with its offset map as segments: copying a run of ordinary
 * characters costs one slice and one segment, whatever its length.
 */
class NormalizedBuilder {
  private readonly pieces: string[] = [];
  private readonly segNorm: number[] = [];
  private readonly segRaw: number[] = [];
  private readonly segRawEnd: number[] = [];
  private readonly segCopy: number[] = [];
  private size = 0;
  private lastChar: string | undefined;

  get length(): number {
    return this.size;
  }

  last(): string | undefined {
    return this.lastChar;
  }

  /** Characters that stand for raw[rawStart, rawEnd) as a whole. */
  push(text: string, rawStart: number, rawEnd: number): void {
    if (text.length === 0) return;
    this.segNorm.push(this.size);
    this.segRaw.push(rawStart);
    this.segRawEnd.push(rawEnd);
    this.segCopy.push(0);
    this.pieces.push(text);
    this.size += text.length;
    this.lastChar = text[text.length - 1];
  }

  /** raw[from, to) copied as is, each character mapping to itself. */
  copy(raw: string, from: number, to: number): void {
    if (to <= from) return;
    this.segNorm.push(this.size);
    this.segRaw.push(from);
    this.segRawEnd.push(to);
    this.segCopy.push(1);
    this.pieces.push(raw.slice(from, to));
    this.size += to - from;
    this.lastChar = raw[to - 1];
  }

  /** One space for any run of spacing, never at the start. */
  pushSpace(rawStart: number, rawEnd: number): void {
    if (this.size === 0 || this.lastChar === ' ') return;
    this.push(' ', rawStart, rawEnd);
  }

  /** The word (letters only) that ends the text so far. */
  trailingWord(): string {
    const tail = this.pieces.slice(-4).join('');
    let i = tail.length - 1;
    while (i >= 0 && isLetter(tail[i])) i--;
    return tail.slice(i + 1);
  }

  build(raw: string): NormalizedText {
    // A trailing space is left out of the last piece before the join, not sliced off the joined
    // text: a slice is a view into the joined string, which every later read of it goes through.
    const pieces = this.pieces;
    const lastPiece = pieces[pieces.length - 1];
    if (lastPiece !== undefined && lastPiece.endsWith(' ')) {
      if (lastPiece.length === 1) pieces.pop();
      else pieces[pieces.length - 1] = lastPiece.slice(0, -1);
    }
    // One piece is often the raw text itself, or a slice of it (itself often a slice of a whole
    // listing): the join would hand it back as is, a view that every later read goes through.
    // Joined from two pieces it is a string of its own.
    const only = pieces.length === 1 ? (pieces[0] as string) : null;
    const text = only !== null && only.length > 1 ? [only.slice(0, 1), only.slice(1)].join('') : pieces.join('');
    return {
      raw,
      text,
      // The builder's own arrays, handed over as they are (it is done): typed copies cost an
      // allocation of a buffer each, on every abstract and title.
      segNorm: this.segNorm,
      segRaw: this.segRaw,
      segRawEnd: this.segRawEnd,
      segCopy: this.segCopy,
    };
  }
}

/**
 * Characters that need reading: LaTeX specials, spacing other than one space, non-ASCII, and
 * hyphens that may start a LaTeX dash ("--") or a line-end break ("accumula- tion"). A hyphen
 * before anything else reads as itself and is copied with its run. The character class is one
 * regex (scanned fast); the two-character cases are found with indexOf: one alternation of all
 * three would be tried at every character.
 */
const SPECIAL_CHAR = /[\\${}~\t\n\r\u0000-\u001f\u007f-\uffff]/g;

function isDashFollower(ch: string | undefined): boolean {
  return ch === '-' || ch === ' ' || ch === '\n' || ch === '\r';
}

/** Where the next character that needs reading is, from any position on; cursors only move forward. */
class SpecialFinder {
  private charAt = -1;
  private dashAt = -1;
  private spacesAt = -1;

  constructor(private readonly raw: string) {}

  next(from: number): number {
    const raw = this.raw;
    const n = raw.length;
    if (this.charAt < from) {
      SPECIAL_CHAR.lastIndex = from;
      const found = SPECIAL_CHAR.exec(raw);
      this.charAt = found ? found.index : n;
    }
    if (this.dashAt < from) {
      let at = raw.indexOf('-', from);
      while (at >= 0 && !isDashFollower(raw[at + 1])) at = raw.indexOf('-', at + 1);
      this.dashAt = at < 0 ? n : at;
    }
    if (this.spacesAt < from) {
      const at = raw.indexOf('  ', from);
      this.spacesAt = at < 0 ? n : at;
    }
    return Math.min(this.charAt, this.dashAt, this.spacesAt);
  }
}

/**
 * A `$` opens or closes LaTeX math unless it is a currency sign: followed by a digit, not
 * glued to a number or a command before it, and with no LaTeX in the number that follows.
 */
function isCurrencyDollar(raw: string, i: number): boolean {
  const before = raw[i - 1];
  // ("US$ 20": the letters of a currency's name may come first.)
  const namedDollar = before === 'S' && raw[i - 2] === 'U' && !isLetter(raw[i - 3]);
  if (before !== undefined && !namedDollar && (isDigit(before) || isLetter(before) || before === '\\' || before === '}' || before === '%')) {
    return false;
  }
  let j = i + 1;
  if (raw[j] !== undefined && isSpace(raw[j] as string)) j++;
  if (!isDigit(raw[j])) return false;
  // The number and what is glued to it: LaTeX inside means math.
  const end = Math.min(raw.length, j + 24);
  for (let k = j; k < end; k++) {
    const ch = raw[k];
    if (ch === '{' && raw.startsWith('{,}', k)) {
      k += 2;
      continue;
    }
    if (ch === '\\' || ch === '$' || ch === '^' || ch === '{') return false;
    if (ch === ' ') break;
  }
  return true;
}

export function normalizeText(raw: string): NormalizedText {
  const out = new NormalizedBuilder();
  let inSuperscript = false;
  let i = 0;
  const n = raw.length;
  const specials = new SpecialFinder(raw);
  while (i < n) {
    // Copy the run of ordinary characters up to the next special one in one piece.
    const stop = specials.next(i);
    if (stop > i) {
      if (raw.charCodeAt(i) === 0x20 && (out.length === 0 || out.last() === ' ')) i++;
      out.copy(raw, i, stop);
      inSuperscript = false;
      i = stop;
      if (i >= n) break;
    }
    const ch = raw[i] as string;
    const superscript = SUPERSCRIPTS.get(ch);
    if (superscript !== undefined) {
      if (!inSuperscript) out.push('^', i, i + 1);
      out.push(superscript, i, i + 1);
      inSuperscript = true;
      i++;
      continue;
    }
    inSuperscript = false;

    if (ch === '\\') {
      const consumed = readLatexCommand(raw, i, out);
      i += consumed;
      continue;
    }
    if (ch === '$') {
      if (isCurrencyDollar(raw, i)) out.push('$', i, i + 1);
      i++;
      continue;
    }
    if (ch === '{' || ch === '}') {
      i++;
      continue;
    }
    if (ch === '~') {
      // A LaTeX tie between words or before a unit is a space; between numbers it is a range,
      // before a number "about".
      const prev = out.last();
      let j = i + 1;
      while (j < n && raw[j] === '\\' && raw.startsWith('\\,', j)) j += 2;
      const next = raw[j];
      // "18.4~tokens/s" ties a number to its unit.
      // "RTX~4090", "Llama~2": a tie between a word and its number is a space too.
      // ("1.9~$\\mu$J", "2~\\textmu s": after a number, a tie before markup ties it to its unit.)
      if (next === '%' || (next === '\\' && raw.startsWith('\\%', j)) || (isLetter(prev) && (isLetter(next) || isDigit(next))) || (isDigit(prev) && (isLetter(next) || next === 'µ' || next === 'μ' || next === '$' || next === '\\'))) {
        out.pushSpace(i, i + 1);
      } else {
        out.push('~', i, i + 1);
      }
      i++;
      continue;
    }
    if (isSpace(ch)) {
      // "4 850 tokens/s" with a thin or no-break space: one number (a plain space may part two).
      if (ch !== ' ' && ch !== '\n' && separatesThousands(raw, i, 1)) {
        i++;
        continue;
      }
      // A run of spacing reads as one space (and is consumed at once: linear on any input).
      let j = i + 1;
      while (j < n && isSpace(raw[j] as string)) j++;
      out.pushSpace(i, j);
      i = j;
      continue;
    }
    if (ch === '-' && !isLower(raw[i - 1])) {
      // LaTeX "--" is an en dash: "1.8--2.4$\times$" is a range.
      let j = i + 1;
      while (j < n && j - i < 3 && raw[j] === '-') j++;
      out.push('-', i, j);
      i = j;
      continue;
    }
    if (isInvisible(ch)) {
      i++;
      continue;
    }
    if (ch === '-' && isLower(raw[i - 1])) {
      const joined = readHyphenationBreak(raw, i, out);
      if (joined > 0) {
        i += joined;
        continue;
      }
    }
    const reading = UNICODE_READINGS.get(ch);
    out.push(reading ?? ch, i, i + 1);
    i++;
  }
  return out.build(raw);
}

/** Reads one LaTeX command at raw[i] === '\\' and returns how many raw characters it used. */
function readLatexCommand(raw: string, i: number, out: NormalizedBuilder): number {
  const next = raw[i + 1];
  if (next === undefined) return 1;
  if (!isLetter(next)) {
    if (LATEX_SPACES.has(next)) {
      // "4\\,850": a thin space between digit groups joins them.
      if (next === ',' && separatesThousands(raw, i, 2)) return 2;
      out.pushSpace(i, i + 2);
      return 2;
    }
    if (next === '!' || next === '/') return 2;
    if (next === "'" || next === '`' || next === '"' || next === '^' || next === '~') {
      // Accents: \'e reads e (the accent is not needed to read numbers or keywords).
      let j = i + 2;
      if (raw[j] === '{') j++;
      const letter = raw[j];
      if (letter !== undefined && isLetter(letter)) {
        out.push(letter, i, j + 1);
        if (raw[j + 1] === '}') return j + 2 - i;
        return j + 1 - i;
      }
      return 2;
    }
    // \% \$ \& \_ \# \{ \}: the character itself.
    out.push(next === '{' || next === '}' ? '' : next, i, i + 2);
    return 2;
  }
  let j = i + 1;
  while (j < raw.length && isLetter(raw[j])) j++;
  const name = raw.slice(i + 1, j);
  const symbol = LATEX_SYMBOLS.get(name);
  if (symbol === 'µ' && raw[j] === ' ' && isLetter(raw[j + 1])) {
    // "38 \mu J": TeX drops the space after a control word; the prefix belongs to its unit.
    out.push(symbol, i, j + 1);
    return j + 1 - i;
  }
  if (symbol !== undefined) {
    out.push(symbol, i, j);
    return j - i;
  }
  if (LATEX_WRAPPERS.has(name) || name === 'frac' || name === 'sqrt') {
    // The braces of the argument are dropped by the main loop.
    return j - i;
  }
  // Unknown command (\alpha, \ell): keep its name as a word.
  out.push(name, i, j);
  return j - i;
}

/**
 * "accumula- tion" -> "accumulation" when the right half is a word ending or the joined word is
 * one the extractor needs; "memory- power-, and compute- efficient" stays as written.
 * Returns the raw characters consumed (the hyphen, its space and the right half), or 0.
 */
function readHyphenationBreak(raw: string, i: number, out: NormalizedBuilder): number {
  let j = i + 1;
  if (raw[j] === '\r') j++;
  if (raw[j] !== ' ' && raw[j] !== '\n') return 0;
  j++;
  let k = j;
  while (k < raw.length && isLower(raw[k])) k++;
  if (k === j || isLetter(raw[k]) || k - j > 24) return 0;
  const right = raw.slice(j, k);
  const left = out.trailingWord();
  if (left.length < 2) return 0;
  if (!HYPHENATION_SUFFIXES.test(right) && !HYPHENATION_JOINS.has((left + right).toLowerCase())) return 0;
  out.push(right, j, k);
  // The hyphen and the space vanish: map the right half only.
  return k - i;
}

/** The segment holding normalized character `pos` (binary search). */
function segmentAt(norm: NormalizedText, pos: number): number {
  let lo = 0;
  let hi = norm.segNorm.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((norm.segNorm[mid] as number) <= pos) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

function rawStartOf(norm: NormalizedText, pos: number): number {
  const k = segmentAt(norm, pos);
  return norm.segCopy[k] ? (norm.segRaw[k] as number) + (pos - (norm.segNorm[k] as number)) : (norm.segRaw[k] as number);
}

function rawEndOf(norm: NormalizedText, pos: number): number {
  const k = segmentAt(norm, pos);
  return norm.segCopy[k] ? (norm.segRaw[k] as number) + (pos - (norm.segNorm[k] as number)) + 1 : (norm.segRawEnd[k] as number);
}

/** The raw range of normalized range [start, end). */
export function toRawSpan(norm: NormalizedText, start: number, end: number): { start: number; end: number } {
  if (norm.segNorm.length === 0) return { start: 0, end: 0 };
  if (end <= start) {
    const at = start < norm.text.length ? rawStartOf(norm, start) : norm.raw.length;
    return { start: at, end: at };
  }
  return { start: rawStartOf(norm, start), end: rawEndOf(norm, end - 1) };
}

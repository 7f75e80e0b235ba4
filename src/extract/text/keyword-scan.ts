/**
 * Scanning a text for a vocabulary pattern (device names, phase words, number words) through the
 * shared word index instead of trying the pattern at every character.
 *
 * A pattern that can only match at the start of a word can only match where a word opens with
 * certain letters: "(?:NVIDIA )?Jetson(?: Orin)?" opens with "nvidia" or "jetson". Those leading
 * words are read off the pattern's own source once (`openingsOf`), so the vocabulary stays the
 * single source of truth; at scan time the pattern is tried, sticky, only at the words that
 * open with one of them. Matches are exactly those of a global scan: the positions skipped are
 * positions where the pattern cannot match, and positions are tried left to right, each after
 * the previous match's end.
 */

/** The words a pattern's matches can open with. */
export interface Openings {
  /** Leading letter runs (lower-cased) after which the match has a non-letter or ends at a word boundary. */
  readonly words: ReadonlySet<string>;
  /** Leading letter runs that may go on with more letters ("titan" for `TITAN\w*`). */
  readonly prefixes: readonly string[];
  /** Characters other than letters a match may open with ("0"-"9", "-"). */
  readonly others: ReadonlySet<string>;
  /** What may follow each of `words` in a match (see `Follow`). */
  readonly follow: ReadonlyMap<string, Follow>;
}

/**
 * What a match goes on with after an opening word: any character ('many'), or one of a few
 * (by character), each followed by any character or, after a space, by one of a few (letters
 * lower-cased): "the" in "the chip" is followed by a space and then "c". Most words a scan stops
 * at ("the", "a", "in") open a match only before a few words; this tells the others apart
 * without trying the pattern.
 */
export type Follow = 'many' | ReadonlyMap<string, ReadonlySet<string> | 'many'>;

// --- a reader for the regex syntax the vocabularies use ---------------------------------------

interface CharSet {
  /** Lower-case letters the set matches (under the `i` flag both cases are one). */
  readonly letters: ReadonlySet<string>;
  /** Non-letters the set matches, or 'many' when they cannot be listed (\s, negated sets). */
  readonly others: ReadonlySet<string> | 'many';
}

type Atom =
  | { readonly kind: 'set'; readonly set: CharSet }
  | { readonly kind: 'group'; readonly alternatives: readonly Sequence[] }
  | { readonly kind: 'look'; readonly negative: boolean; readonly behind: boolean; readonly alternatives: readonly Sequence[] }
  | { readonly kind: 'boundary' }
  | { readonly kind: 'zero' };

interface Item {
  readonly atom: Atom;
  readonly min: number;
  readonly max: number;
}

type Sequence = readonly Item[];

const ALL_LETTERS: ReadonlySet<string> = new Set('abcdefghijklmnopqrstuvwxyz');
const DIGITS: ReadonlySet<string> = new Set('0123456789');

/** Thrown when the source uses syntax the reader does not know: the caller falls back to a full scan. */
class Unreadable extends Error {}

function isAsciiLetter(ch: string): boolean {
  return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z');
}

function single(ch: string): CharSet {
  return isAsciiLetter(ch) ? { letters: new Set([ch.toLowerCase()]), others: new Set() } : { letters: new Set(), others: new Set([ch]) };
}

function union(sets: readonly CharSet[]): CharSet {
  const letters = new Set<string>();
  let others: Set<string> | 'many' = new Set();
  for (const s of sets) {
    for (const l of s.letters) letters.add(l);
    if (s.others === 'many' || others === 'many') others = 'many';
    else for (const o of s.others) others.add(o);
  }
  return { letters, others };
}

const ESCAPE_SETS: Readonly<Record<string, CharSet>> = {
  d: { letters: new Set(), others: DIGITS },
  w: { letters: ALL_LETTERS, others: new Set([...DIGITS, '_']) },
  s: { letters: new Set(), others: 'many' },
  D: { letters: ALL_LETTERS, others: 'many' },
  W: { letters: new Set(), others: 'many' },
  S: { letters: ALL_LETTERS, others: 'many' },
};

class PatternReader {
  private pos = 0;

  constructor(private readonly source: string) {}

  read(): Sequence[] {
    const alternatives = this.alternatives();
    if (this.pos !== this.source.length) throw new Unreadable(`unexpected ${this.source[this.pos]}`);
    return alternatives;
  }

  private alternatives(): Sequence[] {
    const out: Sequence[] = [this.sequence()];
    while (this.source[this.pos] === '|') {
      this.pos++;
      out.push(this.sequence());
    }
    return out;
  }

  private sequence(): Sequence {
    const items: Item[] = [];
    while (this.pos < this.source.length) {
      const ch = this.source[this.pos] as string;
      if (ch === '|' || ch === ')') break;
      const atom = this.atom();
      const [min, max] = this.quantifier();
      items.push({ atom, min, max });
    }
    return items;
  }

  private quantifier(): [number, number] {
    const ch = this.source[this.pos];
    let bounds: [number, number] = [1, 1];
    if (ch === '?') bounds = [0, 1];
    else if (ch === '*') bounds = [0, Infinity];
    else if (ch === '+') bounds = [1, Infinity];
    else if (ch === '{') {
      const m = /^\{(\d+)(?:(,)(\d*))?\}/.exec(this.source.slice(this.pos));
      if (!m) return bounds;
      const min = Number(m[1]);
      const max = m[2] === undefined ? min : m[3] ? Number(m[3]) : Infinity;
      this.pos += m[0].length;
      if (this.source[this.pos] === '?') this.pos++;
      return [min, max];
    } else return bounds;
    this.pos++;
    if (this.source[this.pos] === '?') this.pos++;
    return bounds;
  }

  private atom(): Atom {
    const ch = this.source[this.pos] as string;
    if (ch === '(') return this.group();
    if (ch === '[') return { kind: 'set', set: this.charClass() };
    if (ch === '\\') return this.escape();
    if (ch === '.') {
      this.pos++;
      return { kind: 'set', set: { letters: ALL_LETTERS, others: 'many' } };
    }
    if (ch === '^' || ch === '$') {
      this.pos++;
      return { kind: 'zero' };
    }
    if (ch === '*' || ch === '+' || ch === '?' || ch === '{') throw new Unreadable(`stray ${ch}`);
    this.pos++;
    return { kind: 'set', set: single(ch) };
  }

  private group(): Atom {
    const rest = this.source.slice(this.pos, this.pos + 4);
    let atom: (alternatives: Sequence[]) => Atom = (alternatives) => ({ kind: 'group', alternatives });
    if (rest.startsWith('(?:')) this.pos += 3;
    else if (rest.startsWith('(?=') || rest.startsWith('(?!')) {
      const negative = rest[2] === '!';
      atom = (alternatives) => ({ kind: 'look', negative, behind: false, alternatives });
      this.pos += 3;
    } else if (rest.startsWith('(?<=') || rest.startsWith('(?<!')) {
      const negative = rest[3] === '!';
      atom = (alternatives) => ({ kind: 'look', negative, behind: true, alternatives });
      this.pos += 4;
    } else if (rest.startsWith('(?<')) {
      const close = this.source.indexOf('>', this.pos);
      if (close < 0) throw new Unreadable('unclosed group name');
      this.pos = close + 1;
    } else if (rest.startsWith('(?')) throw new Unreadable('unknown group');
    else this.pos += 1;
    const alternatives = this.alternatives();
    if (this.source[this.pos] !== ')') throw new Unreadable('unclosed group');
    this.pos++;
    return atom(alternatives);
  }

  private escape(): Atom {
    const next = this.source[this.pos + 1];
    if (next === undefined) throw new Unreadable('trailing backslash');
    this.pos += 2;
    if (next === 'b') return { kind: 'boundary' };
    if (next === 'B') return { kind: 'zero' };
    const set = ESCAPE_SETS[next];
    if (set) return { kind: 'set', set };
    if (next === 'u' || next === 'x' || next === 'c' || next === 'k' || next === 'p' || next === 'P' || /\d/.test(next)) throw new Unreadable(`escape \\${next}`);
    return { kind: 'set', set: single(next) };
  }

  private charClass(): CharSet {
    this.pos++;
    let negated = false;
    if (this.source[this.pos] === '^') {
      negated = true;
      this.pos++;
    }
    const parts: CharSet[] = [];
    let first = true;
    while (this.pos < this.source.length && (this.source[this.pos] !== ']' || first)) {
      first = false;
      let from = this.source[this.pos] as string;
      this.pos++;
      if (from === '\\') {
        const next = this.source[this.pos] as string;
        this.pos++;
        const set = ESCAPE_SETS[next];
        if (set) {
          parts.push(set);
          continue;
        }
        if (next === 'u' || next === 'x') throw new Unreadable('escape in class');
        from = next;
      }
      if (this.source[this.pos] === '-' && this.source[this.pos + 1] !== ']' && this.pos + 1 < this.source.length) {
        let to = this.source[this.pos + 1] as string;
        this.pos += 2;
        if (to === '\\') {
          to = this.source[this.pos] as string;
          this.pos++;
        }
        parts.push(range(from, to));
      } else {
        parts.push(single(from));
      }
    }
    if (this.source[this.pos] !== ']') throw new Unreadable('unclosed class');
    this.pos++;
    const set = union(parts);
    if (!negated) return set;
    const letters = new Set([...ALL_LETTERS].filter((l) => !set.letters.has(l)));
    return { letters, others: 'many' };
  }
}

/** A leading word and the space after it, read on past the word (see OpeningCollector). */
function isSpaced(acc: string): boolean {
  return acc.length > 1 && acc.charCodeAt(acc.length - 1) === 32;
}

function range(from: string, to: string): CharSet {
  const sets: CharSet[] = [];
  for (let c = from.charCodeAt(0); c <= to.charCodeAt(0); c++) sets.push(single(String.fromCharCode(c)));
  return union(sets);
}

// --- what a match can open with ---------------------------------------------------------------

/** Leading runs longer than this are cut to a prefix: no vocabulary word is this long. */
const MAX_RUN = 40;
/** Guards against patterns whose expansion would explode (nested counted repetition). */
const MAX_STEPS = 200_000;

class OpeningCollector {
  readonly words = new Set<string>();
  readonly follow = new Map<string, Map<string, Set<string> | 'many'> | 'many'>();
  readonly prefixes = new Set<string>();
  readonly others = new Set<string>();
  private steps = 0;

  /** Walks `seq` from item `i` with the leading letters read so far; `k` continues after it. */
  sequence(seq: Sequence, i: number, acc: string, k: (acc: string) => void): void {
    if (++this.steps > MAX_STEPS) throw new Unreadable('too many paths');
    if (i === seq.length) {
      k(acc);
      return;
    }
    const item = seq[i] as Item;
    this.repeat(item, 0, acc, (after) => this.sequence(seq, i + 1, after, k));
  }

  private repeat(item: Item, count: number, acc: string, k: (acc: string) => void): void {
    if (count >= item.min) k(acc);
    if (count >= item.max) return;
    if (count > 2 * MAX_RUN) throw new Unreadable('repetition without progress');
    this.atom(item.atom, acc, (after) => {
      // A repetition that read nothing new cannot lead anywhere a shorter one did not.
      if (after === acc && count >= item.min) return;
      this.repeat(item, count + 1, after, k);
    });
  }

  private atom(atom: Atom, acc: string, k: (acc: string) => void): void {
    switch (atom.kind) {
      case 'set': {
        const { letters, others } = atom.set;
        if (isSpaced(acc)) {
          this.afterSpace(acc, atom.set);
          return;
        }
        // A non-letter ends the leading run (or, first of all, opens the match).
        if (others === 'many' || others.size > 0) this.close(acc, others);
        // After a word and a space, the next character is read too (then the walk stops).
        if (acc.length > 0 && others !== 'many' && others.has(' ')) k(acc + ' ');
        if (letters.size === 0) return;
        if (acc.length >= MAX_RUN || letters.size > 6) {
          this.prefixes.add(acc);
          return;
        }
        for (const letter of letters) k(acc + letter);
        return;
      }
      case 'group':
        for (const alternative of atom.alternatives) this.sequence(alternative, 0, acc, k);
        return;
      case 'look':
        // (After a word and a space, a lookaround only narrows what follows: ignored.)
        if (isSpaced(acc)) {
          k(acc);
          return;
        }
        // After letters, "not followed by a letter" ends the run where the match ends.
        if (!atom.behind && atom.negative && acc.length > 0 && this.excludesLetters(atom.alternatives)) {
          this.addWord(acc, 'many');
          return;
        }
        k(acc);
        return;
      case 'boundary':
        if (isSpaced(acc)) {
          k(acc);
          return;
        }
        // After letters a word boundary means a non-word character follows.
        if (acc.length > 0) {
          this.addWord(acc, 'many');
          return;
        }
        k(acc);
        return;
      case 'zero':
        k(acc);
        return;
    }
  }

  private close(acc: string, others: ReadonlySet<string> | 'many'): void {
    if (acc.length > 0) {
      this.addWord(acc, others);
      return;
    }
    if (others === 'many') throw new Unreadable('a match may open with any character');
    for (const o of others) this.others.add(o);
  }

  /** Whether a lookahead alternative is one set that holds every letter. */
  private excludesLetters(alternatives: readonly Sequence[]): boolean {
    return alternatives.some((seq) => {
      const only = seq.length === 1 ? seq[0] : undefined;
      return only !== undefined && only.min === 1 && only.max === 1 && only.atom.kind === 'set' && only.atom.set.letters.size === 26;
    });
  }

  /** The end of the whole pattern: the text's word may go on. */
  end(acc: string): void {
    if (acc.length === 0) throw new Unreadable('the pattern may match nothing');
    if (isSpaced(acc)) this.addAfterSpace(acc, 'many');
    else this.prefixes.add(acc);
  }

  /** An opening word, followed by one of `next` (the space is followed up by `afterSpace`). */
  private addWord(word: string, next: ReadonlySet<string> | 'many'): void {
    this.words.add(word);
    const known = this.follow.get(word);
    if (known === 'many') return;
    if (next === 'many') {
      this.follow.set(word, 'many');
      return;
    }
    const follow = known ?? new Map<string, Set<string> | 'many'>();
    // Any character may come after a character other than a space (it is not followed up).
    for (const ch of next) if (ch !== ' ') follow.set(ch, 'many');
    this.follow.set(word, follow);
  }

  /** `acc` is a word and a space; `set` is what the match reads next. */
  private afterSpace(acc: string, set: CharSet): void {
    const chars = set.others === 'many' ? 'many' : new Set([...set.letters, ...set.others]);
    this.addAfterSpace(acc, chars);
  }

  private addAfterSpace(acc: string, chars: ReadonlySet<string> | 'many'): void {
    const word = acc.slice(0, -1);
    const follow = this.follow.get(word);
    // (A word is always added, with its space, before what follows the space.)
    if (follow === undefined || follow === 'many') return;
    const known = follow.get(' ');
    if (known === 'many') return;
    if (chars === 'many') {
      follow.set(' ', 'many');
      return;
    }
    const union = known ?? new Set<string>();
    for (const ch of chars) union.add(ch);
    follow.set(' ', union);
  }
}

/**
 * The words a pattern's matches can open with, read off its source; null when the source uses
 * syntax this reader does not know or a match could open with any character (then scan fully).
 */
export function openingsOf(source: string): Openings | null {
  try {
    const alternatives = new PatternReader(source).read();
    const collector = new OpeningCollector();
    for (const alternative of alternatives) collector.sequence(alternative, 0, '', (acc) => collector.end(acc));
    return { words: collector.words, prefixes: [...collector.prefixes], others: collector.others, follow: collector.follow };
  } catch (error) {
    if (error instanceof Unreadable) return null;
    throw error;
  }
}

/** Whether a match of a pattern with these openings may start the text `written` (null openings: it may). */
export function mayOpen(openings: Openings | null, written: string): boolean {
  if (!openings) return true;
  let end = 0;
  while (end < written.length && isAsciiLetter(written[end] as string)) end++;
  if (end === 0) return written.length > 0 && openings.others.has(written[0] as string);
  const lead = written.slice(0, end).toLowerCase();
  return openings.words.has(lead) || openings.prefixes.some((prefix) => lead.startsWith(prefix));
}

// --- the scan ---------------------------------------------------------------------------------

export interface KeywordPattern {
  /** The pattern, tried at one position. */
  readonly sticky: RegExp;
  /** The same pattern for a full scan, when its openings cannot be read. */
  readonly global: RegExp;
  readonly openings: Openings | null;
  /** Whether a match may open with a digit. */
  readonly digits: boolean;
  /** Opening characters that are neither letters nor digits ("-"): found with indexOf. */
  readonly marks: readonly string[];
  /** The pattern opens with a lookbehind that rules out an ASCII letter or digit before the match. */
  readonly afterNonWord: boolean;
}

/** A leading negative lookbehind of one class that holds A-Z, a-z and 0-9: "(?<![A-Za-z0-9])". */
const NON_WORD_BEHIND = /^\(\?<!\[(?!\^)(?=[^\]]*A-Z)(?=[^\]]*a-z)(?=[^\]]*0-9)[^\]]*\]\)/;

/**
 * A vocabulary pattern prepared for scanning. The pattern must only match at the start of a
 * word (a lookbehind or \b that rules out a letter or digit before it).
 */
export function keywordPattern(source: string, flags: string): KeywordPattern {
  const openings = openingsOf(source);
  const others = openings ? [...openings.others] : [];
  return {
    sticky: new RegExp(source, `${flags}y`),
    global: new RegExp(source, `${flags}g`),
    openings,
    digits: others.some((o) => o >= '0' && o <= '9'),
    marks: others.filter((o) => !(o >= '0' && o <= '9')),
    afterNonWord: NON_WORD_BEHIND.test(source),
  };
}

/**
 * Character classes of the word pass: letters, digits, the rest (anything beyond ASCII), for every
 * UTF-16 code unit: the pass reads each character's class with one load, no test for ASCII first.
 */
const LETTER = 1;
const DIGIT = 2;
const CLASS = new Uint8Array(65536);
for (let c = 0; c < 128; c++) {
  CLASS[c] = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) ? LETTER : c >= 48 && c <= 57 ? DIGIT : 0;
}

/**
 * The opening words of several patterns as one trie over lower-case letters, in flat typed
 * arrays (node k's child for letter l is next[26k + l], 0 for none: the root is nobody's child);
 * each node holds one bit per pattern whose opening word, or prefix, ends there.
 */
class OpeningTrie {
  next = new Int32Array(26 * 64);
  wordBits = new Int32Array(64);
  prefixBits = new Int32Array(64);
  private size = 1;

  add(word: string, bit: number, prefix: boolean): void {
    const node = this.insert(word);
    if (prefix) this.prefixBits[node] = (this.prefixBits[node] as number) | bit;
    else this.wordBits[node] = (this.wordBits[node] as number) | bit;
  }

  /** The node of `word` (lower-case letters), added when new. */
  insert(word: string): number {
    let node = 0;
    for (let i = 0; i < word.length; i++) {
      const slot = 26 * node + word.charCodeAt(i) - 97;
      let child = this.next[slot] as number;
      if (child === 0) {
        child = this.grow();
        this.next[slot] = child;
      }
      node = child;
    }
    return node;
  }

  /** How many nodes the trie holds. */
  get nodes(): number {
    return this.size;
  }

  private grow(): number {
    if (this.size === this.wordBits.length) {
      const capacity = this.size * 2;
      const next = new Int32Array(26 * capacity);
      next.set(this.next);
      const words = new Int32Array(capacity);
      words.set(this.wordBits);
      const prefixes = new Int32Array(capacity);
      prefixes.set(this.prefixBits);
      this.next = next;
      this.wordBits = words;
      this.prefixBits = prefixes;
    }
    return this.size++;
  }
}

/** Whether the text after a word (from `at`) goes on as `follow` allows. */
function goesOnWith(follow: Exclude<Follow, 'many'>, text: string, at: number): boolean {
  if (at >= text.length) return false;
  const after = follow.get(text[at] as string);
  if (after === undefined || after === 'many') return after === 'many';
  if (at + 1 >= text.length) return false;
  const c = text.charCodeAt(at + 1);
  // (Letters are listed lower-cased.)
  return after.has(c >= 65 && c <= 90 ? String.fromCharCode(c | 0x20) : (text[at + 1] as string));
}

/** Where each pattern of a lexicon may match in one text, in text order. */
export interface KeywordPositions {
  readonly of: (pattern: KeywordPattern) => readonly number[] | null;
}

/**
 * Several vocabulary patterns read in one pass over a text: the pass finds word starts and
 * walks the trie of all opening words while it reads each word's leading letters.
 */
export class KeywordLexicon {
  private readonly trie = new OpeningTrie();
  private readonly digitBits: number;
  /** Bits of the patterns that cannot match right after an ASCII letter or digit. */
  private readonly afterNonWordBits: number;
  /** Bits of the patterns that may open with an ASCII mark ("-"), by character code. */
  private readonly markBits = new Int32Array(128);
  /** The same for marks beyond ASCII. */
  private readonly wideMarkBits = new Map<number, number>();
  /** By trie node: the bits of patterns whose opening word ends there only before certain characters. */
  private readonly followedBits: Int32Array;
  private readonly followsAt = new Map<number, { readonly bit: number; readonly follow: Exclude<Follow, 'many'> }[]>();
  /**
   * The same as tables over ASCII, per such node (`followSlot`, 128 entries each): the bits a
   * character after the word allows whatever comes next, and those a character after a space allows.
   */
  private readonly followSlot: Int32Array;
  private readonly allowedAfterWord: Int32Array;
  private readonly allowedAfterSpace: Int32Array;

  constructor(private readonly patterns: readonly KeywordPattern[]) {
    if (patterns.length > 30) throw new Error('a keyword lexicon holds at most 30 patterns');
    let digitBits = 0;
    let afterNonWordBits = 0;
    patterns.forEach((pattern, i) => {
      const bit = 1 << i;
      if (pattern.afterNonWord) afterNonWordBits |= bit;
      const openings = pattern.openings;
      if (!openings) return;
      for (const word of openings.words) {
        this.trie.add(word, bit, false);
        const follow = openings.follow.get(word) ?? 'many';
        if (follow === 'many') continue;
        const node = this.trie.insert(word);
        const list = this.followsAt.get(node) ?? [];
        list.push({ bit, follow });
        this.followsAt.set(node, list);
      }
      for (const prefix of openings.prefixes) this.trie.add(prefix, bit, true);
      if (pattern.digits) digitBits |= bit;
      for (const mark of pattern.marks) {
        const code = mark.charCodeAt(0);
        if (code < 128) this.markBits[code] = (this.markBits[code] as number) | bit;
        else this.wideMarkBits.set(code, (this.wideMarkBits.get(code) ?? 0) | bit);
      }
    });
    this.digitBits = digitBits;
    this.afterNonWordBits = afterNonWordBits;
    this.followedBits = new Int32Array(this.trie.nodes);
    this.followSlot = new Int32Array(this.trie.nodes);
    this.allowedAfterWord = new Int32Array(128 * this.followsAt.size);
    this.allowedAfterSpace = new Int32Array(128 * this.followsAt.size);
    let slot = 0;
    for (const [node, list] of this.followsAt) {
      this.followSlot[node] = slot;
      for (const { bit, follow } of list) {
        this.followedBits[node] = (this.followedBits[node] as number) | bit;
        for (let c = 0; c < 128; c++) {
          const after = follow.get(String.fromCharCode(c));
          if (after === 'many') this.allowedAfterWord[128 * slot + c] = (this.allowedAfterWord[128 * slot + c] as number) | bit;
        }
        const afterSpace = follow.get(' ');
        if (afterSpace === undefined || afterSpace === 'many') continue;
        for (let c = 0; c < 128; c++) {
          const folded = c >= 65 && c <= 90 ? c | 0x20 : c;
          if (afterSpace.has(String.fromCharCode(folded))) this.allowedAfterSpace[128 * slot + c] = (this.allowedAfterSpace[128 * slot + c] as number) | bit;
        }
      }
      slot++;
    }
  }

  /** `words` (bits of patterns whose opening word ends at `node`) without those the text at `at` does not go on with. */
  private followedFast(node: number, words: number, text: string, at: number): number {
    const restricted = this.followedBits[node] as number;
    const kept = words & ~restricted;
    if (at >= text.length) return kept;
    const c = text.charCodeAt(at);
    const next = at + 1 < text.length ? text.charCodeAt(at + 1) : 0;
    // Beyond ASCII, the lists are read.
    if (c >= 128 || (c === 32 && next >= 128)) return this.followed(node, words, text, at);
    const base = 128 * (this.followSlot[node] as number);
    let allowed = this.allowedAfterWord[base + c] as number;
    if (c === 32 && at + 1 < text.length) allowed |= this.allowedAfterSpace[base + next] as number;
    return kept | (words & restricted & allowed);
  }

  /** `words` (bits of patterns whose opening word ends at `node`) without those the text at `at` does not go on with. */
  private followed(node: number, words: number, text: string, at: number): number {
    for (const { bit, follow } of this.followsAt.get(node) ?? []) {
      if ((words & bit) !== 0 && !goesOnWith(follow, text, at)) words &= ~bit;
    }
    return words;
  }

  /** One pass over the text: the candidate positions of every pattern, in text order. */
  positions(text: string): KeywordPositions {
    const lists: number[][] = this.patterns.map(() => []);
    const n = text.length;
    const digitBits = this.digitBits;
    const markBits = this.markBits;
    const wide = this.wideMarkBits.size > 0 ? this.wideMarkBits : null;
    const { next, wordBits, prefixBits } = this.trie;
    const followedBits = this.followedBits;
    let i = 0;
    while (i < n) {
      let c = text.charCodeAt(i);
      let cls = CLASS[c] as number;
      const start = i;
      let bits: number;
      if (cls === 0) {
        i++;
        bits = c < 128 ? (markBits[c] as number) : wide ? (wide.get(c) ?? 0) : 0;
        // A mark inside a word ("hardware-efficient") opens no match of a pattern that needs a non-word before it.
        if (bits !== 0 && start > 0 && CLASS[text.charCodeAt(start - 1)] !== 0) bits &= ~this.afterNonWordBits;
        if (bits === 0) continue;
      } else if (cls === DIGIT) {
        bits = digitBits;
        // The rest of the word (letters and digits) holds no word start.
        while (++i < n && CLASS[text.charCodeAt(i)] !== 0);
      } else {
        // The leading letters walk the trie as they are read: prefixes on the way, words at the end.
        // Off the trie (node 0: the root is nobody's child), the rest of the word is skipped below.
        let node = 0;
        bits = 0;
        for (;;) {
          bits |= prefixBits[node] as number;
          node = next[26 * node + ((c | 0x20) - 97)] as number;
          // (Never read past the end: charCodeAt would give NaN, and the loop would leave small integers.)
          if (++i >= n) break;
          c = text.charCodeAt(i);
          cls = CLASS[c] as number;
          if (cls !== LETTER || node === 0) break;
        }
        if (node > 0) {
          let words = wordBits[node] as number;
          // (i is where the word ends.)
          if ((words & (followedBits[node] as number)) !== 0) words = this.followedFast(node, words, text, i);
          bits |= words | (prefixBits[node] as number);
        }
        if (cls !== 0) while (++i < n && CLASS[text.charCodeAt(i)] !== 0);
      }
      for (let bit = 0; bits !== 0; bit++, bits >>>= 1) if (bits & 1) (lists[bit] as number[]).push(start);
    }
    return {
      of: (pattern) => {
        const index = this.patterns.indexOf(pattern);
        return index >= 0 && pattern.openings ? (lists[index] as number[]) : null;
      },
    };
  }
}

/**
 * Calls `visit` with every match of the pattern, as a global scan would find them: tried only at
 * `positions` (from a lexicon's pass) when given, else over the whole text.
 */
export function scanKeywords(pattern: KeywordPattern, text: string, positions: readonly number[] | null, visit: (match: RegExpExecArray) => void): void {
  if (!positions) {
    const global = pattern.global;
    global.lastIndex = 0;
    for (let match = global.exec(text); match !== null; match = global.exec(text)) {
      visit(match);
      if (match[0].length === 0) global.lastIndex++;
    }
    return;
  }
  const sticky = pattern.sticky;
  let resume = 0;
  for (const at of positions) {
    if (at < resume) continue;
    sticky.lastIndex = at;
    const match = sticky.exec(text);
    if (!match) continue;
    visit(match);
    resume = at + Math.max(1, match[0].length);
  }
}

/** Builds regex alternations from vocabulary lists: escaped, longest first, so "TOPS/W" wins over "TOPS". */

export function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/** Words as written, spaces matching any single space or hyphen ("speed up" = "speed-up"). */
export function alternation(words: Iterable<string>, { flexibleSpaces = false } = {}): string {
  const unique = [...new Set(words)].sort((a, b) => b.length - a.length || a.localeCompare(b));
  return unique
    .map((word) => {
      const escaped = escapeRegex(word);
      return flexibleSpaces ? escaped.replace(/ /g, '[ -]') : escaped;
    })
    .join('|');
}

/** A written word as a lookup key: lower-cased, spaces and hyphens as spaces (no regex replace when there are none). */
export function lookupKey(written: string): string {
  const lower = written.toLowerCase();
  return lower.includes('-') || lower.includes(' ') ? lower.replace(/[ -]/g, ' ') : lower;
}

/** Matches an alternation of words at one position (sticky), as `new RegExp(`${prefix}(?:${alternation(words)})${suffix}`, flags + 'y')` would. */
export interface WordsAt {
  /** The match at `pos`, or null; the pattern's lastIndex is left after it. */
  exec(text: string, pos: number): RegExpExecArray | null;
}

function isAsciiLetterCode(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}

/**
 * A sticky alternation of words cut by the character the words open with: at a position only
 * the words that open with its character are tried (a regex tries every alternative, one quick
 * check each). Same matches: a word opening with another character cannot match there, and the
 * words tried keep their order. Under the `i` flag (without `u`) an ASCII letter matches only
 * itself in either case; words opening with anything beyond ASCII (or, with flexible spaces, a
 * space or hyphen) are tried at every position.
 */
export function wordsAt(
  words: Iterable<string>,
  suffix: string,
  flags: string,
  {
    flexibleSpaces = false,
    prefix = '',
    skippable = '',
  }: {
    flexibleSpaces?: boolean;
    /** Written before the words ("(?<sep> ?)"): it may only match one of `skippable` or nothing. */
    prefix?: string;
    skippable?: string;
  } = {},
): WordsAt {
  if (/[uvgy]/.test(flags)) throw new Error(`wordsAt: unsupported flags ${flags}`);
  const ignoreCase = flags.includes('i');
  const unique = [...new Set(words)].sort((a, b) => b.length - a.length || a.localeCompare(b));
  const keyOf = (c: number): number => (ignoreCase && isAsciiLetterCode(c) ? c | 0x20 : c);
  const wild = (word: string): boolean => {
    const c = word.charCodeAt(0);
    return word.length === 0 || c >= 128 || (flexibleSpaces && (c === 32 || c === 45)) || skippable.includes(word[0] as string);
  };
  const pattern = (list: readonly string[]): RegExp => new RegExp(`${prefix}(?:${alternation(list, { flexibleSpaces })})${suffix}`, `${flags}y`);
  const keys = new Set<number>();
  for (const word of unique) if (!wild(word)) keys.add(keyOf(word.charCodeAt(0)));
  const wilds = unique.filter(wild);
  const rest = wilds.length > 0 ? pattern(wilds) : null;
  // By ASCII character code (every key is one; anything else tries the rest).
  const byCode: (RegExp | null)[] = new Array<RegExp | null>(128).fill(rest);
  for (const key of keys) {
    const regex = pattern(unique.filter((word) => wild(word) || keyOf(word.charCodeAt(0)) === key));
    for (let c = 0; c < 128; c++) if (keyOf(c) === key) byCode[c] = regex;
  }
  const skip = new Uint8Array(128);
  for (const ch of skippable) {
    if (ch.charCodeAt(0) >= 128) throw new Error(`wordsAt: unsupported skippable ${ch}`);
    skip[ch.charCodeAt(0)] = 1;
  }
  return {
    exec(text: string, pos: number): RegExpExecArray | null {
      // After a character the prefix may take, the words open one further on (or, opening with
      // that character, among the words tried everywhere). Past the end: NaN, the rest.
      let c = text.charCodeAt(pos);
      if (c < 128 && skip[c] === 1) c = text.charCodeAt(pos + 1);
      const regex = c < 128 ? (byCode[c] as RegExp | null) : rest;
      if (!regex) return null;
      regex.lastIndex = pos;
      return regex.exec(text);
    },
  };
}

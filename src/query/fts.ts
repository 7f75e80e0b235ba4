/**
 * Turning what a user types into an FTS5 query. By default every word is quoted, so FTS5
 * syntax characters are just text (`gpu AND ("quant` searches, it does not crash); a trailing
 * `*` is kept as a prefix search. `--raw` passes FTS5 syntax through for those who want it.
 */

/** Words of the user's terms, each as an FTS5 string (`"gpu"`, `"quant"*`). */
export function quoteTerms(terms: readonly string[]): string[] {
  const words: string[] = [];
  for (const term of terms) {
    for (const word of term.split(/\s+/)) {
      const prefix = word.endsWith('*');
      const bare = prefix ? word.replace(/\*+$/, '') : word;
      // A word with no letter or digit would be an empty FTS5 string, which matches nothing.
      if (!/[\p{L}\p{N}]/u.test(bare)) continue;
      words.push(`"${bare.replaceAll('"', '""')}"${prefix ? '*' : ''}`);
    }
  }
  return words;
}

export function toFtsQuery(terms: readonly string[]): string {
  return quoteTerms(terms).join(' ');
}

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

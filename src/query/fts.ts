/**
 * User text inside an FTS5 query. Every word or phrase effcat puts in a query is quoted, so
 * FTS5 syntax characters in what a user types are just text (`gpu AND ("quant` searches, it does
 * not crash); a trailing `*` stays a prefix search. `--raw` passes FTS5 syntax through instead.
 */

/** An FTS5 string for text: quoted, inner quotes doubled; `prefix` adds the star after it. */
export function ftsString(text: string, prefix = false): string {
  return `"${text.replaceAll('"', '""')}"${prefix ? '*' : ''}`;
}

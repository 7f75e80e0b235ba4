/**
 * The text being read. Vocabulary lookups keep per-position answers for one text at a time (the
 * parsers ask about the same positions again and again); a document says here which text comes
 * next, so that a lookup asked with that very string recognizes it at once (comparing two equal
 * copies of a long text would cost its whole length on every lookup).
 */

const LISTENERS: Array<(text: string) => void> = [];

/** Calls `listener` with each text a document starts reading. */
export function onReading(listener: (text: string) => void): void {
  LISTENERS.push(listener);
}

export function startReading(text: string): void {
  for (const listener of LISTENERS) listener(text);
}

/**
 * Highlight markers: control characters (never found in abstracts) that wrap matched words in
 * snippets and evidence, so the renderer can colour them on a terminal and drop them elsewhere.
 */
export const MARK_START = '\u0002';
export const MARK_END = '\u0003';

/** Files a corpus directory contributes: listings as text, or papers as JSON / JSON lines. */
export const CORPUS_EXTENSIONS = /\.(txt|md|json|jsonl)$/i;

/** A paper as a source reader yields it, before extraction and storage. */
export interface SourcePaper {
  /** Where it came from: the file name of the listing. */
  readonly source: string;
  /** Stable id in the source (arXiv id when the listing shows one), else null. */
  readonly external_id: string | null;
  /** Title exactly as written in the file (LaTeX kept). */
  readonly title: string;
  /** Abstract exactly as written in the file (LaTeX kept). */
  readonly abstract: string;
  readonly url: string | null;
  /** The listing's date as written ("Mar 11"), or null. */
  readonly date: string | null;
  /** 1-based line of the title in the source file. */
  readonly line: number;
}

/** Something the reader could not make sense of, reported with its line number. */
export interface ReadWarning {
  readonly line: number;
  readonly message: string;
}

export interface ReadResult {
  readonly papers: readonly SourcePaper[];
  readonly warnings: readonly ReadWarning[];
}

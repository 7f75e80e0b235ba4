import type { ClaimDraft, HardwareEntity } from '../extract/types.js';

/** A paper ready to be written: source fields, derived names, tags and extracted claims. */
export interface CatalogPaper {
  readonly source: string;
  readonly external_id: string | null;
  readonly title: string;
  readonly display_title: string;
  readonly short_name: string;
  readonly abstract: string;
  readonly url: string | null;
  readonly date: string | null;
  readonly source_line: number | null;
  readonly keywords: string;
  readonly tags: readonly string[];
  readonly claims: readonly ClaimDraft[];
}

/** What a catalog records about how it was made, to decide whether it is stale. */
export interface CatalogMeta {
  readonly schema_version: number;
  readonly extractor_version: string | null;
  readonly sources_fingerprint: string | null;
  readonly sources: readonly string[];
  readonly built_at: string | null;
}

export type { HardwareEntity };

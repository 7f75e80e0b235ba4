/**
 * Public face of the extractor. Pure: text in, drafts out, no I/O.
 * The pipeline (recognizers, parsers, filters, refiners) lives in Extractor.ts.
 */
import { Extractor } from './Extractor.js';
import type { ClaimDraft, Extraction, ExtractionInput } from './types.js';

export type * from './types.js';

export { EXTRACTOR_VERSION } from '../version.js';

const DEFAULT_EXTRACTOR = new Extractor();

/** Every claim of an abstract, and every candidate number that was dropped, with the reason. */
export function extract(input: ExtractionInput): Extraction {
  return DEFAULT_EXTRACTOR.extract(input);
}

export function extractClaims(input: ExtractionInput): ClaimDraft[] {
  return [...extract(input).claims];
}

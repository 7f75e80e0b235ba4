/**
 * Public face of the extractor. Pure: text in, drafts out, no I/O.
 *
 * This first version only recognises "N x faster/speedup" so that the catalog has claims to hold;
 * the full pipeline (parsers, refiners, filters) replaces it behind the same signature.
 */
import type { ClaimDraft, Extraction, ExtractionInput } from './types.js';

export type * from './types.js';

export { EXTRACTOR_VERSION } from '../version.js';

const SPEEDUP_PATTERN = /(\d+(?:\.\d+)?)\s*(?:x|×|times)\s+(?:faster|speedup)/g;

export function extract(input: ExtractionInput): Extraction {
  const { abstract } = input;
  const claims: ClaimDraft[] = [];
  for (const match of abstract.matchAll(SPEEDUP_PATTERN)) {
    const start = match.index;
    const evidence = match[0];
    const value = Number(match[1]);
    claims.push({
      metric: 'speedup',
      value,
      value_max: null,
      unit: 'x',
      direction: 'up',
      qualifier: null,
      baseline: null,
      hardware: null,
      hardware_class: null,
      hardware_entity: null,
      phase: null,
      subject: null,
      evidence,
      span_start: start,
      span_end: start + evidence.length,
      sentence: evidence,
      factor: value,
      factor_max: null,
      parser: 'MinimalSpeedupParser',
    });
  }
  return { claims, dropped: [] };
}

export function extractClaims(input: ExtractionInput): ClaimDraft[] {
  return [...extract(input).claims];
}

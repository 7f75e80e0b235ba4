/** Test helpers: extract from a sentence and find the claim that holds a given number. */
import { expect } from 'vitest';
import { extract, type ClaimDraft, type Extraction } from '../../src/extract/index.js';

export function run(abstract: string, title = ''): Extraction {
  return extract({ abstract, title });
}

/**
 * The one claim whose evidence holds the first occurrence of `needle` in the text, after checking
 * its span: evidence is exactly the raw substring and contains the needle.
 */
export function claimAt(abstract: string, needle: string, title = ''): ClaimDraft {
  const at = abstract.indexOf(needle);
  if (at < 0) throw new Error(`needle ${needle} not in text`);
  // Evidence of list members may overlap ("2.24x and 4.90x better ..."): the claim is the one of
  // the needle's own number.
  const number = numberIn(needle);
  const holding = run(abstract, title).claims.filter((c) => c.span_start <= at && at + needle.length <= c.span_end);
  const claims = holding.length > 1 && number !== null ? holding.filter((c) => Math.abs(c.value - number) < 1e-9) : holding;
  expect(claims, `claims holding "${needle}"`).toHaveLength(1);
  const claim = claims[0] as ClaimDraft;
  expect(abstract.slice(claim.span_start, claim.span_end)).toBe(claim.evidence);
  expect(claim.evidence).toContain(needle);
  return claim;
}

function numberIn(needle: string): number | null {
  const match = /\d[\d,]*(?:\.\d+)?/.exec(needle);
  return match ? Number(match[0].replace(/,/g, '')) : null;
}

/** All claims holding `needle` (Decision 5: one number, several measures). */
export function claimsAt(abstract: string, needle: string): ClaimDraft[] {
  const at = abstract.indexOf(needle);
  const claims = run(abstract).claims.filter((c) => c.span_start <= at && at + needle.length <= c.span_end);
  for (const claim of claims) expect(abstract.slice(claim.span_start, claim.span_end)).toBe(claim.evidence);
  return claims;
}

export function values(abstract: string, title = ''): number[] {
  return run(abstract, title).claims.map((c) => c.value);
}

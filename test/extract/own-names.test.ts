/**
 * The names the paper gives its own work ("We present SwiftDiff, ..."): read wherever the
 * introduction stands, sentence-initial included, since filters and refiners tell the paper's
 * numbers from a compared system's by them.
 */
import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../src/extract/document.js';
import { run } from './helpers.js';

describe('own names', () => {
  it('reads a name introduced at the start of a sentence or inside one', () => {
    expect(buildDocument('We present SwiftDiff, a distilled model. It is fast.', '').ownNames).toContain('SwiftDiff');
    expect(buildDocument('Attention is slow. This paper proposes FlashMix. FlashMix is fast.', '').ownNames).toContain('FlashMix');
    expect(buildDocument('To serve LLMs cheaply, we introduce PagedServe. It is fast.', '').ownNames).toContain('PagedServe');
  });

  it('reads no name where the introduction is of something unnamed', () => {
    expect(buildDocument('We present a new kernel for sparse attention. It is fast.', '').ownNames).toEqual([]);
  });
});

describe('no method name after a preposition', () => {
  it('keeps the opening about the field as background when the paper "presents a study of LLM inference"', () => {
    expect(buildDocument('We present a study of LLM inference energy.', '').ownNames).not.toContain('LLM');
    const text = 'Public estimates of the energy cost of LLM inference vary by more than two orders of magnitude. We present a study of LLM inference energy. A typical chat query consumes 0.9 Wh on H100 servers.';
    const values = run(text).claims.map((c) => c.value);
    expect(values).not.toContain(100);
    expect(values).toContain(0.9);
  });
});

import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/extract/text/sentences.js';
import { normalizeText } from '../../src/extract/text/normalize.js';

function split(text: string): string[] {
  const norm = normalizeText(text).text;
  return splitSentences(norm).map((s) => norm.slice(s.start, s.end));
}

describe('sentence splitter', () => {
  it('does not break on decimals, e.g., i.e., et al., vs., Fig.', () => {
    const text =
      'We reach 2.5x speedup (e.g. 10^4 GPU hours) over prior work, i.e., Mamba. As shown by Dao et al. in Fig. 3, A vs. B differs. The end.';
    expect(split(text)).toEqual([
      'We reach 2.5x speedup (e.g. 10^4 GPU hours) over prior work, i.e., Mamba.',
      'As shown by Dao et al. in Fig. 3, A vs. B differs.',
      'The end.',
    ]);
  });

  it('keeps list markers with their item and splits between items', () => {
    const text = 'Our contributions are as follows: 1. Search space: one path. 2. Efficiency: only 8 epochs. 3. Code: released.';
    expect(split(text)).toEqual([
      'Our contributions are as follows: 1. Search space: one path.',
      '2. Efficiency: only 8 epochs.',
      '3. Code: released.',
    ]);
  });

  it('splits before parenthesized list items and after questions', () => {
    expect(split('It helps. (1) Throughput: 3x higher. Can we do better? Yes.')).toEqual([
      'It helps.',
      '(1) Throughput: 3x higher.',
      'Can we do better?',
      'Yes.',
    ]);
  });

  it('does not break on initials or URLs', () => {
    expect(split('Code by J. Smith is at https://github.com/a/b.c now. Next one.')).toEqual([
      'Code by J. Smith is at https://github.com/a/b.c now.',
      'Next one.',
    ]);
  });

  it('ends a sentence at a unit that is also an abbreviation, after a number', () => {
    expect(split('Latency drops to 12 ms. It also runs in 5 min. Ms. Lee ran 3 min. trials.')).toEqual([
      'Latency drops to 12 ms.',
      'It also runs in 5 min.',
      'Ms. Lee ran 3 min. trials.',
    ]);
  });
});

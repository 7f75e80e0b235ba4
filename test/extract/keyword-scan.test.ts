/**
 * The shared word pass (text/keyword-scan.ts): a vocabulary pattern tried only where a word opens
 * like one of its words must find exactly what a global scan of the same pattern finds.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { KeywordLexicon, keywordPattern, openingsOf, scanKeywords, type KeywordPattern } from '../../src/extract/text/keyword-scan.js';
import { normalizeText } from '../../src/extract/text/normalize.js';
import { HARDWARE_SCAN } from '../../src/lexicon/hardware.js';
import { PHASE_SCAN } from '../../src/extract/vocabulary/phases.js';
import { NUMBER_WORD_SCAN } from '../../src/extract/recognizers/numbers.js';
import { NUMBER_WORD_HINTS, NUMBER_WORDS } from '../../src/extract/vocabulary/number-words.js';
import { OWN_NAME_PATTERNS, OWN_WORK_PATTERN } from '../../src/extract/vocabulary/discourse.js';

function globalMatches(pattern: KeywordPattern, text: string): string[] {
  const found: string[] = [];
  const global = new RegExp(pattern.global.source, pattern.global.flags);
  for (let match = global.exec(text); match !== null; match = global.exec(text)) {
    found.push(`${match.index}:${match[0]}`);
    if (match[0].length === 0) global.lastIndex++;
  }
  return found;
}

function scannedMatches(lexicon: KeywordLexicon, pattern: KeywordPattern, text: string): string[] {
  const found: string[] = [];
  scanKeywords(pattern, text, lexicon.positions(text).of(pattern), (match) => found.push(`${match.index}:${match[0]}`));
  return found;
}

const SAMPLES: readonly string[] = [
  ...['../../seeds/000_37feb7a10fd438d0.txt', '../fixtures/eval/wild-abstracts.txt'].flatMap((path) =>
    readFileSync(new URL(path, import.meta.url), 'utf8').split('\n').filter((line) => line.length > 40),
  ),
  'on 8xA100-80GB GPUs, 8 H100 GPUs, eight RDU sockets, a 64-GPU cluster, -drones, nano-drones and RTX TITAN cards',
  'FINE-TUNING, Pre-Training, training-free, inference-aware decoding, TWICE as fast, two-fold, an Order of Magnitude',
  'We propose FlashThing, dubbed Foo; this paper presents X. Our results show 2x. Here, we see',
  'a100 A100s gpus GPUs GPUS (GPU) GPU/CPU 4090Ti 2080 Ti Ascend910B',
  'hardware-drones x-drones 3-drones (-drones) é-drones _-drones --drones, -drones',
];

describe('keyword scan', () => {
  it('reads the words a pattern can open with off its source', () => {
    const openings = openingsOf('(?<![A-Za-z0-9])(?:(?:NVIDIA )?Jetson(?: Orin)?|RTX ?\\d{4}|TITAN\\w*|\\d+ GPUs|-?drones?)(?![A-Za-z0-9])');
    expect(openings).not.toBeNull();
    expect([...(openings?.words ?? [])].sort()).toEqual(['drone', 'drones', 'jetson', 'nvidia', 'rtx', 'titan']);
    expect(openings?.prefixes).toEqual(['titan']);
    expect([...(openings?.others ?? [])].sort()).toEqual(['-', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9']);
  });

  it('knows a pattern that needs a non-word before it (a mark inside a word opens none of its matches)', () => {
    expect(keywordPattern('(?<![A-Za-z0-9])(?:-?drones?)', 'i').afterNonWord).toBe(true);
    expect(keywordPattern('(?<![A-Za-z0-9-])(?:-?drones?)', 'i').afterNonWord).toBe(true);
    expect(keywordPattern('(?<![A-Za-z])(?:-?drones?)', 'i').afterNonWord).toBe(false);
    expect(keywordPattern('(?<![^A-Za-z0-9])(?:-?drones?)', 'i').afterNonWord).toBe(false);
    expect(keywordPattern('\\b(?:-?drones?)', 'i').afterNonWord).toBe(false);
  });

  it('gives up on patterns that may open with anything (and then scans everywhere)', () => {
    expect(openingsOf('\\s+foo')).toBeNull();
    expect(openingsOf('.x')).toBeNull();
    expect(openingsOf('(?:a)?')).toBeNull();
    const anything = keywordPattern('.x', '');
    const lexicon = new KeywordLexicon([anything]);
    expect(scannedMatches(lexicon, anything, 'ax bx')).toEqual(['0:ax', '3:bx']);
  });

  const patterns: ReadonlyArray<readonly [string, KeywordPattern]> = [
    ['hardware', HARDWARE_SCAN],
    ['phases', PHASE_SCAN],
    ['number words', NUMBER_WORD_SCAN],
    ['own work', keywordPattern(OWN_WORK_PATTERN.source, 'i')],
    ...OWN_NAME_PATTERNS.map((p, i) => [`own name ${i}`, keywordPattern(p.source, '')] as const),
  ];
  const lexicon = new KeywordLexicon(patterns.map(([, p]) => p));

  for (const [name, pattern] of patterns) {
    it(`finds what a global scan finds: ${name}`, () => {
      expect(pattern.openings).not.toBeNull();
      for (const raw of SAMPLES) {
        for (const text of [raw, normalizeText(raw).text, raw.toUpperCase(), raw.toLowerCase()]) {
          expect(scannedMatches(lexicon, pattern, text), text.slice(0, 60)).toEqual(globalMatches(pattern, text));
        }
      }
    });
  }

  it('every number word holds a hint (a text without hints or digits holds no number)', () => {
    for (const word of NUMBER_WORDS) expect(NUMBER_WORD_HINTS.some((hint) => word.text.toLowerCase().includes(hint)), word.text).toBe(true);
  });
});

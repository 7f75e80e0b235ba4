/**
 * Words that say which way a quantity moved, as data: comparatives ("2.4x smaller"), change
 * nouns ("4.0x energy reduction") and verbs ("reduces memory by 2.4x"). `better`/`worse` mean
 * "in the measure's improving direction" (CLAIMS.md Decision 1: "improves latency" is down).
 */
import type { Metric } from '../types.js';
import { lookupKey, wordsAt, type WordsAt } from './build-pattern.js';
import { onReading } from '../text/reading.js';

export type Movement = 'up' | 'down' | 'better' | 'worse';

export interface MovementWord {
  readonly words: readonly string[];
  readonly movement: Movement;
  /** The metric the word itself names when no measure is written ("faster" is a speedup). */
  readonly implies?: Metric;
}

/**
 * Which way a bare comparative moves the quantity it follows ("0.4% higher than X", "2.6x lower
 * than X"): higher/more/larger/greater up, lower/less/smaller/fewer down, better/worse by the measure.
 */
/** A bare comparative and its cue right after a number: " higher than", " lower than", " above". */
export const COMPARATIVE_THAN_AFTER = /^ (?:(?:higher|lower|more|less|larger|smaller|greater|fewer|better|worse) than|above|below) /i;

export function comparativeMovement(word: string): Movement {
  const lower = word.trim().toLowerCase();
  if (/^(?:higher|above|more|larger|greater)\b/.test(lower)) return 'up';
  if (/^(?:lower|below|less|smaller|fewer)\b/.test(lower)) return 'down';
  return /^worse\b/.test(lower) ? 'worse' : 'better';
}

export const COMPARATIVES: readonly MovementWord[] = [
  { words: ['faster', 'quicker', 'speedier', 'sooner', 'as fast as', 'as fast', 'times faster'], movement: 'better', implies: 'speedup' },
  { words: ['slower', 'as slow as'], movement: 'worse', implies: 'speedup' },
  { words: ['smaller', 'as small as', 'lighter', 'more compact'], movement: 'down', implies: 'size' },
  { words: ['larger', 'bigger', 'as large as', 'as big as'], movement: 'up', implies: 'size' },
  { words: ['cheaper', 'less expensive', 'more affordable', 'as cheap as'], movement: 'down', implies: 'cost' },
  // A density of the design ("2.4x denser"): another measure.
  { words: ['denser', 'more dense'], movement: 'up', implies: 'other' },
  { words: ['more accurate', 'as accurate as'], movement: 'better', implies: 'accuracy' },
  { words: ['less accurate'], movement: 'worse', implies: 'accuracy' },
  { words: ['more energy-efficient', 'more energy efficient', 'as energy-efficient as', 'as energy efficient as'], movement: 'better', implies: 'energy' },
  { words: ['less energy-efficient', 'less energy efficient'], movement: 'worse', implies: 'energy' },
  { words: ['more efficient', 'as efficient as'], movement: 'better' },
  { words: ['less efficient'], movement: 'worse' },
  { words: ['higher', 'greater', 'more', 'increased', 'longer', 'as high as', 'as much as', 'as many'], movement: 'up' },
  { words: ['lower', 'fewer', 'less', 'reduced', 'shorter', 'decreased'], movement: 'down' },
  { words: ['better', 'superior', 'improved', 'further'], movement: 'better' },
  { words: ['worse', 'inferior'], movement: 'worse' },
  { words: ['below', 'behind', 'short of'], movement: 'down' },
  { words: ['above', 'ahead of'], movement: 'up' },
];

export const CHANGE_NOUNS: readonly MovementWord[] = [
  { words: ['speedup', 'speedups', 'speed-up', 'speed-ups', 'speed up', 'speed ups', 'acceleration', 'speed gains', 'speed gain', 'speed improvement'], movement: 'better', implies: 'speedup' },
  { words: ['memory-saving', 'memory saving', 'memory savings', 'memory reduction', 'memory reductions'], movement: 'down', implies: 'memory' },
  // "a 37x compression": what is compressed, unnamed, is a size (CLAIMS.md size: "compression").
  { words: ['compression'], movement: 'down', implies: 'size' },
  { words: ['reduction', 'reductions', 'saving', 'savings', 'decrease', 'decreases', 'drop', 'drops', 'loss', 'losses', 'degradation', 'cut', 'cuts', 'decline', 'less'], movement: 'down' },
  { words: ['increase', 'increases', 'gain', 'gains', 'boost', 'boosts', 'rise', 'growth', 'more'], movement: 'up' },
  { words: ['improvement', 'improvements', 'enhancement', 'enhancements', 'better', 'advantage', 'lead'], movement: 'better' },
];

export interface VerbWord extends MovementWord {
  /** Verbs whose object is the compared system ("outperforms X by 2x"). */
  readonly comparesObject?: boolean;
  /** Verbs that say how much, not which way: "energy per token varies by up to 40x". */
  readonly directionless?: boolean;
}

export const CHANGE_VERBS: readonly VerbWord[] = [
  { words: ['speeds up', 'speed up', 'speeding up', 'sped up', 'accelerates', 'accelerate', 'accelerating', 'accelerated', 'expedites'], movement: 'better', implies: 'speedup' },
  {
    words: [
      'reduces', 'reduce', 'reducing', 'reduced', 'cuts', 'cut', 'cutting', 'lowers', 'lower', 'lowering', 'lowered',
      'decreases', 'decrease', 'decreasing', 'decreased', 'shrinks', 'shrink', 'shrinking', 'saves', 'save', 'saving',
      'saved', 'slashes', 'trims', 'eliminates', 'eliminating', 'compresses', 'compress', 'compressing', 'drops',
      'drop', 'dropped', 'dropping', 'declines', 'decline', 'declined', 'declining', 'falls', 'fall', 'fell', 'falling',
      'shrank', 'shrunk', 'shortens', 'shorten', 'shortening', 'shortened', 'removes', 'remove', 'removing', 'removed', 'skips', 'skip', 'skipping',
      'skipped', 'prunes', 'prune', 'pruning', 'pruned', 'discards', 'discard', 'discarding', 'discarded', 'evicts',
      'evict', 'evicting', 'evicted', 'bypasses', 'bypassing',
      // A gap that narrows is a difference that goes down.
      'narrows', 'narrow', 'narrowing', 'narrowed', 'closes', 'closing', 'closed', 'shrinks the gap',
    ],
    movement: 'down',
  },
  {
    words: [
      'increases', 'increase', 'increasing', 'increased', 'raises', 'raise', 'raising', 'raised', 'rises', 'rise', 'rose', 'rising', 'grows', 'grow', 'grew',
      'growing', 'climbs', 'climb', 'climbed', 'boosts', 'boost', 'boosting', 'boosted', 'doubles', 'expands',
    ],
    movement: 'up',
  },
  // What a measurement study finds an estimate off by: "TDP-based estimates overstate energy by 2.3x".
  { words: ['overstates', 'overstate', 'overstating', 'overstated', 'overestimates', 'overestimate', 'overestimating', 'overestimated', 'overreports', 'overreport', 'overreporting', 'overreported'], movement: 'up' },
  { words: ['understates', 'understate', 'understating', 'understated', 'underestimates', 'underestimate', 'underestimating', 'underestimated', 'underreports', 'underreport', 'underreporting', 'underreported'], movement: 'down' },
  { words: ['improves', 'improve', 'improving', 'improved', 'enhances', 'enhance', 'enhancing', 'enhanced'], movement: 'better' },
  // What a measurement finds two things apart by: how much, not which way ("differs by less than 10%").
  {
    words: ['differs', 'differ', 'differed', 'differing', 'varies', 'vary', 'varied', 'varying', 'deviates', 'deviate', 'deviated', 'deviating', 'fluctuates', 'fluctuate', 'fluctuated', 'changes', 'changed'],
    movement: 'up',
    directionless: true,
  },
  { words: ['degrades', 'degrade', 'degrading', 'degraded', 'deteriorates', 'deteriorated', 'worsens', 'worsened', 'hurts'], movement: 'worse' },
  {
    words: ['outperforms', 'outperform', 'outperforming', 'outperformed', 'surpasses', 'surpass', 'surpassing', 'surpassed', 'beats', 'beat', 'beating', 'exceeds', 'exceed', 'exceeding', 'outpaces', 'outruns'],
    movement: 'better',
    comparesObject: true,
  },
  {
    // "trails exact attention by 0.5 perplexity": behind the compared system.
    words: ['trails', 'trail', 'trailing', 'trailed', 'lags behind', 'lags', 'lagging behind', 'underperforms', 'underperform', 'underperforming', 'falls short of'],
    movement: 'worse',
    comparesObject: true,
  },
];

function lookupOf<T extends MovementWord>(entries: readonly T[]): Map<string, T> {
  const map = new Map<string, T>();
  for (const entry of entries) for (const word of entry.words) map.set(lookupKey(word), entry);
  return map;
}

const COMPARATIVE_LOOKUP = lookupOf(COMPARATIVES);
const CHANGE_NOUN_LOOKUP = lookupOf(CHANGE_NOUNS);
const VERB_LOOKUP = lookupOf(CHANGE_VERBS);

const COMPARATIVE_AT = wordsAt(COMPARATIVES.flatMap((c) => c.words), '(?![A-Za-z0-9])', 'i', { flexibleSpaces: true });
const CHANGE_NOUN_AT = wordsAt(CHANGE_NOUNS.flatMap((c) => c.words), '(?![A-Za-z0-9])', 'i', { flexibleSpaces: true });
const VERB_AT = wordsAt(CHANGE_VERBS.flatMap((c) => c.words), '(?![A-Za-z0-9])', 'i', { flexibleSpaces: true });

export interface WordMatch<T> {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly entry: T;
}

/** The words at the positions of the text last asked about, per pattern (parsers ask again and again). */
const CACHES = new Map<WordsAt, { text: string | null; found: Map<number, WordMatch<unknown> | null> }>();

onReading((text) => {
  for (const cache of CACHES.values()) {
    cache.text = text;
    cache.found.clear();
  }
});

function wordAt<T>(pattern: WordsAt, lookup: Map<string, T>, text: string, pos: number): WordMatch<T> | null {
  let cache = CACHES.get(pattern);
  if (!cache) {
    cache = { text: null, found: new Map() };
    CACHES.set(pattern, cache);
  }
  if (cache.text !== text) {
    cache.text = text;
    cache.found.clear();
  }
  const cached = cache.found.get(pos) as WordMatch<T> | null | undefined;
  if (cached !== undefined) return cached;
  const found = readWordAt(pattern, lookup, text, pos);
  cache.found.set(pos, found);
  return found;
}

function readWordAt<T>(pattern: WordsAt, lookup: Map<string, T>, text: string, pos: number): WordMatch<T> | null {
  const match = pattern.exec(text, pos);
  if (!match) return null;
  const entry = lookup.get(lookupKey(match[0]));
  return entry ? { start: pos, end: pos + match[0].length, text: match[0], entry } : null;
}

export const comparativeAt = (text: string, pos: number): WordMatch<MovementWord> | null =>
  wordAt(COMPARATIVE_AT, COMPARATIVE_LOOKUP, text, pos);
export const changeNounAt = (text: string, pos: number): WordMatch<MovementWord> | null =>
  wordAt(CHANGE_NOUN_AT, CHANGE_NOUN_LOOKUP, text, pos);
export const verbAt = (text: string, pos: number): WordMatch<VerbWord> | null => wordAt(VERB_AT, VERB_LOOKUP, text, pos);

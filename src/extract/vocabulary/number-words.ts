/**
 * Number words that state a factor (CLAIMS.md Decision 3): "twice" is 2x, "half" 0.5x,
 * "an order of magnitude" 10x, "two orders of magnitude" 100x; "orders of magnitude" with no
 * count states no number (value null: recognized so that --explain can say why it is dropped).
 */

export interface NumberWord {
  readonly text: string;
  readonly value: number | null;
  /** Readings that are not a factor: "half of the heads", "half-precision", "double precision". */
  readonly notFollowedBy?: RegExp;
  /** A duration written in words ("under five minutes", "in under an hour"): its unit, not a factor. */
  readonly unit?: { readonly unit: string; readonly kind: 'job-time' | 'device-time' };
}

/** Durations written in words: "five minutes", "an hour", "one GPU-hour". */
const CARDINALS: ReadonlyArray<readonly [string, number]> = [
  ['an', 1], ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7], ['eight', 8], ['nine', 9], ['ten', 10], ['twelve', 12],
];
const DURATION_UNITS: ReadonlyArray<readonly [readonly string[], NonNullable<NumberWord['unit']>]> = [
  [['second', 'seconds'], { unit: 's', kind: 'job-time' }],
  [['minute', 'minutes'], { unit: 'min', kind: 'job-time' }],
  [['hour', 'hours'], { unit: 'h', kind: 'job-time' }],
  [['day', 'days'], { unit: 'days', kind: 'job-time' }],
  [['GPU-hour', 'GPU-hours', 'GPU hour', 'GPU hours'], { unit: 'GPU-h', kind: 'device-time' }],
];
/**
 * ("an hour" is the one article read as a count: "a second" is also the ordinal, and trying every
 * "a" of a text costs more than "a minute" or "a day" are worth; "an hour-long" is an adjective.)
 */
const DURATIONS: readonly NumberWord[] = CARDINALS.flatMap(([word, n]) =>
  DURATION_UNITS.flatMap(([units, unit]) =>
    units
      .filter((u) => (n === 1) === !u.endsWith('s'))
      .filter((u) => word !== 'an' || u === 'hour')
      .map((u) => ({ text: `${word} ${u}`, value: n, unit, notFollowedBy: /^-|^ (?:ago|later|earlier|before|after)\b/i })),
  ),
);

const SMALL_NUMBERS: ReadonlyArray<readonly [string, number]> = [
  ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7], ['eight', 8], ['nine', 9], ['ten', 10],
];

const FRACTIONS: ReadonlyArray<readonly [string, number]> = [
  ['fourth', 0.25], ['quarter', 0.25], ['fifth', 0.2], ['eighth', 0.125], ['tenth', 0.1],
];

export const NUMBER_WORDS: readonly NumberWord[] = [
  { text: 'twice', value: 2 },
  { text: 'doubles', value: 2 },
  { text: 'doubled', value: 2 },
  { text: 'doubling', value: 2, notFollowedBy: /^ (?:precision|buffer)/i },
  { text: 'triples', value: 3 },
  { text: 'tripled', value: 3 },
  { text: 'half', value: 0.5, notFollowedBy: /^(?: of\b|-| precision| the (?:time|number of)\b|way)/i },
  { text: 'halves', value: 0.5 },
  { text: 'halved', value: 0.5 },
  { text: 'halving', value: 0.5 },
  { text: 'an order of magnitude', value: 10 },
  { text: 'one order of magnitude', value: 10 },
  { text: 'a magnitude', value: 10 },
  ...SMALL_NUMBERS.map(([word, n]) => ({ text: `${word} orders of magnitude`, value: 10 ** n })),
  { text: 'orders of magnitude', value: null },
  { text: 'several orders of magnitude', value: null },
  { text: 'many orders of magnitude', value: null },
  { text: 'multiple orders of magnitude', value: null },
  { text: 'magnitudes', value: null },
  ...SMALL_NUMBERS.map(([word, n]) => ({ text: `${word}fold`, value: n })),
  ...SMALL_NUMBERS.map(([word, n]) => ({ text: `${word}-fold`, value: n })),
  // A fraction of a compared system's measure ("about one-fourth of the compute of X"), Decision 2.
  ...FRACTIONS.flatMap(([word, n]) => [`one-${word}`, `one ${word}`].map((text) => ({ text, value: n }))),
  { text: 'hundredfold', value: 100 },
  { text: 'a hundredfold', value: 100 },
  ...SMALL_NUMBERS.map(([word, n]) => ({ text: `${word} times`, value: n, notFollowedBy: /^ (?:in a row|per|each|every|more often)\b/i })),
  ...DURATIONS,
];

/**
 * Every number word holds one of these (lower-cased; a test checks it): a text with none of them
 * and no digit holds no number, and need not be read further.
 */
export const NUMBER_WORD_HINTS: readonly string[] = [
  'twice', 'half', 'halv', 'doubl', 'tripl', 'fold', 'magnitude', 'times', 'fourth', 'quarter', 'fifth', 'eighth', 'tenth',
  'second', 'minute', 'hour', 'day',
];

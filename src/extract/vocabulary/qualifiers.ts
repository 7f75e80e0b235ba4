/**
 * Qualifier words as data (CLAIMS.md `qualifier` and Decision 6): the word written closest
 * before a number wins; "on average" may also follow it ("0.56% on average").
 */
import type { Qualifier } from '../types.js';
import { alternation } from './build-pattern.js';

export const QUALIFIER_WORDS: ReadonlyArray<readonly [string, Qualifier]> = [
  ['up to', 'up to'],
  ['as much as', 'up to'],
  ['as high as', 'up to'],
  ['as many as', 'up to'],
  ['reaching up to', 'up to'],
  ['a maximum of', 'up to'],
  ['about', 'about'],
  ['approximately', 'about'],
  ['approx.', 'about'],
  ['around', 'about'],
  ['roughly', 'about'],
  ['~', 'about'],
  ['≈', 'about'],
  ['circa', 'about'],
  ['on the order of', 'about'],
  ['at least', 'at least'],
  ['no less than', 'at least'],
  ['≥', 'at least'],
  ['>=', 'at least'],
  ['more than', 'more than'],
  ['over', 'more than'],
  ['above', 'more than'],
  ['greater than', 'more than'],
  ['exceeding', 'more than'],
  ['exceeds', 'more than'],
  ['exceeded', 'more than'],
  ['in excess of', 'more than'],
  ['upwards of', 'more than'],
  ['beyond', 'more than'],
  ['>', 'more than'],
  ['less than', 'less than'],
  ['fewer than', 'less than'],
  ['under', 'less than'],
  ['below', 'less than'],
  ['within', 'less than'],
  ['at most', 'less than'],
  ['no more than', 'less than'],
  ['lower than', 'less than'],
  ['<', 'less than'],
  ['<!', 'less than'],
  ['≤', 'less than'],
  ['<=', 'less than'],
  ['on average', 'on average'],
  ['an average of', 'on average'],
  ['an average', 'on average'],
  ['average', 'on average'],
  ['averaged', 'on average'],
  ['averaging', 'on average'],
  ['on avg.', 'on average'],
  ['nearly', 'nearly'],
  ['almost', 'nearly'],
  ['close to', 'nearly'],
  ['near', 'nearly'],
  ['virtually', 'nearly'],
];

const LOOKUP = new Map(QUALIFIER_WORDS.map(([word, q]) => [word.toLowerCase(), q]));

/**
 * A qualifier that ends right before a number, allowing filler between them ("by up to a 28%",
 * "of just 0.0004%", "an average of 1.69times"). Anchored at the end of the left window.
 */
const QUALIFIER_BEFORE = new RegExp(
  `(?:^|[^A-Za-z~<>≈≥≤])(?<q>${alternation(QUALIFIER_WORDS.map(([w]) => w))})(?: (?:a|an|the|only|just|merely|roughly|by|of))?(?: (?:a|an))? ?$`,
  'i',
);

/** "on average" / "in average" right after a number and its unit. */
const QUALIFIER_AFTER = /^,? (?:on average|in average|on avg\.)/i;

/** A qualifier with its filler is never longer than this: only the window's tail is searched. */
const QUALIFIER_REACH = 40;

export function qualifierBefore(whole: string): { qualifier: Qualifier; text: string; offset: number } | null {
  const cut = Math.max(0, whole.length - QUALIFIER_REACH);
  // Keep one character before the tail so "^|[^A-Za-z]" still sees a word boundary.
  const left = whole.slice(Math.max(0, cut - 1));
  const shift = Math.max(0, cut - 1);
  const match = QUALIFIER_BEFORE.exec(left);
  if (!match) return null;
  const written = (match.groups?.q ?? '').toLowerCase();
  const qualifier = LOOKUP.get(written);
  if (!qualifier) return null;
  const offset = shift + match.index + match[0].indexOf(match.groups?.q ?? '');
  return { qualifier, text: written, offset };
}

export function qualifierAfter(right: string): { qualifier: Qualifier; length: number } | null {
  const match = QUALIFIER_AFTER.exec(right);
  return match ? { qualifier: 'on average', length: match[0].length } : null;
}

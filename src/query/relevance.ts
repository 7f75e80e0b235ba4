/**
 * How relevant a paper is to a planned search: BM25F over title, abstract and keywords, with
 * each clause of the plan (a user's word and its vocabulary forms) treated as one term whose
 * occurrences count by their weight. The user's own word counts 1, another name of the concept
 * 0.9, a device or kind 0.3-0.8 (see vocabulary.ts); so when two papers are otherwise equal,
 * the one that says the word ranks first, and a title mention outweighs an abstract mention.
 * Pure: text in, score out.
 */
import { LOOSE_WEIGHT, type Clause, type Form } from './query-plan.js';
import { isAlphabetic, words } from './words.js';

/** BM25 term-frequency saturation and abstract-length normalization (the usual values). */
export const K1 = 1.2;
export const B = 0.75;
/** Field weights: a title mention is worth three in the abstract; keywords are derived, so less. */
export const FIELD_WEIGHTS = { title: 3, abstract: 1, keywords: 0.5 } as const;
/**
 * FTS5 matched the paper, through its porter stemmer, but none of the clause's forms is
 * written in it as such ("transformative" for `transformer`): the match counts this much.
 */
export const UNEXPLAINED_WEIGHT = 0.3;

export type Field = keyof typeof FIELD_WEIGHTS;

/** Weighted occurrences of a clause in each field of one paper. */
export type FieldCounts = Readonly<Record<Field, number>>;

/**
 * Endings that keep a word's meaning ("quantized", "GPUs", "pruning"), tried longest first.
 * Narrower than the porter stemmer on purpose: porter also joins "transformative" to
 * "transformer" and "general" to "generalization".
 */
const SUFFIXES = ['izations', 'isations', 'ization', 'isation', 'ations', 'ation', 'izing', 'ising', 'ized', 'ised', 'izes', 'ises', 'izers', 'izer', 'ize', 'ise', 'ities', 'ity', 'ings', 'ing', 'ers', 'er', 'ed', 'es', 's', 'e'];

const KEYS = new Map<string, string>();
/** The shortest stem of three or more letters that leaves one of SUFFIXES: the longest suffix (for words of letters only). */
const INFLECTED = new RegExp(`^(.{3,}?)(?:${SUFFIXES.join('|')})$`);
const LETTERS = /^[a-z]+$/;

/** A word reduced to what its inflections share: "quantized" and "quantization" give "quant". */
export function wordKey(word: string): string {
  let key = KEYS.get(word);
  if (key !== undefined) return key;
  key = word.toLowerCase();
  if (LETTERS.test(key) || isAlphabetic(key)) key = INFLECTED.exec(key)?.[1] ?? key;
  else if (key.length > 3 && key.endsWith('s')) key = key.slice(0, -1);
  if (KEYS.size < 50_000) KEYS.set(word, key);
  return key;
}

/** A text's words, split and folded as FTS5 does. */
export type Tokens = readonly string[];

export function tokenize(text: string): Tokens {
  return words(text);
}

interface Entry {
  /** Which clause it counts for. */
  readonly clause: number;
  readonly keys: readonly string[];
  readonly weight: number;
  /** Index into the clause's loose words, or -1. */
  readonly loose: number;
}

/** A match: words [from, to) of a text, for clause `clause`. */
export interface Hit {
  readonly from: number;
  readonly to: number;
  readonly clause: number;
}

/**
 * Words that share a key share their first characters (a key is a prefix of its word), so a
 * text's words are first sorted into buckets by their first two: most words of an abstract
 * fall in no bucket, and only the rest are reduced to keys. A number, so no string is made.
 */
function bucketOf(word: string): number {
  return word.charCodeAt(0) * 65536 + (word.length > 1 ? word.charCodeAt(1) : 0);
}

/**
 * Finds every clause of a search in a text in one pass over its words. Each occurrence of a
 * clause's literal or of one of its forms counts the form's weight (the longest form where
 * they overlap); the words of a phrase clause found apart count together, as often as the
 * rarest of them, LOOSE_WEIGHT each time.
 */
export class ClauseMatcher {
  private readonly buckets = new Map<number, Entry[]>();
  private readonly prefixes: readonly (readonly [clause: number, prefix: string, weight: number])[];

  constructor(private readonly clauses: readonly Clause[]) {
    const prefixes: [number, string, number][] = [];
    clauses.forEach((clause, index) => {
      if (clause.prefix) prefixes.push([index, (clause.literal.tokens[0] ?? '').toLowerCase(), clause.literal.weight]);
      else this.add({ clause: index, keys: clause.literal.tokens.map(wordKey), weight: clause.literal.weight, loose: -1 });
      for (const form of clause.forms) this.add({ clause: index, keys: form.tokens.map(wordKey), weight: form.weight, loose: -1 });
      clause.loose.forEach((word, loose) => this.add({ clause: index, keys: word.tokens.map(wordKey), weight: word.weight, loose }));
    });
    this.prefixes = prefixes;
    for (const entries of this.buckets.values()) entries.sort((a, b) => b.keys.length - a.keys.length || b.weight - a.weight);
  }

  private add(entry: Entry): void {
    const first = entry.keys[0];
    if (first === undefined) return;
    const bucket = this.buckets.get(bucketOf(first));
    if (bucket) bucket.push(entry);
    else this.buckets.set(bucketOf(first), [entry]);
  }

  /**
   * Weighted occurrences of each clause in a text; with `hits`, also where they are. With
   * `strongest`, a clause counts only its weightiest match: for the keywords field, where one
   * device adds three words (its class, name and vendor) that are one piece of evidence.
   */
  count(tokens: Tokens, hits?: Hit[], strongest = false): number[] {
    const add = (weights: number[], clause: number, weight: number): void => {
      weights[clause] = strongest ? Math.max(weights[clause] ?? 0, weight) : (weights[clause] ?? 0) + weight;
    };
    const weights = this.clauses.map(() => 0);
    const looseCounts = this.clauses.map((clause) => clause.loose.map(() => 0));
    // Within a clause, matches do not overlap: the next word a clause may start a match at.
    const nextFree = this.clauses.map(() => 0);
    for (let at = 0; at < tokens.length; at++) {
      const token = tokens[at] as string;
      for (const [clause, prefix, weight] of this.prefixes) {
        if (at >= (nextFree[clause] ?? 0) && token.startsWith(prefix)) {
          add(weights, clause, weight);
          nextFree[clause] = at + 1;
          hits?.push({ from: at, to: at + 1, clause });
        }
      }
      const bucket = this.buckets.get(bucketOf(token));
      if (bucket === undefined) continue;
      const key = wordKey(token);
      for (const entry of bucket) {
        if (entry.keys[0] !== key || at < (nextFree[entry.clause] ?? 0) || !matchesAt(tokens, at, entry)) continue;
        if (entry.loose >= 0) {
          const counts = looseCounts[entry.clause] as number[];
          counts[entry.loose] = (counts[entry.loose] ?? 0) + 1;
        } else {
          add(weights, entry.clause, entry.weight);
        }
        nextFree[entry.clause] = at + entry.keys.length;
        hits?.push({ from: at, to: at + entry.keys.length, clause: entry.clause });
      }
    }
    looseCounts.forEach((counts, clause) => {
      if (counts.length > 0 && Math.min(...counts) > 0) add(weights, clause, LOOSE_WEIGHT * (strongest ? 1 : Math.min(...counts)));
    });
    return weights;
  }
}

function matchesAt(tokens: Tokens, at: number, entry: Entry): boolean {
  for (let i = 1; i < entry.keys.length; i++) {
    const token = tokens[at + i];
    if (token === undefined || wordKey(token) !== entry.keys[i]) return false;
  }
  return true;
}

export interface TermStats {
  /** Papers in the catalog. */
  readonly papers: number;
  /** Papers that match the clause. */
  readonly matching: number;
}

/** BM25's inverse document frequency, never negative (Lucene's form). */
export function idf({ papers, matching }: TermStats): number {
  return Math.log(1 + (papers - matching + 0.5) / (matching + 0.5));
}

/** BM25F: fields weighted and the abstract length-normalized before one saturation. */
export function termScore(counts: FieldCounts, abstractLength: number, averageAbstractLength: number, stats: TermStats): number {
  const norm = 1 - B + (B * abstractLength) / Math.max(1, averageAbstractLength);
  const tf = FIELD_WEIGHTS.title * counts.title + (FIELD_WEIGHTS.abstract * counts.abstract) / norm + FIELD_WEIGHTS.keywords * counts.keywords;
  if (tf <= 0) return 0;
  return idf(stats) * ((tf * (K1 + 1)) / (tf + K1));
}

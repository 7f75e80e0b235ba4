/**
 * What a search asks, planned before any SQL: the user's words become clauses, every clause is
 * required (AND), and each clause matches its literal words or any of the vocabulary's forms
 * for them (OR). `gpu quantization` becomes
 *
 *   ("gpu" OR "graphics processing unit" OR "a100" OR "tensor core" ...) AND
 *   ("quantization" OR "low bit" OR "int4" OR "ptq" ...)
 *
 * A run of words that names a concept ("kv cache", "mixture of experts") is one clause whose
 * literal is the phrase; the words apart (anywhere in the paper, as a plain search would ask)
 * still match, weaker. Common short words ("on", "for") are not required. Pure: no I/O.
 */
import { expansionsOf, longestConceptName, lookupConcepts, normalizeName } from './vocabulary.js';
import { ftsString } from './fts.js';
import { hasWordChar, isWordCode } from './words.js';

/** One way to write a clause: an FTS5 phrase and how much a match counts (the literal is 1). */
export interface Form {
  readonly text: string;
  /** Normalized words, for telling matches apart (see relevance.ts). */
  readonly tokens: readonly string[];
  readonly weight: number;
}

export interface Clause {
  /** The user's words for this clause, as typed. */
  readonly words: readonly string[];
  readonly literal: Form;
  /** True for `spars*`: a prefix search, taken as written. */
  readonly prefix: boolean;
  /** Other spellings of the literal ("lowbit" for "low-bit") and the vocabulary's forms. */
  readonly forms: readonly Form[];
  /** For a phrase clause: its words, which also match apart (together worth LOOSE_WEIGHT). */
  readonly loose: readonly Form[];
}

/**
 * Evidence that is not required but ranks a paper higher, at `weight` next to a clause: two
 * adjacent words written together as a phrase, and each word of a phrase clause on its own
 * (a paper about "distributed training" that also says "training" beats one that only names
 * a kind of parallelism).
 */
export interface ExtraTerm {
  readonly form: Form;
  readonly weight: number;
}

export interface SearchPlan {
  readonly clauses: readonly Clause[];
  readonly extras: readonly ExtraTerm[];
}

/** Weight of an adjacent pair written as a phrase, and of one word of a phrase clause. */
export const PHRASE_WEIGHT = 0.5;
export const PART_WEIGHT = 0.5;

/** How much a phrase clause's words count when they appear apart, all of them together. */
export const LOOSE_WEIGHT = 0.5;
/** Another spelling of the user's own word ("quantisation", "finetuning"). */
export const SPELLING_WEIGHT = 0.95;

/** Not required: they say little about a paper and would only shrink the results. */
const STOPWORDS: ReadonlySet<string> = new Set([
  'a', 'an', 'and', 'are', 'as', 'at', 'be', 'by', 'for', 'from', 'how', 'in', 'into', 'is', 'it', 'of', 'on', 'or',
  'the', 'to', 'vs', 'versus', 'via', 'what', 'which', 'with', 'without',
]);

interface Word {
  /** As typed, for messages. */
  readonly typed: string;
  /** Without surrounding punctuation and the prefix star. */
  readonly bare: string;
  readonly prefix: boolean;
}

/** Outer punctuation is not part of a word: `("quant` is the word quant (`c++` keeps its pluses). */
function trimPunctuation(typed: string): string {
  let start = 0;
  let end = typed.length;
  while (start < end && !isWordCode(typed.charCodeAt(start))) start++;
  while (end > start && !isWordCode(typed.charCodeAt(end - 1)) && typed[end - 1] !== '+' && typed[end - 1] !== '#') end--;
  return typed.slice(start, end);
}

/** The user's terms split into words; a word with no letter or digit is dropped. */
export function splitWords(terms: readonly string[]): Word[] {
  const words: Word[] = [];
  for (const term of terms) {
    for (const typed of term.split(/\s+/)) {
      const prefix = typed.endsWith('*');
      const bare = trimPunctuation(typed);
      if (!hasWordChar(bare)) continue;
      words.push({ typed, bare, prefix });
    }
  }
  return words;
}

function form(text: string, weight: number): Form {
  return { text, tokens: normalizeName(text).split(' ').filter(Boolean), weight };
}

/** A form from the vocabulary, written normalized already. */
function vocabularyForm(text: string, weight: number): Form {
  return { text, tokens: text.split(' '), weight };
}

/** The same word spelled otherwise: hyphens dropped, British -ise for -ize and back. */
function spellings(word: string): string[] {
  const variants = new Set<string>();
  const lower = word.toLowerCase();
  // Plain string tests first: a regex costs its compiling on every run.
  if (lower.includes('-') || lower.includes('_')) variants.add(lower.replace(/[-_]+/g, ''));
  if (lower.includes('is') || lower.includes('iz')) {
    const swapped = lower.replace(/i([sz])(e|ed|es|ing|ation|ations|er|ers)$/, (_, letter: string, end: string) => `i${letter === 's' ? 'z' : 's'}${end}`);
    if (swapped !== lower) variants.add(swapped);
  }
  variants.delete(lower);
  return [...variants];
}

function clauseFor(words: readonly Word[]): Clause {
  const text = words.map((word) => word.bare).join(' ');
  const prefix = words.length === 1 && (words[0]?.prefix ?? false);
  const literal = form(text, 1);
  const forms: Form[] = [];
  const seen = new Set<string>([literal.tokens.join(' ')]);
  const add = (candidate: Form): void => {
    const key = candidate.tokens.join(' ');
    if (key === '' || seen.has(key)) return;
    seen.add(key);
    forms.push(candidate);
  };
  if (!prefix) {
    for (const spelling of spellings(text)) add(form(spelling, SPELLING_WEIGHT));
    const expansions = [...expansionsOf(text)].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    for (const [expansion, weight] of expansions) add(vocabularyForm(expansion, weight));
  }
  // Apart, the words that say something: "in" of "processing in memory" is in every abstract.
  const loose = literal.tokens.length > 1 && !prefix ? literal.tokens.filter((token) => !STOPWORDS.has(token)).map((token) => form(token, LOOSE_WEIGHT)) : [];
  return { words: words.map((word) => word.typed), literal, prefix, forms, loose };
}

/**
 * Plans a search. Runs of words that name a concept become one clause (longest first); other
 * words are a clause each; stop words are dropped unless nothing else is left.
 */
export function planSearch(terms: readonly string[]): SearchPlan {
  const words = splitWords(terms);
  const content = words.filter((word) => !STOPWORDS.has(word.bare.toLowerCase()));
  const keepStopwords = content.length === 0;
  const clauses: Clause[] = [];
  const extras: ExtraTerm[] = [];
  const longest = longestConceptName();
  let previousSingle: Word | undefined;
  for (let i = 0; i < words.length; ) {
    let taken = 0;
    for (let length = Math.min(longest, words.length - i); length >= 2; length--) {
      const run = words.slice(i, i + length);
      if (run.some((word) => word.prefix)) continue;
      if (lookupConcepts(run.map((word) => word.bare).join(' ')).length > 0) {
        const clause = clauseFor(run);
        clauses.push(clause);
        for (const part of run) {
          if (!STOPWORDS.has(part.bare.toLowerCase())) extras.push({ form: form(part.bare, 1), weight: PART_WEIGHT });
        }
        taken = length;
        break;
      }
    }
    if (taken > 0) {
      i += taken;
      previousSingle = undefined;
      continue;
    }
    const word = words[i] as Word;
    i += 1;
    if (!keepStopwords && STOPWORDS.has(word.bare.toLowerCase())) {
      previousSingle = undefined;
      continue;
    }
    clauses.push(clauseFor([word]));
    if (previousSingle && !previousSingle.prefix && !word.prefix) {
      extras.push({ form: form(`${previousSingle.bare} ${word.bare}`, 1), weight: PHRASE_WEIGHT });
    }
    previousSingle = word;
  }
  return { clauses, extras };
}

/** The FTS5 expression that matches a clause: its literal or any of its forms. */
export function clauseExpression(clause: Clause): string {
  const parts = [ftsString(clause.literal.text, clause.prefix), ...clause.forms.map((candidate) => ftsString(candidate.text))];
  // The words apart, in the text only: the keywords column holds tag names, whose words do not
  // each stand for the phrase ("attention-kernels" is not "attention" and "kernel" apart).
  if (clause.loose.length > 0) parts.push(`({title abstract} : (${clause.loose.map((word) => ftsString(word.text)).join(' AND ')}))`);
  return parts.length === 1 ? (parts[0] as string) : `(${parts.join(' OR ')})`;
}

/** The FTS5 expression for the whole plan: every clause required. */
export function planExpression(plan: SearchPlan): string {
  return plan.clauses.map(clauseExpression).join(' AND ');
}

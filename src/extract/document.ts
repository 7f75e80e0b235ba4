/**
 * One abstract as the extractor sees it: normalized text, sentences, numbers and their
 * coordinated lists, devices, phase words, and which sentences speak of the paper's own work.
 * Computed once per abstract; every parser, refiner and filter reads it.
 */
import { findHardwareMentions, type HardwareMention } from '../lexicon/hardware.js';
import { recognizeQuantities, type Quantity } from './recognizers/numbers.js';
import { normalizeText, type NormalizedText } from './text/normalize.js';
import { splitSentences, type SentenceSpan } from './text/sentences.js';
import { findPhaseMentions, type PhaseMention } from './vocabulary/phases.js';
import { BACKGROUND_SUBJECT_PATTERN, OWN_NAME_PATTERNS, OWN_WORK_PATTERN } from './vocabulary/discourse.js';

/** Numbers written as one list ("1.69x and 1.48x", "17.77%, 2.49x, and 2.32x", "2x/1.3x"). */
export interface QuantityGroup {
  readonly members: readonly Quantity[];
  readonly start: number;
  readonly end: number;
  /** The list was written with slashes ("2x/1.3x"), which pair with slash lists of measures. */
  readonly slashed: boolean;
}

export interface Document {
  readonly norm: NormalizedText;
  readonly text: string;
  readonly title: string;
  readonly sentences: readonly SentenceSpan[];
  readonly quantities: readonly Quantity[];
  readonly changeStarts: readonly Quantity[];
  readonly groupOf: ReadonlyMap<Quantity, QuantityGroup>;
  readonly hardware: readonly HardwareMention[];
  readonly phases: readonly PhaseMention[];
  /** Names the paper gives its own work (title prefix, "we propose X"). */
  readonly ownNames: readonly string[];
  /** Per sentence: is it background (before the paper speaks of itself, or about others)? */
  readonly background: readonly boolean[];
  sentenceAt(pos: number): SentenceSpan;
}

const AVAILABILITY = /\b(?:code|models?|checkpoints?|data|datasets?|implementation|source code|project page|website|weights)\b[^.]{0,60}\b(?:is|are|will be|has been|have been)\b[^.]{0,30}\b(?:available|released|open-sourced|public)\b|\bhttps?:\/\//i;
const LIST_GAP = /^(?: ?, ?(?:and |or )?| and | or | ?\/ ?|, respectively, and )$/;

function groupQuantities(text: string, quantities: readonly Quantity[], sentences: readonly SentenceSpan[]): Map<Quantity, QuantityGroup> {
  const groupOf = new Map<Quantity, QuantityGroup>();
  let current: Quantity[] = [];
  let slashed = false;
  const flush = (): void => {
    if (current.length === 0) return;
    const first = current[0] as Quantity;
    const last = current[current.length - 1] as Quantity;
    const group: QuantityGroup = { members: current, start: first.start, end: last.end, slashed };
    for (const q of current) groupOf.set(q, group);
    current = [];
    slashed = false;
  };
  let sentenceIndex = 0;
  for (const q of quantities) {
    while (sentenceIndex < sentences.length - 1 && (sentences[sentenceIndex] as SentenceSpan).end <= q.start) sentenceIndex++;
    const prev = current[current.length - 1];
    if (prev) {
      const gap = text.slice(prev.end, q.start);
      const sameSentence = !sentences.some((s) => s.start > prev.start && s.start <= q.start);
      if (sameSentence && LIST_GAP.test(gap) && q.form !== 'change-end') {
        if (gap.includes('/')) slashed = true;
        current.push(q);
        continue;
      }
      flush();
    }
    current.push(q);
  }
  flush();
  return groupOf;
}

/** The paper's own names: the title's part before a colon, and names introduced in the abstract. */
function findOwnNames(title: string, text: string): string[] {
  const names = new Set<string>();
  const colon = title.indexOf(':');
  if (colon > 0 && colon < 60) {
    const prefix = title.slice(0, colon).replace(/[$\\{}]/g, '').trim();
    if (prefix.length > 1 && prefix.split(/\s+/).length <= 4) names.add(prefix);
  }
  for (const pattern of OWN_NAME_PATTERNS) {
    pattern.lastIndex = 0;
    for (const match of text.matchAll(pattern)) {
      const name = match.groups?.name?.trim();
      if (name && name.length > 1 && !/^(?:The|This|A|An|In|We|Our|It)$/.test(name)) names.add(name);
    }
  }
  // A name like "FlightLLM" is also written in parts ("FlightLLM-based"); keep the first word too.
  for (const name of [...names]) {
    const first = name.split(/\s+/)[0];
    if (first && first.length > 2 && /[A-Z].*[A-Z]|[A-Z][a-z]+[A-Z]/.test(first)) names.add(first);
  }
  return [...names];
}

function escapeForRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Background sentences: those before the first sentence about the paper's own work (abstracts
 * open with the field and prior work), and later ones whose subject is prior work. When no
 * sentence announces the paper's own work, nothing is background.
 */
function findBackground(text: string, sentences: readonly SentenceSpan[], ownNames: readonly string[]): boolean[] {
  const namePattern =
    ownNames.length > 0 ? new RegExp(`(?<![A-Za-z0-9])(?:${ownNames.map(escapeForRegex).join('|')})(?![A-Za-z0-9])`) : null;
  const own = sentences.map((s) => {
    const sentence = text.slice(s.start, s.end);
    // A question ("Can we ...?") asks; it does not present the paper's work.
    if (sentence.endsWith('?')) return false;
    // "Our code is available at ..." closes an abstract; it does not open the paper's own part.
    if (AVAILABILITY.test(sentence)) return false;
    return OWN_WORK_PATTERN.test(sentence) || (namePattern !== null && namePattern.test(sentence));
  });
  const firstOwn = own.indexOf(true);
  if (firstOwn < 0) return sentences.map(() => false);
  return sentences.map((s, i) => {
    if (own[i]) return false;
    if (i < firstOwn) return true;
    return BACKGROUND_SUBJECT_PATTERN.test(text.slice(s.start, s.end));
  });
}

export function buildDocument(abstract: string, title: string): Document {
  const norm = normalizeText(abstract);
  const text = norm.text;
  const sentences = splitSentences(text);
  const { quantities, changeStarts } = recognizeQuantities(text);
  const groupOf = groupQuantities(text, quantities, sentences);
  const ownNames = findOwnNames(normalizeText(title).text, text);
  const background = findBackground(text, sentences, ownNames);
  const fallback: SentenceSpan = { index: 0, start: 0, end: text.length };
  return {
    norm,
    text,
    title: normalizeText(title).text,
    sentences,
    quantities,
    changeStarts,
    groupOf,
    hardware: findHardwareMentions(text),
    phases: findPhaseMentions(text),
    ownNames,
    background,
    sentenceAt(pos: number): SentenceSpan {
      for (const s of sentences) if (pos < s.end) return s;
      return sentences[sentences.length - 1] ?? fallback;
    },
  };
}

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
  /** Devices named in a sentence (by sentence index), left to right. */
  hardwareIn(sentence: SentenceSpan): readonly HardwareMention[];
  /** Devices overlapping [start, end). */
  hardwareNear(start: number, end: number): readonly HardwareMention[];
  phasesIn(sentence: SentenceSpan): readonly PhaseMention[];
}

/**
 * Sentences longer than this are analysed in pieces: real sentences are far shorter, and the
 * bound keeps every per-sentence search local, so hostile input stays linear.
 */
const MAX_SENTENCE = 1200;

function capSentences(text: string, sentences: readonly SentenceSpan[]): SentenceSpan[] {
  const out: SentenceSpan[] = [];
  for (const s of sentences) {
    let start = s.start;
    while (s.end - start > MAX_SENTENCE) {
      let cut = text.lastIndexOf(' ', start + MAX_SENTENCE);
      if (cut <= start) cut = start + MAX_SENTENCE;
      out.push({ index: out.length, start, end: cut });
      start = cut;
    }
    out.push({ index: out.length, start, end: s.end });
  }
  return out;
}

function bucket<T extends { start: number }>(items: readonly T[], sentences: readonly SentenceSpan[], at: (pos: number) => SentenceSpan): T[][] {
  const buckets: T[][] = sentences.map(() => []);
  for (const item of items) buckets[at(item.start).index]?.push(item);
  return buckets;
}

const AVAILABILITY = /\b(?:code|models?|checkpoints?|data|datasets?|implementation|source code|project page|website|weights)\b[^.]{0,60}\b(?:is|are|will be|has been|have been)\b[^.]{0,30}\b(?:available|released|open-sourced|public)\b|\bhttps?:\/\//i;
const AVAILABILITY_HINT = /availab|releas|open-sourc|public|http/i;
const RELEASE_HINTS: readonly string[] = ['availab', 'releas', 'open-sourc', 'public', 'http'];
/** "We release our code", "we open-source the models": an announcement, not the work itself. */
const RELEASE = /^(?:(?:finally|additionally|also),? )?we (?:also )?(?:release|open-source|publicly release|make)\b[^.]{0,80}\b(?:code|models?|checkpoints?|data|datasets?|implementation|weights|available|public)\b/i;
const LIST_GAP = /^(?: ?, ?(?:and |or )?| and | or | ?\/ ?|, respectively, and )$/;

function groupQuantities(text: string, quantities: readonly Quantity[], sentenceAt: (pos: number) => SentenceSpan): Map<Quantity, QuantityGroup> {
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
  for (const q of quantities) {
    const prev = current[current.length - 1];
    if (prev) {
      const gap = q.start - prev.end <= 16 ? text.slice(prev.end, q.start) : '#';
      const sameSentence = sentenceAt(prev.start) === sentenceAt(q.start);
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
    // exec on the module's own regex: matchAll would clone it on every call.
    pattern.lastIndex = 0;
    for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
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
  const lower = text.toLowerCase();
  const mayAnnounceRelease = RELEASE_HINTS.some((hint) => lower.includes(hint));
  const own = sentences.map((s) => {
    const sentence = text.slice(s.start, s.end);
    // A question ("Can we ...?") asks; it does not present the paper's work.
    if (sentence.endsWith('?')) return false;
    // "Our code is available at ..." closes an abstract; it does not open the paper's own part.
    if (mayAnnounceRelease && AVAILABILITY_HINT.test(sentence) && (AVAILABILITY.test(sentence) || RELEASE.test(sentence))) return false;
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
  const sentences = capSentences(text, splitSentences(text));
  const fallback: SentenceSpan = { index: 0, start: 0, end: text.length };
  const sentenceAt = (pos: number): SentenceSpan => {
    // Binary search: the first sentence that ends after pos.
    let lo = 0;
    let hi = sentences.length - 1;
    if (hi < 0) return fallback;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((sentences[mid] as SentenceSpan).end <= pos) lo = mid + 1;
      else hi = mid;
    }
    return sentences[lo] as SentenceSpan;
  };
  const { quantities, changeStarts } = recognizeQuantities(text);
  const groupOf = groupQuantities(text, quantities, sentenceAt);
  const ownNames = findOwnNames(normalizeText(title).text, text);
  const background = findBackground(text, sentences, ownNames);
  const hardware = findHardwareMentions(text);
  const phases = findPhaseMentions(text);
  const hardwareBySentence = bucket(hardware, sentences, sentenceAt);
  const phasesBySentence = bucket(phases, sentences, sentenceAt);
  return {
    norm,
    text,
    title: normalizeText(title).text,
    sentences,
    quantities,
    changeStarts,
    groupOf,
    hardware,
    phases,
    ownNames,
    background,
    sentenceAt,
    hardwareIn: (sentence) => hardwareBySentence[sentence.index] ?? [],
    hardwareNear(start: number, end: number): readonly HardwareMention[] {
      const inSentence = hardwareBySentence[sentenceAt(start).index] ?? [];
      return inSentence.filter((m) => m.start < end + 4 && start - 4 < m.end);
    },
    phasesIn: (sentence) => phasesBySentence[sentence.index] ?? [],
  };
}

/**
 * One abstract as the extractor sees it: normalized text, sentences, numbers and their
 * coordinated lists, devices, phase words, and which sentences speak of the paper's own work.
 * Computed once per abstract; every parser, refiner and filter reads it.
 */
import { findHardwareMentions, HARDWARE_SCAN, type HardwareMention } from '../lexicon/hardware.js';
import { NUMBER_WORD_SCAN, recognizeQuantities, type Quantity } from './recognizers/numbers.js';
import { KeywordLexicon, keywordPattern, scanKeywords, type KeywordPositions } from './text/keyword-scan.js';
import { normalizeText, type NormalizedText } from './text/normalize.js';
import { splitSentences, type SentenceSpan } from './text/sentences.js';
import { findPhaseMentions, PHASE_SCAN, type PhaseMention } from './vocabulary/phases.js';
import { NUMBER_WORD_HINTS } from './vocabulary/number-words.js';
import { startReading } from './text/reading.js';
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
  /** Devices and phase words of the title (read when first asked for). */
  readonly titleHardware: readonly HardwareMention[];
  readonly titlePhases: readonly PhaseMention[];
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
  /**
   * A fact derived from this document, computed once: `key` names the fact (a module's own
   * constant), `compute` derives it. Caches live and die with the document.
   */
  memo<T>(key: MemoKey<T>, compute: () => T): T;
}

/** Names a fact a module derives from a document (see Document.memo). */
export interface MemoKey<T> {
  readonly name: string;
  /** Never set: carries the fact's type. */
  readonly type?: T;
}

export function memoKey<T>(name: string): MemoKey<T> {
  return { name };
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

/** The words that say something is out (and a link): an availability notice holds one, at a word start. */
const AVAILABLE_WORDS = 'available|released|open-sourced|public';
const LINK = '\\bhttps?:\\/\\/';
const AVAILABILITY = new RegExp(`\\b(?:code|models?|checkpoints?|data|datasets?|implementation|source code|project page|website|weights)\\b[^.]{0,60}\\b(?:is|are|will be|has been|have been)\\b[^.]{0,30}\\b(?:${AVAILABLE_WORDS})\\b|${LINK}`, 'i');
/** Where the words of an availability notice may start, found in the document's word pass. */
const AVAILABILITY_WORD_SCAN = keywordPattern(`\\b(?:${AVAILABLE_WORDS})\\b|${LINK}`, 'i');
const AVAILABILITY_HINT = /availab|releas|open-sourc|public|http/i;
/** Every availability or release sentence holds one of these (lower-cased). */
const RELEASE_HINTS: readonly string[] = ['availab', 'releas', 'open-sourc', 'public', 'http'];
/** "We release our code", "we open-source the models": an announcement, not the work itself. */
const RELEASE = /^(?:(?:finally|additionally|also),? )?we (?:also )?(?:release|open-source|publicly release|make)\b[^.]{0,80}\b(?:code|models?|checkpoints?|data|datasets?|implementation|weights|available|public)\b/i;
// ("by +3.8 and +2.9 points", "+1.2, +2.0 and +4.6 mIoU": a plus sign before each member.)
const LIST_GAP = /^(?: ?, ?(?:and |or )?| and | or | ?\/ ?|, respectively, and )\+?$/;

/**
 * Two numbers joined by a bare comma are no list (a list of two says "and", "or" or "/"): the
 * second is set beside the first ("at 79.3%, 0.5% below ..."), unless the sentence pairs them
 * with "respectively".
 */
function apposed(text: string, first: Quantity, second: Quantity): boolean {
  if (!/^ ?, ?$/.test(text.slice(first.end, second.start))) return false;
  const end = text.indexOf('.', second.end);
  return !/\brespectively\b/i.test(text.slice(second.end, end < 0 ? text.length : end));
}

function groupQuantities(text: string, quantities: readonly Quantity[], sentenceAt: (pos: number) => SentenceSpan): Map<Quantity, QuantityGroup> {
  const groupOf = new Map<Quantity, QuantityGroup>();
  let current: Quantity[] = [];
  let slashed = false;
  const flush = (): void => {
    if (current.length === 0) return;
    if (current.length === 2 && apposed(text, current[0] as Quantity, current[1] as Quantity)) {
      // "79.3%, 0.5% below the unpruned model": a value and a comparison set beside it, two groups.
      const [value, comparison] = current as [Quantity, Quantity];
      groupOf.set(value, { members: [value], start: value.start, end: value.end, slashed: false });
      groupOf.set(comparison, { members: [comparison], start: comparison.start, end: comparison.end, slashed: false });
      current = [];
      slashed = false;
      return;
    }
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
      // (A plus sign joins signed members only: "76.2%, +0.9% over X" sets a change beside a value.)
      const signed = !gap.endsWith('+') || text[prev.start - 1] === '+';
      if (sameSentence && signed && LIST_GAP.test(gap) && q.form !== 'change-end') {
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
function findOwnNames(title: string, text: string, keywords: KeywordPositions): string[] {
  const names = new Set<string>();
  const colon = title.indexOf(':');
  if (colon > 0 && colon < 60) {
    const prefix = title.slice(0, colon).replace(/[$\\{}]/g, '').trim();
    if (prefix.length > 1 && prefix.split(/\s+/).length <= 4) names.add(prefix);
  }
  for (const pattern of OWN_NAME_SCANS) {
    scanKeywords(pattern, text, keywords.of(pattern), (match) => {
      const name = match.groups?.name?.trim();
      if (name && name.length > 1 && !/^(?:The|This|A|An|In|We|Our|It)$/.test(name)) names.add(name);
    });
  }
  // A name like "FlightLLM" is also written in parts ("FlightLLM-based"); keep the first word too.
  for (const name of [...names]) {
    const first = name.split(/\s+/)[0];
    if (first && first.length > 2 && /[A-Z].*[A-Z]|[A-Z][a-z]+[A-Z]/.test(first)) names.add(first);
  }
  return [...names];
}

function isAlphanumeric(ch: string | undefined): boolean {
  return ch !== undefined && ((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9'));
}

/** The sentences that name one of `names` as a whole word (not inside a longer word of the sentence). */
function sentencesNaming(text: string, names: readonly string[], sentenceAt: (pos: number) => SentenceSpan): Set<number> {
  const naming = new Set<number>();
  for (const name of names) {
    if (name.length === 0) continue;
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
      const s = sentenceAt(at);
      const after = at + name.length;
      if (after > s.end || at < s.start) continue;
      if ((at === s.start || !isAlphanumeric(text[at - 1])) && (after === s.end || !isAlphanumeric(text[after]))) naming.add(s.index);
    }
  }
  return naming;
}

/**
 * Sentences that speak of the paper's own work (OWN_WORK_PATTERN), found with one scan of the
 * text at the words it opens with. Its matches never cross a sentence end (they hold no stop),
 * except across the cut of an over-long sentence: then each sentence is tested on its own.
 */
function ownWorkSentences(text: string, sentences: readonly SentenceSpan[], capped: boolean, keywords: KeywordPositions, sentenceAt: (pos: number) => SentenceSpan): boolean[] {
  if (capped) return sentences.map((s) => OWN_WORK_PATTERN.test(text.slice(s.start, s.end)));
  const marked = sentences.map(() => false);
  scanKeywords(OWN_WORK_SCAN, text, keywords.of(OWN_WORK_SCAN), (match) => {
    const s = sentenceAt(match.index);
    if (match.index + match[0].length <= s.end) marked[s.index] = true;
    else marked[s.index] ||= OWN_WORK_PATTERN.test(text.slice(s.start, s.end));
  });
  return marked;
}

/**
 * Background sentences: those before the first sentence about the paper's own work (abstracts
 * open with the field and prior work), and later ones whose subject is prior work. When no
 * sentence announces the paper's own work, nothing is background.
 */
function findBackground(
  text: string,
  sentences: readonly SentenceSpan[],
  ownNames: readonly string[],
  ownWork: readonly boolean[],
  noticeWords: readonly number[] | null,
  sentenceAt: (pos: number) => SentenceSpan,
): boolean[] {
  // Sentences that may announce a release hold one of its hints (a hint never spans two sentences),
  // placed by where it starts. Only a sentence that would otherwise speak of the paper's own work
  // is asked (few are): a hint of its own starts after the sentence before it ends and before it
  // ends. Hints are found case-blind in the text: that finds them where the lower-cased text has
  // them, but where lower-casing changes the length of the text (only "İ", U+0130, does) every
  // asked sentence is searched on its own.
  let dottedI: boolean | null = null;
  // Where each hint starts in the lower-cased text (read once, by indexOf, when first asked).
  let hintStarts: number[] | null = null;
  const isHinted = (i: number): boolean => {
    const s = sentences[i] as SentenceSpan;
    dottedI ??= text.includes('\u0130');
    if (dottedI) return AVAILABILITY_HINT.test(text.slice(s.start, s.end));
    // (sentenceAt places anything after the last sentence in the last one.)
    const last = i === sentences.length - 1;
    const from = i > 0 ? (sentences[i - 1] as SentenceSpan).end : 0;
    // A hint of its own starts after the sentence before it ends and before it ends.
    const until = last ? text.length : s.end;
    if (hintStarts === null) {
      const lower = text.toLowerCase();
      hintStarts = [];
      for (const hint of RELEASE_HINTS) for (let at = lower.indexOf(hint); at >= 0; at = lower.indexOf(hint, at + 1)) hintStarts.push(at);
    }
    for (const at of hintStarts) if (at >= from && at < until) return true;
    return false;
  };
  // An availability notice holds one of its words at a word start in the sentence (and so a hint
  // too): a sentence without one is not tested. (Unknown positions: every asked sentence is.)
  const mayNotify = (s: SentenceSpan): boolean => noticeWords === null || noticeWords.some((at) => at >= s.start && at < s.end);
  const announces = (s: SentenceSpan, i: number): boolean => {
    const sentence = text.slice(s.start, s.end);
    if (mayNotify(s) && AVAILABILITY.test(sentence)) return true;
    // A release announcement opens its sentence (a quick test): only then are its hints looked for.
    return RELEASE.test(sentence) && isHinted(i);
  };
  const naming = sentencesNaming(text, ownNames, sentenceAt);
  const own = sentences.map((s, i) => {
    // A question ("Can we ...?") asks; it does not present the paper's work.
    if (text[s.end - 1] === '?') return false;
    if (!(ownWork[i] === true || naming.has(i))) return false;
    // "Our code is available at ..." closes an abstract; it does not open the paper's own part.
    if (announces(s, i)) return false;
    return ownWork[i] === true || naming.has(i);
  });
  const firstOwn = own.indexOf(true);
  if (firstOwn < 0) return sentences.map(() => false);
  return sentences.map((s, i) => {
    if (own[i]) return false;
    if (i < firstOwn) return true;
    return BACKGROUND_SUBJECT_PATTERN.test(text.slice(s.start, s.end));
  });
}

/** The title is read for its devices and phases only. */
const TITLE_LEXICON = new KeywordLexicon([HARDWARE_SCAN, PHASE_SCAN]);

/** OWN_WORK_PATTERN and OWN_NAME_PATTERNS prepared for the word pass. */
const OWN_WORK_SCAN = keywordPattern(OWN_WORK_PATTERN.source, OWN_WORK_PATTERN.flags.replace(/[gy]/g, ''));
const OWN_NAME_SCANS = OWN_NAME_PATTERNS.map((pattern) => keywordPattern(pattern.source, pattern.flags.replace(/[gy]/g, '')));

/** The vocabularies read in the document's one word pass (see text/keyword-scan.ts). */
const DOCUMENT_LEXICON = new KeywordLexicon([HARDWARE_SCAN, PHASE_SCAN, NUMBER_WORD_SCAN, OWN_WORK_SCAN, AVAILABILITY_WORD_SCAN, ...OWN_NAME_SCANS]);

/**
 * One case-blind pass for all the hints (they are plain lower-case letters), not a lower-cased
 * copy of the text searched once per hint. It finds what the copy would: lower-casing maps no
 * character but an ASCII letter onto a hint's letters except "İ" (to "i" and a combining dot,
 * which no hint holds after an "i") and the Kelvin sign (to "k", in no hint).
 */
const NUMBER_WORD_HINT = new RegExp(NUMBER_WORD_HINTS.join('|'), 'i');

/** Numbers are digits or number words (which hold one of NUMBER_WORD_HINTS). */
function mayHoldNumbers(text: string): boolean {
  return /\d/.test(text) || NUMBER_WORD_HINT.test(text);
}

interface Mentions<T> {
  readonly all: T[];
  readonly bySentence: T[][];
}

/**
 * The document's parts are computed when first asked for: an abstract without numbers needs
 * none of its sentences, devices or discourse, and one whose numbers are all names needs no
 * phases or discourse.
 */
class AbstractDocument implements Document {
  readonly title: string;
  readonly quantities: readonly Quantity[];
  readonly changeStarts: readonly Quantity[];
  private keywordsRead: KeywordPositions | null = null;
  private sentencesRead: { readonly split: number; readonly capped: SentenceSpan[] } | null = null;
  private groupsRead: Map<Quantity, QuantityGroup> | null = null;
  private ownNamesRead: string[] | null = null;
  private backgroundRead: boolean[] | null = null;
  private hardwareRead: Mentions<HardwareMention> | null = null;
  private phasesRead: Mentions<PhaseMention> | null = null;
  private titleKeywords: KeywordPositions | null = null;
  private titleHardwareRead: HardwareMention[] | null = null;
  private titlePhasesRead: PhaseMention[] | null = null;
  private readonly memos = new Map<MemoKey<unknown>, unknown>();

  constructor(
    readonly norm: NormalizedText,
    readonly text: string,
    title: string,
  ) {
    this.title = normalizeText(title).text;
    const numbers = mayHoldNumbers(text) ? recognizeQuantities(text, this.keywords) : { quantities: [], changeStarts: [] };
    this.quantities = numbers.quantities;
    this.changeStarts = numbers.changeStarts;
  }

  /** The one word pass over the text (see text/keyword-scan.ts). */
  private get keywords(): KeywordPositions {
    return (this.keywordsRead ??= DOCUMENT_LEXICON.positions(this.text));
  }

  private get sentencesWithCut(): { readonly split: number; readonly capped: SentenceSpan[] } {
    if (!this.sentencesRead) {
      const split = splitSentences(this.text);
      this.sentencesRead = { split: split.length, capped: capSentences(this.text, split) };
    }
    return this.sentencesRead;
  }

  get sentences(): readonly SentenceSpan[] {
    return this.sentencesWithCut.capped;
  }

  sentenceAt(pos: number): SentenceSpan {
    const sentences = this.sentencesWithCut.capped;
    // Binary search: the first sentence that ends after pos.
    let lo = 0;
    let hi = sentences.length - 1;
    if (hi < 0) return { index: 0, start: 0, end: this.text.length };
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((sentences[mid] as SentenceSpan).end <= pos) lo = mid + 1;
      else hi = mid;
    }
    return sentences[lo] as SentenceSpan;
  }

  get groupOf(): ReadonlyMap<Quantity, QuantityGroup> {
    return (this.groupsRead ??= groupQuantities(this.text, this.quantities, (pos) => this.sentenceAt(pos)));
  }

  get ownNames(): readonly string[] {
    return (this.ownNamesRead ??= findOwnNames(this.title, this.text, this.keywords));
  }

  get background(): readonly boolean[] {
    if (!this.backgroundRead) {
      const { split, capped } = this.sentencesWithCut;
      const cut = capped.length !== split;
      const ownWork = ownWorkSentences(this.text, capped, cut, this.keywords, (pos) => this.sentenceAt(pos));
      // (A sentence cut out of an over-long one may start inside a word: the word pass does not see that start.)
      const noticeWords = cut ? null : this.keywords.of(AVAILABILITY_WORD_SCAN);
      this.backgroundRead = findBackground(this.text, capped, this.ownNames, ownWork, noticeWords, (pos) => this.sentenceAt(pos));
    }
    return this.backgroundRead;
  }

  /** Mentions found in the text, also by sentence. */
  private mentions<T extends { start: number }>(all: T[]): Mentions<T> {
    return { all, bySentence: bucket(all, this.sentences, (pos) => this.sentenceAt(pos)) };
  }

  private get hardwareFound(): Mentions<HardwareMention> {
    return (this.hardwareRead ??= this.mentions(findHardwareMentions(this.text, this.keywords)));
  }

  get hardware(): readonly HardwareMention[] {
    return this.hardwareFound.all;
  }

  hardwareIn(sentence: SentenceSpan): readonly HardwareMention[] {
    return this.hardwareFound.bySentence[sentence.index] ?? [];
  }

  hardwareNear(start: number, end: number): readonly HardwareMention[] {
    const inSentence = this.hardwareFound.bySentence[this.sentenceAt(start).index] ?? [];
    if (inSentence.length === 0) return inSentence;
    return inSentence.filter((m) => m.start < end + 4 && start - 4 < m.end);
  }

  private get phasesFound(): Mentions<PhaseMention> {
    return (this.phasesRead ??= this.mentions(findPhaseMentions(this.text, this.keywords)));
  }

  get phases(): readonly PhaseMention[] {
    return this.phasesFound.all;
  }

  phasesIn(sentence: SentenceSpan): readonly PhaseMention[] {
    return this.phasesFound.bySentence[sentence.index] ?? [];
  }

  memo<T>(key: MemoKey<T>, compute: () => T): T {
    const known = this.memos.get(key);
    if (known !== undefined || this.memos.has(key)) return known as T;
    const value = compute();
    this.memos.set(key, value);
    return value;
  }

  get titleHardware(): readonly HardwareMention[] {
    this.titleKeywords ??= TITLE_LEXICON.positions(this.title);
    return (this.titleHardwareRead ??= findHardwareMentions(this.title, this.titleKeywords));
  }

  get titlePhases(): readonly PhaseMention[] {
    this.titleKeywords ??= TITLE_LEXICON.positions(this.title);
    return (this.titlePhasesRead ??= findPhaseMentions(this.title, this.titleKeywords));
  }
}

export function buildDocument(abstract: string, title: string): Document {
  const norm = normalizeText(abstract);
  startReading(norm.text);
  return new AbstractDocument(norm, norm.text, title);
}

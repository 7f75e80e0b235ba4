/**
 * The device a claim was measured on (Decision 8): the device named in its sentence (not the
 * compared one), nearest after the number, else before it; lists pair with "respectively";
 * device-hour units name their device ("30 TPU-hours"). Otherwise, when the abstract says the
 * whole work is built for or evaluated on one platform, that platform, except for accuracy, size
 * and compute counts, which no device measures, and search costs.
 */
import type { HardwareMention } from '../../lexicon/hardware.js';
import { memoKey, type Document } from '../document.js';
import type { Candidate, Refiner, RefineContext } from '../pipeline.js';
import type { HardwareClass } from '../types.js';
import { comparisonPhrases } from './comparisons.js';

const DEVICE_HOURS: ReadonlyMap<string, { name: string; cls: HardwareClass; vendor: string | null }> = new Map([
  ['GPU-h', { name: 'GPU', cls: 'gpu', vendor: null }],
  ['GPU-days', { name: 'GPU', cls: 'gpu', vendor: null }],
  ['TPU-h', { name: 'TPU', cls: 'tpu', vendor: 'Google' }],
  ['TPU-days', { name: 'TPU', cls: 'tpu', vendor: 'Google' }],
]);
const SENTENCE_ONLY_METRICS: ReadonlySet<string> = new Set(['accuracy', 'size', 'compute']);
/** Platform classes that contain generic processors ("Arm CPU and GPU ... on a real mobile device"). */
const PLATFORM_CLASSES: ReadonlySet<HardwareClass> = new Set(['mobile', 'edge', 'mcu']);
const STRONG_PLATFORM_CUE = /\b(?:using|implemented|implementing|implement|evaluated|evaluate|evaluating|deployed|deploying|deploy|tested|measured|run|runs|running|executed|prototyped|built|synthesized|validated|benchmarked|mapped|mapping|designed for|tailored for|targeting|targeted at|optimized for|accelerat\w+ on)\b[^.;]{0,60}$/i;
const SEVERAL_BEFORE = /\b(?:different|various|diverse|multiple|several|many|a range of|a variety of|other|all|commodity|existing|current|conventional|modern|today's|general-purpose)\s+(?:\w+\s+)?$/i;
const TITLE_PLATFORM = /\b(?:on|for)\s+(?:an?\s+|the\s+)?(?:single\s+)?$/i;

const PLATFORM = memoKey<HardwareMention | null>('platform');

function insideAny(m: HardwareMention, spans: readonly { start: number; end: number }[]): boolean {
  return spans.some((s) => m.start < s.end && s.start < m.end);
}

/** The one platform the abstract says the work is built for or evaluated on, or null. */
export function platformOf(doc: Document, claims: readonly Candidate[]): HardwareMention | null {
  return doc.memo(PLATFORM, () => findPlatform(doc, claims));
}

function findPlatform(doc: Document, claims: readonly Candidate[]): HardwareMention | null {
  const strong: HardwareMention[] = [];
  const weak: HardwareMention[] = [];
  const claimSentences = new Set(claims.map((c) => c.sentence.index));
  for (const m of doc.hardware) {
    const sentence = doc.sentenceAt(m.start);
    if (doc.background[sentence.index]) continue;
    const before = doc.text.slice(Math.max(sentence.start, m.start - 80), m.start);
    if (SEVERAL_BEFORE.test(before)) continue;
    // An emulated platform takes the class of what it emulates (Decision 8), not the emulator's.
    if (/emulat/i.test(m.text) || /^ emulat/i.test(doc.text.slice(m.end, m.end + 10))) continue;
    const strongCue = STRONG_PLATFORM_CUE.test(before);
    const weakCue = !strongCue && !claimSentences.has(sentence.index) && /\b(?:we|our|this (?:paper|work))\b/i.test(doc.text.slice(sentence.start, sentence.end));
    if (!strongCue && !weakCue) continue;
    // A device in a comparison is the compared system's (read only for devices that could count).
    if (insideAny(m, comparisonPhrases(doc, sentence).map((p) => p.extent))) continue;
    (strongCue ? strong : weak).push(m);
  }
  // The title: "... on FPGAs", "... on a Single GPU".
  const titleMentions = findTitlePlatforms(doc);
  const pool = strong.length > 0 ? strong : titleMentions.length > 0 ? titleMentions : weak;
  const classes = new Set(pool.map((m) => m.entity.class));
  return classes.size === 1 ? (pool.find((m) => m.entity.vendor !== null) ?? pool[0] ?? null) : null;
}

function findTitlePlatforms(doc: Document): HardwareMention[] {
  const found: HardwareMention[] = [];
  // Titles are short: reuse the lexicon through the document's own finder on the title text.
  for (const m of titleMentionsOf(doc)) {
    if (TITLE_PLATFORM.test(doc.title.slice(Math.max(0, m.start - 24), m.start))) found.push(m);
  }
  return found;
}

function titleMentionsOf(doc: Document): readonly HardwareMention[] {
  return doc.titleHardware;
}

export class HardwareRefiner implements Refiner {
  readonly name = 'HardwareRefiner';

  refine(candidates: readonly Candidate[], { doc }: RefineContext): readonly Candidate[] {
    const platform = platformOf(doc, candidates);
    const bySentence = new Map<number, Candidate[]>();
    for (const c of candidates) {
      const list = bySentence.get(c.sentence.index);
      if (list) list.push(c);
      else bySentence.set(c.sentence.index, [c]);
    }
    return candidates.map((c) => {
      const hours = DEVICE_HOURS.get(c.unit);
      if (hours) {
        return { ...c, hardware: hours.name, hardwareClass: hours.cls, hardwareEntity: { name: hours.name, class: hours.cls, vendor: hours.vendor } };
      }
      const chosen = this.inSentence(c, bySentence.get(c.sentence.index) ?? [], doc);
      // A generic "accelerator" in the sentence is the platform's design, when a platform is known.
      const generic = chosen?.hardwareEntity?.name === 'accelerator';
      if (chosen && !(generic && (platform || SENTENCE_ONLY_METRICS.has(c.metric)))) return chosen;
      if (!platform || SENTENCE_ONLY_METRICS.has(c.metric) || c.phase === 'search') return c;
      return { ...c, hardware: platform.text, hardwareClass: platform.entity.class, hardwareEntity: platform.entity, hardwareSpan: { start: platform.start, end: platform.end } };
    });
  }

  private inSentence(c: Candidate, all: readonly Candidate[], doc: Document): Candidate | null {
    const s = c.sentence;
    const others = all.filter((o) => o !== c);
    const excluded = [
      ...comparisonPhrases(doc, s).map((p) => p.extent),
      ...others.filter((o) => DEVICE_HOURS.has(o.unit)).map((o) => ({ start: o.quantity.start, end: o.quantity.end })),
      ...(c.baselineSpan ? [c.baselineSpan] : []),
    ];
    const mentions = doc.hardwareIn(s).filter((m) => m.end <= s.end && !insideAny(m, excluded) && !(m.start >= c.quantity.start && m.end <= c.quantity.end && !DEVICE_HOURS.has(c.unit)));
    if (mentions.length === 0) return null;
    const q = c.quantity;
    // "respectively": devices listed in the order of the numbers.
    const size = c.group.members.length;
    if (size > 1) {
      const after = mentions.filter((m) => m.start >= c.group.end);
      const sentenceText = doc.text.slice(s.start, s.end);
      if (after.length >= size && (/respectively/i.test(sentenceText) || c.group.slashed)) {
        const m = after[c.position];
        if (m) return this.assign(c, m, null);
      }
    }
    // A device after the number belongs to it unless a new clause ("while ...", ";") starts between.
    const right = mentions.filter((m) => m.start >= q.end && !/\b(?:while|whereas)\b|;/.test(doc.text.slice(q.end, m.start)));
    const left = mentions.filter((m) => m.end <= q.start);
    let chosen = right[0] ?? left[left.length - 1] ?? null;
    if (!chosen) return null;
    // A platform class named in the sentence contains its generic processors.
    const platform = mentions.find((m) => PLATFORM_CLASSES.has(m.entity.class));
    if (platform && (chosen.entity.class === 'cpu' || chosen.entity.class === 'gpu') && chosen.entity.vendor === null || platform && chosen.entity.name === 'CPU') {
      return this.assign(c, chosen, platform.entity.class);
    }
    if (chosen.entity.name === 'GPU' || chosen.entity.name === 'CPU') {
      const specific = mentions.find((m) => m.entity.class === chosen?.entity.class && m.entity.vendor !== null);
      if (specific) chosen = specific;
    }
    return this.assign(c, chosen, null);
  }

  private assign(c: Candidate, m: HardwareMention, cls: HardwareClass | null): Candidate {
    const entity = cls ? { ...m.entity, class: cls } : m.entity;
    return { ...c, hardware: m.text, hardwareClass: entity.class, hardwareEntity: entity, hardwareSpan: { start: m.start, end: m.end } };
  }
}


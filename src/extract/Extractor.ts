/**
 * The extraction pipeline, in the order that matters:
 *   1. the document: normalized text, sentences, numbers with units, devices, discourse;
 *   2. quantity filters drop numbers that are names, years, citations, set-up or counts;
 *   3. parsers, one per phrase family, read each remaining number (first reading wins: the
 *      families are tried from the most specific wording to the most general);
 *   4. candidate filters drop background and the compared system's own numbers;
 *   5. refiners add metric lists, qualifier, direction, baseline, phase, hardware (after phase:
 *      search costs take no platform; after baseline: the compared device is not the platform),
 *      and factor (after direction).
 * Pure: text in, drafts out.
 */
import { buildDocument, type Document } from './document.js';
import type { Candidate, CandidateFilter, Parser, QuantityFilter, Reading, Refiner } from './pipeline.js';
import type { Quantity } from './recognizers/numbers.js';
import { toRawSpan } from './text/normalize.js';
import type { ClaimDraft, DroppedCandidate, Extraction, ExtractionInput } from './types.js';
import { QUANTITY_FILTERS, unreadReason } from './filters/quantity-filters.js';
import { CANDIDATE_FILTERS } from './filters/candidate-filters.js';
import { ChangeEndParser } from './parsers/ChangeEndParser.js';
import { RatioOfParser } from './parsers/RatioOfParser.js';
import { EquivalentSizeParser } from './parsers/EquivalentSizeParser.js';
import { FactorComparisonParser } from './parsers/FactorComparisonParser.js';
import { ChangeNounParser } from './parsers/ChangeNounParser.js';
import { VerbObjectParser } from './parsers/VerbObjectParser.js';
import { VerbByParser } from './parsers/VerbByParser.js';
import { MeasureOfParser } from './parsers/MeasureOfParser.js';
import { AbsoluteValueParser } from './parsers/AbsoluteValueParser.js';
import { ParenthesizedSizeParser } from './parsers/ParenthesizedSizeParser.js';
import { QualityGapParser } from './parsers/QualityGapParser.js';
import { VersusPairParser } from './parsers/VersusPairParser.js';
import { ScoreVerbParser } from './parsers/ScoreVerbParser.js';
import { ListContinuationParser } from './parsers/ListContinuationParser.js';
import { GainRestatementParser } from './parsers/GainRestatementParser.js';
import { ApposedComparisonParser } from './parsers/ApposedComparisonParser.js';
import { SignedDeltaParser } from './parsers/SignedDeltaParser.js';
import { MetricListRefiner } from './refiners/MetricListRefiner.js';
import { GapRefiner } from './refiners/GapRefiner.js';
import { QualifierRefiner } from './refiners/QualifierRefiner.js';
import { PerformanceRefiner } from './refiners/PerformanceRefiner.js';
import { DirectionRefiner } from './refiners/DirectionRefiner.js';
import { BaselineRefiner } from './refiners/BaselineRefiner.js';
import { PhaseRefiner } from './refiners/PhaseRefiner.js';
import { HardwareRefiner } from './refiners/HardwareRefiner.js';
import { FactorRefiner } from './refiners/FactorRefiner.js';

export interface ExtractorConfiguration {
  readonly quantityFilters: readonly QuantityFilter[];
  readonly parsers: readonly Parser[];
  readonly candidateFilters: readonly CandidateFilter[];
  readonly refiners: readonly Refiner[];
}

export const DEFAULT_CONFIGURATION: ExtractorConfiguration = {
  quantityFilters: QUANTITY_FILTERS,
  parsers: [
    // The end of a change "from A to B" reads the measure before "from" (Decision 10).
    new ChangeEndParser(),
    // Ratios and equivalences first: "79% of the energy" must not read as a 79% change.
    new RatioOfParser(),
    new EquivalentSizeParser(),
    // Words right after the number: comparatives, then change nouns.
    new FactorComparisonParser(),
    new QualityGapParser(),
    new ChangeNounParser(),
    // Words before the number: a verb and its object, a verb and "by", a named measure.
    new VerbObjectParser(),
    new VerbByParser(),
    new MeasureOfParser(),
    // Plain values with units, then lists that continue the previous claim.
    new AbsoluteValueParser(),
    new ParenthesizedSizeParser(),
    new VersusPairParser(),
    new ScoreVerbParser(),
    new SignedDeltaParser(),
    new ListContinuationParser(),
    // Last: a factor that names nothing but a gain restates one read before ("still 1.9x"), or
    // compares the value it is set beside ("312 tokens/s, 1.8x over X").
    new GainRestatementParser(),
    new ApposedComparisonParser(),
  ],
  candidateFilters: CANDIDATE_FILTERS,
  refiners: [
    new MetricListRefiner(),
    // Gaps before direction and baseline: they decide both.
    new GapRefiner(),
    new PerformanceRefiner(),
    new QualifierRefiner(),
    new DirectionRefiner(),
    new BaselineRefiner(),
    new PhaseRefiner(),
    new HardwareRefiner(),
    new FactorRefiner(),
  ],
};

export class Extractor {
  constructor(private readonly configuration: ExtractorConfiguration = DEFAULT_CONFIGURATION) {}

  extract(input: ExtractionInput): Extraction {
    const doc = buildDocument(input.abstract, input.title ?? '');
    // Dropped candidates are written out only when someone reads them (--explain): a number no
    // parser read is explained then too.
    const drops: PendingDrop[] = [];
    const drop = (q: Quantity, filter: string, reason: string): void => {
      drops.push({ q, filter, reason });
    };
    for (const start of doc.changeStarts) drop(start, 'ChangeStartFilter', 'the start value of a change "from A to B" (Decision 10)');

    const found: Candidate[] = [];
    let candidates: readonly Candidate[] = found;
    const bySentence = new Map<number, Candidate[]>();
    for (const quantity of doc.quantities) {
      const rejected = this.rejectQuantity(quantity, doc);
      if (rejected) {
        drop(quantity, rejected.filter, rejected.reason);
        continue;
      }
      const sentence = doc.sentenceAt(quantity.start);
      const group = doc.groupOf.get(quantity) ?? { members: [quantity], start: quantity.start, end: quantity.end, slashed: false };
      const position = group.members.indexOf(quantity);
      const previous = bySentence.get(sentence.index) ?? [];
      let reading: Reading | null = null;
      // One context for all parsers: the windows they share are computed once per number.
      const context = { doc, quantity, sentence, group, position, previous, earlier: found };
      for (const parser of this.configuration.parsers) {
        reading = parser.parse(context);
        if (reading) break;
      }
      if (!reading) {
        drops.push({ q: quantity, filter: null, reason: null });
        continue;
      }
      const candidate = toCandidate(quantity, reading, sentence, group, position);
      const filtered = this.rejectCandidate(candidate, doc);
      if (filtered) {
        drop(quantity, filtered.filter, filtered.reason);
        continue;
      }
      found.push(candidate);
      const list = bySentence.get(sentence.index);
      if (list) list.push(candidate);
      else bySentence.set(sentence.index, [candidate]);
    }
    // Refiners only add to candidates: with none, there is nothing to refine (and no per-document
    // work, such as finding the paper's platform, to do).
    if (candidates.length > 0) {
      // Refiners never change the arrays they are given or return: each one's result is the next one's input as is.
      for (const refiner of this.configuration.refiners) {
        candidates = refiner.refine(candidates, { doc, all: candidates });
      }
    }
    candidates = oneClaimPerMeasure(candidates, drop);
    return new LazyExtraction(
      candidates.map((c) => toDraft(c, doc)),
      drops,
      doc,
    );
  }

  private rejectQuantity(quantity: Quantity, doc: Document): { filter: string; reason: string } | null {
    for (const filter of this.configuration.quantityFilters) {
      const reason = filter.reject(quantity, doc);
      if (reason) return { filter: filter.name, reason };
    }
    return null;
  }

  private rejectCandidate(candidate: Candidate, doc: Document): { filter: string; reason: string } | null {
    for (const filter of this.configuration.candidateFilters) {
      const reason = filter.reject(candidate, doc);
      if (reason) return { filter: filter.name, reason };
    }
    return null;
  }
}

/**
 * One number = one claim (CLAIMS.md), or one per measure it is shared by (Decision 5): a second
 * claim of the same number and metric, however a parser or refiner came to it, is a repeat.
 */
function oneClaimPerMeasure(candidates: readonly Candidate[], drop: (q: Quantity, filter: string, reason: string) => void): Candidate[] {
  const seen = new Set<string>();
  const kept: Candidate[] = [];
  for (const c of candidates) {
    const key = `${c.quantity.start}:${c.quantity.end}:${c.metric}`;
    if (seen.has(key)) {
      drop(c.quantity, 'RepeatedClaimGuard', `the same number read twice as ${c.metric} (one number = one claim)`);
      continue;
    }
    seen.add(key);
    kept.push(c);
  }
  return kept;
}

/**
 * An extraction whose dropped candidates are written out when first read. A class, not an object
 * literal with a getter: such a literal is built by the runtime, slowly, on every abstract.
 */
class LazyExtraction implements Extraction {
  readonly claims: readonly ClaimDraft[];
  // (Private fields: the object's own keys stay those of an extraction.)
  readonly #drops: readonly PendingDrop[];
  readonly #doc: Document;
  #dropped: DroppedCandidate[] | null = null;

  constructor(claims: readonly ClaimDraft[], drops: readonly PendingDrop[], doc: Document) {
    this.claims = claims;
    this.#drops = drops;
    this.#doc = doc;
  }

  get dropped(): readonly DroppedCandidate[] {
    return (this.#dropped ??= this.#drops.map((d) => toDropped(d, this.#doc)));
  }

  /** Written as JSON like a plain extraction: claims and dropped. */
  toJSON(): Extraction {
    return { claims: this.claims, dropped: this.dropped };
  }
}

/** A dropped number, written out on demand; `filter` null: no parser read it (the reason is found then). */
interface PendingDrop {
  readonly q: Quantity;
  readonly filter: string | null;
  readonly reason: string | null;
}

function toDropped(d: PendingDrop, doc: Document): DroppedCandidate {
  const why = d.filter !== null && d.reason !== null ? { filter: d.filter, reason: d.reason } : unreadReason(d.q, doc);
  const raw = toRawSpan(doc.norm, d.q.start, d.q.end);
  return { text: doc.norm.raw.slice(raw.start, raw.end), span_start: raw.start, span_end: raw.end, filter: why.filter, reason: why.reason };
}

function toCandidate(quantity: Quantity, reading: Reading, sentence: Candidate['sentence'], group: Candidate['group'], position: number): Candidate {
  return {
    quantity,
    sentence,
    group,
    position,
    reading,
    metric: reading.metric,
    value: quantity.value,
    valueMax: quantity.valueMax,
    unit: reading.unit,
    direction: null,
    qualifier: reading.qualifier ?? null,
    baseline: null,
    baselineSpan: null,
    hardware: null,
    hardwareClass: null,
    hardwareEntity: null,
    hardwareSpan: null,
    phase: null,
    subject: reading.subject ?? null,
    factor: null,
    factorMax: null,
    evidence: {
      start: Math.min(reading.evidence.start, quantity.start),
      end: Math.max(reading.evidence.end, quantity.end),
    },
  };
}

function count(text: string, ch: string): number {
  let n = 0;
  for (let i = text.indexOf(ch); i >= 0; i = text.indexOf(ch, i + 1)) n++;
  return n;
}

/**
 * Evidence that cuts LaTeX markup in half ("39M} parameters", "$11\times$ fewer" read from
 * "\textbf{39M}" and "$11\times$") takes in the markup around its ends: a reader copies whole
 * markup. Only markup right at an end is taken in.
 */
export function balancedMarkup(raw: string, span: { start: number; end: number }): { start: number; end: number } {
  let { start, end } = span;
  const text = raw.slice(start, end);
  // An argument closed inside but opened before: take in "\textbf{".
  if (count(text, '}') > count(text, '{')) {
    const open = /\\[A-Za-z]+\{$|\{$/.exec(raw.slice(Math.max(0, start - 24), start));
    if (open) start -= open[0].length;
  }
  // An argument opened inside and closed after: take in the closing braces.
  while (count(raw.slice(start, end), '{') > count(raw.slice(start, end), '}') && raw[end] === '}') end++;
  // Math opened or closed outside the evidence: take in the other dollar sign.
  if (count(raw.slice(start, end), '$') % 2 === 1) {
    if (raw[end] === '$') end++;
    else if (raw[start - 1] === '$') start--;
  }
  return { start, end };
}

function cleanValue(n: number): number {
  // An integer of at most 12 digits is its own rounding (and -0 reads back as 0).
  if (Number.isInteger(n) && n > -1e12 && n < 1e12) return n === 0 ? 0 : n;
  return Number.isFinite(n) ? Number(n.toPrecision(12)) : n;
}

function toDraft(c: Candidate, doc: Document): ClaimDraft {
  const evidence = balancedMarkup(doc.norm.raw, toRawSpan(doc.norm, c.evidence.start, c.evidence.end));
  const sentence = toRawSpan(doc.norm, c.sentence.start, c.sentence.end);
  const raw = doc.norm.raw;
  return {
    metric: c.metric,
    value: cleanValue(c.value),
    value_max: c.valueMax === null ? null : cleanValue(c.valueMax),
    unit: c.unit,
    direction: c.direction,
    qualifier: c.qualifier,
    baseline: c.baseline,
    hardware: c.hardware,
    hardware_class: c.hardwareClass,
    hardware_entity: c.hardwareEntity,
    phase: c.phase,
    subject: c.subject,
    evidence: raw.slice(evidence.start, evidence.end),
    span_start: evidence.start,
    span_end: evidence.end,
    sentence: raw.slice(sentence.start, sentence.end),
    factor: c.factor,
    factor_max: c.factorMax,
    parser: c.reading.parser,
  };
}

/**
 * The extractor's moving parts (chrono's shape): parsers read a number in its context into a
 * reading; refiners add qualifier, baseline, direction, hardware, phase; filters drop what
 * CLAIMS.md excludes and say why. All of it works on normalized text; spans map back at the end.
 */
import type { Direction, HardwareClass, HardwareEntity, Metric, Phase, Qualifier } from './types.js';
import type { Quantity } from './recognizers/numbers.js';
import type { SentenceSpan } from './text/sentences.js';
import type { Movement } from './vocabulary/directions.js';
import type { Document, QuantityGroup } from './document.js';

export interface Span {
  readonly start: number;
  readonly end: number;
}

/** What a parser understood of one number: the measure, how it moved, where the evidence is. */
export interface Reading {
  readonly parser: string;
  readonly metric: Metric;
  /** Which way the named measure improves, or null when no measure is named. */
  readonly improves: Direction | null;
  readonly movement: Movement | null;
  /** A change or ratio against something (2x faster, 30% fewer) rather than an absolute value. */
  readonly relative: boolean;
  readonly unit: string;
  readonly evidence: Span;
  /** A speed measure written as time: a percent change of it is a speedup with direction down. */
  readonly timeLike?: boolean;
  /** "outperforms X by 2x": X is the baseline. */
  readonly comparedObject?: Span;
  /** "X is 12.87x slower than Y" where Y is the paper's: the subject is the baseline (Decision 1). */
  readonly inverted?: boolean;
  /** A ratio "79% of the energy" or "half the parameters" (Decision 2). */
  readonly ratio?: boolean;
  /** A bound on the gap to the compared system ("within 0.4 points of QLoRA"): no direction. */
  readonly bound?: boolean;
  /** An absolute amount a measure changed by ("saves 1.2 GWh", "increases memory by 310 MB"): it moves. */
  readonly delta?: boolean;
  /** Measures listed for one number ("energy and latency decrease up to 87%", Decision 5). */
  readonly metricList?: readonly MetricReading[];
  readonly subject?: string | null;
  /** A qualifier the parser read as part of its phrase ("average speedup of"). */
  readonly qualifier?: Qualifier | null;
  /** Where the measure was named (for phase words next to it). */
  readonly measure?: Span;
}

export interface MetricReading {
  readonly metric: Metric;
  readonly improves: Direction;
  readonly timeLike: boolean;
  readonly span: Span;
}

export interface ParseContext {
  readonly doc: Document;
  readonly quantity: Quantity;
  readonly sentence: SentenceSpan;
  readonly group: QuantityGroup;
  /** Position of the quantity in its group. */
  readonly position: number;
  /** Claims already read earlier in the same sentence (for elliptical lists). */
  readonly previous: readonly Candidate[];
  /** Claims already read earlier in the abstract, in text order (for gains restated later). */
  readonly earlier: readonly Candidate[];
}

export interface Parser {
  readonly name: string;
  parse(context: ParseContext): Reading | null;
}

/** A claim in the making. Immutable: each refiner returns a new candidate. */
export interface Candidate {
  readonly quantity: Quantity;
  readonly sentence: SentenceSpan;
  readonly group: QuantityGroup;
  readonly position: number;
  readonly reading: Reading;
  readonly metric: Metric;
  readonly value: number;
  readonly valueMax: number | null;
  readonly unit: string;
  readonly direction: Direction | null;
  readonly qualifier: Qualifier | null;
  readonly baseline: string | null;
  readonly baselineSpan: Span | null;
  readonly hardware: string | null;
  readonly hardwareClass: HardwareClass | null;
  readonly hardwareEntity: HardwareEntity | null;
  readonly hardwareSpan: Span | null;
  readonly phase: Phase | null;
  readonly subject: string | null;
  readonly factor: number | null;
  readonly factorMax: number | null;
  readonly evidence: Span;
}

export interface RefineContext {
  readonly doc: Document;
  /** Every candidate of the abstract, in text order (refiners may look at neighbours). */
  readonly all: readonly Candidate[];
}

export interface Refiner {
  readonly name: string;
  refine(candidates: readonly Candidate[], context: RefineContext): readonly Candidate[];
}

/** A quantity-level trap: identifiers, years, set-up numbers. Returns the reason, or null to keep. */
export interface QuantityFilter {
  readonly name: string;
  reject(quantity: Quantity, doc: Document): string | null;
}

/** A claim-level trap: background sentences, the baseline's own numbers. */
export interface CandidateFilter {
  readonly name: string;
  reject(candidate: Candidate, doc: Document): string | null;
}

/** A candidate being copied with a change (see copyCandidate). */
export type CandidateCopy = { -readonly [K in keyof Candidate]: Candidate[K] };

/**
 * A field-by-field copy of a candidate, for a refiner to change one or two fields of: the same
 * fields as `{ ...c }` (every candidate has exactly these), built as one literal of a fixed
 * shape, where a spread of this many fields is copied slowly by the runtime on every claim.
 */
export function copyCandidate(c: Candidate): CandidateCopy {
  return {
    quantity: c.quantity,
    sentence: c.sentence,
    group: c.group,
    position: c.position,
    reading: c.reading,
    metric: c.metric,
    value: c.value,
    valueMax: c.valueMax,
    unit: c.unit,
    direction: c.direction,
    qualifier: c.qualifier,
    baseline: c.baseline,
    baselineSpan: c.baselineSpan,
    hardware: c.hardware,
    hardwareClass: c.hardwareClass,
    hardwareEntity: c.hardwareEntity,
    hardwareSpan: c.hardwareSpan,
    phase: c.phase,
    subject: c.subject,
    factor: c.factor,
    factorMax: c.factorMax,
    evidence: c.evidence,
  };
}

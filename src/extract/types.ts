/**
 * The extractor's contract: text in, immutable claim drafts (with spans) out.
 * Field names follow ../shared/CLAIMS.md so that a draft can be stored and printed as-is.
 */

export const METRICS = [
  'speedup',
  'throughput',
  'latency',
  'time',
  'memory',
  'energy',
  'power',
  'accuracy',
  'size',
  'compute',
  'cost',
  'other',
] as const;
export type Metric = (typeof METRICS)[number];

export const DIRECTIONS = ['up', 'down'] as const;
export type Direction = (typeof DIRECTIONS)[number];

export const QUALIFIERS = [
  'up to',
  'about',
  'at least',
  'more than',
  'less than',
  'on average',
  'nearly',
] as const;
export type Qualifier = (typeof QUALIFIERS)[number];

export const HARDWARE_CLASSES = [
  'gpu',
  'cpu',
  'fpga',
  'asic',
  'tpu',
  'npu',
  'mobile',
  'mcu',
  'edge',
  'neuromorphic',
  'pim',
  'cluster',
] as const;
export type HardwareClass = (typeof HARDWARE_CLASSES)[number];

export const PHASES = [
  'training',
  'inference',
  'fine-tuning',
  'search',
  'prefill',
  'decode',
  'serving',
  'kernel',
] as const;
export type Phase = (typeof PHASES)[number];

/** A device normalized from how a paper writes it ("Xilinx Alveo U280 FPGA" -> Alveo U280 / fpga / AMD Xilinx). */
export interface HardwareEntity {
  readonly name: string;
  readonly class: HardwareClass;
  readonly vendor: string | null;
}

/** What the extractor is given about one paper. Only `abstract` is mined; `title` may give context. */
export interface ExtractionInput {
  readonly abstract: string;
  readonly title?: string;
}

export interface ClaimDraft {
  readonly metric: Metric;
  readonly value: number;
  readonly value_max: number | null;
  readonly unit: string;
  readonly direction: Direction | null;
  readonly qualifier: Qualifier | null;
  readonly baseline: string | null;
  /** The device as written in the abstract. */
  readonly hardware: string | null;
  readonly hardware_class: HardwareClass | null;
  /** The normalized device, shared by every claim that names it; null when no device is known. */
  readonly hardware_entity: HardwareEntity | null;
  readonly phase: Phase | null;
  readonly subject: string | null;
  /** Exact substring of the abstract: abstract.slice(span_start, span_end) === evidence. */
  readonly evidence: string;
  readonly span_start: number;
  readonly span_end: number;
  /** The sentence of the abstract that holds the evidence. */
  readonly sentence: string;
  /** "Times better" on one scale (see README, "factor"); null for absolute values. */
  readonly factor: number | null;
  /** Factor of the upper end of a range, else null. */
  readonly factor_max: number | null;
  /** Which parser produced the draft (for --explain and debugging). */
  readonly parser: string;
}

/** A candidate a filter rejected, with the reason, for `effcat claims --explain`. */
export interface DroppedCandidate {
  readonly text: string;
  readonly span_start: number;
  readonly span_end: number;
  readonly filter: string;
  readonly reason: string;
}

export interface Extraction {
  readonly claims: readonly ClaimDraft[];
  readonly dropped: readonly DroppedCandidate[];
}

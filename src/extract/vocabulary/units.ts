/**
 * Units as data: how they are written after a number, the short token a claim records
 * (CLAIMS.md `unit`), and what kind of quantity they measure.
 */
import { wordsAt, lookupKey } from './build-pattern.js';

export type UnitKind =
  | 'factor'
  | 'percent'
  | 'points'
  | 'latency-time'
  | 'job-time'
  | 'device-time'
  | 'epochs'
  | 'throughput'
  | 'energy'
  | 'power'
  | 'energy-efficiency'
  | 'area-efficiency'
  | 'area'
  | 'carbon'
  | 'memory'
  | 'params'
  | 'compute'
  | 'quality'
  | 'currency'
  | 'tokens'
  | 'bits'
  | 'outside';

export interface UnitEntry {
  /** Spellings after a number. Symbols are matched case-sensitively, words case-insensitively. */
  readonly symbols?: readonly string[];
  readonly words?: readonly string[];
  /** The token recorded in a claim's `unit`. */
  readonly unit: string;
  readonly kind: UnitKind;
}

export const UNITS: readonly UnitEntry[] = [
  { symbols: ['x', 'X', '×'], words: ['times', 'fold'], unit: 'x', kind: 'factor' },
  { symbols: ['%'], words: ['percent', 'per cent'], unit: '%', kind: 'percent' },
  { symbols: ['pp', 'pt', 'pts'], words: ['percentage points', 'percentage point', 'points', 'point'], unit: 'pt', kind: 'points' },
  { symbols: ['ms'], words: ['milliseconds', 'millisecond', 'msec'], unit: 'ms', kind: 'latency-time' },
  { symbols: ['µs', 'us'], words: ['microseconds', 'microsecond'], unit: 'us', kind: 'latency-time' },
  { symbols: ['ns'], words: ['nanoseconds', 'nanosecond'], unit: 'ns', kind: 'latency-time' },
  { symbols: ['s'], words: ['seconds', 'second', 'sec', 'secs'], unit: 's', kind: 'job-time' },
  { symbols: ['min', 'mins'], words: ['minutes', 'minute'], unit: 'min', kind: 'job-time' },
  { symbols: ['h', 'hr', 'hrs'], words: ['hours', 'hour'], unit: 'h', kind: 'job-time' },
  { words: ['days', 'day'], unit: 'days', kind: 'job-time' },
  {
    words: [
      'GPU-hours', 'GPU hours', 'GPU-hour', 'GPU hour', 'GPU-hrs', 'GPU-h', 'GPUh',
      // Hours of a named GPU ("320 A100-hours"): GPU-hours, the device named by the unit.
      'A100-hours', 'A100 hours', 'A100 GPU-hours', 'H100-hours', 'H100 hours', 'H100 GPU-hours', 'V100-hours', 'V100 hours',
      'V100 GPU-hours', 'A100-GPU-hours', 'H100-GPU-hours', 'V100-GPU-hours',
      'L4-hours', 'L40S-hours', 'A10G-hours', 'MI300X-hours', 'H200-hours', 'B200-hours',
    ],
    unit: 'GPU-h',
    kind: 'device-time',
  },
  { words: ['GPU-days', 'GPU days', 'GPU-day'], unit: 'GPU-days', kind: 'device-time' },
  {
    words: [
      'TPU-hours', 'TPU hours', 'TPU-hour', 'TPU-h', 'TPUv3-hours', 'TPUv4-hours', 'TPUv5e-hours', 'TPU v3 hours', 'TPU v4 hours',
      'TPU chip-hours', 'TPU v3 chip-hours', 'TPU v4 chip-hours', 'TPU v5e chip-hours', 'TPU v5p chip-hours', 'TPUv4 chip-hours',
      'TPU-chip-hours', 'TPU chip hours', 'TPU-chip-hour',
    ],
    unit: 'TPU-h',
    kind: 'device-time',
  },
  { words: ['TPU-days', 'TPU days'], unit: 'TPU-days', kind: 'device-time' },
  { words: ['epochs', 'epoch'], unit: 'epochs', kind: 'epochs' },
  {
    words: [
      'tokens/s', 'tokens/sec', 'tokens per second', 'token/s', 'tok/s', 'tokens/second', 'tokens s^-1',
      // Which tokens a rate counts: "7,850 output tokens/s", "generated tokens per second".
      'output tokens/s', 'output tokens per second', 'generated tokens/s', 'generated tokens per second', 'input tokens/s', 'prompt tokens/s',
    ],
    unit: 'tokens/s',
    kind: 'throughput',
  },
  { symbols: ['FPS', 'fps'], words: ['frames per second', 'frames/s', 'frames/sec', 'frame/s'], unit: 'FPS', kind: 'throughput' },
  { words: ['images per second', 'images/s', 'images/sec', 'img/s', 'image/s'], unit: 'images/s', kind: 'throughput' },
  { words: ['samples per second', 'samples/s', 'samples/sec', 'sample/s'], unit: 'samples/s', kind: 'throughput' },
  { words: ['queries per second', 'queries/s', 'QPS'], unit: 'queries/s', kind: 'throughput' },
  { words: ['inferences per second', 'inferences/s', 'inferences/sec', 'inference/s'], unit: 'inferences/s', kind: 'throughput' },
  { words: ['requests per second', 'requests/s', 'req/s'], unit: 'requests/s', kind: 'throughput' },
  { symbols: ['TOPS/W', 'TOPs/W', 'TOPS W-1', 'TOPS/Watt'], words: ['TOPS per watt'], unit: 'TOPS/W', kind: 'energy-efficiency' },
  // Work per joule: "37.3 images/J", "1,200 inferences per joule".
  { words: ['images/J', 'images per joule', 'frames/J', 'frames per joule'], unit: 'images/J', kind: 'energy-efficiency' },
  { words: ['inferences/J', 'inferences per joule', 'inference/J'], unit: 'inferences/J', kind: 'energy-efficiency' },
  { words: ['tokens/J', 'tokens per joule', 'token/J'], unit: 'tokens/J', kind: 'energy-efficiency' },
  { words: ['samples/J', 'samples per joule', 'queries/J', 'queries per joule'], unit: 'samples/J', kind: 'energy-efficiency' },
  { symbols: ['GOPS/W', 'GOPs/W', 'GOPS W-1', 'GOPS/Watt'], words: ['GOPS per watt'], unit: 'GOPS/W', kind: 'energy-efficiency' },
  // Synaptic operations per watt (neuromorphic chips): "0.33 TSOPS/W".
  { symbols: ['TSOPS/W', 'TSOPs/W'], unit: 'TSOPS/W', kind: 'energy-efficiency' },
  { symbols: ['GSOPS/W', 'GSOPs/W'], unit: 'GSOPS/W', kind: 'energy-efficiency' },
  // Work per watt: "21.5 FPS/W", "310 tokens/s/W".
  { symbols: ['FPS/W', 'fps/W', 'FPS/Watt'], words: ['FPS per watt', 'frames per second per watt'], unit: 'FPS/W', kind: 'energy-efficiency' },
  { words: ['tokens/s/W', 'tokens per second per watt'], unit: 'tokens/s/W', kind: 'energy-efficiency' },
  { words: ['images/s/W', 'frames/s/W', 'inferences/s/W', 'images per second per watt'], unit: 'images/s/W', kind: 'energy-efficiency' },
  { symbols: ['TFLOPS/W', 'TFLOPs/W'], unit: 'TFLOPS/W', kind: 'energy-efficiency' },
  { symbols: ['GFLOPS/W', 'GFLOPs/W'], unit: 'GFLOPS/W', kind: 'energy-efficiency' },
  // Work per area ("2.4 TOPS/mm²"): a density of the design, another measure (not a throughput).
  { symbols: ['TOPS/mm2', 'TOPS/mm²', 'TOPS/mm^2', 'TOPs/mm2', 'TOPs/mm²'], unit: 'TOPS/mm2', kind: 'area-efficiency' },
  { symbols: ['GOPS/mm2', 'GOPS/mm²', 'GOPS/mm^2', 'GOPs/mm2', 'GOPs/mm²'], unit: 'GOPS/mm2', kind: 'area-efficiency' },
  { symbols: ['TFLOPS/mm2', 'TFLOPS/mm²', 'TFLOPS/mm^2'], unit: 'TFLOPS/mm2', kind: 'area-efficiency' },
  { symbols: ['TOPS', 'TOPs'], unit: 'TOPS', kind: 'throughput' },
  { symbols: ['GOPS', 'GOPs'], unit: 'GOPS', kind: 'throughput' },
  { symbols: ['TFLOPS', 'TFLOPs/s', 'TFLOP/s', 'TFLOPS/s', 'TFlops', 'TFLOPs per second'], words: ['teraflops'], unit: 'TFLOPS', kind: 'throughput' },
  { symbols: ['PFLOPS', 'PFLOPs/s', 'PFLOP/s'], words: ['petaflops', 'petaflop/s'], unit: 'PFLOPS', kind: 'throughput' },
  { symbols: ['GFLOPS', 'GFLOPs/s', 'GFLOP/s'], unit: 'GFLOPS', kind: 'throughput' },
  {
    symbols: ['MAC/clk', 'MACs/clk', 'MAC/cycle', 'MACs/cycle'],
    words: [
      'multiply and accumulate operations per clock cycle',
      'multiply-accumulate operations per clock cycle',
      'multiply-accumulate operations per cycle',
      'MACs per cycle',
      'MAC operations per cycle',
    ],
    unit: 'MAC/clk',
    kind: 'throughput',
  },
  { symbols: ['mJ'], words: ['millijoules'], unit: 'mJ', kind: 'energy' },
  { symbols: ['µJ', 'uJ', 'muJ'], words: ['microjoules'], unit: 'uJ', kind: 'energy' },
  { symbols: ['nJ'], unit: 'nJ', kind: 'energy' },
  { symbols: ['pJ'], unit: 'pJ', kind: 'energy' },
  { symbols: ['fJ'], unit: 'fJ', kind: 'energy' },
  // Energy per operation or per bit moved: "36.6 fJ/op", "1.2 pJ/bit", "0.9 pJ/MAC".
  { symbols: ['pJ/op', 'pJ/Op', 'pJ/OP'], words: ['pJ per operation'], unit: 'pJ/op', kind: 'energy' },
  { symbols: ['fJ/op', 'fJ/Op', 'fJ/OP'], words: ['fJ per operation'], unit: 'fJ/op', kind: 'energy' },
  { symbols: ['nJ/op'], unit: 'nJ/op', kind: 'energy' },
  { symbols: ['pJ/MAC', 'pJ/mac'], unit: 'pJ/MAC', kind: 'energy' },
  { symbols: ['fJ/MAC', 'fJ/mac'], unit: 'fJ/MAC', kind: 'energy' },
  { symbols: ['pJ/bit', 'pJ/b'], words: ['pJ per bit'], unit: 'pJ/bit', kind: 'energy' },
  { symbols: ['fJ/bit'], words: ['fJ per bit'], unit: 'fJ/bit', kind: 'energy' },
  { symbols: ['kJ'], unit: 'kJ', kind: 'energy' },
  { symbols: ['J'], words: ['joules', 'joule'], unit: 'J', kind: 'energy' },
  // Emissions: "596 kg CO2e", "0.7 tonnes of CO2" (CLAIMS.md names no metric for them: another measure).
  {
    symbols: ['kgCO2e', 'kgCO2', 'kgCO2eq', 'kg CO2e', 'kg CO2', 'kg CO2eq', 'kg CO_2', 'kg CO_2e'],
    words: ['kg of CO2', 'kg of CO2e', 'kg of CO2-equivalent', 'kilograms of CO2', 'kilograms of CO2e', 'kg of CO_2'],
    unit: 'kgCO2e',
    kind: 'carbon',
  },
  {
    symbols: ['tCO2e', 'tCO2', 'tCO2eq', 't CO2e', 't CO2', 't CO_2'],
    words: ['tonnes of CO2', 'tonnes of CO2e', 'tons of CO2', 'tons of CO2e', 'metric tons of CO2', 'metric tons of CO2e', 'tonnes CO2e', 'tonnes of CO_2', 'tons of CO_2'],
    unit: 'tCO2e',
    kind: 'carbon',
  },
  { symbols: ['kWh'], unit: 'kWh', kind: 'energy' },
  { symbols: ['MWh'], unit: 'MWh', kind: 'energy' },
  { symbols: ['GWh'], unit: 'GWh', kind: 'energy' },
  { symbols: ['Wh'], unit: 'Wh', kind: 'energy' },
  { symbols: ['mW'], words: ['milliwatts'], unit: 'mW', kind: 'power' },
  { symbols: ['µW', 'uW'], unit: 'uW', kind: 'power' },
  { symbols: ['kW'], words: ['kilowatts'], unit: 'kW', kind: 'power' },
  { symbols: ['W'], words: ['watts', 'watt'], unit: 'W', kind: 'power' },
  { symbols: ['TB'], unit: 'TB', kind: 'memory' },
  // Bandwidths are rates ("serves reads at 22.4 GB/s"): longer than the memory units they start with.
  { symbols: ['GB/s', 'GB/sec', 'GBps', 'GiB/s'], unit: 'GB/s', kind: 'throughput' },
  { symbols: ['MB/s', 'MB/sec', 'MBps', 'MiB/s'], unit: 'MB/s', kind: 'throughput' },
  { symbols: ['TB/s', 'TB/sec', 'TBps'], unit: 'TB/s', kind: 'throughput' },
  { symbols: ['Gb/s', 'Gbps', 'Gbit/s'], unit: 'Gb/s', kind: 'throughput' },
  { symbols: ['Tb/s', 'Tbps', 'Tbit/s'], unit: 'Tb/s', kind: 'throughput' },
  { symbols: ['GB', 'GiB'], unit: 'GB', kind: 'memory' },
  { symbols: ['MB', 'MiB'], unit: 'MB', kind: 'memory' },
  { symbols: ['KB', 'kB', 'KiB'], unit: 'KB', kind: 'memory' },
  { symbols: ['Gb'], unit: 'Gb', kind: 'memory' },
  { symbols: ['Mb'], unit: 'Mb', kind: 'memory' },
  { symbols: ['Kb', 'kb'], unit: 'Kb', kind: 'memory' },
  { words: ['bytes', 'byte'], unit: 'bytes', kind: 'memory' },
  {
    words: ['parameters', 'parameter', 'params', 'param', 'trainable parameters', 'trainable params', 'learnable parameters', 'tunable parameters'],
    unit: 'params',
    kind: 'params',
  },
  { symbols: ['GFLOPs', 'GFLOPS', 'GFLOP'], unit: 'GFLOPs', kind: 'compute' },
  { symbols: ['MFLOPs', 'MFLOPS', 'MFLOP'], unit: 'MFLOPs', kind: 'compute' },
  { symbols: ['FLOPs', 'FLOPS', 'FLOP', 'flops', 'Flops'], unit: 'FLOPs', kind: 'compute' },
  { symbols: ['GMACs', 'GMAC'], unit: 'GMACs', kind: 'compute' },
  { symbols: ['MMACs', 'MMAC'], unit: 'MMACs', kind: 'compute' },
  { symbols: ['MACs', 'MAC'], words: ['MAC operations', 'multiply-accumulate operations', 'multiply-adds', 'mult-adds'], unit: 'MACs', kind: 'compute' },
  // Operations counted, not per second ("1.63×10^8 OPs"; "OPS" is a rate).
  { symbols: ['OPs'], unit: 'OPs', kind: 'compute' },
  { symbols: ['PPL'], words: ['perplexity'], unit: 'PPL', kind: 'quality' },
  { symbols: ['BLEU'], unit: 'BLEU', kind: 'quality' },
  // Text-generation scores ("62.7 ROUGE-L", "118.4 CIDEr").
  { symbols: ['ROUGE-L'], unit: 'ROUGE-L', kind: 'quality' },
  { symbols: ['ROUGE-1'], unit: 'ROUGE-1', kind: 'quality' },
  { symbols: ['ROUGE-2'], unit: 'ROUGE-2', kind: 'quality' },
  { symbols: ['CIDEr'], unit: 'CIDEr', kind: 'quality' },
  { symbols: ['F1'], unit: 'F1', kind: 'quality' },
  { symbols: ['mAPH'], unit: 'mAPH', kind: 'quality' },
  { symbols: ['mAP50'], unit: 'mAP50', kind: 'quality' },
  { symbols: ['mAP75'], unit: 'mAP75', kind: 'quality' },
  { symbols: ['METEOR'], unit: 'METEOR', kind: 'quality' },
  { symbols: ['chrF'], unit: 'chrF', kind: 'quality' },
  { symbols: ['mAP'], unit: 'mAP', kind: 'quality' },
  { symbols: ['AP50', 'AP75', 'AP'], unit: 'AP50', kind: 'quality' },
  { words: ['box AP', 'mask AP'], unit: 'AP', kind: 'quality' },
  { symbols: ['mIoU'], unit: 'mIoU', kind: 'quality' },
  // Tracking and 3-D detection scores ("41.3 MOTA", "68.1 NDS").
  { symbols: ['MOTA'], unit: 'MOTA', kind: 'quality' },
  { symbols: ['HOTA'], unit: 'HOTA', kind: 'quality' },
  { symbols: ['IDF1'], unit: 'IDF1', kind: 'quality' },
  { symbols: ['NDS'], unit: 'NDS', kind: 'quality' },
  { symbols: ['dB'], unit: 'dB', kind: 'quality' },
  { symbols: ['FID'], unit: 'FID', kind: 'quality' },
  { symbols: ['WER'], unit: 'WER', kind: 'quality' },
  { symbols: ['PESQ'], unit: 'PESQ', kind: 'quality' },
  { symbols: ['MOS', 'DNSMOS', 'UTMOS'], unit: 'MOS', kind: 'quality' },
  { symbols: ['USD'], words: ['dollars', 'dollar', 'US dollars'], unit: 'USD', kind: 'currency' },
  { symbols: ['$'], unit: '$', kind: 'currency' },
  { words: ['tokens', 'token'], unit: 'tokens', kind: 'tokens' },
  { words: ['bits', 'bit', 'bit-width', 'bit-widths', 'bitwidth', 'bitwidths'], unit: 'bits', kind: 'bits' },
  // Units outside the efficiency vocabulary: recognized so that their numbers are not misread.
  // Silicon area: a design's result where it says what the design occupies (quantity-filters.ts).
  { symbols: ['mm2', 'mm²', 'mm^2'], words: ['square millimeters', 'square millimetres'], unit: 'mm2', kind: 'area' },
  { symbols: ['nm', 'cm', 'mm', 'km', 'K', '°C', '°', 'GHz', 'MHz', 'kHz', 'Hz', 'V', 'mV'], unit: 'other', kind: 'outside' },
  // Link speeds of the hardware used ("400 Gb/s InfiniBand"), not memory.
  { symbols: ['Gb/s', 'Gbps', 'Gbit/s', 'Mb/s', 'Mbps', 'Tb/s'], unit: 'other', kind: 'outside' },
];

/** Canonical "AP50"/"AP75"/"AP" are distinct scales: keep them as written. */
const KEEP_AS_WRITTEN: ReadonlySet<string> = new Set(['AP50', 'AP75', 'AP']);

export interface UnitMatch {
  readonly unit: string;
  readonly kind: UnitKind;
  /** Normalized-text span of the unit itself (after any space or hyphen). */
  readonly start: number;
  readonly end: number;
}

const SYMBOL_LOOKUP = new Map<string, UnitEntry>();
const WORD_LOOKUP = new Map<string, UnitEntry>();
for (const entry of UNITS) {
  for (const symbol of entry.symbols ?? []) SYMBOL_LOOKUP.set(symbol, entry);
  for (const word of entry.words ?? []) WORD_LOOKUP.set(word.toLowerCase(), entry);
}

// A unit follows its number directly, after one space, or after a hyphen ("5.5-times", "3-point").
// (Tried by the character the unit opens with: see wordsAt.)
const SYMBOL_PATTERN = wordsAt(SYMBOL_LOOKUP.keys(), ')(?![A-Za-z0-9µ])', '', { prefix: '(?<sep> ?)(?<unit>', skippable: ' ' });
const WORD_PATTERN = wordsAt(WORD_LOOKUP.keys(), ')(?![A-Za-z0-9])', 'i', { flexibleSpaces: true, prefix: '(?<sep>[ -]?)(?<unit>', skippable: ' -' });

/** "0.6 MMLU points", "1 nDCG@10 point", "1.2 accuracy points": points of a benchmark or a measure named between the number and the word. */
const BENCHMARK_POINTS = /^ (?:[a-z]{0,2}[A-Z][A-Za-z0-9@.+-]*[A-Z0-9]|[A-Z][a-z]+[A-Z][A-Za-z0-9-]*|(?:top-[15] )?accuracy|quality) (?:points?|pts)(?![A-Za-z0-9])/;

function benchmarkPoints(text: string, pos: number): UnitMatch | null {
  if (text.charCodeAt(pos) !== 32) return null;
  const match = BENCHMARK_POINTS.exec(text.slice(pos, pos + 40));
  return match ? { unit: 'pt', kind: 'points', start: pos + 1, end: pos + match[0].length } : null;
}

/**
 * "410 passages/s", "12.3 million image classifications per second": a count of things per
 * second the table does not list is a throughput too, in those things per second.
 */
const THINGS_PER_SECOND = /^ ?(?:[a-z]{3,} )?(?<things>(?!times\b)[a-z]{3,}s)(?:\/s(?:ec)?| per second)(?![\w/])/;

function thingsPerSecond(text: string, pos: number): UnitMatch | null {
  const match = THINGS_PER_SECOND.exec(text.slice(pos, pos + 40));
  if (!match?.groups?.things) return null;
  const start = pos + match[0].indexOf(match.groups.things);
  return { unit: `${match.groups.things}/s`, kind: 'throughput', start, end: pos + match[0].length };
}

/** The unit written at `pos` (right after a number), or null. */
export function recognizeUnit(text: string, pos: number): UnitMatch | null {
  const symbol = SYMBOL_PATTERN.exec(text, pos);
  const word = WORD_PATTERN.exec(text, pos);
  // Longest wins: "GPU-hours" over nothing, "TOPS/W" over "TOPS", "%" over nothing.
  const best = pickLonger(symbol, word);
  if (!best) return benchmarkPoints(text, pos) ?? thingsPerSecond(text, pos);
  const written = best.groups?.unit ?? '';
  const entry = best === symbol ? SYMBOL_LOOKUP.get(written) : WORD_LOOKUP.get(written.toLowerCase().replace(/-/g, '-'));
  const resolved = entry ?? WORD_LOOKUP.get(lookupKey(written)) ?? WORD_LOOKUP.get(written.toLowerCase().replace(/[ -]/g, '-'));
  if (!resolved) return null;
  const sepLength = best.groups?.sep?.length ?? 0;
  const start = best.index + sepLength;
  return {
    unit: KEEP_AS_WRITTEN.has(written) ? written : resolved.unit,
    kind: resolved.kind,
    start,
    end: best.index + best[0].length,
  };
}

function pickLonger(a: RegExpExecArray | null, b: RegExpExecArray | null): RegExpExecArray | null {
  if (!a) return b;
  if (!b) return a;
  return b[0].length > a[0].length ? b : a;
}

/** "the mean acceptance length is 3.4 tokens": the tokens a draft gets accepted, a rate per step too. */
export const ACCEPTED_LENGTH_BEFORE = /\b(?:acceptance|accepted) lengths?(?: (?:is|was|of|reaches|reached|rises to|grows to))? (?:about |roughly |around |approximately |nearly |up to |~ ?|≈ ?)?$/i;

/** "2.9 tokens per verification step": tokens a decoder accepts or emits per step are a rate, not a set-up count. */
export const TOKENS_PER_STEP_AFTER = /^ per (?:verification |decoding |forward |draft |speculation |target-model )?(?:step|pass|iteration|round|call)\b/i;

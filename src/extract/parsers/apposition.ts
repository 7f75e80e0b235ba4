/**
 * Apposition: a number set right after a claim of its sentence, which it restates or compares
 * ("3.9 GB, a 4.1x reduction", "has 39M parameters, 11x fewer than X", "costs 52.9 mJ, which is
 * 4.3x lower than X", "4.7 tokens per step, 0.8 more than EAGLE-2"). Such a number names no
 * measure of its own: it takes the claim's. The parsers of each phrasing ask here, each with the
 * gap (the text from the claim's evidence to the number) its phrasing allows: a comparative may
 * follow "is" or a dash, a change noun only "a"/"an", a bare difference also a contrast ("but").
 */
import type { Candidate, ParseContext } from '../pipeline.js';
import type { Quantity } from '../recognizers/numbers.js';
import type { Direction, Metric } from '../types.js';
import { metricAt, type MetricMatch } from '../vocabulary/metrics.js';

/** The claim read last in the sentence, before the number being read. */
export function claimBefore(context: ParseContext): Candidate | undefined {
  return context.previous[context.previous.length - 1];
}

/** The text from a claim's evidence to the number's list (to `at` when given). */
function gapAfter(context: ParseContext, claim: Candidate, at: number = context.group.start): string {
  return context.doc.text.slice(claim.evidence.end, at);
}

// --- comparatives ("11x fewer", "4.2% higher") ------------------------------------------------

/**
 * Between a value and a comparative set beside it: the value's own tail ("of aggregate decode
 * throughput", a setting), then a comma, a dash or "is" ("21.5 mJ per image is ~3.4x lower").
 */
export const COMPARATIVE_GAP = /^(?: of(?: [\w-]+){1,4}| [\w-]+)?(?: (?:at|on|for|with|in|under|per|during|after|including|excluding) [^,;]{1,40})?(?:, (?:i\.e\.,? |or |that is,? |which is )?| ?\((?:i\.e\.|that is),? | ?[—–] ?| -{1,2} | (?:is|are|was|were) )(?:(?:roughly|about|around|approximately|nearly|almost|only|just|merely|even|still|also) ?)?(?:~|≈|\$\\sim\$|\$\\approx\$)? ?$/i;

/** The gap from the last claim to a comparative: "..., which is" only. */
const WHICH_IS_GAP = /^(?: (?:at|on|for|with|in|under) [^,;]{1,40})?,? which (?:is|are)\b/;

/**
 * "Each token costs 52.9 mJ, which is 4.3x lower than X": whether a relative clause sets the
 * comparative beside a value (it then compares that value, whatever the clause's verb names).
 */
export function apposedByWhichClause(context: ParseContext): boolean {
  const last = claimBefore(context);
  if (!last || last.reading.relative || !last.quantity.unit || last.group === context.group) return false;
  const gap = gapAfter(context, last);
  return WHICH_IS_GAP.test(gap) && COMPARATIVE_GAP.test(gap);
}

/** Between a value and a bare number set beside it: an appositive comma, or a contrast. */
const BESIDE_GAP = /^(?: [^,;]{1,50})?(?:, | but | and | while )$/;

/**
 * The claim, with a unit, a bare number is set beside by an appositive or a contrast ("a mean
 * accepted length of 4.7 tokens per step, 0.8 more than EAGLE-2"): the number is on its scale.
 */
export function valueBeside(context: ParseContext): Candidate | null {
  const last = claimBefore(context);
  if (!last || last.quantity.unit === null || last.group === context.group) return null;
  return BESIDE_GAP.test(gapAfter(context, last)) ? last : null;
}

/** Between a result and the value of a "with" phrase that goes with it: " on ImageNet with only ", " with a single timestep and ". */
// ("63.4% top-1 accuracy at 14.2 GFLOPs per video, 1.6% higher than TSM": an "at" phrase sets the cost of the result too.)
const WITH_PHRASE_GAP = /^(?: (?:on|in|at|for|across) [^,;]{1,40})? (?:with|at) (?:only |just |merely )?[^,;]{0,40}$/i;
const PHRASE_END_GAP = /^(?: per [\w-]+(?: [\w-]+)?)?, $/;

/**
 * "attains 75.6% accuracy with only 3.6M parameters, 4.2% higher than X", "reaches 80.3% accuracy
 * with 38.2M parameters, surpassing X by 1.7%": a value in a "with" phrase goes with the result
 * before it, and a comparison set after both (after a comma, at `at`), in the result's unit and
 * not in the phrase's, compares the result. That result's measure, or null.
 */
export function measureBeforeWithPhrase(text: string, previous: readonly Candidate[], quantity: Quantity, at: number): MetricMatch | null {
  const phrase = previous[previous.length - 1];
  const result = previous[previous.length - 2];
  if (!phrase || !result || phrase.reading.relative || result.reading.relative || !result.reading.measure) return null;
  const kind = quantity.unit?.kind;
  // (Points compare a percent of quality: "96.3% accuracy with only 38K parameters, 1.2 points above X".)
  const resultKind = result.quantity.unit?.kind;
  if (kind === undefined || (resultKind !== kind && !(kind === 'points' && resultKind === 'percent')) || phrase.quantity.unit?.kind === kind) return null;
  if (!PHRASE_END_GAP.test(text.slice(phrase.evidence.end, at)) || !WITH_PHRASE_GAP.test(text.slice(result.evidence.end, phrase.quantity.start))) return null;
  return metricAt(text, result.reading.measure.start);
}

// --- change nouns ("a 4.1x reduction") --------------------------------------------------------

/** Between a value and a change set beside it: "3.9 GB, a 4.1x reduction", "0.34 s per image, a 12.6x reduction", "to 1.3 GB — a 19× reduction". */
const CHANGE_NOUN_GAP = /^(?:(?: [\w-]+)? per [\w-]+(?: [\w-]+){0,3}| (?:at|on|for|with|in|under) [^,;]{1,40})?(?:,? | ?[—–] ?| --? )(?:i\.e\.,? |or |that is,? )?(?:a|an) $/i;

/** What a change set beside a value changes: the value's measure, a time or a rate as speed. */
export interface AppositiveChange {
  readonly metric: Metric;
  readonly improves: Direction;
  readonly timeLike: boolean;
}

const CHANGED_METRICS: ReadonlySet<Metric> = new Set(['size', 'memory', 'energy', 'power', 'compute', 'cost', 'other', 'latency', 'time', 'throughput']);

/**
 * The change a change noun stands in apposition to a value earlier in the sentence names: "3.9
 * GB, a 4.1x reduction" (memory), "0.34 s per image, a 12.6x reduction" (a speedup of a time),
 * "0.074 spikes per neuron, a 4.2-fold reduction" (other).
 */
export function appositiveChange(context: ParseContext): AppositiveChange | null {
  const last = claimBefore(context);
  if (!last || last.reading.relative || !CHANGED_METRICS.has(last.metric)) return null;
  // (From the value's end: a value's evidence may end before its unit does.)
  if (!CHANGE_NOUN_GAP.test(context.doc.text.slice(Math.max(last.evidence.end, last.quantity.end), context.group.start))) return null;
  if (last.metric === 'latency' || last.metric === 'time') return { metric: 'speedup', improves: 'down', timeLike: true };
  if (last.metric === 'throughput') return { metric: 'speedup', improves: 'up', timeLike: false };
  // (A value of work per joule or per watt improves up: "46.3 TOPS/W ..., a 2.1x improvement".)
  const efficiency = last.quantity.unit?.kind === 'energy-efficiency' || last.quantity.unit?.kind === 'area-efficiency';
  return { metric: last.metric, improves: last.reading.improves ?? (efficiency ? 'up' : 'down'), timeLike: false };
}

// --- named measures ("63.2%, an improvement of 4.1%") ----------------------------------------

/** Whether the claim just before `at` in its sentence is a quality value set beside it: "63.2%, an ...". */
export function apposedToQuality(context: ParseContext, at: number): boolean {
  const last = claimBefore(context);
  return last !== undefined && last.metric === 'accuracy' && !last.reading.relative && /^,? (?:an?|the) $/.test(gapAfter(context, last, at));
}

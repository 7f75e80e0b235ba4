/**
 * Comparatives after a number: "2.4x smaller", "1.5x faster than MobileNetV2", "6x fewer
 * parameters", "1.4x higher throughput", "73% lower energy consumption", "10% more accurate",
 * "twice as fast as", "12.87x slower than PULP-OPEN" (the subject is then the baseline),
 * "2.3 points better perplexity", "0.6 top-1 accuracy better than".
 */
import type { Candidate, Parser, ParseContext, Reading } from '../pipeline.js';
import type { Metric } from '../types.js';
import { comparativeAt } from '../vocabulary/directions.js';
import { metricAt, type MetricMatch } from '../vocabulary/metrics.js';
import { scaleOf } from '../vocabulary/scales.js';
import { metricReadings } from './ChangeNounParser.js';
import { apposedByWhichClause, COMPARATIVE_GAP, measureBeforeWithPhrase, valueBeside } from './apposition.js';
import { clauseEnd, headStart, lastTokens, metricBackward, metricForward, readingFrom, skipSpace, spanOf, subjectMetricBefore, windowsOf, type Token } from './support.js';

/**
 * The quality a bare difference compares: the nearest quality measure earlier in the sentence,
 * across relative clauses ("Our FID is 6.1, which is 0.9 lower than DiT") but not a semicolon.
 */
function qualityBefore(text: string, sentenceStart: number, pos: number): MetricMatch | null {
  const words = lastTokens(text, sentenceStart, pos, 60, 25);
  for (let i = words.length - 1; i >= 0; i--) {
    const word = words[i] as Token;
    if (word.text === ';' || word.text === ':') return null;
    const match = metricAt(text, word.start);
    if (match && match.end <= pos) return match.keyword.metric === 'accuracy' ? match : null;
  }
  return null;
}

/** What may separate two comparatives of one measure: the first one's tail, then a coordination. */
const ELLIPSIS_GAP = /^(?: (?:than|over|on|for|in|at|with|within|across|under|per|compared (?:to|with)|versus) [^,;]{1,60}?)?,? (?:and|while|but|or)(?: (?:up to|about|around|nearly|over|more than|almost))? ?\$?$/i;

/**
 * Whether a measure named elsewhere in the sentence may be what a comparative compares: any, when
 * the comparative implies none ("smaller" only a size, a memory or a compute); points are quality
 * points, whatever value stands before them ("with only 84K parameters, 3.2 points higher").
 */
function mayName(measure: MetricMatch, implies: Metric | undefined, kind: string | undefined): boolean {
  // ("batch sizes up to 3x larger": a size of the set-up that grows is another measure.)
  // ("the die area is 45% smaller": an area that shrinks is that measure too.)
  const namedSize = implies === 'size' && measure.keyword.metric === 'other' && /\bsizes?\b|\bresolutions?\b|\barea\b/i.test(measure.text);
  if (implies && !['memory', 'compute', 'size'].includes(measure.keyword.metric) && !namedSize) return false;
  return kind !== 'points' || measure.keyword.metric === 'accuracy';
}

const FRONTED_MEASURE = /^(?:in terms of|in|on|for|regarding) (?:the )?/i;
const THAN_SYSTEM_IN = /^ than (?:the )?[^,;()]{1,40}? (?:in|on) (?:terms of )?(?:the )?(?=[A-Za-z])/i;

/**
 * The thing a factor compares when it names no measure: one to three lower-case words right after
 * the comparative ("fewer training tokens", "longer context"), not a comparison ("than") or a
 * function word.
 */
const NOT_A_THING = 'than|that|and|or|but|while|with|in|on|at|for|of|to|by|as|per|compared|relative|over|under|when|if|is|are|was|were|overall|respectively|across|the|a|an';
const COMPARED_THING = new RegExp(
  `^ (?!(?:${NOT_A_THING}|be|it|its|their|this|these|those)\\b)(?:[a-z][a-z-]+|[A-Z]{2,}s\\b)(?: (?!(?:${NOT_A_THING}|into|onto|from)\\b)[a-z][a-z-]+){0,2}`,
);

/** Work a system serves: requests, queries. */
const SERVED_THING = /^ (?:requests|queries)\b(?! per (?!second\b|sec\b|s\b))/;
/** A verb of serving work right before the number ("serves", "handles up to"). */
const SERVING_VERB_BEFORE = /\b(?:serves?|served|serving|handles?|handled|handling|processe?s|processed|processing|answers?|answered|answering)(?: (?:up to|about|roughly|nearly|over|at least))? $/i;

/** Absolute values whose multiple is a speed: a time per item, a time for a job, a rate. */
const SPEED_VALUES: ReadonlySet<Metric> = new Set<Metric>(['latency', 'time', 'throughput']);
/** "..., respectively" after one compared system (a list of systems is what "respectively" pairs then). */
const RESPECTIVELY_AHEAD = /^(?:(?! and | or )[^.;]){0,80}?,? respectively\b/i;

/**
 * The absolute value a member of a "respectively" list of factors pairs with: the values read
 * before the list in the sentence, in order, as many as the list has members.
 */
function respectiveValue(context: ParseContext): Candidate | null {
  const { doc, group, position, previous } = context;
  const size = group.members.length;
  if (size < 2 || !RESPECTIVELY_AHEAD.test(doc.text.slice(group.end, group.end + 100))) return null;
  const values = previous.filter((c) => c.group !== group && !c.reading.relative && c.quantity.unit !== null);
  if (values.length < size) return null;
  return values.slice(-size)[position] ?? null;
}

/**
 * A relative clause about the compared system, right before a comparative: "of a float DS-CNN-L
 * that is", "..., which also needs".
 */
const DESCRIBES_COMPARED_BEFORE =
  /\b(?:of|than|below|above|over|versus|vs\.?|against|compared (?:to|with)) (?:a |an |the |its )?(?:(?! and | or )[^,;()]){1,60}? (?:that|which) (?:is|are|was|were|has|have|needs?|uses?|requires?)(?: (?:about|roughly|nearly|only|also|still))? (?:~|≈|\$\\sim\$)? ?$|, which also (?:needs?|uses?|requires?|has|have|consumes?) (?:about |roughly |nearly )?$/i;

/** Comparatives that are prepositions: what follows them is the compared system ("below KIVI-2"). */
const PREPOSITIONS: ReadonlySet<string> = new Set(['below', 'above', 'behind', 'ahead of', 'short of']);

/** Measures a unit names by itself ("2.6 J" is energy, "12 GB" memory, "$0.11" cost). */
const UNIT_MEASURES: ReadonlySet<Metric> = new Set<Metric>(['energy', 'power', 'memory', 'cost']);

const SEARCH_WORDS = /\b(?:search|searched|searching|NAS)\b/;

export class FactorComparisonParser implements Parser {
  readonly name = 'FactorComparisonParser';

  parse(context: ParseContext): Reading | null {
    const { doc, quantity, sentence } = context;
    const text = doc.text;
    const head = skipSpace(text, headStart(context));
    const end = clauseEnd(text, sentence.end, head);
    let comparative = comparativeAt(text, head);
    // "only 0.6% absolute worse than the teacher": how the difference is taken may stand between.
    if (!comparative && (text.startsWith('absolute ', head) || text.startsWith('relative ', head))) comparative = comparativeAt(text, head + 9);
    let leadingMeasure = null;
    if (!comparative && (quantity.unit === null || quantity.unit.kind === 'points')) {
      // "0.6 top-1 accuracy better than": the measure comes between the number and the comparative.
      leadingMeasure = metricAt(text, head);
      if (leadingMeasure && leadingMeasure.keyword.metric === 'accuracy') {
        comparative = comparativeAt(text, skipSpace(text, leadingMeasure.end));
      }
    }
    if (!comparative) return null;
    const kind = quantity.unit?.kind;
    if (kind !== 'factor' && kind !== 'percent' && kind !== 'points' && kind !== 'quality' && kind !== undefined) return null;
    // "68.1 NDS and 65.4 mAP, 1.2 NDS below BEVFusion": numbers on different scales are no list
    // that shares the comparative; only the one it follows compares.
    const members = context.group.members;
    if (members.length > 1 && quantity !== members[members.length - 1] && kind === 'quality' && new Set(members.map((m) => m.unit?.unit)).size > 1) return null;
    const word = comparative.entry;
    // "1.2 NDS below BEVFusion", "0.3 PPL lower": a number on a quality scale names its own measure.
    const scaleUnit = kind === 'quality' && quantity.unit ? metricAt(text, quantity.unit.start) : null;
    const following = leadingMeasure ?? scaleUnit ?? metricForward(text, comparative.end, end, 4);
    // "3 times as many frames into the same memory": a thing named right after the comparative is
    // what it counts; a measure further on is another's.
    const counted = following && following.start > comparative.end + 1 && (word.movement === 'up' || word.movement === 'down') ? COMPARED_THING.exec(text.slice(comparative.end, following.start)) : null;
    const measure = following && counted && comparative.end + counted[0].length < following.start - 1 ? null : following;
    let chosen = measure;
    // "requires 4 times fewer timesteps", "with 1.4x fewer GPUs": a factor of a thing no measure
    // names is an efficiency result of another kind (CLAIMS.md: "5x less human preference data"),
    // not one of a measure named before it.
    const mayCountThing = !measure && !word.implies && (kind === 'factor' || kind === 'percent') && (word.movement === 'up' || word.movement === 'down');
    const thing = mayCountThing && !PREPOSITIONS.has(comparative.text.toLowerCase()) ? COMPARED_THING.exec(text.slice(comparative.end, end)) : null;
    // "a latency of 46 ms ... and 310 tokens/s ..., which is 3.4x and 2.7x better than X,
    // respectively": each factor compares the value it pairs with, a time or a rate as speed.
    const paired = !measure && !word.implies && kind === 'factor' ? respectiveValue(context) : null;
    // (Either settles what is compared: no measure is looked for elsewhere.)
    const settled = thing !== null || paired !== null;
    if (!chosen && !word.implies && !settled) {
      // "attains 75.6% accuracy with only 3.6M parameters, 4.2% higher than X": an appositive
      // after a "with" phrase compares the result the phrase goes with.
      chosen = measureBeforeWithPhrase(text, context.previous, quantity, context.group.start);
    }
    if (!chosen && !settled && (!word.implies || word.implies === 'size') && !apposedByWhichClause(context) && !this.continuesValueOrComparison(context)) {
      const w = windowsOf(context);
      const subject = subjectMetricBefore(text, w.leftStart, context.group.start);
      if (subject && mayName(subject, word.implies, quantity.unit?.kind)) chosen = subject;
    }
    if (!chosen && !settled && !word.implies) {
      // "In terms of energy efficiency, X is 9.7x better than ...": a measure the sentence opens on.
      const fronted = FRONTED_MEASURE.exec(text.slice(sentence.start, sentence.start + 24));
      const opening = fronted ? metricAt(text, sentence.start + fronted[0].length) : null;
      if (opening && text[opening.end] === ',') chosen = opening;
    }
    if (!chosen && !settled && !word.implies) {
      // "more efficient in terms of compute", "less efficient in ... compute".
      const terms = /^ in terms of (?:the )?/.exec(text.slice(comparative.end, comparative.end + 20));
      if (terms) chosen = metricAt(text, comparative.end + terms[0].length);
    }
    let trailing: MetricMatch | null = null;
    if (!chosen && !settled && !word.implies) {
      // "1.4% higher than EfficientNet-B0 in top-1 accuracy": the measure follows the compared system.
      const thanIn = THAN_SYSTEM_IN.exec(text.slice(comparative.end, Math.min(end, comparative.end + 70)));
      if (thanIn) chosen = metricAt(text, comparative.end + thanIn[0].length);
      if (chosen) trailing = chosen;
    }
    let unitMeasure: Metric | null = paired ? (SPEED_VALUES.has(paired.metric) ? 'speedup' : paired.metric) : null;
    let impliedOverride: Metric | null = null;
    /** The comparative before this one in the sentence, when this one repeats it ("3.4x more requests than X and 1.5x more than Y"). */
    let repeated: Candidate | null = null;
    let timeCompared = paired !== null && (paired.metric === 'latency' || paired.metric === 'time');
    const listed = context.previous[context.previous.length - 1];
    if (!chosen && !settled && listed && listed.group === context.group && listed.reading.parser === this.name && listed.reading.measure) {
      // "which is 3.9x and 1.7x higher than X and Y, respectively": the list shares its comparative's measure.
      chosen = metricAt(text, listed.reading.measure.start);
    }
    if (!chosen && !settled && (!word.implies || word.implies === 'size')) {
      const last = context.previous[context.previous.length - 1];
      // (A value's unit may be its measure: "39M parameters".)
      const earlierMeasure = last?.reading.measure ?? (last?.quantity.unit ? { start: last.quantity.unit.start } : undefined);
      // (Written with a comma, the value and its appositive may be read as one list.)
      const gap = last ? text.slice(last.evidence.end, last.group === context.group ? quantity.start : context.group.start) : '';
      // "2.2x more requests per second than TGI, and up to 3.1x more on the long trace": the
      // comparative repeats the one before it in the sentence, and so does its measure.
      // "has 39M parameters, 11x fewer than the teacher", "occupies 12 GB at 32K context, 4x less
      // than FP16": an appositive compares the value before it.
      // ("a 38x energy reduction compared with X and 5.2x lower than Y": so does one repeating a change noun's.)
      const repeats = (last?.reading.parser === this.name || (last?.reading.parser === 'ChangeNounParser' && last.reading.relative)) && ELLIPSIS_GAP.test(gap);
      if (repeats && last) repeated = last;
      // The value this comparative stands beside, when it does (one test of the gap for every reading below).
      const apposed = last !== undefined && !last.reading.relative && COMPARATIVE_GAP.test(gap);
      const beside = apposed && last.quantity.unit ? { metric: last.metric, unit: last.quantity.unit } : null;
      const earlier = last && earlierMeasure && (repeats || apposed) ? metricAt(text, earlierMeasure.start) : null;
      if (earlier && mayName(earlier, word.implies, quantity.unit?.kind)) chosen = earlier;
      else if (!earlier && beside && last) {
        // "is 2.6 J, roughly 5x lower than X": a value whose unit named its measure is compared the same way.
        // ("Mean accepted length rises to 4.3 tokens per step, 19% higher than EAGLE-2": so is one
        // of another measure whose own words the reading did not keep.)
        if (!word.implies && (UNIT_MEASURES.has(beside.metric) || beside.metric === 'other')) unitMeasure = beside.metric;
        // "occupies 0.086 mm², 62% smaller than X": an area compared stays an area; "its KV cache
        // is 1.1 GB, 12x smaller than that of X": a memory stays a memory.
        else if (word.implies === 'size' && (beside.unit.kind === 'area' || (beside.unit.kind === 'memory' && beside.metric === 'memory' && metricBackward(text, sentence.start, last.quantity.start, 8)?.keyword.metric === 'memory'))) {
          impliedOverride = beside.unit.kind === 'area' ? 'other' : 'memory';
        }
        // "reaches 7,850 tokens/s, 1.3x higher than vLLM": a rate compared is a speedup.
        else if (!word.implies && beside.metric === 'throughput' && (word.movement === 'up' || word.movement === 'better')) unitMeasure = 'speedup';
        // "the latency is 4.6 ms, 2.5x lower than that of the GPU pipeline", "is 1.7 s, 38% lower
        // than MLX": a time compared is a speedup; device-hours compared are compute ("1,200
        // A100-hours, 6x less than X", Decision 11).
        else if (!word.implies && (beside.metric === 'latency' || beside.metric === 'time') && (quantity.unit?.kind === 'factor' || quantity.unit?.kind === 'percent') && word.movement === 'down') {
          if (beside.unit.kind === 'device-time') unitMeasure = 'compute';
          else {
            unitMeasure = 'speedup';
            timeCompared = true;
          }
        }
      }
    }
    if (!chosen && !quantity.unit) {
      // "..., and 2.9 better than MobileViTv2-1.0", "its perplexity is ..., and 0.9 lower than
      // SpQR": a bare number continuing a quality comparison takes the quality named before it.
      chosen = qualityBefore(text, context.sentence.start, quantity.start);
      // "a mean accepted length of 4.7 tokens per step, 0.8 more than EAGLE-2", "4.9 points below
      // X but 11.3 above Y": a bare number set beside a value or a difference is on its scale.
      const beside = chosen || word.implies ? null : valueBeside(context);
      if (beside) {
        return {
          ...readingFrom(this.name, null, beside.metric, { movement: word.movement, relative: true, unit: beside.unit, evidence: spanOf(quantity.start, comparative.end) }),
          improves: beside.reading.improves ?? (beside.metric === 'accuracy' ? 'up' : null),
        };
      }
    }
    // Points are points of quality, whatever measure a compared system's words name ("above a DS-CNN of similar size").
    if (chosen && quantity.unit?.kind === 'points' && chosen.keyword.metric !== 'accuracy') chosen = null;
    if (!chosen && !word.implies && !unitMeasure && quantity.unit?.kind !== 'points' && !thing) return null;
    // A bare difference is on the scale of the quality it compares ("0.7 higher" FID), else in points.
    const unit = quantity.unit?.unit ?? (chosen ? scaleOf(chosen)?.unit : undefined) ?? 'pt';
    if (!quantity.unit && (chosen?.keyword.metric ?? word.implies) !== 'accuracy') return null;
    // "1.24x faster decoding": the stage that is faster belongs to the claim's phrase.
    const stage = context.doc.phasesIn(context.sentence).find((m) => m.start === comparative.end + 1);
    const evidenceEnd = Math.max(comparative.end + (thing?.[0].length ?? 0), measure?.end ?? 0, trailing?.end ?? 0, stage?.end ?? 0);
    // "Cortex-M4 is 12.87x slower than PULP-OPEN": a multiple by which the compared system is
    // worse than the work (Decision 1's example). A percent slower is the work's own loss ("Prefill
    // is 12% slower", "NPU decode is 18% slower than CPU decode": down, against what follows "than").
    const inverted = word.movement === 'worse' && (word.implies === 'speedup' || word.implies === 'energy' || /efficient/i.test(comparative.text)) && quantity.unit?.kind !== 'percent';
    // "within 0.4% of a float DS-CNN-L that is 11x larger", "than a DeepFilterNet port, which also
    // needs 3.6x more memory": a comparative describing the compared system says the paper's own is
    // the smaller. (A "with" phrase after the compared system is most often the paper's own: "over
    // SegNeXt-S with 41% fewer MACs".)
    // (Both forms hold " that " or " which ": the cheap test first.)
    const clauseBefore = word.movement === 'up' || word.movement === 'down' ? text.slice(Math.max(sentence.start, quantity.start - 100), quantity.start) : '';
    const describesCompared = (clauseBefore.includes(' that ') || clauseBefore.includes(' which ')) && DESCRIBES_COMPARED_BEFORE.test(clauseBefore);
    const reading = readingFrom(this.name, chosen, impliedOverride ?? word.implies ?? unitMeasure ?? (quantity.unit?.kind === 'points' ? 'accuracy' : 'other'), {
      movement: inverted ? 'better' : describesCompared ? (word.movement === 'up' ? 'down' : 'up') : word.movement,
      relative: true,
      unit,
      evidence: spanOf(quantity.start, evidenceEnd),
    });
    // "faster" states a speedup whatever measure follows ("6.2x faster annotation").
    // "0.4 GPU-hours of search, 10^4 times cheaper than RL-based NAS": a cheaper search is less
    // compute (Decision 11), not money.
    const searchCost = word.implies === 'cost' && !chosen && SEARCH_WORDS.test(text.slice(sentence.start, sentence.end));
    // "serves 3.4x more requests within SLO than vLLM": more requests served is a rate of work, a
    // speedup (more requests admitted at once, or batched, stay a count).
    const servedThing = chosen ? ` ${chosen.text}` : thing?.[0];
    // (A comparative that repeats such a one is one too.)
    const servedRate = word.movement === 'up' && servedThing !== undefined && SERVED_THING.test(servedThing) &&
      (repeated?.metric === 'speedup' || SERVING_VERB_BEFORE.test(text.slice(Math.max(sentence.start, quantity.start - 40), quantity.start)));
    const forced =
      (word.implies === 'speedup' && chosen?.keyword.metric !== 'speedup') || servedRate
        ? { metric: 'speedup' as const, improves: 'up' as const, timeLike: false }
        : searchCost
          ? { metric: 'compute' as const, improves: 'down' as const }
          : {};
    // "2 to 25 times fewer parameters and operations": one number, two measures (Decision 5).
    const also = measure ? this.coordinated(text, measure.end, end) : null;
    return {
      ...reading,
      ...forced,
      ...(timeCompared ? { improves: 'down' as const, timeLike: true } : {}),
      ...(inverted ? { inverted: true } : {}),
      ...(also && measure ? { metricList: metricReadings([measure, also]) } : {}),
    };
  }

  /**
   * "consumes 1.9 J per output token at batch size 64, 5.6x less than ...": an appositive right
   * after a value compares that value, and a comparative that repeats the one before shares its
   * measure (both read below), not a measure the clause named before them.
   */
  private continuesValueOrComparison(context: ParseContext): boolean {
    const last = context.previous[context.previous.length - 1];
    if (!last || !last.quantity.unit || last.group === context.group) return false;
    const gap = context.doc.text.slice(last.evidence.end, context.group.start);
    // ("1.52x more requests per second than uniform power capping and 1.24x more than X": a
    // comparative that repeats the one before shares its measure, not a word of its compared system.)
    if (last.reading.relative) return last.reading.parser === this.name && last.reading.measure !== undefined && ELLIPSIS_GAP.test(gap);
    return COMPARATIVE_GAP.test(gap);
  }

  private coordinated(text: string, from: number, end: number): MetricMatch | null {
    const and = /^ (?:and|&) /.exec(text.slice(from, from + 6));
    if (!and) return null;
    const next = metricAt(text, from + and[0].length);
    return next && next.end <= end ? next : null;
  }
}

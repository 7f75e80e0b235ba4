/**
 * A number followed by what changed: "4.0x energy reduction", "31% inference speedup",
 * "2.7x peak memory reduction", "1.91x throughput boost", "2x savings in the memory footprint",
 * "4x increase in throughput", "9x reduction in runtime", "17.77%, 2.49x, and 2.32x reductions on
 * latency, energy, and area" (one measure each), "5.5-times memory-saving".
 */
import type { MetricReading, Parser, ParseContext, Reading } from '../pipeline.js';
import { changeNounAt } from '../vocabulary/directions.js';
import { metricAt, type MetricMatch } from '../vocabulary/metrics.js';
import { SCORE_NAME, scaleOf } from '../vocabulary/scales.js';
import { appositiveChange, type AppositiveChange } from './apposition.js';
import { clauseEnd, headStart, metricBackward, metricsIn, readingFrom, skipSpace, spanOf, tokens, windowsOf } from './support.js';

const PREPOSITION_AFTER = /^ (?:in|of|on|for|to)(?: the| terms of| both| its| their)? /i;
const LIST_END = /[;.(\d]| (?:than|over|compared|versus|vs|against|relative|while|with|without|when|by|respectively|at|under|using)\b/i;
const PERFORMANCE = /\bperformance\b/i;
const VERB_AFTER = /^ (?:is|are|was|were|also |further |then )?(?:increases?|rises?|grows?|drops?|falls?|decreases?|improves?|doubles?|shrinks?|reaches|goes|climbs|declines|stays|remains)\b/i;
const BREAK_WORDS: ReadonlySet<string> = new Set([
  'than', 'over', 'and', 'compared', 'with', 'without', 'on', 'at', 'for', 'by', 'while', 'whereas', 'when', 'but',
  'to', 'as', 'using', 'under', 'across', 'which', 'that', 'is', 'are', 'of', 'from', 'in',
]);

export function metricReadings(matches: readonly MetricMatch[]): MetricReading[] {
  return matches.map((m) => ({
    metric: m.keyword.metric,
    improves: m.keyword.improves,
    timeLike: m.keyword.timeLike ?? false,
    span: { start: m.start, end: m.end },
  }));
}

/** The measures listed after a change noun: "in model size", "on latency, energy, and area". */
export function measuresAfter(text: string, from: number, limit: number): MetricMatch[] {
  const prep = PREPOSITION_AFTER.exec(text.slice(from, from + 24));
  if (!prep) return [];
  const start = from + prep[0].length;
  // The list runs to the first clause word that is not part of "A, B, and C".
  const rest = text.slice(start, limit);
  let end = limit;
  const stop = LIST_END.exec(rest.replace(/, (?:and )?(?=[\w-]+(?: [\w-]+){0,2}(?:,|\s+and\b|$))/g, (m) => ' '.repeat(m.length)));
  if (stop) end = start + stop.index;
  const found = metricsIn(text, start, end);
  // Only measures that follow each other as a list, the first right after the preposition.
  if (found.length === 0 || (found[0] as MetricMatch).start - start > 24) return [];
  // A measure followed by its own verb starts a new clause ("in FLOPs, and throughput increases 1.9x").
  const clause = found.findIndex((m, i) => i > 0 && VERB_AFTER.test(text.slice(m.end, m.end + 24)));
  return clause > 0 ? found.slice(0, clause) : found;
}

/** A score named like a benchmark's metric (camel case or capitals) after a change noun, ending its clause. */
const NAMED_SCORE_AFTER = new RegExp(`^ (?:in|on|of) (?:the )?${SCORE_NAME}(?=[.,;)]|$| (?:and|while|with|for|at|compared|relative|versus)\\b)`);

/** A loss that names no measure: "a 0.5% drop". */
const QUALITY_LOSS = /^(?:drops?|loss|losses|degradation)$/i;
/** "with a 0.5% drop", "at only a 0.3% loss": a loss set beside the result before it. */
const QUALITY_ASIDE_BEFORE = /\b(?:with|at) (?:only |just )?(?:a|an) (?:(?:mere|negligible|small|slight|marginal|minor) )?$/i;

export class ChangeNounParser implements Parser {
  readonly name = 'ChangeNounParser';

  parse(context: ParseContext): Reading | null {
    const { doc, quantity, sentence } = context;
    const kind = quantity.unit?.kind;
    const text = doc.text;
    if (quantity.unit === null && quantity.form === 'number') return this.bareQualityChange(context);
    if (kind !== 'factor' && kind !== 'percent' && kind !== 'points' && kind !== 'quality') return null;
    const head = skipSpace(text, headStart(context));
    const end = clauseEnd(text, sentence.end, head);
    // Up to four words of measure before the change noun ("ImageNet top1 accuracy improvement").
    const words = tokens(text, head, end, 5);
    let noun = null;
    // "more than a magnitude of improvements on ...": "of" joins a number word to its change.
    if (quantity.form === 'word' && words[0]?.lower === 'of') words.shift();
    for (const token of words) {
      noun = changeNounAt(text, token.start);
      if (noun) break;
      if (/^[\d(,;.]/.test(token.text) || BREAK_WORDS.has(token.lower)) break;
    }
    if (!noun) return this.bareFactor(context, head, end);
    const before = metricsIn(text, head, noun.start);
    const after = before.length === 0 ? measuresAfter(text, noun.end, end) : [];
    const measures = before.length > 0 ? before.slice(-1) : after;
    // "a 0.2 perplexity increase": a number on a quality scale names its own measure.
    let metric = measures[0] ?? (kind === 'quality' && quantity.unit ? metricAt(text, quantity.unit.start) : null);
    const performance = PERFORMANCE.test(text.slice(head, noun.start));
    // "a 3.3-fold improvement over TVM": a multiple of improvement naming no measure is one of
    // performance, which for a factor is speed (as "outperforms X by 1.5x").
    // "46.3 TOPS/W at the system level, a 2.1x improvement over X": the change of the value before it.
    const apposed = !metric && !noun.entry.implies ? appositiveChange(context) : null;
    const unnamedGain = !apposed && !metric && kind === 'factor' && noun.entry.movement === 'better' && !noun.entry.implies;
    let appositive: AppositiveChange | null = apposed;
    // "a 0.8% drop in ImageReward": a score named as benchmarks name theirs is a quality measure.
    const namedScore = !metric && !noun.entry.implies && kind !== 'factor' ? NAMED_SCORE_AFTER.exec(text.slice(noun.end, end)) : null;
    if (namedScore) {
      return {
        ...readingFrom(this.name, null, 'accuracy', { movement: noun.entry.movement, relative: true, unit: quantity.unit?.unit ?? '%', evidence: spanOf(quantity.start, noun.end + namedScore[0].length) }),
        improves: 'up',
      };
    }
    // "with ≈1.1 points drop": points are points of quality, whatever measure goes unnamed.
    if (!metric && !apposed && kind === 'points' && !noun.entry.implies && noun.entry.movement !== null) {
      return { ...readingFrom(this.name, null, 'accuracy', { movement: noun.entry.movement, relative: true, unit: quantity.unit?.unit ?? 'pt', evidence: spanOf(quantity.start, noun.end) }), improves: 'up' };
    }
    if (!metric && !apposed && kind === 'percent' && QUALITY_LOSS.test(noun.text) && QUALITY_ASIDE_BEFORE.test(text.slice(Math.max(0, quantity.start - 24), quantity.start))) {
      // "doubles the throughput with a 0.5% drop": a loss set beside a gain, naming no measure,
      // is a loss of quality (the gain's measure is the gain's).
      return readingFrom(this.name, null, 'accuracy', { movement: 'down', relative: true, unit: '%', evidence: spanOf(quantity.start, noun.end) });
    }
    if (!metric && !noun.entry.implies && !performance && !unnamedGain) {
      const w = windowsOf(context);
      // "shrinks the model to 3.9 GB, a 4.1x reduction from FP16": the change of the value before
      // it, whatever word its clause opened with ("each response costs 4.6 J, a 52% reduction").
      metric = apposed ? null : metricBackward(text, w.leftStart, context.group.start, 6);
      appositive = metric ? null : apposed;
      if (!metric && !appositive) return null;
    }
    const fallback = appositive?.metric ?? noun.entry.implies ?? (performance || unnamedGain ? (kind === 'factor' ? 'speedup' : 'accuracy') : 'other');
    const evidenceEnd = Math.max(noun.end, ...measures.map((m) => m.end));
    const reading = readingFrom(this.name, metric, fallback, {
      movement: noun.entry.movement,
      relative: true,
      unit: quantity.unit?.unit ?? 'x',
      evidence: spanOf(quantity.start, evidenceEnd),
    });
    // "speedup in throughput" and "latency reductions" are speedups; "memory-saving" names memory.
    const implied = noun.entry.implies;
    const named =
      implied === 'speedup'
        ? { metric: 'speedup' as const, improves: metric?.keyword.metric === 'speedup' ? metric.keyword.improves : ('up' as const) }
        : implied && !metric
          ? { metric: implied, improves: implied === 'memory' ? ('down' as const) : null }
          : {};
    const timeLike = metric?.keyword.timeLike ?? false;
    return {
      ...reading,
      ...named,
      ...(appositive ? { improves: appositive.improves } : {}),
      timeLike: appositive?.timeLike ?? timeLike,
      ...(measures.length > 1 ? { metricList: metricReadings(measures) } : {}),
    };
  }

  /**
   * "with a 0.22 decrease in FID", "a 1.5 gain in BLEU": a bare number whose change noun names a
   * measure with a scale of its own is a change on that scale (points for a percentage scale).
   */
  private bareQualityChange(context: ParseContext): Reading | null {
    const { doc, quantity, sentence } = context;
    const text = doc.text;
    const head = skipSpace(text, quantity.end);
    const noun = changeNounAt(text, head);
    if (!noun || noun.entry.implies || noun.start !== head) return null;
    const measure = measuresAfter(text, noun.end, clauseEnd(text, sentence.end, noun.end))[0];
    const scale = measure ? scaleOf(measure) : null;
    if (!measure || !scale) return null;
    return {
      ...readingFrom(this.name, measure, 'accuracy', { movement: noun.entry.movement, relative: true, unit: scale.unit === '%' ? 'pt' : scale.unit, evidence: spanOf(quantity.start, measure.end) }),
      metric: 'accuracy',
    };
  }

  /** "3x throughput on 8 GPUs", "5times higher ..." without a change word: the measure improved. */
  private bareFactor(context: ParseContext, head: number, end: number): Reading | null {
    const { doc, quantity } = context;
    if (quantity.unit?.kind !== 'factor') return null;
    const text = doc.text;
    const measure = metricAt(text, head);
    if (!measure || measure.end > end) return null;
    return readingFrom(this.name, measure, 'other', {
      movement: 'better',
      relative: true,
      unit: 'x',
      evidence: spanOf(quantity.start, measure.end),
    });
  }
}

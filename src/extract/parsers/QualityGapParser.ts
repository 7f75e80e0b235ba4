/**
 * A quality gap written against a compared system with the measure implied or after it:
 * "at most 1.1% below full precision", "≤0.9% under the dense model", "loses at most 0.6 points"
 * (a drop in quality), and
 * "stays within 0.4 of the BF16 model's perplexity" (a bound, on the scale named after the system;
 * GapRefiner makes it one).
 */
import type { Parser, ParseContext, Reading, Span } from '../pipeline.js';
import { comparedPhraseAt } from '../refiners/comparisons.js';
import { metricAt, type MetricMatch } from '../vocabulary/metrics.js';
import { scaleOf } from '../vocabulary/scales.js';
import { clauseStart, metricBackward, spanOf } from './support.js';

/** "below full precision", "under the dense model": a position under a system of reference quality. */
const BELOW_REFERENCE =
  /^ (?:below|under|behind|short of|worse than) (?:that of )?(?:the |its |their |a )?(?=(?:full[- ]precision|dense|uncompressed|unpruned|unquantized|original|FP16|BF16|FP32|16-bit|full fine-tuning|full-parameter|full finetuning|teacher|baseline)\b)/i;
const LOSS_VERB_BEFORE = /\b(?:loses|lose|losing|lost|sacrifices|sacrificing|gives up|giving up|concedes|trails)(?: (?:only|just|at most|less than|under|about|roughly|around|no more than|up to|merely))* $/i;
/** " of the baseline to ", " of BF16 ": the system a measure is held to, before "within". */
const HELD_TO = /^ (?:of|to|with) (?:the )?(?<system>[\w.+-]+(?: [\w.+-]+){0,3}?) (?:to |at |all )?$/i;
const WITHIN_BEFORE = /\bwithin (?:about |roughly |only |just )?$/i;
/**
 * Between a quality value (or change) and a bound set beside it: its setting ("on MS MARCO Dev"),
 * what it was compared with ("than updating only the last layer"), an aside, then "," or "and".
 */
// (", and comes within", ", staying within": a verb of the bound may come first.)
const VALUE_TO_WITHIN = /^(?: (?:on|in|for|across|over|at|with|than|compared (?:to|with)) [^,;()]{1,60}?)?(?:\s?\([^()]{0,40}\))?(?:,| and|, and)?(?: (?:comes|coming|stays|staying|remains|remaining|is|lands|landing|falls|falling))? $/i;
/** " of full fine-tuning on a GPU": the system a value's gap is bounded against, to the end of its clause. */
const OF_SYSTEM = /^ of (?:the |an? )?(?<system>[^,;:()]{1,60}?)(?=[,;:(]|\.(?:\s|$)|$| (?:while|and|but|whereas|with)\b)/i;
/** "of the BF16 model's perplexity", "of the dense model in perplexity": the measure after the system. */
const OF_SYSTEM_MEASURE = /^ of (?:the )?(?<system>(?:[\w.+-]+ ){0,3}?[\w.+-]+)(?:['’]s | in (?:terms of )?)/i;

/** Where the "within" right before the number starts, or -1. */
function withinBefore({ doc, quantity, sentence }: ParseContext): number {
  const beforeStart = Math.max(sentence.start, quantity.start - 20);
  const within = WITHIN_BEFORE.exec(doc.text.slice(beforeStart, quantity.start));
  return within ? beforeStart + within.index : -1;
}

export class QualityGapParser implements Parser {
  readonly name = 'QualityGapParser';

  parse(context: ParseContext): Reading | null {
    const { doc, quantity, sentence } = context;
    const kind = quantity.unit?.kind;
    const text = doc.text;
    const after = text.slice(quantity.end, quantity.end + 60);
    if (kind === 'points') {
      // "loses at most 0.6 points relative to BF16": points a result gives up are a quality drop.
      const lossStart = Math.max(sentence.start, quantity.start - 40);
      const loss = LOSS_VERB_BEFORE.exec(text.slice(lossStart, quantity.start));
      if (loss) {
        return { parser: this.name, metric: 'accuracy', improves: 'up', movement: 'worse', relative: true, unit: 'pt', evidence: spanOf(lossStart + loss.index, quantity.end) };
      }
    }
    if (kind === 'percent' || kind === 'points') {
      const bounded = /^ of /.test(after) ? this.withinOfValue(context) : this.withinOfMeasure(context);
      if (bounded) return bounded;
    }
    // "Perplexity is 5.71, within 0.04 of the FP16 model": a bare bound on the scale of the value beside it.
    if (!quantity.unit && /^ of /.test(after)) {
      const bounded = this.withinOfValue(context);
      if (bounded) return bounded;
    }
    if (kind === 'percent' || kind === 'points') {
      const below = BELOW_REFERENCE.exec(after);
      if (!below) return null;
      const compared = comparedPhraseAt(text, quantity.end + below[0].length, sentence.end);
      if (!compared) return null;
      return {
        parser: this.name,
        metric: 'accuracy',
        improves: 'up',
        movement: 'worse',
        relative: true,
        unit: quantity.unit?.unit ?? '%',
        evidence: spanOf(quantity.start, compared.span.end),
        comparedObject: compared.span,
      };
    }
    const beforeStart = Math.max(sentence.start, quantity.start - 20);
    const within = quantity.unit ? null : WITHIN_BEFORE.exec(text.slice(beforeStart, quantity.start));
    if (!within) return null;
    const of = OF_SYSTEM_MEASURE.exec(after);
    const measure = of ? metricAt(text, quantity.end + of[0].length) : null;
    if (!of || !measure || measure.keyword.metric !== 'accuracy') return null;
    const scale = scaleOf(measure);
    const system = of.groups?.system ?? '';
    if (!scale || !system) return null;
    const systemStart = quantity.end + of[0].indexOf(system, 3);
    return this.bound(measure, scale.unit, spanOf(beforeStart + within.index, measure.end), { start: systemStart, end: systemStart + system.length });
  }
  /**
   * "preserves the loss curve of the baseline to within 0.5%": a quality measure named before,
   * with the system it is held to, bounds the gap (GapRefiner's bound: no direction, less than).
   */
  private withinOfMeasure(context: ParseContext): Reading | null {
    const { doc, quantity, sentence } = context;
    const text = doc.text;
    const withinStart = withinBefore(context);
    if (withinStart < 0) return null;
    const measure = metricBackward(text, clauseStart(text, sentence.start, withinStart), withinStart, 8);
    if (!measure || measure.keyword.metric !== 'accuracy') return null;
    const held = HELD_TO.exec(text.slice(measure.end, withinStart));
    const system = held?.groups?.system;
    if (!held || !system) return null;
    const systemStart = measure.end + held[0].indexOf(system, 3);
    return this.bound(measure, quantity.unit?.unit ?? '%', spanOf(measure.start, quantity.end), { start: systemStart, end: systemStart + system.length });
  }

  /**
   * "accuracy improves from 84.7% to 93.5%, within 0.6% of full fine-tuning": a bound set beside
   * a quality value read just before it is a bound on that value's gap to the system after "of".
   */
  private withinOfValue(context: ParseContext): Reading | null {
    const { doc, quantity, previous } = context;
    const last = previous[previous.length - 1];
    if (!last || last.metric !== 'accuracy') return null;
    // (A bare number bounds a value on a named scale only: a perplexity of 5.71, not "91.4%".)
    if (!quantity.unit && (last.unit === '%' || last.unit === 'pt' || last.reading.relative)) return null;
    const text = doc.text;
    const withinStart = withinBefore(context);
    if (withinStart < 0) return null;
    if (!VALUE_TO_WITHIN.test(text.slice(Math.max(last.evidence.end, last.quantity.end), withinStart))) return null;
    const of = OF_SYSTEM.exec(text.slice(quantity.end, context.sentence.end));
    const system = of?.groups?.system;
    if (!of || !system) return null;
    const systemStart = quantity.end + of[0].length - system.length;
    return {
      parser: this.name,
      metric: 'accuracy',
      improves: last.reading.improves ?? 'up',
      movement: null,
      relative: true,
      bound: true,
      unit: quantity.unit?.unit ?? last.unit,
      evidence: spanOf(withinStart, systemStart + system.length),
      comparedObject: { start: systemStart, end: systemStart + system.length },
    };
  }

  /** A bound on the gap to a compared system, on a quality measure: no direction, less than (GapRefiner). */
  private bound(measure: MetricMatch, unit: string, evidence: Span, system: Span): Reading {
    return {
      parser: this.name,
      metric: 'accuracy',
      improves: measure.keyword.improves,
      movement: null,
      relative: true,
      bound: true,
      unit,
      evidence,
      measure: { start: measure.start, end: measure.end },
      comparedObject: system,
    };
  }
}

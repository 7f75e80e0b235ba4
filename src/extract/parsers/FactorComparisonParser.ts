/**
 * Comparatives after a number: "2.4x smaller", "1.5x faster than MobileNetV2", "6x fewer
 * parameters", "1.4x higher throughput", "73% lower energy consumption", "10% more accurate",
 * "twice as fast as", "12.87x slower than PULP-OPEN" (the subject is then the baseline),
 * "2.3 points better perplexity", "0.6 top-1 accuracy better than".
 */
import type { Parser, ParseContext, Reading } from '../pipeline.js';
import { comparativeAt } from '../vocabulary/directions.js';
import { metricAt } from '../vocabulary/metrics.js';
import { clauseEnd, headStart, metricForward, readingFrom, skipSpace, spanOf, subjectMetricBefore, windowsOf } from './support.js';

export class FactorComparisonParser implements Parser {
  readonly name = 'FactorComparisonParser';

  parse(context: ParseContext): Reading | null {
    const { doc, quantity, sentence } = context;
    const text = doc.text;
    const head = skipSpace(text, headStart(context));
    const end = clauseEnd(text, sentence.end, head);
    let comparative = comparativeAt(text, head);
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
    if (kind !== 'factor' && kind !== 'percent' && kind !== 'points' && kind !== undefined) return null;
    const word = comparative.entry;
    const measure = leadingMeasure ?? metricForward(text, comparative.end, end, 4);
    let chosen = measure;
    if (!chosen && (!word.implies || word.implies === 'size')) {
      const w = windowsOf(context);
      const subject = subjectMetricBefore(text, w.leftStart, context.group.start);
      if (subject && (!word.implies || ['memory', 'compute', 'size'].includes(subject.keyword.metric))) chosen = subject;
    }
    if (!chosen && !word.implies) {
      // "more efficient in terms of compute", "less efficient in ... compute".
      const terms = /^ in terms of (?:the )?/.exec(text.slice(comparative.end, comparative.end + 20));
      if (terms) chosen = metricAt(text, comparative.end + terms[0].length);
    }
    if (!chosen && !word.implies) return null;
    const unit = quantity.unit?.unit ?? 'pt';
    if (!quantity.unit && (chosen?.keyword.metric ?? word.implies) !== 'accuracy') return null;
    const evidenceEnd = Math.max(comparative.end, measure?.end ?? 0);
    const inverted = word.movement === 'worse' && (word.implies === 'speedup' || word.implies === 'energy' || /efficient/i.test(comparative.text));
    const reading = readingFrom(this.name, chosen, word.implies ?? 'other', {
      movement: inverted ? 'better' : word.movement,
      relative: true,
      unit,
      evidence: spanOf(quantity.start, evidenceEnd),
    });
    // "faster" states a speedup whatever the clause's subject measure is.
    const forced = word.implies === 'speedup' && !measure ? { metric: 'speedup' as const, improves: 'up' as const, timeLike: false } : {};
    return { ...reading, ...forced, ...(inverted ? { inverted: true } : {}) };
  }
}

/**
 * A verb of change right before the number, the measure after it: "reducing 88% inference
 * FLOPs", "saves 86.8% GPU memory", "reduce 95% energy cost", "reducing approximately 2x memory
 * usage", and the elliptical "... and 80% energy cost of dot products"; and quality given up or
 * won ("losing only 0.4 AP").
 */
import type { Parser, ParseContext, Reading } from '../pipeline.js';
import { verbAt } from '../vocabulary/directions.js';
import { qualifierBefore } from '../vocabulary/qualifiers.js';
import { workUnitAfter } from '../vocabulary/work-units.js';
import { ADDITION_WORDS, clauseEnd, headStart, metricForward, OVER_SYSTEM_AFTER, readingFrom, skipSpace, lastTokens, spanOf, windowsOf } from './support.js';

const PASS_OF: ReadonlySet<string> = new Set(['of']);
const GAIN_BEFORE = /(?:^|\s)gain(?:s|ed|ing)? $/i;
/** A verb that gives up or wins quality, right before its amount ("losing only 0.4 AP"). */
const QUALITY_VERB_BEFORE = /(?:^|\s)(?:los(?:e|es|ing|t)|sacrific(?:e|es|ing|ed)|gain(?:s|ing|ed)?|wins?|winning|won|recover(?:s|ing|ed)?|regain(?:s|ing|ed)?)(?: (?:only|just|merely|about|roughly|around|approximately|nearly|almost|up to|less than|under|at most))? $/i;

const FURTHER_BEFORE = new RegExp(`\\s(?:${ADDITION_WORDS})\\s*$`, 'i');

export class VerbObjectParser implements Parser {
  readonly name = 'VerbObjectParser';

  parse(context: ParseContext): Reading | null {
    const { doc, quantity, sentence } = context;
    const kind = quantity.unit?.kind;
    if (kind === 'quality' || kind === 'points') return this.qualityGiven(context);
    if (kind !== 'factor' && kind !== 'percent') return null;
    const text = doc.text;
    const w = windowsOf(context);
    // The left window without a trailing qualifier ("reduces on average 84%").
    let leftEnd = context.group.start;
    const qualifier = qualifierBefore(w.left);
    if (qualifier) leftEnd = w.leftStart + qualifier.offset;
    // ("saves a further 9% energy", "cuts another 12% of memory": a word of addition stands between.)
    const further = FURTHER_BEFORE.exec(text.slice(Math.max(w.leftStart, leftEnd - 16), leftEnd));
    if (further) leftEnd -= further[0].length;
    const last = lastTokens(text, w.leftStart, leftEnd, 40, 2);
    let verb = null;
    for (const token of last.reverse()) {
      verb = verbAt(text, token.start);
      if (verb && verb.end >= leftEnd - 1) break;
      verb = null;
    }
    let movement = verb?.entry.movement ?? null;
    // "gains 22% throughput over SGLang": "gain" is a verb of change only right before its amount
    // (elsewhere it is the noun of "speed gains", and the change vocabulary keeps it so).
    const gain = verb ? null : GAIN_BEFORE.exec(text.slice(Math.max(w.leftStart, leftEnd - 10), leftEnd));
    const gainStart = gain ? leftEnd - gain[0].length + (gain[0].length - gain[0].trimStart().length) : null;
    if (gain) movement = 'better';
    if (!verb && !gain) {
      const previous = context.previous[context.previous.length - 1];
      const gap = previous ? text.slice(previous.evidence.end, w.leftStart + w.left.length) : '';
      if (!previous || previous.reading.parser !== this.name || !/^[ ,]*(?:and|,)[ ]*$/i.test(gap.slice(gap.lastIndexOf(' ', gap.length - 5)))) {
        return null;
      }
      movement = previous.reading.movement;
    }
    if (verb?.entry.comparesObject) return null;
    const head = skipSpace(text, headStart(context));
    const end = clauseEnd(text, sentence.end, head);
    const measure = metricForward(text, head, end, 5, PASS_OF);
    if (!measure) {
      // "the forward pass is 1.35x faster than X ..., and the backward pass gains 22% over X": a
      // gain over a system that names no measure is one of the speed the sentence has compared.
      if (gainStart !== null && OVER_SYSTEM_AFTER.test(text.slice(quantity.end, quantity.end + 20)) && context.previous.some((c) => c.metric === 'speedup' && c.reading.relative)) {
        return { parser: this.name, metric: 'speedup', improves: 'up', movement: 'better', relative: true, unit: quantity.unit?.unit ?? 'x', evidence: spanOf(gainStart, quantity.end) };
      }
      // "removes up to 55% of tokens per layer", "skips 61% of layers": a share of the work removed.
      const work = verb && movement === 'down' && kind === 'percent' ? workUnitAfter(text, quantity.end) : null;
      if (!work || !verb) return null;
      return {
        parser: this.name,
        metric: work.metric,
        improves: 'down',
        movement: 'down',
        relative: true,
        unit: '%',
        evidence: spanOf(verb.start, work.end),
      };
    }
    return {
      ...readingFrom(this.name, measure, 'other', {
        movement,
        relative: true,
        unit: quantity.unit?.unit ?? 'x',
        evidence: spanOf(verb ? verb.start : (gainStart ?? quantity.start), measure.end),
      }),
      ...(verb?.entry.implies === 'speedup' ? { metric: 'speedup' as const } : {}),
    };
  }

  /** "losing only 0.4 AP", "gaining 1.2 points": a quality given up or won is a change of it. */
  private qualityGiven(context: ParseContext): Reading | null {
    const w = windowsOf(context);
    const verb = QUALITY_VERB_BEFORE.exec(w.left);
    if (!verb) return null;
    const start = w.leftStart + verb.index + (verb[0].length - verb[0].trimStart().length);
    return {
      parser: this.name,
      metric: 'accuracy',
      improves: 'up',
      movement: /^(?:gain|win|won|recover|regain)/i.test(verb[0].trimStart()) ? 'up' : 'down',
      relative: true,
      unit: context.quantity.unit?.unit ?? 'pt',
      evidence: spanOf(start, context.quantity.end),
    };
  }
}

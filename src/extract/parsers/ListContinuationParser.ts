/**
 * A number that continues the list of the claim before it and names nothing itself:
 * "11x inference speedup on GPT and 16x on LLAMA", "3.7x over a DGX H100 and 6.6x over a DGX
 * A100", "by 51% over SOTA prefix-caching and 75% over full recomputation".
 */
import type { Parser, ParseContext, Reading, Span } from '../pipeline.js';
import { clauseEnd, metricForward, readingFrom, spanOf } from './support.js';
import { metricAt } from '../vocabulary/metrics.js';
import { NAMED_SCALES } from '../vocabulary/scales.js';

const SCALE_UNITS: ReadonlySet<string> = new Set([...NAMED_SCALES.values()].map((scale) => scale.unit));

// ("by 3.05x on average (up to 3.8x)", "by 1.6~4.1x (2.9x on average)": a number in parentheses continues the claim too.)
const CONTINUES = /(?:(?:,? (?:and|while|but|or)|,)(?: (?:a|an|the))?(?: (?:up to|about|around|roughly|nearly|almost|over|more than|at least|as much as|~))?| \((?:up to|at most|as much as|peaking at|and up to)?) ?$/i;
const OWN_TAIL = /^ (?:on|over|for|with|in|at|against|compared to|than|when|under|across) [^,;]{1,60}/i;
const WHOLE_TAIL = /^ (?:on|over|for|with|in|at|against|compared to|than|when|under|across) [^,;]{1,90}$/i;

export class ListContinuationParser implements Parser {
  readonly name = 'ListContinuationParser';

  parse(context: ParseContext): Reading | null {
    const paired = this.respectiveOf(context) ?? this.changeAsFactor(context);
    if (paired) return paired;
    const { doc, quantity, sentence, previous } = context;
    // "an R^2 of 0.98 for runtime (mean error 15%) and 0.78 for power": a bare value continues the
    // last bare value on a named scale, past asides in parentheses.
    const last = quantity.unit ? previous[previous.length - 1] : [...previous].reverse().find((c) => c.quantity.unit === null && SCALE_UNITS.has(c.unit));
    if (!last) return null;
    if (quantity.unit) {
      const kind = quantity.unit.kind;
      const lastKind = last.quantity.unit?.kind;
      if (kind !== lastKind && !(kind === 'factor' || kind === 'percent') !== !(lastKind === 'factor' || lastKind === 'percent')) return null;
    }
    const text = doc.text;
    const gapStart = Math.max(last.evidence.end, last.quantity.end);
    const gap = text.slice(gapStart, quantity.start);
    // The previous claim's own tail ("on GPT", "over SOTA prefix-caching") may sit in the gap.
    const continues = CONTINUES.exec(gap);
    if (!continues) return null;
    const tail = gap.slice(0, continues.index);
    if (tail.length > 0 && !WHOLE_TAIL.test(tail)) return null;
    const end = clauseEnd(text, sentence.end, quantity.end);
    if (metricForward(text, quantity.end, end, 2)) return null;
    const tailMatch = OWN_TAIL.exec(text.slice(quantity.end, end));
    return this.continuing(last.reading, quantity.unit?.unit ?? last.unit, spanOf(quantity.start, quantity.end + (tailMatch ? tailMatch[0].trimEnd().replace(/\.$/, '').length : 0)));
  }

  /**
   * "wall-clock time falls from 31 min to 11.7 min on 8 GPUs (2.65x)": a bare factor in
   * parentheses after a change "from A to B" states the change as a ratio, a gain of the measure
   * that changed (a speedup when it is a time, Decision 1).
   */
  private changeAsFactor(context: ParseContext): Reading | null {
    const { doc, quantity, previous } = context;
    if (quantity.unit?.kind !== 'factor') return null;
    const last = previous[previous.length - 1];
    if (!last || last.reading.parser !== 'ChangeEndParser' || !last.reading.measure) return null;
    const text = doc.text;
    if (!CHANGE_FACTOR_GAP.test(text.slice(last.quantity.end, quantity.start)) || text[quantity.end] !== ')') return null;
    const measure = metricAt(text, last.reading.measure.start);
    if (!measure) return null;
    return readingFrom(this.name, measure, 'other', { movement: 'better', relative: true, unit: quantity.unit.unit, evidence: spanOf(last.evidence.start, quantity.end + 1) });
  }

  /** The reading of the claim a number continues, as this number's: its own unit and evidence, no list, compared object or qualifier. */
  private continuing(reading: Reading, unit: string, evidence: Span): Reading {
    return { ...reading, parser: this.name, unit, evidence, metricList: undefined, comparedObject: undefined, qualifier: null } as Reading;
  }

  /**
   * "a 1.61x runtime improvement and 37% energy reduction ..., while the native FPU support
   * reaches up to 32.09x and 99%, respectively": a list of bare numbers that "respectively" pairs
   * with the list of claims before it, number for number, when their kinds match in order.
   */
  private respectiveOf(context: ParseContext): Reading | null {
    const { doc, quantity, group, position, previous } = context;
    const size = group.members.length;
    if (size < 2 || !quantity.unit || !RESPECTIVELY_AFTER.test(doc.text.slice(group.end, group.end + 16))) return null;
    const before = previous.filter((c) => c.group !== group);
    const pairs = before.slice(-size);
    if (pairs.length !== size) return null;
    for (let i = 0; i < size; i++) {
      if (pairs[i]?.quantity.unit?.kind !== group.members[i]?.unit?.kind) return null;
    }
    const pair = pairs[position] as (typeof pairs)[number];
    return this.continuing(pair.reading, quantity.unit.unit, spanOf(quantity.start, quantity.end));
  }
}

const RESPECTIVELY_AFTER = /^,? respectively\b/i;
/** Between the end of a change and its ratio: the change's own setting, then an opening parenthesis. */
const CHANGE_FACTOR_GAP = /^(?: (?:on|with|for|at|in|across|using|under) [^,;()]{1,40})? \((?:about |roughly |~ ?)?$/i;

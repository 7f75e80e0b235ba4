/**
 * A signed change in parentheses after a quality value or measure: "78.9% top-1 accuracy (−0.9%
 * vs. the dense baseline)", "improving accuracy (+0.8% absolute)", "perplexity (-0.3 PPL)", or set
 * beside it after a comma with what it is over ("64.2% top-1 accuracy ..., +1.7% over MCUNet"). The
 * sign says which way the quality moved (direction by the physical quantity, Decision 1); the
 * value or measure before the parenthesis says what moved.
 */
import type { Parser, ParseContext, Reading } from '../pipeline.js';
import { comparedPhraseAt } from '../refiners/comparisons.js';
import { metricBackward, spanOf } from './support.js';

/** "(-" or "( +" right before the number: the sign and the parenthesis that opens the aside. */
const SIGN_IN_PARENTHESES = /\(\s?([+-])\s?$/;
/** " vs. the dense baseline", " over FP16": what the change is measured against, in the aside. */
/** ", +" right before the number: a signed change set beside a value. */
const SIGN_AFTER_COMMA = /,\s([+-])\s?$/;
const AGAINST_AFTER = /^ (?:vs\.?|versus|over|than|compared (?:to|with)|relative to|against|w\.r\.t\.?) /i;

export class SignedDeltaParser implements Parser {
  readonly name = 'SignedDeltaParser';

  parse(context: ParseContext): Reading | null {
    const { doc, quantity, sentence, previous } = context;
    const kind = quantity.unit?.kind;
    if (kind !== 'percent' && kind !== 'points' && kind !== 'quality') return null;
    const text = doc.text;
    const before = text.slice(Math.max(sentence.start, quantity.start - 4), quantity.start);
    // "(+0.8%)", or set beside a value after a comma with what it is over: ", +1.7% over MCUNet".
    const signed = SIGN_IN_PARENTHESES.exec(before) ?? (AGAINST_AFTER.test(text.slice(quantity.end, quantity.end + 24)) ? SIGN_AFTER_COMMA.exec(before) : null);
    if (!signed) return null;
    const open = quantity.start - signed[0].length;
    const parenthesized = signed[0].startsWith('(');
    // What moved: the quality value right before the aside, else a quality measure named there.
    const last = previous[previous.length - 1];
    const gap = last ? text.slice(Math.max(last.evidence.end, last.quantity.end), open) : '';
    const afterValue = last !== undefined && last.metric === 'accuracy' && !last.reading.relative && (parenthesized ? /^\s?(?:[\w-]+\s){0,3}$/ : /^[^;.]{0,60}$/).test(gap);
    const measure = afterValue ? null : metricBackward(text, Math.max(sentence.start, open - 48), open, 2);
    if (!afterValue && measure?.keyword.metric !== 'accuracy') return null;
    const against = AGAINST_AFTER.exec(text.slice(quantity.end, quantity.end + 24));
    const compared = against ? comparedPhraseAt(text, quantity.end + against[0].length, sentence.end) : null;
    return {
      parser: this.name,
      metric: 'accuracy',
      improves: measure?.keyword.improves ?? last?.reading.improves ?? 'up',
      movement: signed[1] === '+' ? 'up' : 'down',
      relative: true,
      unit: quantity.unit?.unit ?? '%',
      evidence: spanOf(open + signed[0].indexOf(signed[1] as string), compared ? compared.span.end : quantity.end),
      ...(compared ? { comparedObject: compared.span } : {}),
      ...(measure ? { measure: { start: measure.start, end: measure.end } } : {}),
    };
  }
}

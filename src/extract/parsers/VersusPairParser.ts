/**
 * "71.2% vs. 71.8% for full fine-tuning": a percent set against the compared system's own
 * percent is the paper's task quality (accuracy), an absolute value with no baseline (CLAIMS.md:
 * absolute results carry no comparison; the compared percent is not a claim). A clause that names another measure is read before.
 */
import type { Parser, ParseContext, Reading } from '../pipeline.js';
import { comparedPhraseAt } from '../refiners/comparisons.js';
import { metricBackward, spanOf, unnamedQualityReading, windowsOf } from './support.js';

/** " vs. 71.8% for": the compared percent, then what it was measured for. */
const VERSUS_PERCENT_FOR = /^ (?:vs\.?|versus) (?:only |just )?\d+(?:\.\d+)?\s?\\?% (?:for|of|by|with|from) /i;

export class VersusPairParser implements Parser {
  readonly name = 'VersusPairParser';

  parse(context: ParseContext): Reading | null {
    const { doc, quantity, sentence } = context;
    if (quantity.unit?.kind !== 'percent') return null;
    const text = doc.text;
    const versus = VERSUS_PERCENT_FOR.exec(text.slice(quantity.end, quantity.end + 40));
    if (!versus) return null;
    const w = windowsOf(context);
    const named = metricBackward(text, w.leftStart, context.group.start, 6);
    if (named && named.keyword.metric !== 'accuracy') return null;
    const compared = comparedPhraseAt(text, quantity.end + versus[0].length, sentence.end);
    if (!compared) return null;
    return unnamedQualityReading(this.name, spanOf(quantity.start, compared.span.end));
  }
}

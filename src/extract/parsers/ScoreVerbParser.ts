/**
 * A percent a model reaches, with no measure named: "the student reaches 41.2%", "it scores
 * 68.9% on MMLU", "achieving 40.1% on SWE-bench". What a model reaches or scores, unnamed, is
 * its task quality (accuracy); a clause that names another measure is read by the parsers before.
 */
import type { Parser, ParseContext, Reading } from '../pipeline.js';
import { qualifierBefore } from '../vocabulary/qualifiers.js';
import { clauseEnd, metricBackward, metricForward, spanOf, unnamedQualityReading, windowsOf } from './support.js';

const SCORE_VERB_BEFORE = /\b(?:reach|reaches|reached|reaching|achieve|achieves|achieved|achieving|attain|attains|attained|attaining|score|scores|scored|scoring|obtain|obtains|obtained|obtaining|hits?|hitting) ?$/i;
/** What may follow the percent: the clause ends, or the task it was measured on. */
const TASK_AFTER = /^(?:$|[,;.)]| (?:on|in|for|across|over|at|with|while|and|using|under|when|versus|vs)\b)/i;

export class ScoreVerbParser implements Parser {
  readonly name = 'ScoreVerbParser';

  parse(context: ParseContext): Reading | null {
    const { doc, quantity, sentence } = context;
    if (quantity.unit?.kind !== 'percent' || context.group.members.length > 1) return null;
    const text = doc.text;
    const w = windowsOf(context);
    const qualifier = qualifierBefore(w.left);
    const leftEnd = qualifier ? w.leftStart + qualifier.offset : context.group.start;
    const verb = SCORE_VERB_BEFORE.exec(text.slice(Math.max(w.leftStart, leftEnd - 16), leftEnd));
    if (!verb) return null;
    const verbStart = leftEnd - verb[0].length;
    if (!TASK_AFTER.test(text.slice(quantity.end, quantity.end + 12))) return null;
    // Another measure named in the clause, before the verb or right after the number, is what was reached.
    const named = metricBackward(text, w.leftStart, verbStart, 6);
    if (named && named.keyword.metric !== 'accuracy') return null;
    if (metricForward(text, quantity.end, clauseEnd(text, sentence.end, quantity.end), 3)) return null;
    return unnamedQualityReading(this.name, spanOf(verbStart, quantity.end));
  }
}

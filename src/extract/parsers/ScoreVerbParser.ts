/**
 * A percent a model reaches, with no measure named: "the student reaches 41.2%", "it scores
 * 68.9% on MMLU", "achieving 40.1% on SWE-bench". What a model reaches or scores, unnamed, is
 * its task quality (accuracy); a clause that names another measure is read by the parsers before.
 */
import type { Parser, ParseContext, Reading } from '../pipeline.js';
import { qualifierBefore } from '../vocabulary/qualifiers.js';
import { clauseEnd, clauseStart, metricBackward, metricForward, spanOf, unnamedQualityReading, windowsOf } from './support.js';

const SCORE_VERB_BEFORE = /\b(?:reach|reaches|reached|reaching|achieve|achieves|achieved|achieving|attain|attains|attained|attaining|score|scores|scored|scoring|obtain|obtains|obtained|obtaining|hits?|hitting) ?$/i;
/** What may follow the percent: the clause ends, or the task it was measured on. */
const TASK_AFTER = /^(?:$|[,;.)]| (?:on|in|for|across|over|at|with|while|and|using|under|when|versus|vs)\b)/i;

export class ScoreVerbParser implements Parser {
  readonly name = 'ScoreVerbParser';

  parse(context: ParseContext): Reading | null {
    const { doc, quantity, sentence } = context;
    if (!quantity.unit && context.group.members.length === 1) return this.benchmarkScore(context);
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
    // (Within the clause: "... on the same data, and our model reaches 63.8%" names no measure.)
    const named = metricBackward(text, Math.max(w.leftStart, text.lastIndexOf(',', verbStart) + 1), verbStart, 6);
    if (named && named.keyword.metric !== 'accuracy') return null;
    if (metricForward(text, quantity.end, clauseEnd(text, sentence.end, quantity.end), 3)) return null;
    return unnamedQualityReading(this.name, spanOf(verbStart, quantity.end));
  }

  /**
   * "On the GLUE benchmark, ShareLoRA scores 89.1 on average", "on RULER ... X scores 88.7": a
   * bare score on a named benchmark is task quality, the benchmark its scale.
   */
  private benchmarkScore(context: ParseContext): Reading | null {
    const { doc, quantity, sentence } = context;
    if (quantity.value > 100) return null;
    const text = doc.text;
    // "a 6.9 MT-Bench score": a score its benchmark names right after it, no verb needed.
    const named = NAMED_SCORE_AFTER.exec(text.slice(quantity.end, quantity.end + 40));
    if (named?.groups?.name) {
      return { parser: this.name, metric: 'accuracy', improves: 'up', movement: null, relative: false, unit: named.groups.name, evidence: spanOf(quantity.start, quantity.end + named[0].length) };
    }
    const verb = SCORES_BEFORE.exec(text.slice(Math.max(sentence.start, quantity.start - 12), quantity.start));
    if (!verb) return null;
    const verbStart = quantity.start - verb[0].length;
    const after = BENCHMARK_AFTER.exec(text.slice(quantity.end, quantity.end + 40));
    const before = after ? null : lastBenchmark(text.slice(clauseStart(text, sentence.start, verbStart), verbStart));
    const benchmark = after?.groups?.name ?? before;
    if (!benchmark) return null;
    return { parser: this.name, metric: 'accuracy', improves: 'up', movement: null, relative: false, unit: benchmark, evidence: spanOf(verbStart, quantity.end) };
  }
}

/** "scores 89.1": only this verb says a bare number is a score. */
const SCORES_BEFORE = /\b(?:scores|scored|scoring) $/i;
/** " on MT-Bench", " on the GLUE benchmark": the benchmark right after the score. */
/** A benchmark's name: capitals or digits after its first letter ("GLUE", "MT-Bench", "RULER"). */
const BENCHMARK_NAME = '[A-Z][A-Za-z0-9.+-]*[A-Z0-9][A-Za-z0-9.+-]*';
const BENCHMARK_AFTER = new RegExp(`^ on (?:the )?(?<name>${BENCHMARK_NAME})\\b`);
const BENCHMARK_BEFORE = new RegExp(`\\b[Oo]n (?:the )?(${BENCHMARK_NAME})\\b`, 'g');
const NAMED_SCORE_AFTER = new RegExp(`^ (?<name>${BENCHMARK_NAME}) scores?\\b`);

/** The last benchmark an "on NAME" names in the words before the score ("On the GLUE benchmark with RoBERTa-large, X scores"). */
function lastBenchmark(words: string): string | null {
  let name: string | null = null;
  BENCHMARK_BEFORE.lastIndex = 0;
  for (let m = BENCHMARK_BEFORE.exec(words); m !== null; m = BENCHMARK_BEFORE.exec(words)) name = m[1] ?? null;
  return name;
}

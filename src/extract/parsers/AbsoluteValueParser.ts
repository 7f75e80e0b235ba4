/**
 * A number with a physical unit, or a percent followed by its measure: "79ms latency",
 * "30 tokens/s", "5.7M parameters", "156 TFLOPS", "30 TPU-hours", "in less than 4 hours",
 * "74.96% top-1 accuracy", "2.08% test error", "72% model FLOPs utilization", "61.7 AP50".
 */
import type { Parser, ParseContext, Reading } from '../pipeline.js';
import { metricAt, type MetricMatch } from '../vocabulary/metrics.js';
import { absoluteMetric, isJobContext } from './absolute-metric.js';
import { ACCEPTED_LENGTH_BEFORE, TOKENS_PER_STEP_AFTER } from '../vocabulary/units.js';
import { clauseEnd, headStart, metricBackward, metricForward, skipSpace, spanOf, windowsOf } from './support.js';

const PASS_OF: ReadonlySet<string> = new Set(['of']);
const WITHIN_BEFORE = /\bwithin (?:only |just |about |roughly )?$/i;
const MATCHING_BEFORE = /\bmatch(?:es|ing|ed)? (?!(?:the |its )?(?:speed|latency|throughput|memory|energy|cost|performance of)\b)[^,;.]{1,60} within (?:only |just |about |roughly )?$/i;
const MODEL_TO_BEFORE = /\b(?:shrink|compress|quantiz|reduc|prun|distill|squeez)\w* (?:(?:the |our |a |an )?(?:[\w-]+ ){0,2}(?:model|network|detector|classifier|encoder|decoder|backbone|student|checkpoint|LLM|transformer)s?|[A-Z][A-Za-z]*(?:-[\w.]+)+) (?:to|into|down to) (?:about |only |just |roughly |under |below |less than )?$/i;

/** "the complete model occupies 43 KB", "its weights occupy 7.6 MB": what a model takes to store is its size. */
const MODEL_OCCUPIES_BEFORE = /\b(?:model|network|detector|classifier|encoder|backbone|student|checkpoint|LLM|weights|adapters?)s?\s+(?:that\s+|which\s+)?(?:now\s+|only\s+|then\s+)?(?:occupies|occupy|occupying|takes up|take up|weighs|weigh|weighing)\s+(?:only |just |about |roughly |under |less than |a mere )?$/i;

/** "produces a 22.7 MB model", "a 4 GB checkpoint": bytes written as a model's adjective are its size. */
const SIZED_MODEL_AFTER = /^[ -](?:[a-z][\w-]* )?(?:model|network|checkpoint|detector|classifier|encoder|decoder|student)s?\b/i;

/** A verb of saving right before an amount: "saved", "would save roughly", "frees up". */
const SAVED_BEFORE = /\b(?:saves?|saved|saving|frees?(?: up)?|freed(?: up)?|freeing(?: up)?)(?: (?:about|around|roughly|approximately|nearly|almost|over|more than|up to|an estimated|a total of|~))* ?$/i;

export class AbsoluteValueParser implements Parser {
  readonly name = 'AbsoluteValueParser';

  parse(context: ParseContext): Reading | null {
    const { doc, quantity, sentence } = context;
    const unit = quantity.unit;
    if (!unit) return null;
    const text = doc.text;
    const head = skipSpace(text, headStart(context));
    const end = clauseEnd(text, sentence.end, head);
    let measure: MetricMatch | null = metricAt(text, head) ?? metricForward(text, head, end, 3, PASS_OF);
    const within = !measure && WITHIN_BEFORE.test(text.slice(Math.max(sentence.start, quantity.start - 16), quantity.start));
    // "scores 68.9%, within 0.4 points of 4-bit QLoRA": points are a quality difference; so is a
    // percent a result matches another within ("matching dense training within 0.1%").
    if (within && (unit.kind === 'points' || (unit.kind === 'percent' && MATCHING_BEFORE.test(text.slice(Math.max(sentence.start, quantity.start - 80), quantity.start))))) {
      return { parser: this.name, metric: 'accuracy', improves: 'up', movement: null, relative: false, unit: unit.unit, evidence: spanOf(quantity.start, quantity.end) };
    }
    if (unit.kind === 'percent' || unit.kind === 'points') {
      // "1% of salient weights" selects weights; weights are measured by what they take to store.
      if (!measure || /^weights$/i.test(measure.text)) return null;
      const metric = absoluteMetric(unit.kind, measure);
      if (!metric) return null;
      if (unit.kind === 'points') {
        // Points are differences: "at a cost of 2.8 points of accuracy" is a drop.
        const w = windowsOf(context);
        // ("costs only 1.2 accuracy points", "costs less than two points on MMBench": what a result costs.)
        const movement = /\b(?:cost|loss|drop|degradation|decrease|penalty|gap)\b(?: of)? ?$|\bcost(?:s|ing)?(?: only| just| merely| at most| about| roughly)? ?$/i.test(w.left.slice(-30))
          ? ('down' as const)
          : /\b(?:gain|improvement|increase|boost)\b(?: of)? ?$/i.test(w.left.slice(-30)) ? ('up' as const) : null;
        return {
          parser: this.name,
          metric,
          improves: measure.keyword.improves,
          movement,
          relative: movement !== null,
          unit: unit.unit,
          evidence: spanOf(quantity.start, measure.end),
          measure: { start: measure.start, end: measure.end },
        };
      }
      return {
        parser: this.name,
        metric,
        improves: measure.keyword.improves,
        movement: null,
        relative: false,
        unit: unit.unit,
        evidence: spanOf(quantity.start, measure.end),
        measure: { start: measure.start, end: measure.end },
      };
    }
    if (unit.kind === 'tokens') {
      const perStep = TOKENS_PER_STEP_AFTER.exec(text.slice(quantity.end, quantity.end + 40));
      // "the mean acceptance length is 3.4 tokens": the tokens a draft gets accepted, per step.
      const accepted = perStep ? null : ACCEPTED_LENGTH_BEFORE.exec(text.slice(Math.max(sentence.start, quantity.start - 50), quantity.start));
      if (accepted) return { parser: this.name, metric: 'other', improves: 'up', movement: null, relative: false, unit: 'tokens', evidence: spanOf(quantity.start - accepted[0].length, quantity.end) };
      if (!perStep) return null;
      return { parser: this.name, metric: 'other', improves: 'up', movement: null, relative: false, unit: 'tokens/step', evidence: spanOf(quantity.start, quantity.end + perStep[0].length) };
    }
    if (unit.kind === 'factor' || unit.kind === 'bits' || unit.kind === 'outside') return null;
    if (!measure) {
      const w = windowsOf(context);
      measure = metricBackward(text, w.leftStart, context.group.start, 3);
    }
    const around = text.slice(Math.max(context.sentence.start, quantity.start - 40), Math.min(context.sentence.end, quantity.end + 30));
    // "shrinks the model to 19 MB": bytes a compressed model is brought to are its size.
    const left = windowsOf(context).left;
    const modelTo = unit.kind === 'memory' && !measure && (MODEL_TO_BEFORE.test(left.slice(-80)) || MODEL_OCCUPIES_BEFORE.test(left.slice(-60)) || SIZED_MODEL_AFTER.test(text.slice(quantity.end, quantity.end + 30)));
    const metric = modelTo ? 'size' : absoluteMetric(unit.kind, measure, unit.unit, isJobContext(around), quantity.value);
    if (!metric) return null;
    const evidenceEnd = measure && measure.start >= quantity.end && measure.start - quantity.end < 16 ? measure.end : quantity.end;
    const saving = SAVED_BEFORE.exec(left.slice(-40));
    // (The verb stands before a list's first value: "saves roughly 1.2 GWh, or $156,000".)
    const savedFrom = saving && quantity.start === context.group.start ? quantity.start - saving[0].length : quantity.start;
    const evidenceStart = measure && measure.end <= quantity.start && quantity.start - measure.end < 16 ? measure.start : savedFrom;
    return {
      parser: this.name,
      metric,
      improves: null,
      // "saved 1.9 MWh", "would save roughly 380,000 GPU-hours": an amount saved moves its measure down.
      ...(saving ? { movement: 'down' as const, delta: true } : { movement: null }),
      relative: false,
      unit: unit.unit,
      evidence: spanOf(evidenceStart, evidenceEnd),
      ...(measure ? { measure: { start: measure.start, end: measure.end } } : {}),
    };
  }
}

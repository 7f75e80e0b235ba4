/**
 * The end of a change "from A to B" (Decision 10): an absolute result B, direction null, of the
 * measure named before "from" ("raises MFU from 38.0% to 49.5%", "P99 latency fell from 30 ms to
 * 19 ms", "accuracy improves from 81.2% to 90.4%", "the supported context grows from 128K to 0.9M
 * tokens", "the mean accepted length from 3.1 to 4.4 tokens per step"). The start A is dropped
 * when the number is recognized.
 */
import type { Metric } from '../types.js';
import type { Parser, ParseContext, Reading } from '../pipeline.js';
import type { MetricMatch } from '../vocabulary/metrics.js';
import { scaleOf } from '../vocabulary/scales.js';
import { absoluteMetric, isJobContext } from './absolute-metric.js';
import { absoluteReading, metricBackward, spanOf, windowsOf } from './support.js';

/** Token counts per something: "4.4 tokens per step". */
const PER_AFTER = /^ per (?<what>[a-z][a-z-]*)(?: (?:verification |decoding )?step)?/i;
/** A context that grows in tokens is the memory the work can hold. */
const CONTEXT_WORDS = /\bcontext\b/i;
/**
 * A setting swept in an experiment: "increasing the prefix length from ...", "as the context grows
 * from ...", "across prompt lengths from 128 to 8,192 tokens".
 */
const SWEEP_BEFORE = /(?:(?:^|[,;:] |\b(?:when|as|while|if|with|by) )\w+ing|\b(?:when|as|while|if) (?:the )?[\w-]+(?: [\w-]+)? (?:grows|increases|rises|goes))\b[^,;]{0,60}$|\b(?:across|over|for|spanning|covering|with|at|on) (?:[\w-]+ ){0,3}(?:lengths?|sizes?)$/i;

const MODEL_COMPRESSED_BEFORE = /\b(?:compress|shrink|quantiz|prun|distill|squeez)\w* (?:the |our |a |an )?(?:[\w-]+ ){0,2}?(?:models?|networks?|checkpoints?|LLMs?|transformers?|[A-Z][A-Za-z]*(?:-[\w.]+)+)$/;

export class ChangeEndParser implements Parser {
  readonly name = 'ChangeEndParser';

  parse(context: ParseContext): Reading | null {
    const { doc, quantity, sentence } = context;
    if (quantity.form !== 'change-end') return null;
    const text = doc.text;
    const w = windowsOf(context);
    // The measure stands before the "from" that opens the change.
    const fromAt = w.left.toLowerCase().lastIndexOf(' from ');
    if (fromAt < 0) return null;
    const fromStart = w.leftStart + fromAt;
    const measure = metricBackward(text, w.leftStart, fromStart, 6);
    const kind = quantity.unit?.kind;
    let unit = quantity.unit?.unit ?? null;
    let end = quantity.end;
    let start = measure ? measure.start : quantity.start;
    let metric: Metric | null;
    if (!quantity.unit) {
      const scale = measure ? scaleOf(measure) : null;
      if (!measure || !scale) return null;
      unit = scale.unit;
      metric = measure.keyword.absoluteMetric ?? measure.keyword.metric;
    } else if (kind === 'tokens') {
      // Token counts are set-up ("increasing the prefix length from 1K to 16K tokens" sweeps a
      // setting); one the work itself changes ("the supported context grows from 128K to 0.9M
      // tokens") is its result.
      if (SWEEP_BEFORE.test(text.slice(w.leftStart, fromStart))) return null;
      const per = PER_AFTER.exec(text.slice(quantity.end, quantity.end + 32));
      if (per) {
        unit = `tokens/${per.groups?.what === 'verification' ? 'step' : per.groups?.what ?? 'step'}`;
        end = quantity.end + per[0].length;
      }
      const contextAt = text.slice(w.leftStart, fromStart).search(CONTEXT_WORDS);
      if (contextAt >= 0) start = w.leftStart + contextAt;
      metric = contextAt >= 0 ? 'memory' : measure ? this.absolute(measure) : null;
    } else if (kind === 'percent' || kind === 'points') {
      metric = measure ? this.absolute(measure) : null;
      if (metric === 'speedup') return null;
      // "the fraction of time lost to failures drops from 12.3% to 0.7%": a percent of a time is a share.
      if (metric === 'latency' || metric === 'time' || metric === 'throughput') metric = 'other';
    } else if (kind === 'factor' || kind === 'bits' || kind === 'outside') {
      return null;
    } else {
      const around = text.slice(Math.max(sentence.start, quantity.start - 60), Math.min(sentence.end, quantity.end + 30));
      metric = absoluteMetric(kind, measure, unit, isJobContext(around), quantity.value);
      // "compresses BERT-base from 440 MB to 28 MB": bytes a model is compressed to are its size.
      if (kind === 'memory' && !measure && MODEL_COMPRESSED_BEFORE.test(text.slice(Math.max(w.leftStart, fromStart - 60), fromStart))) {
        metric = 'size';
        start = quantity.start;
      }
    }
    if (!metric || !unit) return null;
    return absoluteReading(this.name, metric, unit, spanOf(start, end), measure, measure);
  }

  private absolute(measure: MetricMatch): Metric {
    return measure.keyword.absoluteMetric ?? measure.keyword.metric;
  }
}

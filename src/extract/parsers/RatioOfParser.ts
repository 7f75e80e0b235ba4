/**
 * "using 79% of the energy" (unit %of, Decision 2), "59% to 72% of optimal throughput" and
 * "72% of peak" (utilization, Decision 9), "with only half the parameters" (0.5x, direction null),
 * "models up to twice the size of the available DRAM".
 */
import type { Parser, ParseContext, Reading, Span } from '../pipeline.js';
import { metricAt, type MetricMatch } from '../vocabulary/metrics.js';
import { comparedPhraseAt } from '../refiners/comparisons.js';
import { ADDITION_WORDS, metricBackward, metricForward, readingFrom, spanOf, subjectMetricBefore, windowsOf } from './support.js';

const PERCENT_OF = /^ of (?:the |its |their |a |an )?/i;
// ("71% of the H100's peak BF16 throughput", "88% of the chip's peak memory bandwidth": a device's own peak too.)
const UTILIZATION_OF = /^ of (?:the |its |their )?(?:[\w-]+['’]s |[A-Z][\w-]* )?(?:theoretical|optimal|peak|maximum|max|ideal|achievable|attainable|roofline|hardware peak)\b/i;
/** "93% of the in-memory throughput ceiling": a share of an upper bound is a utilization too. */
const SHARE_OF_BOUND = /^ of (?:the |its |their )?(?:[\w-]+ ){0,3}(?:ceiling|upper bound|bound|limit|peak|roofline|optimum)\b/i;
/** "under 1% of end-to-end time", "6% of runtime", "9% of the total die": a part's share of the whole run or chip. */
const SHARE_OF_WHOLE = /^ of (?:the )?(?:total |overall |whole )?(?:runtime|run time|end-to-end (?:time|latency|runtime)|execution time|(?:total|whole) (?:die|area|time|latency|runtime))\b/i;
/** "78% of the LUTs", "92% of the AI Engines": the share of a device's resources a design occupies is a utilization. */
const RESOURCES_OF = /^ of (?:the |its |their |all |available |on-chip |the available )*(?:LUTs|DSPs|DSP slices|DSP blocks|BRAMs?|URAMs|flip-flops|AI Engines|logic resources)\b/i;
const REDUCING_VERB_BEFORE = new RegExp(`\\b(?:reduc\\w*|cut\\w*|sav\\w*|eliminat\\w*|remov\\w*|prun\\w*|decreas\\w*|lower\\w*|skip\\w*|avoid\\w*|evict\\w*|discard\\w*|bypass\\w*|drop\\w*|by)\\b(?: (?:up to|about|approximately|around|over|more than|nearly|almost|on average|only|just|${ADDITION_WORDS}))? ?$`, 'i');
const WITHIN_BEFORE = /\bwithin ?$/i;
/** "preferred by raters in 58% of comparisons": the share of judgments won is a win rate (quality). */
const JUDGMENTS_OF = /^ of (?:the |all )?(?:[\w-]+ ){0,2}(?:comparisons|cases|pairs|judgments|judgements|trials|matchups|votes|head-to-heads)\b/i;
const PREFERRED_BEFORE = /\b(?:preferred|prefer|prefers|chosen|favou?red|wins?|won|judged (?:better|superior)|rated (?:higher|better))\b(?:[^.;]|\.(?=\d)){0,60}\bin $/i;
/** "half the parameters", "one-fourth of the compute of X": a fraction may take "of". */
const ADDED_TO = /^ (?:to|on top of) (?:the |its |their |each |every )?/i;
const ADDS_BEFORE = /\b(?:adds?|adding|added|incurs?|incurring|imposes?|introduces?)(?: (?:only|just|roughly|about|around|approximately|at most|less than|under|below|up to|nearly|almost))* ?[≤<~≈]? ?$/i;
/** A speed that improves up (throughput, speed): a multiple of it is a gain. */
function isSpeed(measure: MetricMatch): boolean {
  return measure.keyword.metric === 'speedup' && measure.keyword.improves === 'up';
}

/** A multiple of a speed or an efficiency (which improve up) is a gain; of anything else a ratio (Decision 2). */
function isGain(measure: MetricMatch): boolean {
  return isSpeed(measure) || (measure.keyword.improves === 'up' && measure.keyword.metric !== 'accuracy');
}

/** "0.9x that of uncompressed tables": a factor of the measure the sentence's subject names. */
const THAT_OF = /^ (?:that|those) of (?:the |an? )?/i;
const FACTOR_THE = /^ (?:of (?=the |its |their ))?(?:the|its|their) /i;
/**
 * "the overhead is about 3% of throughput", "costs at most 4% of kernel time": a share of a time
 * or a rate that something costs is an overhead (other, %), not a ratio of speeds.
 */
const OVERHEAD_BEFORE = /\b(?:overheads?|costs?|costing|adds?|adding|accounts? for|accounting for|consumes?|consuming)\b(?: (?:is|are|was|remains|stays|of|only|just|at most|no more than|about|around|roughly|approximately|under|below|less than|up to|nearly|almost))* ?[≤<~≈]? ?$/i;
/** "overhead is about", "overheads of": the overhead of a measure named right before it. */
const NAMED_OVERHEAD_BEFORE = /\boverheads?(?: (?:is|are|was|remains|stays|of|only|just|at most|no more than|about|around|roughly|approximately|under|below|less than|up to|nearly|almost))* ?[≤<~≈]? ?$/i;
/** A name (capitals or digits in it) before the measure: "FP16", "GPT-4", "LLaMA-2 7B". */
const NAMED_OWNER = /^(?<owner>(?:[A-Z][a-z]*[A-Z0-9][\w.+/-]*|[A-Z]{2,}[\w.+/-]*)(?: [A-Z0-9][\w.+/-]*){0,2}) $/;
const OF_AFTER = /^ of /;
const OF_THE_TIME = /^ of the time\b(?! (?:of|spent|taken|needed|required|it takes))/i;
/** "keeps decoding latency at", "holds memory at": a measure held at a share of another system's. */
const HELD_AT_BEFORE = /\b(?:keeps?|keeping|kept|holds?|holding|held|maintains?|maintaining|maintained)(?: (?:the|its|their))?(?: [\w-]+){1,3}(?<tail> at (?:about |roughly |around |only |just |~)?)$/i;
/** An owner the shared measure is named after: "the dense model's", "FP16's". */
const OWNER_BEFORE_MEASURE = /^(?:[\w.+-]+ ){0,2}[\w.+-]+['’]s /;
/** A possessive that ends the phrase: "96% of LoRA's", "85% of its". */
const OWNER_ONLY = /^(?:[\w.+-]+(?: [\w.+-]+){0,2})['’]s(?=[.,;)]|$| (?:and|while|with|at|on|in)\b)/;
/** The verb between a subject and its share: "throughput is 96% of ...". */
const BE_BEFORE = /\s(?:is|are|was|were|stays|remains|reaches|reached)(?: (?:only|just|about|roughly|around|approximately|nearly|almost|over|at least))? $/i;
const POSSESSIVE_OWNER = /^(?<owner>[\w.+-]+(?: [\w.+-]+){0,3})['’]s (?:(?:average|mean|overall|zero-shot|few-shot|top-1|top-5|downstream) )*$/;
/** "96.8% of the original performance", "94.1% of dense accuracy", "98.7% of full-cache accuracy": the system named by its adjective. */
const ADJECTIVE_OWNER =
  /^(?:the |its |their )?(?<owner>(?:original|dense|uncompressed|unpruned|unquantized|full(?:-[a-z]+)?|FP16|FP32|BF16|16-bit|32-bit|teacher|reference)(?: (?:model|network|baseline|LLM|teacher))?) (?:(?:average|mean|overall|zero-shot|few-shot|top-1|top-5|downstream) )*$/i;

export class RatioOfParser implements Parser {
  readonly name = 'RatioOfParser';

  parse(context: ParseContext): Reading | null {
    const { doc, quantity } = context;
    const kind = quantity.unit?.kind;
    if (kind !== 'percent' && kind !== 'factor') return null;
    const text = doc.text;
    const w = windowsOf(context);
    const after = text.slice(quantity.end, quantity.end + 80);
    if (kind === 'percent') {
      const addedTo = ADDED_TO.exec(after);
      const tailFrom = Math.max(0, w.left.length - 40);
      const adds = addedTo ? ADDS_BEFORE.exec(w.left.slice(tailFrom)) : null;
      if (addedTo && adds) {
        const measure = metricAt(text, quantity.end + addedTo[0].length) ?? metricForward(text, quantity.end + addedTo[0].length, Math.min(text.length, quantity.end + 60), 2);
        // "adds roughly 5% to the step time": what something adds to a time or a rate is an overhead.
        if (measure && measure.keyword.metric === 'speedup') {
          return this.overhead(quantity.start, measure.end, measure);
        }
        // "adds 4.8% to total area", "adding less than 5% to the total energy": the share a part
        // adds to another whole measure is that measure's, with no direction of its own.
        if (measure && /^add/i.test(adds[0])) {
          const verbStart = w.leftStart + tailFrom + adds.index;
          return readingFrom(this.name, measure, 'other', { movement: null, relative: false, unit: '%', evidence: spanOf(verbStart, measure.end) });
        }
      }
      // "the throughput overhead is about 4%": an overhead named on a time or a rate.
      const named = NAMED_OVERHEAD_BEFORE.exec(w.left.slice(-50));
      if (named && !PERCENT_OF.test(after)) {
        const overheadAt = context.group.start - (Math.min(w.left.length, 50) - named.index);
        const measure = metricBackward(text, w.leftStart, overheadAt, 1);
        if (measure && measure.end >= overheadAt - 1 && measure.keyword.metric === 'speedup') return this.overhead(measure.start, quantity.end, measure);
      }
      if (!PERCENT_OF.test(after) || REDUCING_VERB_BEFORE.test(w.left.slice(-50))) return null;
      // "selects the right experts 91% of the time": how often, not a share of a time.
      if (OF_THE_TIME.test(after)) return null;
      const utilization = UTILIZATION_OF.exec(after) ?? SHARE_OF_BOUND.exec(after) ?? RESOURCES_OF.exec(after) ?? SHARE_OF_WHOLE.exec(after);
      if (utilization) {
        const end = quantity.end + utilization[0].length;
        return { parser: this.name, metric: 'other', improves: 'up', movement: null, relative: false, unit: '%', evidence: spanOf(quantity.start, end) };
      }
      const judgments = JUDGMENTS_OF.exec(after);
      const preferred = judgments ? PREFERRED_BEFORE.exec(w.left.slice(-90)) : null;
      if (judgments && preferred) {
        const start = w.leftStart + Math.max(0, w.left.length - 90) + preferred.index;
        return { parser: this.name, metric: 'accuracy', improves: 'up', movement: null, relative: false, unit: '%', evidence: spanOf(start, quantity.end + judgments[0].length) };
      }
      if (WITHIN_BEFORE.test(w.left.slice(-12))) {
        // "accuracy are within 1.225% of the original values": a bounded quality change.
        // ("accuracy after adaptation to a new domain is within 0.7%": past the measure's setting.)
        const measure = metricBackward(text, w.leftStart, context.group.start, 6) ?? metricBackward(text, w.leftStart, context.group.start, 10, { crossCommas: false });
        if (!measure) return null;
        return readingFrom(this.name, measure, 'accuracy', { movement: 'down', relative: true, unit: '%', evidence: spanOf(measure.start, quantity.end + 20 > text.length ? text.length : this.endOfPhrase(text, quantity.end)) });
      }
      const ofEnd = quantity.end + (PERCENT_OF.exec(after)?.[0].length ?? 0);
      // ("keeps 94.6% of the dense model's average zero-shot accuracy": the measure may follow an owner.)
      const ownerFirst = OWNER_BEFORE_MEASURE.exec(text.slice(ofEnd, ofEnd + 40));
      const measure =
        metricAt(text, ofEnd) ??
        metricForward(text, ofEnd, Math.min(text.length, ofEnd + 40), 2) ??
        (ownerFirst ? metricForward(text, ofEnd + ownerFirst[0].length, Math.min(text.length, ofEnd + ownerFirst[0].length + 40), 3) : null);
      // "its fine-tuning throughput is 96% of LoRA's": a share of another system's same measure.
      const owner = measure ? null : OWNER_ONLY.exec(text.slice(ofEnd, ofEnd + 40));
      if (owner) return this.shareOfOwners(context, ofEnd, owner[0].length);
      // "keeps decoding latency at 97% of the FP16 baseline": the share of the compared system's
      // value a measure is held at is a ratio of that measure (Decision 2).
      if (!measure && !owner) {
        const held = HELD_AT_BEFORE.exec(w.left.slice(-60));
        // (The measure ends where " at" starts.)
        const subject = held ? metricBackward(text, w.leftStart, context.group.start - (held.groups?.tail?.length ?? 0), 3) : null;
        const compared = held && subject ? comparedPhraseAt(text, ofEnd, context.sentence.end) : null;
        if (subject && compared) {
          return {
            ...readingFrom(this.name, subject, 'other', { movement: null, relative: true, unit: '%of', evidence: spanOf(subject.start, compared.span.end) }),
            ratio: true,
            comparedObject: compared.span,
          };
        }
      }
      // "protecting only 1% of salient weights": a share of the weights is a selection of them.
      if (!measure || /^weights$/i.test(measure.text)) return null;
      if (measure.keyword.metric === 'speedup' && OVERHEAD_BEFORE.test(w.left.slice(-50))) {
        return this.overhead(quantity.start, measure.end, measure);
      }
      // "82% of the throughput of a server-grade A100 GPU": or the system named after the measure.
      const whose = this.whoseMeasure(text, ofEnd, measure.start) ?? (OF_AFTER.test(text.slice(measure.end, measure.end + 4)) ? comparedPhraseAt(text, measure.end + 4, context.sentence.end)?.span ?? null : null);
      return {
        ...readingFrom(this.name, measure, 'other', { movement: null, relative: true, unit: '%of', evidence: spanOf(quantity.start, measure.end) }),
        ratio: true,
        ...(whose ? { comparedObject: whose } : {}),
      };
    }
    if (kind === 'factor' && THAT_OF.test(after)) {
      // "lookup latency is 0.9x that of uncompressed tables": a ratio of the subject's measure (Decision 2).
      const measure = subjectMetricBefore(text, w.leftStart, context.group.start) ?? this.apposedValueMeasure(context) ?? this.continuedMeasure(context);
      if (!measure) return null;
      const compared = comparedPhraseAt(text, quantity.end + (THAT_OF.exec(after)?.[0].length ?? 0), context.sentence.end);
      // A ratio's evidence opens on the measure it is of; a gain's on its number.
      return this.multipleOf(measure, compared?.span ?? null, isGain(measure) ? quantity.start : measure.start, quantity.end);
    }
    if (kind === 'factor' && FACTOR_THE.test(after)) {
      const measureStart = quantity.end + (FACTOR_THE.exec(after)?.[0].length ?? 0);
      const measure = metricAt(text, measureStart) ?? metricForward(text, measureStart, Math.min(text.length, measureStart + 30), 1);
      if (!measure) return null;
      if (measure.keyword.metric !== 'size') return this.timesTheMeasure(context, measure);
      if (quantity.value > 1 && /\bmatch\w*\b|\boutperform\w*\b|\brival\w*\b|\bcomparable\b/i.test(w.left.slice(-80))) return null;
      // "twice the size of the available DRAM": the comparison names what the size is measured in.
      const ofRest = /^ of (?:the )?(?:available )?(?<what>[\w-]+)/i.exec(text.slice(measure.end, measure.end + 40));
      const compared = ofRest?.groups?.what ? metricAt(text, measure.end + (ofRest[0].length - (ofRest.groups.what?.length ?? 0))) : null;
      const chosen = compared && compared.keyword.metric === 'memory' ? compared : measure;
      const up = quantity.value > 1;
      // ("with only half the parameters of DeiT-S": else what follows "of" is the compared model.)
      const system = !compared && ofRest ? comparedPhraseAt(text, measure.end + 4, context.sentence.end) : null;
      return {
        ...readingFrom(this.name, chosen, 'size', { movement: up ? 'up' : null, relative: up || system !== null, unit: 'x', evidence: spanOf(quantity.start, (compared ?? measure).end) }),
        ratio: !up,
        ...(system ? { comparedObject: system.span } : {}),
      };
    }
    return null;
  }

  /** "its fine-tuning throughput is 96% of LoRA's": the subject's measure, as a share of the owner's. */
  private shareOfOwners(context: ParseContext, ownerStart: number, ownerLength: number): Reading | null {
    const w = windowsOf(context);
    const text = context.doc.text;
    const verb = BE_BEFORE.exec(w.left);
    if (!verb) return null;
    const measure = subjectMetricBefore(text, w.leftStart, w.leftStart + verb.index);
    if (!measure) return null;
    const name = text.slice(ownerStart, ownerStart + ownerLength).replace(/['’]s$/, '');
    return {
      ...readingFrom(this.name, measure, 'other', { movement: null, relative: true, unit: '%of', evidence: spanOf(measure.start, ownerStart + ownerLength) }),
      ratio: true,
      comparedObject: { start: ownerStart, end: ownerStart + name.length },
    };
  }

  /** An overhead on a time is that time's share ("adds less than 2% to the end-to-end latency"); on a rate, another measure. */
  private overhead(start: number, end: number, measure: MetricMatch): Reading {
    return { parser: this.name, metric: measure.keyword.timeLike ? 'latency' : 'other', improves: 'down', movement: null, relative: false, unit: '%', evidence: spanOf(start, end) };
  }

  /**
   * "98.7% of the FP16 zero-shot accuracy", "91% of the teacher's accuracy", "96.8% of the
   * original performance": the system whose measure the ratio is taken of is the baseline.
   */
  private whoseMeasure(text: string, from: number, measureStart: number): Span | null {
    const between = text.slice(from, measureStart);
    const named = NAMED_OWNER.exec(between) ?? POSSESSIVE_OWNER.exec(between) ?? ADJECTIVE_OWNER.exec(between);
    const owner = named?.groups?.owner;
    if (!named || !owner) return null;
    const start = from + between.indexOf(owner);
    return { start, end: start + owner.length };
  }

  /**
   * "runs at 2.4x the speed of vLLM": a multiple of a speed is a speedup over what follows "of";
   * "at 1.6x the memory", "with 0.3x the energy": a multiple of another measure is a plain ratio
   * of the new to the old (Decision 2: no direction).
   */
  private timesTheMeasure(context: ParseContext, measure: MetricMatch): Reading {
    const { doc, quantity, sentence } = context;
    const text = doc.text;
    const of = /^ of /.exec(text.slice(measure.end, measure.end + 4));
    const compared = of ? comparedPhraseAt(text, measure.end + of[0].length, sentence.end) : null;
    return this.multipleOf(measure, compared?.span ?? null, quantity.start, measure.end);
  }

  /**
   * "Encoding throughput is 410 passages/s, 38x that of the teacher", "Energy efficiency reaches
   * 182 images/J, 5.2x that of the A10": a multiple set beside a value is one of the value's measure.
   */
  private apposedValueMeasure(context: ParseContext): MetricMatch | null {
    const last = context.previous[context.previous.length - 1];
    if (!last || last.reading.relative || !last.reading.measure) return null;
    if (!/^,? $/.test(context.doc.text.slice(last.evidence.end, context.group.start))) return null;
    return metricAt(context.doc.text, last.reading.measure.start);
  }

  /** "2.9x the speed of X and 5.6x that of Y": "that" stands for the measure of the multiple before. */
  private continuedMeasure(context: ParseContext): MetricMatch | null {
    const last = context.previous[context.previous.length - 1];
    if (!last || last.reading.parser !== this.name || !last.reading.measure) return null;
    if (!/^[^;.]{0,80}?,? (?:and|or|while|but) $/.test(context.doc.text.slice(last.evidence.end, context.group.start))) return null;
    return metricAt(context.doc.text, last.reading.measure.start);
  }

  /**
   * "2.7x the throughput of X", "0.9x that of X": a multiple of a speed is a gain, of anything
   * else a ratio (Decision 2); the compared system, when named, closes the evidence.
   */
  private multipleOf(measure: MetricMatch, compared: Span | null, evidenceStart: number, evidenceEnd: number): Reading {
    const speed = isGain(measure);
    const reading = readingFrom(this.name, measure, 'other', {
      movement: speed ? 'better' : null,
      relative: true,
      unit: 'x',
      evidence: spanOf(evidenceStart, compared ? compared.end : evidenceEnd),
    });
    return { ...reading, ...(speed ? {} : { ratio: true }), ...(compared ? { comparedObject: compared } : {}) };
  }

  private endOfPhrase(text: string, from: number): number {
    const match = /^ of (?:the )?[\w-]+(?: [\w-]+)?/.exec(text.slice(from, from + 40));
    return from + (match ? match[0].length : 0);
  }
}

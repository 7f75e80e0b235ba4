/**
 * A verb of change and "by": "speeds up convolutions by 2.2x", "reduces the memory requirement
 * by 2.4 times", "improves latency by 15~30%", "outperforms prior models by 1.5x-2x in latency",
 * "surpasses GPT4-Turbo by 4%", "memory consumption can be reduced by more than 10x",
 * "is projected to rise by a factor of 24.4", and the elliptical "... and decoding by 1.3-2.1x".
 */
import type { Candidate, Parser, ParseContext, Reading, Span } from '../pipeline.js';
import { changeNounAt, verbAt, type VerbWord, type WordMatch } from '../vocabulary/directions.js';
import { metricAt, type MetricMatch } from '../vocabulary/metrics.js';
import { metricReadings } from './ChangeNounParser.js';
import { SCORE_NAME, scaleOf } from '../vocabulary/scales.js';
import { measureBeforeWithPhrase } from './apposition.js';
import { ADDITION_WORDS, clauseEnd, lastTokens, metricBackward, metricForward, metricsIn, PER_BEFORE_MEASURE, readingFrom, SETTING_BEFORE, spanOf, windowsOf } from './support.js';

// ("improving on SpinQuant by +1.7 points": a sign may stand between "by" and its amount.)
// ("reduces the energy per token up to 3.2 times": "up to" may stand for "by up to".)
const BY_BEFORE = new RegExp(`(?:^|[\\s,])(?:by(?: (?:${ADDITION_WORDS}|up to|between|about|approximately|around|roughly|over|more than|less than|no more than|at most|under|below|nearly|almost|at least|as much as|an average of|an average|on average|a factor of|an estimated|estimated|only|just|~|≈|a|an|average|(?:[\\w-]+ ){0,2}of))*|up to)\\s?[+−-]?$`, 'i');
const BE_BEFORE = /\b(?:is|are|was|were|be|been|being|gets?|got|can be|could be|will be|is projected to|are projected to|is expected to|are expected to|to)\s+$/i;
const IN_METRIC_AFTER = /^ (?:in|on|for) (?:terms of )?(?:the )?/i;
/** "by 1.3x in latency": only "in" names the measure itself ("on", "for" name a setting). */
const IN_MEASURE_AFTER = /^ in (?:terms of )?(?:the )?/i;
/**
 * What may stand between a shared verb's previous "by N" and this one: "and decoding", ", and the
 * energy efficiency", or a comma inside a list ("by 8% over X, by 1.27x over Y, and by 1.5x").
 */
const ELLIPSIS_GAP = /^(?: (?:over|at|on|for|in|under|with|across|compared (?:to|with)|relative to|versus|vs\.?|against|than|depending on) [^,;]{1,60}?)?(?:,? (?:and|while|but|as well as)(?: (?:the |its |their )?[\w-]+(?: [\w-]+){0,5})?|,) ?$/i;
/** "by a factor of 6 while staying within 1.2 points of X, and by a factor of 12": an aside between the two. */
const ASIDE_ELLIPSIS_GAP = /^ (?:while|whilst|with|without) [^;]{1,100}?, and $/i;
/**
 * A number right after "by" and a hedge: "by 2.3x", "by up to 4.1x" (an elliptic "and by M" may
 * share it), "by 29.1 points" (points are a quality gain whatever verb comes before).
 */
const BY_NUMBER_BEFORE = /\bby (?:up to |about |around |roughly |nearly |over |more than |only |just |~ ?)?$/i;
const PERFORMANCE = /\bperformance\b/i;
const MODEL_OBJECT = /\b(?:models?|networks?|LLMs?|checkpoints?|weights|backbones?|students?|transformers?|encoders?|decoders?|detectors?|classifiers?|recognizers?)\s*$|(?:^|\s)[A-Z][A-Za-z]*(?:-[\w.]+)+\s*$/i;
const GAP_TO_OBJECT = /\bgap (?:to|with|from|relative to) (?:the |that of the )?(?<system>[^,;]*?[^\s,;]) *$/i;

const PER_BEFORE = /\bper (?:[\d.,]+[KMB]? )?$/i;
/** Words that match a compared system to the work: "at equal FLOPs", "of the same size", "with similar cost". */
const EQUALITY = 'same|similar|comparable|equal|equivalent|matched|matching';
const EQUAL_SETTING = new RegExp(String.raw` (?:at|with|under|for) (?:an? |the )?(?:the (?:${EQUALITY})|${EQUALITY}|iso-[\w-]+)\b[^,;]*$`, 'i');
const MATCHED_ON_BEFORE = new RegExp(String.raw`\b(?:${EQUALITY})\s+(?:[\w-]+\s+)?$`, 'i');
const PLACE_BEFORE = /\b(?:on|across) (?:a |an |the )?(?:[\w-]+ )?$/i;
const TARGET_CONDITION = /\b(?:to|until it|before it) (?:reach|reaches|achieve|achieves|attain|attains|hit|hits|match|matches|converge to)\b/i;
/** An object that is a benchmark's score alone: "MMLU", "the GSM8K score", "ImageReward". */
const NAMED_SCORE_OBJECT = new RegExp(`^\\s*(?:the |its |their )?${SCORE_NAME}\\s*$`);
/** What may join measures listed as one subject ("latency and energy", "memory, latency and power"). */
const SUBJECT_JOIN = /^(?:,? and (?:the |its |their )?|, (?:the )?)$/i;
/** What may follow the last measure of a subject before its verb: "per token", "of attention", "are". */
const SUBJECT_TAIL = /^(?: (?:per|of|for|in|at|with|on) [\w-]+(?: [\w-]+){0,2})? (?:(?:is|are|were|was|can be|could be|will be|have been|has been|get|got) )?(?:both |all )?$/i;

/** A measure right after a number is the number's own noun ("14 tokens/s", "50% sparsity"). */
const UNIT_OF_NUMBER = /(?:\d|%|×)\s?$/;

/** The unit of a bare number on a measure's own scale (PPL, FID, BLEU), else points. */
function bareScaleUnit(metric: MetricMatch | null): string {
  const scale = metric ? scaleOf(metric) : null;
  return scale && scale.unit !== '%' ? scale.unit : 'pt';
}

/** The object of a shared comparing verb: ", and EAGLE " before "by". */
const ELLIPTIC_OBJECT = /^,? (?:and|or) (?:the )?([A-Z][\w.+-]*(?: [A-Z0-9][\w.+-]*){0,2}) $/;

/** The measures listed as the subject right before a verb, in text order (one or none when there is no list). */
function subjectList(text: string, from: number, verbStart: number): MetricMatch[] {
  const found = metricsIn(text, from, verbStart);
  // "throughput at batch size 32 improves": a measure named as the setting is not the subject, nor
  // what a measure is taken per ("GPU memory per adapter drops").
  // ("Inference throughput on CPU servers increases": where a measure was taken is no measure.)
  const settingOrPer = (m: MetricMatch): boolean => SETTING_BEFORE.test(text.slice(Math.max(from, m.start - 12), m.start)) || PER_BEFORE_MEASURE.test(text.slice(Math.max(from, m.start - 30), m.start)) || PLACE_BEFORE.test(text.slice(Math.max(from, m.start - 24), m.start));
  while (found.length > 1 && settingOrPer(found[found.length - 1] as MetricMatch)) found.pop();
  const last = found[found.length - 1];
  if (!last || !SUBJECT_TAIL.test(text.slice(last.end, verbStart))) return [];
  const list = [last];
  for (let i = found.length - 2; i >= 0; i--) {
    const m = found[i] as MetricMatch;
    if (!SUBJECT_JOIN.test(text.slice(m.end, (list[0] as MetricMatch).start))) break;
    // "at about 14 tokens/s, and accuracy drops": a unit of a number ends an earlier clause.
    if (UNIT_OF_NUMBER.test(text.slice(Math.max(0, m.start - 3), m.start))) break;
    list.unshift(m);
  }
  return list;
}

export class VerbByParser implements Parser {
  readonly name = 'VerbByParser';

  parse(context: ParseContext): Reading | null {
    const { doc, quantity, sentence } = context;
    const text = doc.text;
    const w = windowsOf(context);
    // "by" and what may follow it ("by an average accuracy of") fit in the window's tail.
    const tailStart = Math.max(0, w.left.length - 60);
    const by = BY_BEFORE.exec(w.left.slice(tailStart));
    if (!by) return null;
    const byStart = w.leftStart + tailStart + by.index + (by[0].startsWith('by') ? 0 : 1);
    // Words written between "by" and the number may name the measure: "by an average accuracy of".
    const between = metricsIn(text, byStart, context.group.start);

    // Numbers of an earlier claim end the search for the verb; those inside the object do not
    // ("speeds up the training of a 7B-parameter model at 16K sequence length by 1.32x").
    const claimed = (at: number): boolean => context.previous.some((c) => c.quantity.start <= at && at < c.quantity.end);
    const found = this.findVerb(text, w.leftStart, byStart, claimed);
    // ("reduces X up to 3.2 times": without "by", only a verb of change itself governs the number;
    // not a change noun, "improvements of up to 24.8%", nor an ellipsis.)
    if (!/\bby\b/i.test(by[0]) && (!found || verbAt(text, found.start)?.start !== found.start || found.entry.comparesObject)) return null;
    let verb: WordMatch<VerbWord> | null = found;
    let inherited: Candidate | null = null;
    // Where the words of an elliptical "..., and by N" start: after the latest "by N" of the sentence.
    let ellipsisFrom = w.leftStart;
    if (!verb) {
      // "accelerates prefilling by up to 2.9x and decoding by 1.3-2.1x": the verb is shared.
      // "compresses the tables by 128x while improving AUC by 0.07%, and by 1,000x ...": the verb
      // whose number is of the same kind (a factor with a factor) is the one shared.
      // (A claim another parser read may be a "by N" too: "overstate inference energy by 2.3x ... and by up to 4.1x".)
      const shared = [...context.previous].reverse().filter((c) => c.reading.parser === this.name || ((c.quantity.unit?.kind === 'factor' || c.quantity.unit?.kind === 'percent') && BY_NUMBER_BEFORE.test(text.slice(Math.max(0, c.quantity.start - 20), c.quantity.start))));
      const kind = quantity.unit?.kind;
      const latest = shared[0];
      inherited = shared.find((c) => c.quantity.unit?.kind === kind) ?? latest ?? null;
      // The ellipsis follows the latest "by N" of the sentence, or the list that continues it
      // ("by 3.2x on average and up to 5.6x compared with PyG, and by 1.4x compared with DGL").
      const continued = latest ? context.previous.filter((c) => c.quantity.start > latest.quantity.start && c.reading.parser === 'ListContinuationParser').pop() : undefined;
      const anchor = continued ?? latest;
      const gap = anchor ? text.slice(Math.max(anchor.evidence.end, anchor.quantity.end), byStart) : '';
      if (!inherited || !anchor || !(ELLIPSIS_GAP.test(gap) || ASIDE_ELLIPSIS_GAP.test(gap))) {
        if (quantity.unit?.kind === 'points' && BY_NUMBER_BEFORE.test(w.left.slice(-30))) {
          return { parser: this.name, metric: 'accuracy', improves: 'up', movement: 'better', relative: true, unit: 'pt', evidence: spanOf(byStart, quantity.end) };
        }
        return null;
      }
      // (An aside names no object of its own: its measures are its own.)
      // ("by 14.5x with an AUC change of −0.0003, and by 38x": an aside even where the gap reads as a setting.)
      ellipsisFrom = ELLIPSIS_GAP.test(gap) && !ASIDE_ELLIPSIS_GAP.test(gap) ? Math.max(anchor.evidence.end, anchor.quantity.end) : byStart;
    }
    const objectStart = verb ? verb.end : Math.max(w.leftStart, ellipsisFrom);
    // "the energy per 1,000 queries": what a measure is taken per is not a measure of its own.
    let object: MetricMatch[] = metricsIn(text, objectStart, byStart).filter((m) => !PER_BEFORE.test(text.slice(Math.max(objectStart, m.start - 20), m.start)));
    // ("outperforms a TinyBERT student of the same size by 1.1 points", "a static ResNet-50 with
    // similar cost by 1.5%": what the compared system is matched on is no measure of the claim.)
    if (found?.entry.comparesObject) object = object.filter((m) => !MATCHED_ON_BEFORE.test(text.slice(Math.max(objectStart, m.start - 24), m.start)));
    // "the wall-clock time to reach the target accuracy": what a time is measured until is no measure of its own.
    const target = object.length > 1 ? TARGET_CONDITION.exec(text.slice(objectStart, byStart)) : null;
    if (target) object = object.filter((m) => m.start < objectStart + target.index);
    let subjectSide = false;
    if (verb && object.length === 0) {
      // "prefill latency and energy per token drop by up to 40%", "memory and latency are reduced
      // by 35% and 22%, respectively": measures listed as the subject share the number (Decision 5)
      // or pair with the numbers.
      // ("Wall-clock time to reach target accuracy drops by 61%": what a time runs until is no subject.)
      const subjectTarget = TARGET_CONDITION.exec(text.slice(w.leftStart, verb.start));
      const targetAt = subjectTarget ? w.leftStart + subjectTarget.index : -1;
      const listed = subjectList(text, w.leftStart, verb.start);
      const timed = targetAt >= 0 && listed.every((m) => m.start > targetAt) ? metricBackward(text, w.leftStart, targetAt, 6) : null;
      const subjects = timed ? [timed] : listed.filter((m) => targetAt < 0 || m.start < targetAt);
      // (One measure right before an intransitive verb is its subject too: "accuracy drops by 0.5%".)
      if (subjects.length > 1 || (subjects.length === 1 && verb.entry.movement !== null && verb.entry.comparesObject !== true)) {
        object = subjects;
        subjectSide = true;
      } else if (BE_BEFORE.test(text.slice(w.leftStart, verb.start))) {
        // Passive or intransitive: the measure is the clause's subject.
        const subject = metricBackward(text, w.leftStart, verb.start, 6);
        if (subject) {
          object = [subject];
          subjectSide = true;
        }
      }
    }
    const end = clauseEnd(text, sentence.end, context.group.end);
    // "beats X at equal FLOPs by 1.3x in latency": a measure named right after the number wins over
    // one in the object's setting.
    // ("for requests", "on ImageNet" name a setting; the subject of "TTFT drops by 37%" is named already.)
    const inMeasure = subjectSide ? null : IN_MEASURE_AFTER.exec(text.slice(quantity.end, quantity.end + 24));
    const namedAfter = inMeasure ? metricAt(text, quantity.end + inMeasure[0].length) : null;
    let metric: MetricMatch | null = between[0] ?? namedAfter ?? object[object.length - 1] ?? null;
    if (object.length > 1 && context.group.members.length === 1 && !subjectSide && !namedAfter && !between[0]) metric = object[0] ?? null;
    if (!metric) {
      const inMetric = IN_METRIC_AFTER.exec(text.slice(quantity.end, quantity.end + 24));
      if (inMetric) metric = metricAt(text, quantity.end + inMetric[0].length) ?? metricForward(text, quantity.end + inMetric[0].length, end, 2);
      // ("by 0.4% and 0.7% accuracy": a list's measure follows its last number.)
      else metric = metricForward(text, context.group.end, end, 3);
    }
    // "outperforms LoRA by 0.7 perplexity": a number on a quality scale names its own measure.
    if (!metric && quantity.unit?.kind === 'quality') metric = metricAt(text, quantity.unit.start);
    const movement = verb?.entry.movement ?? inherited?.reading.movement ?? null;
    const implies = verb?.entry.implies ?? (inherited && !metric ? inherited.metric : undefined);
    const objectText = verb ? text.slice(objectStart, byStart) : '';
    const performance = PERFORMANCE.test(objectText) || PERFORMANCE.test(text.slice(quantity.end, quantity.end + 30));
    // "outperforms X by 1.5x": a factor over a compared system is a speedup unless a measure is named.
    const compareFactor = verb?.entry.comparesObject === true && quantity.unit?.kind === 'factor';
    // "compresses prompts by 5.1x", "compresses the model by 4x": what is compressed, unnamed as a
    // measure, is a size when it is the model, else another measure.
    const compressed = !metric && !implies && verb !== null && /^(?:compress|shrink)/i.test(verb.text) && /\w/.test(objectText) ? (MODEL_OBJECT.test(objectText) ? 'size' : /^compress/i.test(verb.text) ? 'other' : null) : null;
    // "improves MMLU by 16%": a score named as benchmarks name theirs is task quality.
    // (The object of "outperforms" is the compared system, "EAGLE-2", however a score it looks.)
    if (!metric && !implies && quantity.unit !== null && quantity.unit?.kind !== 'factor' && !verb?.entry.comparesObject && NAMED_SCORE_OBJECT.test(objectText)) {
      return { ...readingFrom(this.name, null, 'accuracy', { movement, relative: true, unit: quantity.unit?.unit ?? 'pt', evidence: spanOf(verb ? verb.start : byStart, quantity.end) }), improves: 'up' };
    }
    // "a wall-clock speedup of 3.05x to 3.62x, outperforming EAGLE-2 by 12-18%": a percent over a
    // system that names no measure is one of the speed the sentence just claimed.
    const spedUp = !metric && !implies && verb?.entry.comparesObject === true && quantity.unit?.kind === 'percent' && context.previous[context.previous.length - 1]?.metric === 'speedup';
    if (!metric && !implies && !performance && !compareFactor && !compressed && !spedUp) {
      // "reaches 80.3% accuracy with 38.2M parameters, surpassing X by 1.7%": a participle set after
      // a "with" phrase compares the result before it.
      const resultMeasure = verb ? measureBeforeWithPhrase(text, context.previous, quantity, verb.start) : null;
      metric = resultMeasure ?? metricBackward(text, Math.max(sentence.start, w.leftStart - 200), verb ? verb.start : byStart, 24);
      // "improves the 0.5B student by 11.4 points": points are a quality gain whatever is improved.
      if (!metric && !verb?.entry.comparesObject && quantity.unit?.kind !== 'points') return null;
    }
    // "outperforms LoRA at rank 16 by 2.3 points": points are points of quality, whatever the object names.
    // (A measure named after the points is theirs: "by 8 percentage points of energy savings".)
    if (quantity.unit?.kind === 'points' && metric && metric.start < quantity.start && metric.keyword.metric !== 'accuracy' && metric.keyword.metric !== 'other' && verb?.entry.comparesObject) metric = null;

    const kind = quantity.unit?.kind;
    // (The evidence takes in a measure named after the number unless the object named it already.)
    const namedAfterEnd = namedAfter && metric === namedAfter && !object.some((m) => m.keyword.metric === namedAfter.keyword.metric) ? namedAfter.end : quantity.end;
    const resolvedMetric = implies === 'speedup' || spedUp ? 'speedup' : metric?.keyword.metric ?? implies ?? compressed ?? (kind === 'factor' ? 'speedup' : 'accuracy');
    if (!quantity.unit && resolvedMetric !== 'accuracy') return null;
    if (kind !== undefined && kind !== 'factor' && kind !== 'percent' && kind !== 'points' && kind !== 'quality') return null;
    const reading = readingFrom(this.name, metric, resolvedMetric, {
      movement,
      relative: true,
      // A bare change of a measure with a scale of its own is on that scale ("perplexity increases by 0.1").
      // (An ellipsis of a bare change keeps the scale of the one it continues: "by −1.37 ... and by −2.90".)
      unit: quantity.unit?.unit ?? (!metric && inherited && !inherited.quantity.unit ? inherited.unit : bareScaleUnit(metric)),
      // The evidence holds the measure: a subject before the verb opens it.
      evidence: spanOf(subjectSide && object[0] ? Math.min(object[0].start, verb ? verb.start : byStart) : verb ? verb.start : byStart, namedAfterEnd),
    });
    const comparesObject = verb?.entry.comparesObject === true;
    // "outperforming Medusa by 1.3x and EAGLE by 8%": the shared verb's next object is compared too.
    const ellipticObject = !verb && inherited?.reading.comparedObject !== undefined ? ELLIPTIC_OBJECT.exec(text.slice(objectStart, byStart)) : null;
    // "narrows the accuracy gap to dense by 41%": the system the gap is to is the compared one.
    const gapTo = comparesObject ? null : GAP_TO_OBJECT.exec(objectText);
    const gapSystem = gapTo?.groups?.system;
    const objectSpan: Span | null = ellipticObject
      ? { start: objectStart + ellipticObject.index + ellipticObject[0].indexOf(ellipticObject[1] as string), end: objectStart + ellipticObject.index + ellipticObject[0].indexOf(ellipticObject[1] as string) + (ellipticObject[1] as string).length }
      : comparesObject && objectText.trim().length > 0
        ? this.trimmed(text, objectStart, byStart)
        : gapTo && gapSystem
          ? { start: objectStart + gapTo.index + gapTo[0].indexOf(gapSystem, 4), end: objectStart + gapTo.index + gapTo[0].indexOf(gapSystem, 4) + gapSystem.length }
          : null;
    // (A spread's sign, when written, says which way: "changes perplexity by −1.37".)
    const sign = verb?.entry.directionless ? /([+−-]) ?$/.exec(text.slice(Math.max(0, quantity.start - 2), quantity.start))?.[1] : undefined;
    const signed = sign === undefined ? null : sign === '+' ? ('up' as const) : ('down' as const);
    // "differs from the synchronous baseline by less than 0.02%": what a spread is from is compared.
    const from = verb?.entry.directionless ? /^ from (?:the |an? )?/i.exec(objectText) : null;
    const differsFrom = from && objectText.trim().length > from[0].length ? this.trimmed(text, objectStart + from[0].length, byStart) : null;
    // "latency improves ... by 20% and on Jetson Orin by 35%": an ellipsis that names no measure
    // shares the one before it, and with it which way that measure improves.
    const sharedMeasure = !verb && !metric && inherited ? { improves: inherited.reading.improves, timeLike: inherited.reading.timeLike ?? false } : {};
    return {
      ...reading,
      ...sharedMeasure,
      // ("varies by up to 40x", "differs by less than 0.02%": a spread has no direction; what a
      // result differs from is the compared system.)
      ...(verb?.entry.directionless ? { ...(signed ? { movement: signed } : { movement: null, bound: true }), ...(differsFrom ? { comparedObject: differsFrom } : {}) } : {}),
      // "accelerates embedding operations by 4.6x": what a verb of speed does is a speedup (CLAIMS.md),
      // whatever it is done to.
      metric: implies === 'speedup' ? 'speedup' : reading.metric,
      ...(objectSpan ? { comparedObject: objectSpan } : {}),
      ...(object.length > 1 && context.group.members.length > 1 ? { metricList: metricReadings(object) } : {}),
      ...(object.length > 1 && context.group.members.length === 1 && !comparesObject ? { metricList: metricReadings(object) } : {}),
      subject: !comparesObject && !differsFrom && objectText.trim() ? objectText.trim().replace(/^(?:the|its|their) /i, '') : null,
    };
  }

  /** The change verb closest before "by", within the clause (at most ten words back). */
  private findVerb(text: string, from: number, to: number, claimed: (at: number) => boolean): WordMatch<VerbWord> | null {
    // The loop reads at most the last 18 tokens and the one before them.
    const list = lastTokens(text, from, to, 40, 19);
    for (let i = list.length - 1, words = 0; i >= 0 && words < 18; i--, words++) {
      const token = list[i];
      if (!token || (/^\d/.test(token.text) && claimed(token.start)) || token.text === ',' && words > 0 && /^(?:and|while)$/i.test(list[i + 1]?.lower ?? '')) break;
      const two = i > 0 ? verbAt(text, (list[i - 1] as { start: number }).start) : null;
      if (two && two.end >= token.end) return two;
      const verb = verbAt(text, token.start);
      // ("outperforms expert pruning by 4.7 points": a gerund inside the compared system's name is
      // no verb of the clause; the verb of comparison before it is.)
      if (verb && !verb.entry.comparesObject && /ing$/.test(token.lower)) {
        const comparing = this.comparingVerbBefore(text, list, i);
        if (comparing) return comparing;
      }
      if (verb) return verb;
      // "significant reductions in computational costs by 5.2x": a change noun acts as the verb.
      const noun = /^(?:reductions?|improvements?|increases?|decreases?|savings?|speedups?|gains?)$/.test(token.lower)
        ? changeNounAt(text, token.start)
        : null;
      if (noun && /^ (?:in|of|on)\b/.test(text.slice(noun.end, noun.end + 4))) return noun as WordMatch<VerbWord>;
    }
    return null;
  }

  /** A verb of comparison ("outperforms") at most four words before token `at`, in the same clause. */
  private comparingVerbBefore(text: string, list: readonly { start: number; text: string }[], at: number): WordMatch<VerbWord> | null {
    for (let j = at - 1; j >= 0 && j >= at - 4; j--) {
      const token = list[j];
      if (!token || /^[,;:()]$/.test(token.text)) return null;
      const verb = verbAt(text, token.start);
      if (verb) return verb.entry.comparesObject ? verb : null;
    }
    return null;
  }

  private trimmed(text: string, start: number, end: number): Span {
    let s = start;
    // "surpassing the 7B teacher's 36.0% by 2.5 points": the compared system, without its own number.
    const ownNumber = /['’]s [\d.,]+ ?(?:\\?%|points?)? *$/.exec(text.slice(start, end));
    // ("beats magnitude pruning at equal FLOPs by 1.2x": the condition of equality is no part of the system.)
    const equalSetting = EQUAL_SETTING.exec(text.slice(start, end));
    let e = ownNumber ? start + ownNumber.index : equalSetting ? start + equalSetting.index : end;
    while (s < e && text[s] === ' ') s++;
    while (e > s && text[e - 1] === ' ') e--;
    return { start: s, end: e };
  }
}

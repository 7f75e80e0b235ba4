/**
 * The measure is named before the number: "average speedup of 1.75x", "accuracy loss of 0.56%",
 * "memory overhead of just 0.0004%", "model size of 0.76 MB", "search cost is only 8 epochs",
 * "query latency below 100ms", "speedups ranging from 2x to 13x", "improvements of up to 24.8%",
 * "throughput improvement (e.g., 9.7x - 3,201x)", "energy and latency decrease up to 87%".
 */
import type { Parser, ParseContext, Reading } from '../pipeline.js';
import { memoKey, type Document } from '../document.js';
import type { SentenceSpan } from '../text/sentences.js';
import { changeNounAt, COMPARATIVE_THAN_AFTER, comparativeMovement, verbAt, type Movement, type MovementWord, type WordMatch } from '../vocabulary/directions.js';
import { qualifierBefore } from '../vocabulary/qualifiers.js';
import { metricAt, type MetricMatch } from '../vocabulary/metrics.js';
import { absoluteMetric, isJobContext } from './absolute-metric.js';
import { SCALE_HINTS, scaleOf } from '../vocabulary/scales.js';
import { escapeRegex } from '../vocabulary/build-pattern.js';
import { measuresAfter, metricReadings } from './ChangeNounParser.js';
import { apposedToQuality } from './apposition.js';
import { absoluteReading, clauseEnd, lastTokens, metricBackward, metricsIn, readingFrom, SETTING_BEFORE, skipSpace, spanOf, windowsOf, type Token } from './support.js';

/** Words that link a measure to its number. */
/** Words that link a measure to its number; a sign before the number is part of the link ("a change of +0.08"). */
const LINK = /(?:\s(?:of|is|are|was|were|stays|stay|stayed|remains|remain|remained|is kept|reach|reaches|reached|reaching|achieve|achieves|achieved|achieving|at|to|ranging from|ranges from|range from|in the range of|from|as low as|as high as|reduced to|down to|drops to|falls to)|\s?[:=]|\s\(e\.g\.,?|\s\(i\.e\.,?|\s\()?\s?(?:only|just|merely|a mere|roughly)?\s?(?:[+-] ?)?$/i;
const CHANGE_TYPE = /^(?:speedups?|speed-ups?|improvements?|reductions?|savings?|gains?|loss|losses|drop|degradation|decrease|increase|boost|acceleration|cost|penalty)$/i;

/** "by" right before an amount: "by only 310 MB". */
const BY_AMOUNT = /\bby (?:only |just |about |roughly |approximately |nearly |over |up to |~ ?)?$/i;

export class MeasureOfParser implements Parser {
  readonly name = 'MeasureOfParser';

  parse(context: ParseContext): Reading | null {
    const { doc, quantity } = context;
    // A bare number is read here only on a named quality scale ("FID of 13.9"): a sentence that
    // names none has nothing to read it with.
    if (!quantity.unit && !namesScale(doc, context.sentence)) return null;
    const text = doc.text;
    const w = windowsOf(context);
    let end = context.group.start;
    let qualifier = null;
    const q = qualifierBefore(w.left);
    if (q) {
      qualifier = q.qualifier;
      end = w.leftStart + q.offset;
    }
    const linkFrom = Math.max(w.leftStart, end - 40);
    const link = LINK.exec(text.slice(linkFrom, end));
    if (link) end = linkFrom + link.index;
    // "the accuracy drop relative to the FP32 model is below 0.5%", "the average accuracy loss
    // across these workloads is 0.3%": a phrase about the setting may stand between the measure
    // and a verb link.
    // "reduces the root-mean-square error of FP8 attention outputs to 3.2e-4": so may one before "to".
    if ((link && /\b(?:is|are|was|were|stays?|stayed|remains?|remained|kept|to)\b/i.test(link[0])) || (q && (!link || link[0].trim() === ''))) {
      // ... or a bound on it: "keeps the perplexity increase on PG-19 below 0.05".
      end = this.beforeSetting(text, w.leftStart, end);
    }
    // "narrows the perplexity gap to FP16 to 0.31": the gap's compared system stands before the link.
    const gapTo = GAP_TO.exec(text.slice(Math.max(w.leftStart, end - 60), end));
    const gapCompared = gapTo ? { start: end - gapTo[0].length + gapTo[0].indexOf(gapTo.groups?.compared ?? ''), end } : null;
    if (gapTo) end = end - gapTo[0].length + 3;
    // After a verb link ("reaches", "achieves") the measure must stand right before it.
    const verbLink = link !== null && /reach|achiev/i.test(link[0]);
    // "X with 66.3M parameters achieves 80.6% top-1 accuracy": a value that names its own measure
    // after it is that measure's, not the one before the verb.
    if (verbLink && quantity.unit?.kind === 'percent' && metricAt(text, skipSpace(text, quantity.end))?.keyword.metric === 'accuracy') return null;
    const lastWords = lastTokens(text, w.leftStart, end, 40, 4);
    // A change noun right before the link: "improvements of up to 24.8%", "latency reduction of 28%".
    let noun = null;
    for (let i = lastWords.length - 1; i >= 0 && i >= lastWords.length - 2; i--) {
      const token = lastWords[i];
      if (token && CHANGE_TYPE.test(token.lower)) noun = changeNounAt(text, token.start);
      if (noun) break;
    }
    // "throughput rises 3.1x", "latency drops 40%": a verb of change right before the number
    // (no "to" between: "rises to 9.4" is where it went) says how the measure moved.
    const lastWord = lastWords[lastWords.length - 1];
    if (!noun && lastWord && (!link || !/\S/.test(link[0].replace(/only|just|merely|roughly|a mere/gi, '')))) {
      const verb = verbAt(text, lastWord.start);
      if (verb && !verb.entry.comparesObject && verb.end === lastWord.end) noun = verb;
    }
    // "a final training loss of 1.872", "an accuracy gap of": a measure whose name ends in the change
    // word is the measure, not a change of another.
    if (noun) {
      const whole = metricBackward(text, w.leftStart, end, 3);
      if (whole && whole.start < noun.start && whole.end >= noun.end && scaleOf(whole)) noun = null;
    }
    const measureEnd = noun ? noun.start : end;
    let measures: MetricMatch[] = [];
    let near = metricBackward(text, w.leftStart, measureEnd, noun ? 1 : 2);
    // "the car 3D AP (moderate) is 77.9%": a short aside in parentheses may follow the measure.
    if (!near && !noun) {
      const aside = / \([^()]{1,24}\)$/.exec(text.slice(Math.max(w.leftStart, measureEnd - 26), measureEnd));
      if (aside) near = metricBackward(text, w.leftStart, measureEnd - aside[0].length, 2);
    }
    // After a verb link the measure ends right before it ("the cache hit rate reaches 78%").
    if (near && verbLink && !noun && near.end < measureEnd - 1) near = null;
    if (near && text[near.start - 1] === '(' && text[near.end] === ')') {
      // "a word error rate (WER) of 3.1%": the measure is the one its abbreviation names.
      const named = metricBackward(text, w.leftStart, near.start - 2, 3);
      if (named && named.keyword === near.keyword) near = named;
    }
    if (near && noun && near.keyword.metric === 'other') {
      // "decoding throughput at batch size 128 improves 4.1 times": the setting a measure is
      // taken at is not what changed; the measure before it is.
      const setting = SETTING_BEFORE.exec(text.slice(Math.max(w.leftStart, near.start - 12), near.start));
      const settingStart = setting ? near.start - setting[0].length : -1;
      const subject = setting ? metricBackward(text, w.leftStart, settingStart, 3) : null;
      if (subject && subject.end >= settingStart - 1) near = subject;
    }
    if (near) {
      measures = [near];
      // "energy and latency decrease up to 87%": one number, two measures (Decision 5).
      const listStart = Math.max(w.leftStart, near.start - 40);
      const list = metricsIn(text, listStart, measureEnd);
      const joined = list.filter((m) => m.end <= near.start && /^(?:,? and |, )$/.test(text.slice(m.end, near.start).replace(/\s+/g, ' ')) || m === list[list.length - 1]);
      // A list is the subject of the change: its first measure does not close a phrase before it
      // ("a reduction in FLOPs, and throughput increases 1.9x" lists nothing).
      const first = joined[0];
      const boundBefore = first !== undefined && /\b(?:in|of|on|for|at|by|with)\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, first.start - 12), first.start));
      if (noun && !boundBefore && joined.length > 1 && joined.every((m, i, arr) => i === 0 || /^(?:,? and |, |,)$/.test(text.slice((arr[i - 1] as MetricMatch).end, m.start)))) {
        measures = joined;
      }
    }
    if (noun && measures.length === 0) {
      // "an improvement of up to 4.80x and 3.44x for latency and model size respectively".
      const after = measuresAfter(text, context.group.end, clauseEnd(text, context.sentence.end, context.group.end));
      if (after.length > 0) measures = after;
    }
    // "the speedup decreases to 1.9x, and at batch size 16 it falls below 1.2x": a pronoun subject
    // stands for the measure of the claim before it in the sentence, not for the words of the
    // setting before the pronoun; the evidence is then the change itself.
    const pronounSubject = noun !== null && measures.length === 0 && PRONOUN_SUBJECT.test(text.slice(Math.max(0, noun.start - 12), noun.start));
    if (pronounSubject) {
      const antecedent = antecedentMeasure(context);
      if (antecedent) measures = [antecedent];
    } else if (noun && measures.length === 0) {
      // (Not past an earlier claim's number in another clause: "..., and by a factor of 12 with a
      // loss of 3.5 points" does not reach back to the measures before the 12; an appositive
      // does: "a WER of 6.4%, a relative degradation of just 4.9%".)
      const lastClaimed = context.previous.reduce((at, c) => (c.quantity.end <= noun.start ? Math.max(at, c.quantity.end) : at), 0);
      const claimedBefore = lastClaimed > 0 && /\b(?:and|or|while|with)\b/.test(text.slice(lastClaimed, noun.start)) ? lastClaimed : 0;
      // (A speedup names its measure itself: "The memory savings allow larger batches, yielding a
      // training speedup of 1.7x" is no change of memory.)
      const wider = noun.entry.implies === 'speedup' ? null : metricBackward(text, Math.max(context.sentence.start, w.leftStart - 80, claimedBefore), noun.start, 8);
      if (wider) measures = [wider];
      // "we obtain 63.2%, an improvement of 4.6% over X": a change set beside a quality value is one of quality.
      else if ((quantity.unit?.kind === 'percent' || quantity.unit?.kind === 'points') && apposedToQuality(context, noun.start)) {
        return readingFrom(this.name, null, 'accuracy', { movement: noun.entry.movement, relative: true, unit: quantity.unit.unit, evidence: spanOf(noun.start, quantity.end) });
      }
    }
    const measure = measures.length > 1 && measures[0] && measures[0].start > quantity.end ? measures[0] : (measures[measures.length - 1] ?? null);
    // "keeps 6% of the KV cache ... yet matches full attention to within 1.2 points": points are
    // points of quality (CLAIMS.md `pt`); a measure of resources named before them is another claim's.
    // (What a method costs in points is quality paid: read below.)
    if (quantity.unit?.kind === 'points' && measure && measure.keyword.metric !== 'accuracy' && measure.keyword.metric !== 'other' && measure.keyword.metric !== 'cost') return null;
    // "limits the drop to 0.6 points": a change in points is a change in quality.
    const pointsChange = noun !== null && !measure && quantity.unit?.kind === 'points';
    if (!measure && !(noun && noun.entry.implies) && !pointsChange) return null;
    if (!link && !noun && !qualifier && !(measure && measure.end >= end - 1)) return null;
    if (measure && !noun && measure.end < end - 1 && !link) return null;
    const kind = quantity.unit?.kind;
    if (kind === 'points' && /^ of (?:the )?(?:[\w-]+ )?(?:accuracy|score|quality|performance)\b/i.test(text.slice(quantity.end, quantity.end + 40))) {
      // "at a cost of 2.8 points of accuracy": the points name their own measure.
      return null;
    }
    if (measure?.keyword.metric === 'cost' && (kind === 'percent' || kind === 'points')) {
      // "at a cost of just 0.2% accuracy": what a method costs in quality is a loss of it.
      const paid = metricAt(text, skipSpace(text, quantity.end));
      if (paid?.keyword.metric === 'accuracy') {
        return readingFrom(this.name, paid, 'accuracy', { movement: 'down', relative: true, unit: quantity.unit?.unit ?? '%', evidence: spanOf(measure.start, paid.end) });
      }
      // "shrinks the index by 6x at a cost of 1.1 points", "costs on average 1.9 points": points
      // paid are points of quality.
      if (kind === 'points') {
        return readingFrom(this.name, null, 'accuracy', { movement: 'down', relative: true, unit: quantity.unit?.unit ?? 'pt', evidence: spanOf(measure.start, quantity.end) });
      }
    }
    // "shrinking the in-memory index 32x", "cuts KV memory 4x": a verb of change governs the measure
    // the factor follows.
    const governing = !noun && (!link || !/\S/.test(link[0])) && measure && (kind === 'factor' || kind === 'percent') && /^ ?$/.test(text.slice(measure.end, quantity.start)) ? governingVerb(text, w.leftStart, measure.start) : null;
    const changeWord = noun !== null || governing !== null || (measure !== null && CHANGE_TYPE.test(measure.text.split(' ').pop() ?? ''));
    const relative = changeWord && (kind === 'factor' || kind === 'percent' || kind === 'points');
    const namedStart = governing?.start ?? (pronounSubject ? noun?.start : measures[0]?.start) ?? noun?.start ?? quantity.start;
    // "saves roughly 1.2 GWh of electricity": a measure named after the number ends the evidence instead.
    const measureAfter = namedStart > quantity.start;
    const evidenceStart = measureAfter ? quantity.start : namedStart;
    const evidenceEnd = measureAfter ? Math.max(quantity.end, ...measures.map((m) => m.end)) : quantity.end;
    // "an average speedup of 1.75x": "average" before the measure qualifies the number, unless a
    // qualifier stands closer to it ("average accuracy is within 0.6 points").
    const averageBefore = !qualifier && /\baverage\s*$/i.test(text.slice(Math.max(0, evidenceStart - 9), evidenceStart));
    // "the final loss ... is on average only 0.3% higher than that of BF16", "the numerical error
    // ... is 2.6x lower than that of a baseline": a comparative after the linked number says which way.
    const comparative = link && measure && !noun && (kind === 'factor' || kind === 'percent' || kind === 'points') ? COMPARATIVE_THAN_AFTER.exec(text.slice(quantity.end, quantity.end + 30)) : null;
    if (comparative) {
      return readingFrom(this.name, measure, 'other', { movement: comparativeMovement(comparative[0]), relative: true, unit: quantity.unit?.unit ?? 'x', evidence: spanOf(evidenceStart, quantity.end + comparative[0].trimEnd().length) });
    }
    if (relative) {
      const reading = readingFrom(this.name, measure, noun?.entry.implies ?? (pointsChange ? 'accuracy' : 'other'), {
        movement: noun?.entry.movement ?? governing?.entry.movement ?? (measure?.keyword.metric === 'speedup' ? 'better' : null),
        relative: true,
        unit: quantity.unit?.unit ?? 'x',
        evidence: spanOf(Math.max(evidenceStart - (averageBefore ? 8 : 0), 0), evidenceEnd),
      });
      return {
        ...reading,
        ...(noun?.entry.implies === 'speedup' && (!measure || measure.keyword.metric === 'speedup') ? { metric: 'speedup' as const } : {}),
        ...(measures.length > 1 ? { metricList: metricReadings(measures) } : {}),
        ...(averageBefore ? { qualifier: 'on average' as const } : {}),
      };
    }
    if (!quantity.unit) {
      const scaled = this.namedScale(context, measure, evidenceStart, noun, noun ? noun.start : end);
      // A gap to a named system is bounded by it: no direction, the system is the baseline.
      return scaled && gapCompared ? { ...scaled, relative: true, bound: true, comparedObject: gapCompared } : scaled;
    }
    const around = text.slice(Math.max(context.sentence.start, quantity.start - 40), Math.min(context.sentence.end, quantity.end + 30));
    const metric = absoluteMetric(kind, measure, quantity.unit.unit, isJobContext(around), quantity.value);
    if (!metric) return null;
    if (kind === 'percent' && measure?.keyword.metric === 'speedup') return null;
    // "accuracy at 212 µJ": the unit names another measure than the words before; evidence is the value.
    const named = measure ? (measure.keyword.absoluteMetric ?? measure.keyword.metric) : metric;
    const ownEvidence = named !== metric;
    const evidence = spanOf(ownEvidence ? quantity.start : Math.max(0, evidenceStart - (averageBefore ? 8 : 0)), ownEvidence ? quantity.end : evidenceEnd);
    const change = this.changeBy(context, noun);
    return {
      ...absoluteReading(this.name, metric, quantity.unit.unit, evidence, measure, ownEvidence ? null : measure),
      ...(averageBefore ? { qualifier: 'on average' as const } : {}),
      ...(change ? { movement: change, delta: true } : {}),
    };
  }

  /** Where a measure's phrase ends when a prepositional phrase about its setting follows it. */
  private beforeSetting(text: string, from: number, end: number): number {
    const words = joinThousands(lastTokens(text, from, end, 40, 11));
    for (let i = words.length - 1; i >= 1; i--) {
      const word = words[i] as Token;
      // A measure or change right before the link needs no skipping; a list or a number ends the search.
      // A count right after a setting's preposition is part of it ("accuracy over 6 tasks is 64.1%").
      // ("efficiency from 8 to 64 GPUs is 89%": so is a range of counts.)
      const counted = /^\d{1,3}(?:,\d{3})?$/.test(word.text) && (SETTING_PREPOSITIONS.has((words[i - 1] as Token).lower) || ((words[i - 1] as Token).lower === 'to' && words[i - 3]?.lower === 'from'));
      // ("the time-to-first-token for a 1M-token prompt drops to": a number made an adjective is a word of the setting.)
      // ("the accuracy of the sparse 1.3B model is": so is a model's size in its name.)
      const adjective = /^\d[\d.]*[A-Za-z]{0,2}-[A-Za-z]/.test(word.text) || (/^\d[\d.]*[KMB]$/.test(word.text) && /^(?:models?|variants?|networks?|LLMs?|students?|teachers?)$/i.test(words[i + 1]?.lower ?? ''));
      if (/^(?:[,;()]|and|or|but|while|whereas)$/.test(word.lower) || (/^\d/.test(word.text) && !counted && !adjective)) return end;
      // (Past the word right before the link, a measure word may name the compared system's part:
      // "the speedup over PyTorch eager execution is 2.4x".)
      if (CHANGE_TYPE.test(word.lower) || metricAt(text, word.start)?.end === word.end) {
        if (!settingFurtherBack(text, words, i, i === words.length - 1)) return end;
        continue;
      }
      if (!SETTING_PREPOSITIONS.has(word.lower)) continue;
      const head = words[i - 1] as Token;
      if (CHANGE_TYPE.test(head.lower) || endsMeasure(text, words, i - 1)) return word.start - 1;
    }
    return end;
  }

  /**
   * How an absolute amount moved its measure, when it is an amount of change: "saves 1.2 GWh"
   * (the verb right before it), "increases peak memory by 310 MB" (a verb before "by").
   */
  private changeBy(context: ParseContext, noun: WordMatch<MovementWord> | null): Movement | null {
    if (noun) return noun.entry.movement;
    const text = context.doc.text;
    const by = BY_AMOUNT.exec(text.slice(Math.max(context.sentence.start, context.quantity.start - 24), context.quantity.start));
    if (!by) return null;
    const byStart = context.quantity.start - by[0].length;
    const words = lastTokens(text, Math.max(context.sentence.start, byStart - 60), byStart, 60, 6);
    for (let i = words.length - 1; i >= 0; i--) {
      const verb = verbAt(text, (words[i] as Token).start);
      if (verb && !verb.entry.comparesObject) return verb.entry.movement;
    }
    return null;
  }

  /** "FID of 13.9", "perplexity of 29.7": a bare number on a named scale takes the scale as unit. */
  private namedScale(
    context: ParseContext,
    measure: MetricMatch | null,
    evidenceStart: number,
    noun: WordMatch<MovementWord> | null,
    linkStart: number,
  ): Reading | null {
    const text = context.doc.text;
    const quantity = context.quantity;
    // "2.3×10^-3 in mean squared error": the scale may follow the number.
    const inScale = SCALE_AFTER.exec(text.slice(quantity.end, quantity.end + 24));
    const following = inScale ? metricAt(text, quantity.end + inScale[0].length) : null;
    if (following && scaleOf(following)) return this.scaleReading(context, following, quantity.start, following.end, null);
    // The scale stands right before its number and link, or a verb of its change comes between
    // ("perplexity rises to 9.4"); "accuracy for 22 models" names no value.
    if (!measure || !SCALE_TO_LINK.test(text.slice(measure.end, linkStart))) return null;
    return this.scaleReading(context, measure, evidenceStart, quantity.end, noun);
  }

  private scaleReading(context: ParseContext, measure: MetricMatch, start: number, end: number, noun: WordMatch<MovementWord> | null): Reading | null {
    const scale = scaleOf(measure);
    if (!scale || (scale.max !== undefined && !(context.quantity.value > 1 && context.quantity.value <= scale.max))) return null;
    return {
      parser: this.name,
      metric: measure.keyword.absoluteMetric ?? measure.keyword.metric,
      improves: measure.keyword.improves,
      // "an AUC loss of only 0.0012": a change on the scale.
      movement: noun ? noun.entry.movement : null,
      relative: noun !== null,
      unit: scale.unit,
      evidence: spanOf(start, end),
      measure: { start: measure.start, end: measure.end },
    };
  }

}

/**
 * Whether a setting's preposition with a measure before it stands before words[i], in the words
 * read; for the word right before the link (`adjacent`), only a change ("speedup over ...") counts.
 */
function settingFurtherBack(text: string, words: readonly Token[], i: number, adjacent: boolean): boolean {
  for (let j = i - 1; j >= 1; j--) {
    const word = words[j] as Token;
    if (/^(?:[,;()]|and|or|but|while|whereas)$/.test(word.lower) || /^\d/.test(word.text)) return false;
    if (!SETTING_PREPOSITIONS.has(word.lower)) continue;
    const head = words[j - 1] as Token;
    return CHANGE_TYPE.test(head.lower) || (!adjacent && metricAt(text, head.start)?.end === head.end);
  }
  return false;
}

/** A pronoun standing as the subject right before a verb of change ("... it falls below"). */
const PRONOUN_SUBJECT = /(?:^|[\s,;])(?:it|they)\s$/i;

/**
 * The measure named by the last claim read earlier in the sentence, for a pronoun that stands for
 * it: where its reading says, else the word its evidence opens with ("speedup decreases to 1.9x").
 */
function antecedentMeasure(context: ParseContext): MetricMatch | null {
  const last = context.previous[context.previous.length - 1];
  if (!last || last.metric === 'other') return null;
  const named = metricAt(context.doc.text, (last.reading.measure ?? last.evidence).start);
  return named && named.keyword.metric === last.metric ? named : null;
}

/** Prepositions that open a phrase about a measure's setting ("on PG-19", "across workloads", "relative to FP32"). */
const SETTING_PREPOSITIONS: ReadonlySet<string> = new Set(['relative', 'compared', 'versus', 'vs', 'vs.', 'against', 'over', 'across', 'on', 'for', 'in', 'under', 'among', 'at', 'with', 'of', 'from']);

/** The verb of change that governs a measure named right before a number: "shrinking the in-memory index". */
function governingVerb(text: string, from: number, measureStart: number): WordMatch<MovementWord> | null {
  const words = lastTokens(text, from, measureStart, 40, 3);
  for (let i = words.length - 1; i >= 0; i--) {
    const word = words[i] as Token;
    const verb = verbAt(text, word.start);
    if (verb) return verb.entry.movement !== null && !(verb.entry as { comparesObject?: boolean }).comparesObject ? verb : null;
    // Only a determiner or a modifier may stand between the verb and its measure.
    if (!/^(?:the|its|their|our|a|an|[A-Za-z][\w-]*)$/.test(word.text)) return null;
  }
  return null;
}

/** Tokens with "1", ",", "024" read back as the one number "1,024" they are. */
function joinThousands(tokens: readonly Token[]): Token[] {
  const joined: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    const comma = tokens[i + 1];
    const group = tokens[i + 2];
    if (/^\d{1,3}$/.test(token.text) && comma?.text === ',' && comma.start === token.end && group && group.start === comma.end && /^\d{3}$/.test(group.text)) {
      const text = `${token.text},${group.text}`;
      joined.push({ ...token, text, lower: text, end: group.end });
      i += 2;
    } else joined.push(token);
  }
  return joined;
}

/** Whether a measure of one to three words ends with word `k` ("MFU", "scaling efficiency"). */
function endsMeasure(text: string, words: readonly Token[], k: number): boolean {
  const end = (words[k] as Token).end;
  for (let j = k; j >= Math.max(0, k - 2); j--) if (metricAt(text, (words[j] as Token).start)?.end === end) return true;
  return false;
}

/** "gap to FP16", "gap with the teacher": what a gap is measured against, right before the link to its size. */
const GAP_TO = /gap (?:to|with|relative to|versus|vs\.?|from|over|against) (?:the )?(?<compared>[\w.+-]+(?: [\w.+-]+){0,3})$/i;

/** "2.3×10^-3 in mean squared error", "0.4 in terms of FID": a scale named after the number. */
const SCALE_AFTER = /^ (?:in|on) (?:terms of )?(?:the )?/i;

/** What may stand between a named scale and the link to its number. */
const SCALE_TO_LINK = /^(?: \([A-Za-z][A-Za-z0-9-]{0,9}\))? ?(?:(?:change|changes|difference|shift|delta|rises|rose|drops|dropped|falls|fell|increases|increased|decreases|decreased|grows|grew|reaches|reached|improves|improved|remains|remained|stays|stayed|is|was|becomes|became|goes|went|climbs|climbed|degrades|degraded|changes|changed|settles|lands) ?)?$/i;

/** Any of SCALE_HINTS (lower-case), in one pass. */
const SCALE_HINT = new RegExp(SCALE_HINTS.map(escapeRegex).join('|'));

const SCALES_NAMED = memoKey<Map<number, boolean>>('sentences naming a quality scale');

function namesScale(doc: Document, sentence: SentenceSpan): boolean {
  const bySentence = doc.memo(SCALES_NAMED, () => new Map<number, boolean>());
  let names = bySentence.get(sentence.index);
  if (names === undefined) {
    const lower = doc.text.slice(sentence.start, sentence.end).toLowerCase();
    names = SCALE_HINT.test(lower);
    bySentence.set(sentence.index, names);
  }
  return names;
}

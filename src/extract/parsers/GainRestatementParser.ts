/**
 * A factor (or a percent) that restates a gain the abstract has already named, naming no measure itself:
 * "gains shrink but remain at least 1.4x", "the benefit is smaller but still 1.12x", "its
 * advantage over H100 narrows to 1.3x", "BudgetSpec still reaches 1.9x". It is a gain of the kind
 * its own words name ("memory savings grow to 11x"), else of the kind of the latest factor gain
 * read before it in the abstract.
 */
import type { Candidate, Parser, ParseContext, Reading } from '../pipeline.js';
import { metricsIn, OVER_SYSTEM_AFTER, spanOf, windowsOf } from './support.js';

/** A noun for a gain as the subject of the clause: "the gain", "its advantage over H100", "memory savings". */
const GAIN_NOUN = /\b(?:gains?|benefits?|advantages?|speedups?|speed-ups?|savings?|improvements?|margins?)\b/gi;

/**
 * The verb that restates the gain's size, and the words it may take before the number: "is",
 * "remains at least", "narrows to", "still reaches". What comes between the noun and the verb is
 * the gain's own setting ("over H100", "is smaller but"), no claim of its own.
 */
const RESTATING_LINK =
  /\b(?:is|are|was|were|remains?|remained|stays?|stayed|still|narrows? to|narrowed to|shrinks? to|shrank to|drops? to|dropped to|falls? to|fell to|grows? to|grew to|rises? to|rose to|reaches|reached|becomes?|became|amounts? to)(?: (?:reaches|reached|achieves|delivers|yields|is|at least|about|around|roughly|nearly|almost|up to|only|just|a|an))* ?$/i;

/** "gains are far smaller (1.1-1.6x)": a gain said to be smaller or larger, sized in parentheses. */
const SIZED_LINK = /\b(?:is|are|was|were|remains?|stays?)(?: (?:far|much|somewhat|slightly|considerably|still|only|more))* (?:smaller|larger|lower|higher|more modest|modest|limited|similar) $/i;

/** ", ranging from 1.2x to 1.4x": a range that sizes the clause before it. */
const RANGING_BEFORE = /, (?:ranging|varying|which range|that range) (?:from|between) $/i;
/** "Memory savings grow with sequence length, reaching 8.9x at 64K tokens": a participle that sizes the clause before it. */
const REACHING_BEFORE = /, (?:reaching|hitting|peaking at|topping out at|up to)(?: (?:up to|about|roughly|nearly|over|more than))? $/i;

/** Between a gain and the participle that sizes it: its setting, with no number or clause of its own. */
const REACHED_GAP = /^[^,;:\d]{0,80}$/;

/**
 * "At 32K context the gain is smaller, 1.12x over 1F1B-interleaved": a factor set after a clause
 * about the gain, with what it is over, sizes that gain too.
 */
const APPOSED_BEFORE = /, (?:(?:roughly|about|around|only|just|still|nearly|at least|at most) )?$/i;

/** "BudgetSpec still reaches 1.9x": with "still", the gain need not be named. */
const STILL_LINK = /\bstill(?: (?:reaches|reached|achieves|delivers|yields|gives|provides|is|at least|about|around|roughly|nearly|almost|up to|only|a|an))* ?$/i;

/** The words a gain's noun phrase opens with: a determiner and up to two modifiers, or one modifier. */
const NOUN_PHRASE_OPENING =
  /(?:\b(?:the|its|their|our|this|these|that)(?: [a-z][\w-]*){0,2} |(?<=^|\s)(?!(?:and|but|or|while|when|where|which|so|yet|on|in|at|for|of|with|to|by|as)\b)[a-z][\w-]* )$/i;

/** What may stand between a gain noun and its verb: its setting ("over H100"), no number of its own and no new clause. */
const NOUN_TO_LINK = /^(?:[^,;:\s]|\s(?!\d))*$/;

export class GainRestatementParser implements Parser {
  readonly name = 'GainRestatementParser';

  parse(context: ParseContext): Reading | null {
    const { doc, quantity } = context;
    const unit = quantity.unit;
    const kind = unit?.kind;
    if (!unit || (kind !== 'factor' && kind !== 'percent') || context.group.members.length > 1) return null;
    const text = doc.text;
    const w = windowsOf(context);
    // "decoding gains are far smaller (1.1-1.6x)": a gain sized in parentheses after its clause.
    const parenthesized = / \($/.test(w.left);
    // "gains are smaller but consistent, ranging from 1.2x to 1.4x": a range set after a clause
    // about the gain sizes it, as parentheses do.
    const ranging = quantity.valueMax !== null ? RANGING_BEFORE.exec(w.left) : null;
    const apposed = !parenthesized && !ranging && OVER_SYSTEM_AFTER.test(text.slice(quantity.end, quantity.end + 20)) ? APPOSED_BEFORE.exec(w.left) : null;
    const reaching = !parenthesized && !ranging && !apposed ? REACHING_BEFORE.exec(w.left) : null;
    const sized = ranging ?? apposed ?? reaching;
    const before = parenthesized ? w.left.slice(0, -1) : sized ? w.left.slice(0, sized.index) : w.left;
    // The clause before the number: after the last comma of its window.
    const clauseFrom = w.leftStart + before.lastIndexOf(',') + 1;
    const clause = text.slice(clauseFrom, w.leftStart + before.length);
    // Where the words that link the gain to its number start (a range's "ranging from", or the
    // comma an apposed factor follows, was cut off already).
    let linkAt: number;
    if (sized) linkAt = clause.length;
    else {
      const link = (parenthesized ? SIZED_LINK : RESTATING_LINK).exec(clause);
      if (!link) return null;
      linkAt = link.index;
    }
    const linkStart = clauseFrom + linkAt;
    const noun = this.gainNounBefore(clause, linkAt);
    // ("a speedup of 3.6x on average over X, reaching up to 4.3x on HumanEval": a participle right
    // after a gain of its own kind in the sentence sizes that gain.)
    const reached = reaching && noun === null ? context.previous[context.previous.length - 1] : undefined;
    if (reaching && reached && reached.reading.relative && reached.quantity.unit?.kind === kind && REACHED_GAP.test(text.slice(reached.quantity.end, w.leftStart + reaching.index))) {
      // (The evidence opens on the participle, past the ", " the pattern starts with.)
      return { ...reached.reading, parser: this.name, unit: unit.unit, evidence: spanOf(linkStart + 2, quantity.end), metricList: undefined, comparedObject: undefined, qualifier: null, subject: null } as Reading;
    }
    // (A range or an apposed factor after a clause sizes a gain only when the clause names one.)
    if (sized && noun === null) return null;
    // (A percent restates a gain only when the gain is named: "the improvement over X drops to 9%".)
    if (noun === null && (kind === 'percent' || !STILL_LINK.test(clause))) return null;
    const evidenceStart = noun !== null ? clauseFrom + noun : linkStart;
    const evidenceEnd = parenthesized && text[quantity.end] === ')' ? quantity.end + 1 : quantity.end;
    // "memory savings grow to 11x": the gain names its measure.
    const named = metricsIn(text, evidenceStart, linkStart).pop();
    if (named) {
      return {
        parser: this.name,
        metric: named.keyword.metric,
        improves: named.keyword.improves,
        movement: 'better',
        relative: true,
        unit: unit.unit,
        evidence: spanOf(evidenceStart, evidenceEnd),
        measure: { start: named.start, end: named.end },
      };
    }
    // ("... improves throughput by 23% over X. At 32K context the gain is smaller, 1.12x over X":
    // a gain named outright may restate one written in the other kind.)
    const gain = latestGain(context.earlier, kind) ?? (noun !== null ? latestGain(context.earlier, kind === 'factor' ? 'percent' : 'factor') : null);
    if (!gain) return null;
    return {
      ...gain.reading,
      // A speed gain restated grows, whatever time the first one was written as.
      ...(gain.metric === 'speedup' ? { movement: 'better' as const, improves: 'up' as const, timeLike: false } : {}),
      parser: this.name,
      unit: unit.unit,
      evidence: spanOf(evidenceStart, evidenceEnd),
      metricList: undefined,
      comparedObject: undefined,
      qualifier: null,
      subject: null,
    } as Reading;
  }

  /** Where the gain noun the link restates starts in the clause (the last one before the link), or null. */
  private gainNounBefore(clause: string, linkAt: number): number | null {
    let found: number | null = null;
    GAIN_NOUN.lastIndex = 0;
    for (let match = GAIN_NOUN.exec(clause); match !== null && match.index < linkAt; match = GAIN_NOUN.exec(clause)) {
      const between = clause.slice(match.index + match[0].length, linkAt);
      if (between.length <= 60 && NOUN_TO_LINK.test(between)) {
        found = match.index;
        break;
      }
    }
    if (found === null) return null;
    // The noun phrase opens a word or two earlier: "the end-to-end gain", "memory savings".
    const before = NOUN_PHRASE_OPENING.exec(clause.slice(0, found));
    return before ? found - before[0].length : found;
  }
}

/**
 * The latest gain stated before this number in its kind (a factor, or a percent for a percent):
 * the one a restatement repeats. A gain of a named measure comes first: "the gain" restates a
 * speedup or a saving rather than "batch sizes up to 3x larger".
 */
function latestGain(earlier: readonly Candidate[], kind: 'factor' | 'percent'): Candidate | null {
  let other: Candidate | null = null;
  for (let i = earlier.length - 1; i >= 0; i--) {
    const c = earlier[i] as Candidate;
    if (!c.reading.relative || c.reading.ratio || c.reading.bound || c.quantity.unit?.kind !== kind) continue;
    if (c.metric !== 'other' && c.metric !== 'accuracy') return c;
    other ??= c;
  }
  return other;
}

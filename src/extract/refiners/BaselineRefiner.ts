/**
 * What a relative claim is measured against (Decision 7): the comparison in its own clause first
 * ("1.5x faster than MobileNetV2"), then one shared by its list ("2.4x smaller and 1.5x faster
 * than ..."), then the closest earlier comparison of the same sentence ("than MobileNetV2, while
 * being 1.2x faster"); never across sentences. "respectively" pairs list items with numbers.
 */
import { copyCandidate, type Candidate, type Refiner, type RefineContext, type Span } from '../pipeline.js';
import type { Document } from '../document.js';
import { verbAt } from '../vocabulary/directions.js';
import { tokens } from '../parsers/support.js';
import { comparisonPhrases, listItems, type ComparisonPhrase } from './comparisons.js';

const CLAUSE_BREAK = /[;]|\b(?:which|where)\b/i;
const OUTPERFORMS_BY_BEFORE = /\b(?:outperform|surpass|beat|exceed)\w* by(?: up to| about| over| nearly)? ?$/i;

/** Readings of a change, by a verb or a noun ("reduces X by 2x", "a speedup of 1.9x"), not a comparative adjective ("a 4.6x larger batch"). */
const CHANGE_PARSERS: ReadonlySet<string> = new Set(['VerbByParser', 'MeasureOfParser', 'ChangeNounParser']);

function crossesClause(doc: Document, from: number, to: number, change: boolean): boolean {
  const text = doc.text;
  // "..., while achieving 9.23x higher than X": a while-clause compares the same two things.
  const whileAt = text.slice(from, to).search(/\b(?:while|whereas)\b/i);
  if (whileAt >= 0) to = from + whileAt;
  if (CLAUSE_BREAK.test(text.slice(from, to))) return true;
  let previous = '';
  for (const token of tokens(text, from, to, 30)) {
    const verb = verbAt(text, token.start);
    // "reduces A by 96% and shortens B by 2.6x relative to X", "a speedup of 1.9x and cuts energy
    // by 43% compared to X": changes joined by "and" share the comparison that closes them.
    const joinedChange = change && previous === 'and' && verb !== null && verb.entry.movement !== null;
    if (verb && !verb.entry.comparesObject && !joinedChange && /(?:s|ing|ed)$/.test(token.lower)) return true;
    previous = token.lower;
    if (/^(?:achieves?|achieving|reaches|delivers|brings|shows|obtains|gets|enables|supports|speeds|demonstrates)$/i.test(token.lower)) return true;
  }
  return false;
}

/**
 * ", and compared with Y it improves ...": a comparison fronted after a conjunction opens the next
 * clause (a trailing ", compared to an A100 GPU" still compares the claims before it).
 */
const FRONTED_CUE = /^(?:compared (?:to|with)|in comparison (?:to|with)|relative to|against)\b/i;

function opensNextClause(doc: Document, from: number, phrase: ComparisonPhrase): boolean {
  const text = doc.text;
  return phrase.cue > from && FRONTED_CUE.test(text.slice(phrase.cue, phrase.cue + 24)) && /(?:[,;]\s*(?:and|but|while|whereas)|;)\s*$/.test(text.slice(from, phrase.cue));
}

function pick(c: Candidate, phrase: ComparisonPhrase, doc: Document): { text: string; span: Span } {
  const size = c.group.members.length;
  if (size > 1) {
    const items = listItems(phrase.text);
    const sentence = doc.text.slice(c.sentence.start, c.sentence.end);
    if (items.length === size && (/respectively/i.test(sentence) || c.group.slashed || phrase.text.includes('/'))) {
      // (A listed item keeps no article of its own: "and the best prior accelerator".)
      const item = (items[c.position] ?? phrase.text).replace(/^(?:the|an?) /i, '');
      const offset = phrase.text.indexOf(item);
      return { text: item, span: { start: phrase.span.start + Math.max(0, offset), end: phrase.span.start + Math.max(0, offset) + item.length } };
    }
  }
  return { text: phrase.text, span: phrase.span };
}

export class BaselineRefiner implements Refiner {
  readonly name = 'BaselineRefiner';

  refine(candidates: readonly Candidate[], { doc }: RefineContext): readonly Candidate[] {
    return candidates.map((c) => {
      if (!c.reading.relative) return c;
      const found = this.find(c, doc);
      if (!found) return c;
      const copy = copyCandidate(c);
      copy.baseline = found.text;
      copy.baselineSpan = found.span;
      return copy;
    });
  }

  private find(c: Candidate, doc: Document): { text: string; span: Span } | null {
    const text = doc.text;
    const object = c.reading.comparedObject;
    if (object) return { text: text.slice(object.start, object.end).replace(/^(?:the|even the) /i, ''), span: object };
    const phrases = comparisonPhrases(doc, c.sentence);
    const q = c.quantity;
    if (c.reading.inverted) {
      const named = doc.hardwareIn(c.sentence).filter((h) => h.end <= q.start);
      const device = named.find((h) => h.entity.vendor !== null) ?? named[0];
      if (device) return { text: device.entity.name, span: { start: device.start, end: device.end } };
    }
    if (OUTPERFORMS_BY_BEFORE.test(text.slice(Math.max(c.sentence.start, q.start - 40), q.start))) {
      const after = /^(?: times)? (?:the )?(?<phrase>[^,;.()]{2,80})/.exec(text.slice(q.end, c.sentence.end));
      const phrase = after?.groups?.phrase?.split(/ (?:on|in|with|when|for|using|while)\b/)[0];
      if (phrase) {
        const start = q.end + (after?.[0].indexOf(phrase) ?? 0);
        return { text: phrase, span: { start, end: start + phrase.length } };
      }
    }
    const from = Math.max(c.group.end, c.evidence.end);
    const right = phrases.find((p) => p.cue >= q.end && !p.verbObject && (p.cue <= from || !crossesClause(doc, from, p.cue, CHANGE_PARSERS.has(c.reading.parser))) && !opensNextClause(doc, from, p));
    if (right) return pick(c, right, doc);
    const left = [...phrases].reverse().find((p) => p.span.end <= q.start && !p.subordinate);
    if (left) return pick(c, left, doc);
    return null;
  }
}

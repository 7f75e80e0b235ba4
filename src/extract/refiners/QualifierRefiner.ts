/**
 * Qualifiers (Decision 6): the word written closest before the number wins ("On average, ... by
 * up to 2.9x" is "up to"); a qualifier is not carried to the next number of a list unless
 * repeated; "on average" may follow the number; a sentence-opening "On average," qualifies the
 * sentence's first claim when nothing closer does.
 */
import { copyCandidate, type Candidate, type Refiner, type RefineContext } from '../pipeline.js';
import { qualifierAfter, qualifierBefore } from '../vocabulary/qualifiers.js';
import { clauseStart } from '../parsers/support.js';

const AVERAGE_MEASURE_OF = /\baverage (?:[\w-]+ ){1,3}(?:of|is|was|reaches) (?:about |around |only |just )?$/i;
const SENTENCE_OPENING_AVERAGE = /^(?:on average|in average|on avg\.),/i;

export class QualifierRefiner implements Refiner {
  readonly name = 'QualifierRefiner';

  refine(candidates: readonly Candidate[], { doc }: RefineContext): readonly Candidate[] {
    const text = doc.text;
    const firstInSentence = new Set<number>();
    return candidates.map((c) => {
      const q = c.quantity;
      let qualifier = c.reading.qualifier ?? null;
      if (!qualifier) {
        const previous = c.group.members[c.position - 1];
        const from = previous ? previous.end : clauseStart(text, c.sentence.start, q.start);
        const found = qualifierBefore(text.slice(from, q.start));
        if (found) qualifier = found.qualifier;
      }
      if (!qualifier && c.position === 0) {
        // "An average computing efficiency of 3.11": "average" names how the measure was taken.
        const from = clauseStart(text, c.sentence.start, q.start);
        if (AVERAGE_MEASURE_OF.test(text.slice(from, q.start))) qualifier = 'on average';
      }
      if (!qualifier) {
        // "0.56% on average", "33% of decoder layers on average": after the number or its phrase.
        const after = qualifierAfter(text.slice(q.end, q.end + 20)) ?? (c.evidence.end > q.end ? qualifierAfter(text.slice(c.evidence.end, c.evidence.end + 20)) : null);
        if (after) qualifier = after.qualifier;
      }
      const isFirst = !firstInSentence.has(c.sentence.index);
      firstInSentence.add(c.sentence.index);
      if (!qualifier && isFirst && SENTENCE_OPENING_AVERAGE.test(text.slice(c.sentence.start, c.sentence.start + 14))) {
        qualifier = 'on average';
      }
      if (qualifier === c.qualifier) return c;
      const copy = copyCandidate(c);
      copy.qualifier = qualifier;
      return copy;
    });
  }
}

/**
 * Gaps to a compared system, whatever parser read the number: "within 0.4 points of 4-bit QLoRA"
 * bounds the gap (qualifier "less than", no direction, the system after "of" is the baseline);
 * "recovers all but 0.3 perplexity of the dense model" states it (the work is that much worse);
 * a signed number ("-1.2% vs. the dense baseline", "FID change of +0.08") is a change that way.
 */
import { copyCandidate, type Candidate, type Reading, type Refiner, type RefineContext } from '../pipeline.js';
import { comparedPhraseAt } from './comparisons.js';

const WITHIN_BEFORE = /\b(?:to )?within (?:about |roughly |only |just )?$/i;
const ALL_BUT_BEFORE = /\ball but (?:about |roughly |only |just )?$/i;
/** The words between a number with its unit and the "of" that names the compared system. */
const OF_AFTER = /^(?: [a-zA-Z][\w-]*){0,2}? of (?=\S)/;
const SIGN_BEFORE = /(?:^|[\s(:=,])([+-]) ?$/;

export class GapRefiner implements Refiner {
  readonly name = 'GapRefiner';

  refine(candidates: readonly Candidate[], { doc }: RefineContext): readonly Candidate[] {
    return candidates.map((c) => {
      const text = doc.text;
      const q = c.quantity;
      const before = text.slice(Math.max(c.sentence.start, q.start - 24), q.start);
      const within = WITHIN_BEFORE.test(before);
      const allBut = !within && ALL_BUT_BEFORE.test(before);
      if (within || allBut) {
        const of = OF_AFTER.exec(text.slice(q.end, q.end + 40));
        const compared = of ? comparedPhraseAt(text, q.end + of[0].length, c.sentence.end) : null;
        if (!compared) return c;
        const reading: Reading = within
          ? { ...c.reading, relative: true, bound: true, comparedObject: c.reading.comparedObject ?? compared.span }
          : { ...c.reading, relative: true, movement: 'worse', comparedObject: compared.span };
        const copy = copyCandidate(c);
        copy.reading = reading;
        return copy;
      }
      const sign = SIGN_BEFORE.exec(before);
      if (sign && c.group.members.length === 1 && c.quantity.form === 'number' && c.reading.movement === null) {
        // "scores -1.2% vs. the dense baseline", "FID change of +0.08": the sign says which way.
        const copy = copyCandidate(c);
        copy.reading = { ...c.reading, relative: true, movement: sign[1] === '+' ? 'up' : 'down' };
        return copy;
      }
      return c;
    });
  }
}

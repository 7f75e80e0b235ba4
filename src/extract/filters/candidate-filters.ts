/**
 * Claim-level traps: numbers read as claims that are not the paper's own result: background
 * about the field or prior work, and the compared system's own numbers in a result sentence.
 */
import type { Candidate, CandidateFilter } from '../pipeline.js';
import type { Document } from '../document.js';

export const BackgroundFilter: CandidateFilter = {
  name: 'BackgroundFilter',
  reject: (c: Candidate, doc: Document) =>
    doc.background[c.sentence.index] ? 'background: the sentence is about the field or prior work, not this paper' : null,
};

const VERSUS_BEFORE = /\b(?:vs\.?|versus)\s*(?:the\s)?$/i;
const OUTPERFORMS_AT = /\b(?:outperform|surpass|beat|exceed)\w* [^,;]{1,40} at (?:about |around |only )?$/i;
const COMPARED_PAREN = /\b(?:than|as (?:fast|good|accurate|small|large|efficient) as|compared (?:to|with)|versus|vs\.?|over|like)\s+[^,;()]{1,40}\($/i;
const WHILE_CLAUSE = /\b(?:while|whereas)\s+(?<subject>[^,;]{0,80})$/i;
const OWN_CONTINUATION = /^(?:being|maintaining|keeping|using|achieving|reducing|requiring|retaining|preserving|improving|delivering|providing|running|consuming|supporting|enabling|having|offering|still|also|we|our|it|its|the proposed|simultaneously|allowing|attaining|lowering|increasing|saving|cutting|incurring|introducing|matching|outperforming|yielding|remaining)\b/i;

export const BaselineValueFilter: CandidateFilter = {
  name: 'BaselineValueFilter',
  reject(c: Candidate, doc: Document) {
    const text = doc.text;
    const start = c.quantity.start;
    const before = text.slice(Math.max(c.sentence.start, start - 90), start);
    if (VERSUS_BEFORE.test(before)) return "the compared system's own number (after vs.)";
    if (OUTPERFORMS_AT.test(before)) return "the compared system's own number (outperforms X at N)";
    const open = before.lastIndexOf('(');
    if (open >= 0 && before.indexOf(')', open) < 0) {
      const context = text.slice(Math.max(c.sentence.start, start - 90), Math.max(c.sentence.start, start - 90) + open + 1);
      if (COMPARED_PAREN.test(context)) return "the compared system's own numbers (in parentheses after it)";
    }
    const whileClause = WHILE_CLAUSE.exec(before);
    if (whileClause) {
      const subject = (whileClause.groups?.subject ?? '').trim();
      const ownName = doc.ownNames.some((name) => subject.includes(name));
      // "while X only achieves 45": "only" sets others apart; right before the number ("drop by only 0.2%") it sizes it.
      const sized = subject.replace(/\bonly$/, '');
      if (!OWN_CONTINUATION.test(subject) && !ownName && /\b(?:only|baselines?|existing|prior|previous|original)\b/.test(sized)) {
        return "the compared system's own number (in a while-clause about it)";
      }
    }
    return null;
  },
};

export const CANDIDATE_FILTERS: readonly CandidateFilter[] = [BackgroundFilter, BaselineValueFilter];

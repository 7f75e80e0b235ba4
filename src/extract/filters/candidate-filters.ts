/**
 * Claim-level traps: numbers read as claims that are not the paper's own result: background
 * about the field or prior work, and the compared system's own numbers in a result sentence.
 */
import type { Candidate, CandidateFilter } from '../pipeline.js';
import type { Document } from '../document.js';
import { metricAt } from '../vocabulary/metrics.js';

export const BackgroundFilter: CandidateFilter = {
  name: 'BackgroundFilter',
  reject: (c: Candidate, doc: Document) =>
    doc.background[c.sentence.index] ? 'background: the sentence is about the field or prior work, not this paper' : null,
};

const VERSUS_BEFORE = /\b(?:vs\.?|versus)\s*(?:the\s)?$/i;
const COMPARED_VALUE_BEFORE = /\b(?:compared (?:to|with)|as opposed to|relative to|against)\s+(?:(?:about|roughly|around|approximately|nearly|almost|over|more than|less than|only|just|the|a|an)\s+)*$/i;
const FOR_SYSTEM_AFTER = /^ (?:for|of|with|by) (?:the )?[A-Z][\w.+-]*/;
const COMPARED_WITH_BEFORE = /\b(?:than|over|versus|vs\.?|compared (?:to|with)) [^,;]{1,60} (?:with|at|of) (?:more than|less than|over|under|at least|at most|above|below) $/i;
const COMPARED_WHICH_BEFORE = /\b(?:than|of|over|versus|vs\.?|compared (?:to|with)|relative to) (?:the )?[A-Z][^,;]{0,50}, which (?:required|requires|needed|needs|took|takes|used|uses|consumed|consumes|reported|reports)(?: (?:an estimated|about|around|roughly|over|more than|nearly|almost))? $/;
const WOULD_NEED_BEFORE = /\b(?:would|will) (?:need|require|take|use|consume|occupy)(?: (?:about|around|roughly|over|more than|nearly|almost|up to))? $/i;
const OUTPERFORMS_AT = /\b(?:outperform|surpass|beat|exceed)\w* [^,;]{1,40} at (?:about |around |only )?$/i;
const COMPARED_PAREN = /\b(?:than|as (?:fast|good|accurate|small|large|efficient) as|compared (?:to|with)|versus|vs\.?|over|like)\s+[^,;()]{1,40}\($/i;
const WHILE_CLAUSE = /\b(?:while|whereas|where)\s+(?<subject>[^,;]{0,80})$/i;
/** A system's name as the subject of a verb of result: "QLoRA requires", "ZeRO-Infinity only achieves". */
// ("whereas H2O and StreamingLLM lose 2.3 and 4.1 points": several named systems share the verb.)
const SUBJECT_SYSTEM = '(?:[A-Z][a-z]*[A-Z0-9][\\w.+-]*|[A-Z]{2,}[\\w.+-]*)(?: [A-Z][\\w.+-]*)?';
const NAMED_SUBJECT = new RegExp(
  `^(?:the )?(?:[a-z][\\w-]* ){0,4}${SUBJECT_SYSTEM}(?:(?:,| and|, and) ${SUBJECT_SYSTEM}){0,3} (?:only |still |also )?(?:requires?|needs?|uses?|achieves?|reaches|takes?|consumes?|runs?|gets?|obtains?|attains?|delivers?|becomes?|became|remains?|has|have|is|are|was|were|loses?|lost|drops?|dropped|degrades?|degraded|suffers?|suffered|incurs?|incurred)\\b`,
);
const OWN_CONTINUATION = /^(?:being|maintaining|keeping|using|occupying|achieving|reducing|requiring|retaining|preserving|improving|delivering|providing|running|consuming|supporting|enabling|having|offering|still|also|we|our|it|its|the proposed|simultaneously|allowing|attaining|lowering|increasing|saving|cutting|incurring|introducing|matching|outperforming|yielding|remaining|serving|sustaining|processing|handling|generating|scaling)\b/i;

export const BaselineValueFilter: CandidateFilter = {
  name: 'BaselineValueFilter',
  reject(c: Candidate, doc: Document) {
    const text = doc.text;
    const start = c.quantity.start;
    const before = text.slice(Math.max(c.sentence.start, start - 90), start);
    if (VERSUS_BEFORE.test(before)) return "the compared system's own number (after vs.)";
    // "costs about $6, compared with roughly $95 on rented A100s": a value right after the comparison is the other side's.
    // ("compared with a 1.1% drop for ToMe": a change too, when the system it is for is named.)
    if (COMPARED_VALUE_BEFORE.test(before) && (!c.reading.relative || FOR_SYSTEM_AFTER.test(text.slice(c.evidence.end, c.evidence.end + 30)))) return "the compared system's own number (after compared with)";
    // "where the full cache would need 122 GB": what the compared design would take is its number.
    if (WOULD_NEED_BEFORE.test(before)) return "the compared system's own number (what it would need)";
    // "within 0.6 points of HuBERT Base, which required an estimated 32 GPU-days": a value in a
    // relative clause about the compared system ("which needs 25 times more computation" compares).
    // "1.8 times faster than the next fastest model with more than 70% mIoU": what picks the compared system.
    if (!c.reading.relative && COMPARED_WITH_BEFORE.test(before)) return "the compared system's own number (in a phrase about it)";
    if (!c.reading.relative && COMPARED_WHICH_BEFORE.test(before)) return "the compared system's own number (in a clause about it)";
    // ("outperforms X by 0.6% at 33% fewer FLOPs": a comparison after "at" is the work's own.)
    if (OUTPERFORMS_AT.test(before) && !c.reading.relative) return "the compared system's own number (outperforms X at N)";
    const open = before.lastIndexOf('(');
    if (open >= 0 && before.indexOf(')', open) < 0) {
      const context = text.slice(Math.max(c.sentence.start, start - 90), Math.max(c.sentence.start, start - 90) + open + 1);
      if (COMPARED_PAREN.test(context)) return "the compared system's own numbers (in parentheses after it)";
    }
    const whileClause = WHILE_CLAUSE.exec(before);
    if (whileClause) {
      const rawSubject = whileClause.groups?.subject ?? '';
      const subject = rawSubject.trim();
      // (The clause ends at the number: its subject starts this far before it.)
      const subjectStart = start - rawSubject.trimStart().length;
      const ownName = doc.ownNames.some((name) => subject.includes(name));
      // "whereas QLoRA requires 46 GB": a system named as the subject of the contrast is the compared one.
      const named = NAMED_SUBJECT.exec(subject);
      // ("while PSNR drops by only 0.21 dB": an acronym that names a measure is no system. Read in
      // the document's own text, where the measure lookups of the abstract are kept.)
      const acronym = /[A-Z][\w.+-]*/.exec(subject);
      const acronymStart = acronym ? subjectStart + acronym.index : -1;
      const measure = acronym !== null && metricAt(text, acronymStart)?.end === acronymStart + acronym[0].length;
      if (named && !ownName && !measure && !OWN_CONTINUATION.test(subject)) return "the compared system's own number (in a while-clause about it)";
      // "while X only achieves 45": "only" sets others apart; right before the number ("drop by only 0.2%") it sizes it.
      // ("whereas naive concatenation loses 7-12 points": the words of a baseline name it.)
      const sized = subject.replace(/\bonly$/, '');
      if (!OWN_CONTINUATION.test(subject) && !ownName && /\b(?:only|baselines?|existing|prior|previous|original|teachers?|uncompressed|unpruned|naive|vanilla|standard|conventional|default|plain|unoptimized|dense|full)\b/.test(sized)) {
        return "the compared system's own number (in a while-clause about it)";
      }
    }
    return null;
  },
};

/**
 * "Prior methods report 2-4x memory reduction", "pruning methods claim up to 50% sparsity": what
 * other methods report, in a survey or an introduction, is background (not the paper's finding).
 */
const OTHERS_REPORT = /(?:^|[,;:(] |\b(?:and|but|while|whereas|although) )(?:the |most |many |some |several |existing |prior |previous |current |recent |other |typical |popular |leading |state-of-the-art )*(?:[\w-]+ ){0,2}(?:methods|approaches|work|works|studies|research|literature|papers|systems|techniques|solutions|frameworks|implementations|baselines|accelerators|designs|models|compilers|engines)(?<names> [^\s,;]+(?:,? (?:and )?[^\s,;]+){0,3})?(?: typically| usually| often| generally| commonly| reportedly)?(?: has| have)? (?:report|reported|claim|claimed|found|observed|shown|showed|demonstrated|achieve|achieved|reach|reached|obtain|obtained|show|showed|yield|yielded|provide|provided|offer|offered|deliver|delivered|attain|attained)\b[^;:]{0,60}$/i;
const OWN_MARK = /\b(?:we|our|ours|proposed)\b/i;
/** Words that set other methods apart from the paper's own. */
const OTHERS_WORD = /\b(?:most|many|some|several|existing|prior|previous|earlier|current|recent|other|others|typical|popular|leading|state-of-the-art|SOTA|conventional|traditional|competing|baseline|baselines|standard|classical|off-the-shelf|commercial)\b/i;
/** A system's name: a capital, a digit or a Greek letter in it ("DeepCache", "Δ-DiT", "H2O"). */
const SYSTEM_NAME = /[A-Z0-9\u0370-\u03FF]/;
/**
 * "the typical gains reported in the literature, e.g. 2-4x memory reduction ... and 2-3x
 * speedups": numbers quoted as the literature's, in the list that follows where it says so.
 */
const LITERATURE_QUOTED = /\breported (?:in|by) (?:the )?(?:literature|prior (?:work|studies|art)|previous (?:work|studies)|existing (?:work|studies)|earlier (?:work|studies)|original (?:papers?|works?)|(?:their|the) authors)(?: \[[\d,\s-]+\])?(?<quoted>(?:,? (?:e\.g\.|i\.e\.|such as|for example|for instance|like|including|namely),?|:| \((?:e\.g\.,?)?| of) [^;:]{0,100})$/i;
/**
 * "for which the original papers reported speedups of 2-3x", "vendor datasheets list 865 TFLOPS":
 * what the cited papers or the vendors state, quoted by this paper.
 */
const SOURCES_STATE = /\b(?:(?:the )?(?:original|cited|respective) (?:papers?|works?|authors)|(?:vendor |manufacturer |official )?(?:datasheets?|spec(?:ification)? sheets?)|vendors?|manufacturers?) (?:report|reported|reports|claim|claimed|claims|list|lists|listed|quote|quotes|quoted|specify|specifies|advertise|advertises|advertised|promise|promises)\b[^;:.]{0,80}$/i;
/**
 * "such as PagedAttention, which reduced memory waste from 60-80% ...", "Compared with Medusa,
 * which adds 0.3B parameters": a relative clause about a named example, or about the system a
 * sentence opens by comparing with, is about that system ("faster than X, which translates into
 * ..." is about the result).
 */
const NAMED_WHICH = /(?:\b(?:such as|like|including|e\.g\.,?)|^(?:[Cc]ompared (?:with|to)|[Uu]nlike)) (?:the )?(?:[a-z-]+ )?(?<name>[A-Z][\w.+-]*(?: [A-Z][\w.+-]*)?),? which\b[^,;]{0,90}$/;

const PRIOR_WORK_YIELDS =
  /\b(?:from|of|in|by) (?:the )?(?:prior|previous|earlier|existing) (?:work|works|methods?|approaches|systems|designs)(?: [\w-]+)? (?:yields?|yielded|achieves?|achieved|reach(?:es)?|reached|gives?|gave|gets?|got|gets only|obtains?|obtained|delivers?|delivered)\b[^;:,]{0,50}$/i;

export const OthersReportFilter: CandidateFilter = {
  name: 'OthersReportFilter',
  reject(c: Candidate, doc: Document) {
    const text = doc.text;
    const start = Math.max(c.sentence.start, c.quantity.start - 120);
    const before = text.slice(start, c.quantity.start);
    if (SOURCES_STATE.test(before)) return 'background: what the cited papers or vendors state, quoted by this paper';
    const which = NAMED_WHICH.exec(before);
    if (which && !doc.ownNames.some((name) => (which.groups?.name ?? '').includes(name))) return 'background: a relative clause about another system';
    const quoted = LITERATURE_QUOTED.exec(before);
    if (quoted && !OWN_MARK.test(quoted.groups?.quoted ?? '')) return 'background: numbers the literature reports, quoted by this paper';
    // "where fixed trees from prior work yield speedups below 1.2x": what prior work's designs get.
    if (PRIOR_WORK_YIELDS.test(before)) return "background: what prior work's designs yield, not this paper's result";
    const report = OTHERS_REPORT.exec(before);
    if (!report || OWN_MARK.test(report[0]) || doc.ownNames.some((name) => report[0].includes(name))) return null;
    // "the feature-caching methods DeepCache and Δ-DiT reach": what may follow the noun is names only.
    const names = report.groups?.names;
    if (names && !names.trim().split(/,? (?:and )?|, /).every((name) => SYSTEM_NAME.test(name))) return null;
    // "the pruned models achieve 1.52x": without a word that sets them apart (prior, existing,
    // other ...) or their names, the methods or models are the paper's own.
    if (!names && !OTHERS_WORD.test(report[0])) return null;
    return 'background: what other methods report, not this paper\'s result';
  },
};

export const CANDIDATE_FILTERS: readonly CandidateFilter[] = [BackgroundFilter, OthersReportFilter, BaselineValueFilter];

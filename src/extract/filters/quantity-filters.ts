/**
 * Quantity-level traps from CLAIMS.md "Exclude": numbers that are names, years, citations, list
 * numbers, set-up details or counts. Each filter names the trap; `--explain` prints the reason.
 */
import type { QuantityFilter } from '../pipeline.js';
import { memoKey, type Document } from '../document.js';
import type { Quantity } from '../recognizers/numbers.js';
import { isDescribedModelSize, isOwnModelSize, isResultModelSize } from '../vocabulary/model-size.js';
import { metricAt } from '../vocabulary/metrics.js';
import { scaleOf } from '../vocabulary/scales.js';
import { ACCEPTED_LENGTH_BEFORE, TOKENS_PER_STEP_AFTER } from '../vocabulary/units.js';

function charBefore(text: string, q: Quantity): string {
  return text[q.start - 1] ?? '';
}

// Single characters are tested by code: a regex test per character is a call into the regex engine.
function isLetterCode(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** [A-Za-z0-9] */
function isAlnum(ch: string | undefined): boolean {
  if (ch === undefined || ch.length !== 1) return false;
  const c = ch.charCodeAt(0);
  return isLetterCode(c) || isDigitCode(c);
}

/** [A-Za-z_^]: a character that makes a number after it part of a name. */
function isNameChar(ch: string): boolean {
  if (ch.length !== 1) return false;
  const c = ch.charCodeAt(0);
  return isLetterCode(c) || c === 95 || c === 94;
}

/** [\w^-], and "." when `dot`: a character of an identifier. */
function isIdentifierChar(ch: string | undefined, dot: boolean): boolean {
  if (ch === undefined || ch.length !== 1) return false;
  const c = ch.charCodeAt(0);
  return isLetterCode(c) || isDigitCode(c) || c === 95 || c === 94 || c === 45 || (dot && c === 46);
}

const UNITLESS = (q: Quantity): boolean => q.unit === null;

export const UncountedMagnitudeFilter: QuantityFilter = {
  name: 'UncountedMagnitudeFilter',
  reject: (q) => (q.form === 'uncounted-magnitude' ? '"orders of magnitude" with no count states no number (Decision 3)' : null),
};

/**
 * "Phrases such as “up to 10x faster” or “50% less memory” appear without a baseline": a number
 * inside a short quoted phrase is mentioned, not claimed.
 */
export const QuotedPhraseFilter: QuantityFilter = {
  name: 'QuotedPhraseFilter',
  reject(q, doc) {
    const text = doc.text;
    const before = text.slice(Math.max(0, q.start - 30), q.start);
    const open = Math.max(before.lastIndexOf('“'), before.lastIndexOf('"'));
    if (open < 0 || /[”"]/.test(before.slice(open + 1))) return null;
    // A straight quote opens only after a space or an opening bracket, and closes before the phrase's end.
    if (before[open] === '"' && open > 0 && !/[\s(]/.test(before[open - 1] ?? '')) return null;
    const after = text.slice(q.end, q.end + 30);
    const close = after.search(/[”"]/);
    return close >= 0 && !/[.;]/.test(after.slice(0, close)) ? `a quoted phrase (${before.slice(open)}${q.text}${after.slice(0, close + 1)}): mentioned, not claimed` : null;
  },
};

export const CitationFilter: QuantityFilter = {
  name: 'CitationFilter',
  reject(q, doc) {
    const text = doc.text;
    const before = text.slice(Math.max(0, q.start - 40), q.start);
    const after = text.slice(q.end, q.end + 6);
    if (/\[[\d, –-]*$/.test(before) && /^[\d, –-]*\]/.test(after)) return 'a citation ([12])';
    // (An author citation cites a year: "(AUC 0.8027)" is a measure and its value.)
    const year = Number.isInteger(q.value) && q.value >= 1900 && q.value <= 2099;
    if (year && (/\bet al\.?,? ?$/.test(before) || /\([A-Z][\w-]+(?: (?:&|and) [A-Z][\w-]+)?,? $/.test(before))) return 'a citation (Author et al., 2023)';
    return null;
  },
};

export const YearFilter: QuantityFilter = {
  name: 'YearFilter',
  reject(q, doc) {
    if (!UNITLESS(q) || q.form !== 'number' || !Number.isInteger(q.value) || q.magnitude) return null;
    if (q.value < 1900 || q.value > 2099 || q.text.includes(',')) return null;
    const after = doc.text.slice(q.end, q.end + 3);
    return /^[a-z]/.test(after) && !/^[a-z]\b/.test(after) ? null : 'a year';
  },
};

export const ListNumberingFilter: QuantityFilter = {
  name: 'ListNumberingFilter',
  reject(q, doc) {
    if (!UNITLESS(q) || !Number.isInteger(q.value) || q.value > 30 || q.form !== 'number') return null;
    const text = doc.text;
    const before = text.slice(Math.max(0, q.start - 3), q.start);
    const after = text.slice(q.end, q.end + 2);
    if (/\($/.test(before) && after.startsWith(')')) return `list numbering ("(${q.text})")`;
    if (after.startsWith(')') && (/(?:^|[\s:;,.])$/.test(before) || q.start === 0)) return `list numbering ("${q.text})")`;
    if (/^\. ?[A-Z]/.test(text.slice(q.end, q.end + 3)) && (q.start === 0 || /[:.;] ?$/.test(before))) return `list numbering ("${q.text}.")`;
    return null;
  },
};

/** Words after which a number is a name: "Pixel 1", "iPhone 12", "Llama 3.1", "layer 5". */
const NAME_BEFORE = /(?:^|[\s(])(?:[A-Z][A-Za-z]*[A-Z0-9][\w]*|[A-Z][a-z]+|layer|layers|type|version|v|stage|phase|level|step|block|gen|generation|series|model|table|figure|fig\.|section|sec\.|eq\.|equation|chapter|round|task|top|rank)(?: [A-Z][\w]*)? $/;
const SENTENCE_START_WORDS = /(?:^|[.;:]\s)(?:[A-Z][a-z]+) $/;

export const IdentifierFilter: QuantityFilter = {
  name: 'IdentifierFilter',
  reject(q, doc) {
    const text = doc.text;
    const prev = charBefore(text, q);
    if (isNameChar(prev)) return `part of a name or identifier (${identifierAround(text, q)})`;
    if ((prev === '-' || prev === '.') && isAlnum(text[q.start - 2]) && q.form !== 'range') {
      // "GPT-2", "CIFAR-10", "top-1", "Llama-3.1"; not "parameters-20.9x" (a dash between words).
      const word = /[\w.]+$/.exec(text.slice(Math.max(0, q.start - 24), q.start - 1))?.[0] ?? '';
      if (!/^[a-z]{6,}$/.test(word)) return `part of a name or identifier (${identifierAround(text, q)})`;
    }
    const next = text[q.numberEnd];
    if (!q.unit && (isAlnum(next) || (next === ':' && /\d/.test(text[q.numberEnd + 1] ?? '')) || (next === '+' && /\d/.test(text[q.numberEnd + 1] ?? '')))) {
      return `part of a name or identifier (${identifierAround(text, q)})`;
    }
    if (/(?:[A-Za-z0-9]×|[A-Za-z0-9]times) ?$/.test(text.slice(Math.max(0, q.start - 8), q.start))) {
      return `a model variant multiplier (${identifierAround(text, q)})`;
    }
    for (const device of doc.hardwareNear(q.start, q.end)) {
      if (device.start <= q.start && q.numberEnd <= device.end && !/^(?:\d|one|two|four|eight|single)/i.test(device.text)) {
        return `part of a device name (${device.text})`;
      }
      if (device.start <= q.start && q.numberEnd <= device.end && device.count !== null && !q.unit) return `a device count (${device.text})`;
    }
    // "a pair of RTX 4090s": a plural of a named model, not seconds.
    const pluralName = q.unit?.unit === 's' && q.unit.start === q.numberEnd && q.unit.end === q.numberEnd + 1;
    if (!q.unit || q.unit.kind === 'outside' || pluralName) {
      const before = text.slice(Math.max(0, q.start - 30), q.start);
      if (NAME_BEFORE.test(before) && !SENTENCE_START_WORDS.test(before) && !afterScaleName(text, q.start)) return `part of a name (${identifierAround(text, q)})`;
    }
    return null;
  },
};

/** "attains FID 12.4", "BLEU 27.3": a number right after a named scale is a value on it, not part of a name. */
function afterScaleName(text: string, start: number): boolean {
  if (text[start - 1] !== ' ') return false;
  const word = /[A-Za-z][\w^'-]*$/.exec(text.slice(Math.max(0, start - 24), start - 1));
  if (!word) return false;
  const measure = metricAt(text, start - 1 - word[0].length);
  return measure !== null && measure.end === start - 1 && scaleOf(measure) !== null;
}

function identifierAround(text: string, q: Quantity): string {
  let s = q.start;
  while (s > 0 && q.start - s < 30 && isIdentifierChar(text[s - 1], true)) s--;
  let e = q.end;
  while (e < text.length && e - q.end < 30 && isIdentifierChar(text[e], false)) e++;
  return text.slice(s, e);
}

export const DimensionFilter: QuantityFilter = {
  name: 'DimensionFilter',
  reject: (q) => (q.form === 'dimension' ? `dimensions or a resolution (${q.text}), not a result` : null),
};

/**
 * What a hyphenated duration describes: "a 30-day trace", "a 24-hour window", "a 10-day forecast",
 * "the 100-hour subset" (a word follows; "a 2-second" alone ends nothing).
 */
const DURATION_ADJECTIVE_AFTER = /^ \w/;

export const AdjectivalNumberFilter: QuantityFilter = {
  name: 'AdjectivalNumberFilter',
  reject(q, doc) {
    const text = doc.text;
    if (q.unit) {
      // "a 60%-sparse workload", "a 30-day trace-driven simulation": a value that describes the set-up.
      const percentAdjective = q.unit.kind === 'percent' && /^-[a-z]{3,}/i.test(text.slice(q.end, q.end + 12));
      const durationAdjective = (q.unit.kind === 'job-time' || q.unit.kind === 'latency-time') && text[q.numberEnd] === '-' && DURATION_ADJECTIVE_AFTER.test(text.slice(q.end, q.end + 2));
      return percentAdjective || durationAdjective ? `a value used as an adjective (${q.text}): a set-up detail` : null;
    }
    const after = text.slice(q.numberEnd, q.numberEnd + 16);
    const m = /^-(?<word>[a-z][a-z]+)/i.exec(after);
    return m ? `a number used as an adjective (${q.text}-${m.groups?.word}): a set-up detail` : null;
  },
};

/** "occupies 3.2 mm²", "adding only 2.1 mm²", "9.4 TOPS peak in 6.3 mm²", "a die area of 7.8 mm²". */
const AREA_RESULT_BEFORE = /\b(?:(?:die|chip|core|macro) (?:is|was|measures)|occup(?:y|ies|ied|ying)|(?:takes|taking|requires|requiring|consumes|consuming)(?: up)?|add(?:s|ed|ing)?|in|(?:(?:core|die|chip|silicon|total|layout) )?area(?: overhead)? (?:of|is|was)) (?:only |just |about |roughly |a mere )?$/i;
/** "3.2 mm² of core area", "the 3.2 mm² chip", "a 4.2 mm² core", "the 3.6 mm² test chip", "2.9 mm² per HBM die". */
const AREA_AFTER = /^ (?:of )?(?:[\w-]+ ){0,2}?(?:area|chip|die|core|logic|silicon)\b|^ per (?:[\w-]+ ){0,2}?(?:die|chip|chiplet|stack|core|macro|tile|bank|channel|pseudo-channel)\b/i;

export const SetupUnitFilter: QuantityFilter = {
  name: 'SetupUnitFilter',
  reject(q, doc) {
    switch (q.unit?.kind) {
      case 'bits':
        return `a bit-width (${q.text}): set-up, not a result`;
      case 'tokens':
        // A count the work changes ("grows the context from 128K to 0.9M tokens") is its result.
        // So is a rate of tokens per step ("accepts 2.9 tokens per verification step").
        // And so is the number of tokens a draft gets accepted ("the mean acceptance length is 3.4 tokens").
        return q.form === 'change-end' || TOKENS_PER_STEP_AFTER.test(doc.text.slice(q.end, q.end + 40)) || ACCEPTED_LENGTH_BEFORE.test(doc.text.slice(Math.max(0, q.start - 50), q.start))
          ? null
          : `a token count (${q.text}): set-up, not a result`;
      case 'outside':
        return `a unit outside the efficiency vocabulary (${q.text})`;
      case 'area': {
        // "occupies 3.2 mm² of core area", "a die area of 7.8 mm²": what a design occupies is its result.
        const text = doc.text;
        if (AREA_RESULT_BEFORE.test(text.slice(Math.max(0, q.start - 40), q.start)) || AREA_AFTER.test(text.slice(q.end, q.end + 30))) return null;
        return `an area not stated as the design's (${q.text})`;
      }
      default:
        return null;
    }
  },
};

/** A comparative right after a number: "at 20% lower cost", "batch sizes up to 3x larger" compare; they set nothing. */
const COMPARATIVE_AFTER = /^ (?:lower|higher|less|more|fewer|smaller|larger|cheaper|faster|slower|better|worse)\b/i;

const SETUP_CONTEXT_BEFORE =
  /\b(?:sequence length|sequence lengths|context length|context lengths|context window|length|lengths|batch size|batch sizes|batch|resolution|resolutions|window size|group size|group of|rank|beam size|hidden size|hidden dimension|dimension|dimensions|embedding size|image size|input size|patch size|kernel size|block size|tile size|tile sizes|scale factor|temperature|seed|seeds|top-k|k =|n =|epochs? of|iterations|steps|learning rate|sparsity ratio|sparse ratio|compression ratio of|bit-width|bitwidth|precision)(?: (?:of|is|=|up to|from|beyond|to|as))? ?(?:\(e\.g\.,? )?$/i;
const SETUP_CONTEXT_AFTER = /^ ?(?:training length|sequence length|context|tokens|input tokens|-token|token context|resolution|(?:\()?\d*p\b|pixels|px|images|frames of video|batch|GCDs|layers?|heads?|experts|languages|steps|iterations|samples|examples|shots?|-shot|clips|channels|tasks|nodes|cores|sockets|workers|threads|chips|GPUs|TPUs|NPUs|devices|machines|servers|accelerators|instances|replicas)\b/i;

const SPARSITY_SETTING_BEFORE = /\b(?:at|with|under|using|for|to)\s+(?:a |an |the )?(?:target |fixed |uniform |global )?$/i;
const SPARSITY_AFTER = /^ (?:[\w-]+ )?(?:sparsity|density|pruning ratio|pruning rate|sparsity ratio|sparsity level|compression ratio|compression rate|compression|keep ratio|drop rate|token keep rate)\b/i;

/** "which we set to 8 GB", "is fixed at 300 W", "configured to 16 GB", "we fix k to 1%": a value chosen, not reached. */
const SET_TO_BEFORE = /\b(?:set|fixed|fix|fixes|configured)(?: (?:\$[^$\s]{1,10}\$|[A-Za-z]\w{0,10}))? (?:to|at) (?:a |an |about |around |roughly )?$/i;
/** "at 4 requests per second", "under a load of 2 req/s". */
const REQUEST_LOAD_BEFORE = /\b(?:at|under|with) (?:a |an )?(?:(?:fixed |constant |steady |given )?(?:request |arrival |query )?(?:rates?|loads?) of )?(?:about |around |roughly |~)?$/i;
/** An assumption opens a clause's set-up: "estimates assume ...", "assuming 45nm CMOS, ...". */
const ASSUMING = /\bassum(?:e|es|ed|ing)\b/i;

/** The clause before `at`: back to its sentence's start or the last comma, semicolon or colon. */
function clauseBefore(doc: Document, at: number): string {
  const sentence = doc.sentenceAt(at);
  const before = doc.text.slice(sentence.start, at);
  const cut = Math.max(before.lastIndexOf(','), before.lastIndexOf(';'), before.lastIndexOf(':'));
  return cut < 0 ? before : before.slice(cut + 1);
}

/** The job a duration is of: "after 22 hours of fine-tuning" is that job's own time. */
const DATA_OF_AFTER = /^ of (?:[\w-]+ ){0,2}(?:text|data|corpus|corpora|tokens|images|videos?|web pages|documents)\b/i;
const INPUT_OF_AFTER = /^ of (?:[\w.-]+ ){0,3}(?:audio|speech|video|footage|recordings?|input)\b/i;
const JOB_OF_AFTER = /^ of (?:[\w-]+ )?(?:training|fine-tuning|finetuning|pre-training|pretraining|search|tuning|optimization|compilation)\b/i;
/** A sentence that opens on removing or keeping a share: "Removing 30% of ...", "Pruning 50% of ...". */
const SETTING_GERUND_BEFORE = /(?:^|[.;:]\s)(?:Removing|Pruning|Dropping|Masking|Skipping|Sparsifying|Quantizing|Evicting|Discarding|Keeping|Retaining|Offloading) (?:only |just |up to |about |roughly )?$/;

/** Sizes a set-up is run at, in time or bytes: "a chunk size of 320 ms", "at a cache size of 2.5 GB". */
const UNIT_SETTING_BEFORE = /\b(?:(?:chunk|window|frame|hop|segment) (?:size|length)|look-ahead|lookahead)(?: of| is| =)? (?:a |an )?$|\bat (?:a |an )?(?:cache|buffer|memory|pool) (?:size|budget|capacity) of $/i;

/** Hardware a price may be of: "a $5 device", "a $99 development board". */
const PRICED_DEVICE_AFTER = /^ (?:[\w-]+ )?(?:devices?|boards?|chips?|microcontrollers?|MCUs?|modules?|kits?|sensors?|cameras?|phones?|computers?|FPGAs?|GPUs?|CPUs?)\b/i;

export const SetupContextFilter: QuantityFilter = {
  name: 'SetupContextFilter',
  reject(q, doc) {
    const text = doc.text;
    const before = text.slice(Math.max(0, q.start - 40), q.start);
    if (/\bevery ?$/i.test(before)) return `a period of the set-up (every ${q.text})`;
    // "loses 38% of its throughput after six minutes": the time a measurement is taken at.
    // "pretrained on 160GB of text": how much data the work was trained on.
    if (q.unit?.kind === 'memory' && DATA_OF_AFTER.test(text.slice(q.end, q.end + 40))) return `an amount of training data (${q.text} of ...): set-up, not a result`;
    // "generates one second of 22.05 kHz audio in 14 ms": how much input a result is measured on.
    if (q.unit && /time/.test(q.unit.kind) && INPUT_OF_AFTER.test(text.slice(q.end, q.end + 40))) return `a length of the input (${q.text} of ...): set-up, not a result`;
    // "improves accuracy by 2.3 points at 0 dB SNR": the noise level a result is measured at.
    if (q.unit?.unit === 'dB' && /^ (?:input )?SNRs?\b/.test(text.slice(q.end, q.end + 12))) return `the noise level of the set-up (${q.text} SNR): set-up, not a result`;
    // ("after 22 hours of fine-tuning" is the job's own time.)
    if (q.unit?.kind === 'job-time' && /\b(?:after|following) (?:about |roughly |just |only )?$/i.test(before) && !JOB_OF_AFTER.test(text.slice(q.end, q.end + 30))) return `the time a measurement is taken at (after ${q.text}): set-up, not a result`;
    // "a budget, which we set to 8 GB", "the clock is fixed at 1.4 GHz": a value chosen for the set-up.
    if (SET_TO_BEFORE.test(before)) return `a value the set-up is set to (${before.trim().split(' ').slice(-2).join(' ')} ${q.text})`;
    // "at 4 requests per second": the load a serving result is measured under.
    if (q.unit?.unit === 'requests/s' && REQUEST_LOAD_BEFORE.test(before)) return `the request load a result is measured at (${q.text}): set-up, not a result`;
    // "Energy estimates assume 45nm CMOS with 0.9 pJ per accumulate": what a clause assumes is its set-up.
    if (ASSUMING.test(clauseBefore(doc, q.start))) return `a value the work assumes (${q.text}): set-up, not a result`;
    // "Removing 30% of FFN neurons from LLaMA-2 reduces ...": a share a sentence opens on is the condition it sets.
    if (q.unit?.kind === 'percent' && SETTING_GERUND_BEFORE.test(before) && /^ of /.test(text.slice(q.end, q.end + 4))) {
      return `the share a sentence sets as its condition (${before.trim().split(' ').pop()} ${q.text} of ...): set-up, not a result`;
    }
    // ("a 60 Wh battery": the capacity of the hardware used.)
    // ("consumes 0.21 Wh of battery energy" is what the work drew from it.)
    if (q.unit?.kind === 'energy' && /^[ -](?:[\w-]+ )?batter(?:y|ies)\b(?! (?:energy|charge|capacity used))/i.test(text.slice(q.end, q.end + 40))) return `the capacity of a battery used (${q.text}): set-up, not a result`;
    // ("a 10 FPS camera stream": the rate of the input a system keeps up with.)
    if (q.unit?.kind === 'throughput' && /^ (?:[\w-]+ )?(?:cameras?|streams?|feeds?|sensors?|videos?|inputs?)\b/i.test(text.slice(q.end, q.end + 24))) {
      return `the rate of the input (${q.text}${text.slice(q.end, q.end + 24).split(/[,.;]/)[0]}): set-up, not a result`;
    }
    // ("a 320 ms look-ahead", "2 s hops": the length of what a streaming model reads at once.)
    // ("100 ms input windows", "2 ms frames with a 0.5 ms hop", "a 1-second duty cycle": the same, with a word for what is read.)
    if (q.unit && /time/.test(q.unit.kind) && /^ ?(?:-long )?(?:(?:input|audio|video|analysis|observation|sliding|context) )?(?:clips?|videos?|segments?|windows?|chunks?|utterances?|audio|look-?aheads?|hops?|strides?|frames?(?! (?:time|rate|latency|per)\b)|duty cycles?)\b/i.test(text.slice(q.end, q.end + 24))) {
      return `a length of the inputs (${q.text} clips): set-up, not a result`;
    }
    // "at 95% recall@10, our system answers ...": the recall a search is run at is its operating point.
    if (q.unit?.kind === 'percent' && /\bat (?:a |an )?$/i.test(before) && /^ (?:recall|precision)\b/i.test(text.slice(q.end, q.end + 12))) {
      return `the recall a search runs at (at ${q.text} recall): set-up, not a result`;
    }
    // "totalling 410 hours of audio": the size of a dataset in time.
    if (q.unit?.kind === 'job-time' && /^ of (?:[\w-]+ ){0,2}(?:audio|speech|video|recordings?|footage|driving|data|text|conversations?|traces?|logs?)\b/i.test(text.slice(q.end, q.end + 30))) {
      return `the size of a dataset (${q.text} of recordings): set-up, not a result`;
    }
    // "a $5 device", "a $35 Raspberry Pi": the price of the hardware used ("$1,870 on v5e", "$4 of
    // cloud GPU time" are costs on it).
    if (q.unit?.kind === 'currency' && (PRICED_DEVICE_AFTER.test(text.slice(q.end, q.end + 32)) || doc.hardwareNear(q.end, q.end + 24).some((h) => h.start >= q.end && /^ (?:(?!(?:on|with|for|per|at|in|using|via|to|than|of)\b)[\w-]+ )?$/i.test(text.slice(q.end, h.start))))) {
      return `the price of the hardware used (${q.text}): set-up, not a result`;
    }
    if (q.unit && (q.unit.kind === 'factor' || q.unit.kind === 'percent') && SPARSITY_SETTING_BEFORE.test(before) && SPARSITY_AFTER.test(text.slice(q.end, q.end + 32))) {
      // "applied at 50% sparsity", "with a 4x compression ratio": the setting the work runs at.
      return `a sparsity or compression setting (${q.text}${text.slice(q.end, q.end + 32).split(/[,.;]/)[0]}): set-up, not a result`;
    }
    if (q.unit && (q.unit.kind === 'factor' || q.unit.kind === 'percent') && (!/(?:batch size|resolution|ratio)/i.test(before.slice(-20)) || COMPARATIVE_AFTER.test(text.slice(q.end, q.end + 12)))) return null;
    if (q.unit && q.unit.kind !== 'factor' && q.unit.kind !== 'percent') {
      // "a chunk size of 320 ms", "at a cache size of 2.5 GB": a size the set-up is run at.
      if (UNIT_SETTING_BEFORE.test(before)) return `a set-up value (${before.trim().split(' ').slice(-3).join(' ')} ${q.text})`;
      if (!/(?:sequence|context) lengths? (?:of )?$/i.test(before)) return null;
    }
    if (SETUP_CONTEXT_BEFORE.test(before)) return `a set-up value (${before.trim().split(' ').slice(-3).join(' ')} ${q.text})`;
    if (!q.unit && SETUP_CONTEXT_AFTER.test(text.slice(q.end, q.end + 20))) return `a set-up value or count (${q.text}${text.slice(q.end, q.end + 12).split(/[,.;]/)[0]})`;
    if (!q.unit && q.magnitude && /^[KkMBT]$/.test(q.magnitude) && !isDescribedModelSize(text, q.start, q.end)) return `a size, length or resolution of the set-up (${q.text})`;
    return null;
  },
};

/** Own model sizes are results (Decision 12); sizes of models used are set-up (vocabulary/model-size.ts). */
// ("0.19M parameters mapped onto 4 chips": a participle after the count describes the parameters, not a model.)
const ADJECTIVAL_PARAMETER = /^[- ]parameters? (?!with\b|and\b|in\b|on\b|at\b|to\b|for\b|or\b|while\b|that\b|which\b|[a-z]+ed\b)[A-Za-z]/i;

/**
 * "We present PocketEmbed, a 22M-parameter bi-encoder", "ShearPrune yields a 5.4B-parameter
 * model", "the resulting 2.8M-parameter model": a size written as an adjective is the paper's
 * own model's (Decision 12) where the model is the one it presents or produces.
 */
const PRODUCED_BEFORE =
  /\b(?:our|the resulting|the final|yields?|yielding|yielded|produces?|producing|produced|results? in|resulting in)(?: an?| the)?(?: (?:compact|smaller|small|tiny|compressed|pruned|distilled|quantized|sparse|final))? $/i;
const NAMED_APPOSITIVE_BEFORE = /(?:^|[\s(])([A-Z][\w.+-]*), (?:an?|the|our) $/;

function ownAdjectivalSize(doc: Document, q: Quantity): boolean {
  const before = doc.text.slice(Math.max(0, q.start - 60), q.start);
  if (PRODUCED_BEFORE.test(before)) return true;
  const named = NAMED_APPOSITIVE_BEFORE.exec(before)?.[1];
  return named !== undefined && doc.ownNames.includes(named);
}

export const ModelSizeSetupFilter: QuantityFilter = {
  name: 'ModelSizeSetupFilter',
  reject(q, doc) {
    const text = doc.text;
    if (q.unit?.kind === 'params') {
      const written = text.slice(q.numberEnd, q.end + 20);
      if (ADJECTIVAL_PARAMETER.test(written) || /^-param/i.test(written)) {
        return ownAdjectivalSize(doc, q) ? null : `a model size used (${q.text}): set-up, not a result`;
      }
      // A later member of a list shares the words before the list ("needs just 0.8G FLOPs and 1.7M parameters").
      const listStart = doc.groupOf.get(q)?.start ?? q.start;
      if (isOwnModelSize(text, q.start) || (listStart < q.start && isOwnModelSize(text, listStart))) return null;
      if (isResultModelSize(text, q.start, q.end)) return null;
      return `a model size used (${q.text}): set-up, not a result (Decision 12)`;
    }
    if (!q.unit && q.magnitude && isDescribedModelSize(text, q.start, q.end)) return null;
    if (!q.unit && q.magnitude && /^(?:[MBT]|million|billion|trillion)$/.test(q.magnitude)) {
      return `a model size or count used (${q.text}): set-up, not a result`;
    }
    return null;
  },
};

const DEVICE_HAS_BEFORE = /\b(?:has|have|having|offers?|offering|provides?|providing|features?|featuring|comes with|equipped with)\s+(?:only |just |merely |a mere |up to )?$/i;
const DEVICE_WITH_BEFORE = /\b(?:GPUs?|hardware|devices?|cards?|servers?|machines?|nodes?|MacBook(?: \w+)?|laptops?|desktops?|workstations?|PCs?|phones?|smartphones?|boards?)(?: \w+)? with (?:only )?$/i;
const MEMORY_PART_AFTER = /^ ?(?:of )?(?:(?!peak\b)[\w-]+ ){0,2}(?:on-chip )?(?:RRAM|ReRAM|MRAM|STT-MRAM|eDRAM|SRAM|DRAM|LPDDR\w*|GDDR\w*|DDR\d\w*|flash|eFlash|cache|L2 cache|L[123] memory|scratchpad|buffer|array|macro|RRAM array|SRAM array|BRAM|URAM|UltraRAM|LDS|CXL memory|CXL-attached memory|HBM\w*|tightly[ -]coupled memory|synaptic memory|weight memory)\b/i;
const DEVICE_AFTER = /^ ?(?:of )?(?:VRAM|HBM\w*|GPU memory|memory capacity|DRAM|SRAM|device memory|GPUs?\b|cards?\b|devices?\b|accelerators?\b|boards?\b|phones?\b|smartphones?\b|machines?\b|servers?\b|nodes?\b|laptops?\b|(?:[A-Z]\w* ){0,2}(?:MacBook|laptop|desktop|workstation)s?\b)/i;
/** "the 192 GB memory of the MI300X": the memory a device has. */
const MEMORY_OF_DEVICE_AFTER = /^ (?:(?:HBM\w*|memory|VRAM|DRAM|RAM|device memory) )+(?:capacity )?(?:of|on|in) (?:the |a |an |each |every |its )/i;

/** "118 KB of peak SRAM and ": a use of memory listed right before (its "peak" or verb marks it a use). */
const USAGE_LIST_BEFORE = /\bpeak (?:on-chip )?(?:SRAM|RAM|DRAM|memory|flash)(?: usage)?,? and $/i;

/** "needs only 18 KB of SRAM", "using 21.6 GB of GPU memory": what the work uses is a result. */
const USAGE_BEFORE = /\b(?:needs?|requires?|requiring|uses?|using|consumes?|consuming|occup\w*|takes?|taking|only|just|merely|peak|fits? (?:in|into)|within|under|less than|at most|saves?|saved|saving|frees?(?: up)?|freed(?: up)?)\s*$/i;

const QUANTITY_INDEX = memoKey<Map<Quantity, number>>('index of each quantity');

/** Between two memories of one list: " of flash and ", ", ". */
const MEMORY_LIST_GAP = /^(?: of (?:[\w-]+ ){0,2}[\w-]+)?(?:,? and |, )$/;

/** Where a quantity stands in the document's list of quantities (-1 when it is not there). */
function indexOf(doc: Document, q: Quantity): number {
  return doc.memo(QUANTITY_INDEX, () => new Map(doc.quantities.map((x, k) => [x, k]))).get(q) ?? -1;
}

function previousQuantity(doc: Document, q: Quantity): Quantity | undefined {
  const index = indexOf(doc, q);
  return index > 0 ? doc.quantities[index - 1] : undefined;
}

/** Memory a run used, not a device's: "of peak memory", "of memory usage". */
const USAGE_AFTER = /^ of (?:peak (?:GPU |device )?memory|(?:GPU )?memory (?:usage|footprint|consumption))\b/i;

export const HardwareSpecFilter: QuantityFilter = {
  name: 'HardwareSpecFilter',
  reject(q, doc) {
    if (q.unit?.kind !== 'memory') return null;
    const text = doc.text;
    const before = text.slice(Math.max(0, q.start - 40), q.start);
    // "the target MCU has only 512 kB of SRAM", "an edge board offering just 4 GB": what a device has is its spec.
    const has = DEVICE_HAS_BEFORE.exec(before);
    if (has) {
      const verbAt = q.start - (before.length - has.index);
      if (doc.hardwareNear(verbAt - 32, verbAt).some((h) => h.end <= verbAt && verbAt - h.end <= 30)) return `the memory of the hardware used (${q.text}), not a result`;
    }
    // "a Jetson AGX Orin 64GB", "an A100 80 GB": the memory variant written after a device's name.
    // "a single A100 80GB": the memory variant inside a device's name.
    if (doc.hardwareNear(q.start, q.end).some((h) => h.start < q.start && h.end >= q.end)) return `the memory of the hardware used (${q.text}), not a result`;
    // ("an RTX 4090 (24 GB)": or in parentheses.)
    if (doc.hardwareNear(q.start - 2, q.start).some((h) => h.end <= q.start && /^(?:[ -]?| \()$/.test(text.slice(h.end, q.start)))) return `the memory of the hardware used (${q.text}), not a result`;
    // "a Raspberry Pi 5 (Cortex-A76, 8 GB)": or listed among its parts in parentheses.
    const open = before.lastIndexOf('(');
    if (open >= 0 && /^[^()]{1,40}, $/.test(before.slice(open + 1))) {
      const parenAt = q.start - (before.length - open);
      if (doc.hardwareNear(parenAt - 2, parenAt).some((h) => h.end <= parenAt && parenAt - h.end <= 1)) return `the memory of the hardware used (${q.text}), not a result`;
    }
    // "a production model with 1.8 TB of embeddings": the size of a model used.
    if (/\bwith (?:about |roughly |over |more than )?$/i.test(before) && /^ of (?:[\w-]+ )?(?:embeddings?|parameters|weights)\b/i.test(text.slice(q.end, q.end + 30))) {
      return `the size of a model used (${q.text}), not a result`;
    }
    // "microcontrollers with at most 512 kB of SRAM": what a named device comes with is its spec.
    const withAt = before.search(/ with (?:only |just |merely |at most |up to |as little as |less than )?$/);
    const deviceWith = withAt >= 0 && doc.hardwareNear(q.start - (before.length - withAt) - 2, q.start).some((h) => h.end <= q.start && q.start - h.end <= before.length - withAt + 1);
    // ("on a single A100 with 18.4GB of peak memory": what the run used is its result.)
    if (deviceWith && !USAGE_AFTER.test(text.slice(q.end, q.end + 40))) return `the memory of the hardware used (${q.text}), not a result`;
    // "with 118 KB of peak SRAM and 342 KB of flash": a list of what the work uses continues.
    if (USAGE_LIST_BEFORE.test(before)) return null;
    // "needs only 18 KB of SRAM", "using 21.6 GB of GPU memory": what the work uses is a result.
    if (USAGE_BEFORE.test(before)) return null;
    // "occupying only 49 KB of flash and 22 KB of SRAM": the next of a list of memories shares its verb.
    const previous = previousQuantity(doc, q);
    // ("The MCU has only 512 kB of SRAM and 2 MB of flash": a device's list is its spec throughout.)
    if (previous?.unit?.kind === 'memory' && MEMORY_LIST_GAP.test(text.slice(previous.end, q.start)) && USAGE_BEFORE.test(text.slice(Math.max(0, previous.start - 40), previous.start))) {
      if (HardwareSpecFilter.reject(previous, doc) === null) return null;
    }
    const deviceAfter = doc.hardwareNear(q.end, q.end + 2).some((h) => h.start >= q.end && h.start - q.end <= 2);
    if (MEMORY_PART_AFTER.test(text.slice(q.end, q.end + 30)) || MEMORY_OF_DEVICE_AFTER.test(text.slice(q.end, q.end + 40))) return `the memory of the hardware used (${q.text}), not a result`;
    if (deviceAfter || DEVICE_WITH_BEFORE.test(before) || DEVICE_AFTER.test(text.slice(q.end, q.end + 20)) || /peaking at ?$/i.test(before)) {
      return `the memory of the hardware used (${q.text}), not a result`;
    }
    return null;
  },
};

export const EpochsOutsideSearchFilter: QuantityFilter = {
  name: 'EpochsOutsideSearchFilter',
  reject(q, doc) {
    if (q.unit?.kind !== 'epochs') return null;
    const sentence = doc.sentenceAt(q.start);
    return /\bsearch/i.test(doc.text.slice(sentence.start, sentence.end)) ? null : `epochs of a training set-up (${q.text})`;
  },
};

/** "(<80ms)", "(<600M MACs)", "(> 30 FPS)": a budget or requirement, not a result. */
export const ConstraintFilter: QuantityFilter = {
  name: 'ConstraintFilter',
  reject(q, doc) {
    const before = doc.text.slice(Math.max(0, q.start - 4), q.start);
    return /\( ?(?:<|>|≤|≥|<=|>=) ?$/.test(before) ? `a constraint or budget in parentheses (${before.trim()}${q.text}), not a result` : null;
  },
};

/** "3.9 GB, down from 13 GB": the value a result came from is not a result (Decision 10). */
export const PreviousValueFilter: QuantityFilter = {
  name: 'PreviousValueFilter',
  reject(q, doc) {
    const text = doc.text;
    const before = text.slice(Math.max(0, q.start - 36), q.start);
    if (/\b(?:down|up|reduced|decreased|lowered|increased|raised|improved|shrunk|cut) from (?:about |around |roughly |~)?(?:US)?\$? ?$/i.test(before)) {
      return `the value a result changed from (${q.text}), not a result (Decision 10)`;
    }
    // "from 6-9 hours to 18-27 minutes": a range a result changed from (the recognizer pairs single values only).
    if (q.valueMax !== null && /\bfrom $/i.test(before) && /^ to (?:about |around |roughly |only |just |~)?\$?\d/i.test(text.slice(q.end, q.end + 20))) {
      return `the values a result changed from (${q.text}), not a result (Decision 10)`;
    }
    return null;
  },
};

/** What a target, requirement or limit is called: a value set for the work, not one it reached. */
const BOUND_WORDS =
  '(?:SLOs?|SLAs?|budgets?|deadlines?|targets?(?![ -](?:platforms?|devices?|hardware|models?|datasets?|tasks?|domains?|languages?|systems?|boards?|chips?|GPUs?|CPUs?|MCUs?|microcontrollers?|accelerators?|architectures?|machines?|applications?|environments?))|constraints?|limits?|caps?|envelopes?|requirements?|thresholds?|modes?)';
/**
 * The words naming what is bounded ("power envelope") are no prepositions: "6.4 ms on the target
 * platform" bounds nothing, nor does "1.27x over PyTorch eager mode" (what follows a comparison
 * is the compared system).
 */
// ("100 ms p99 time-between-tokens SLO": a percentile may name it too; "50 ms per-token latency
// target": a hyphenated word is one word, not the preposition it starts with. "by 21% without
// violating TPOT SLOs", "3.4x more requests within SLO": a result kept within a bound is no bound.)
const BOUND_AFTER = new RegExp(`^ ?(?:(?!(?:on|in|at|for|of|the|a|an|with|to|per|and|or|over|than|versus|vs|against|by|from|without|within|while|meeting|meets|violating|satisfying)\\b(?!-))(?:[a-z-]+|[pP]\\d{2}(?:\\.\\d)?) ){0,3}${BOUND_WORDS}\\b`, 'i');
const BOUND_BEFORE = new RegExp(`\\b${BOUND_WORDS}(?: of| is| at| from| =| :| (?:is |was |are |were )?(?:fixed|set|capped|limited|held) (?:at|to))? (?:a |an |the )?(?:about |around |only |just |under |below |within )?$`, 'i');

/** "in continuous listening mode is": the mode a measure before it is taken in. */
const MEASURED_IN_MODE = /\b(?:in|under|during) (?:the |a |an |its )?(?:[\w-]+ ){0,3}modes? (?:is|was|are|were|of|at|:) (?:about |around |only |just )?$/i;

/** A set limit ends in "at" or "to": the cheap check, before BOUND_VERB_BEFORE. */
const AT_OR_TO_BEFORE = / (?:at|to) (?:a |an |only |just |at most )?$/;
/**
 * "We cap the GPU at 300 W", "clocks throttled to 1.2 GHz", "with memory limited to 8 GB": a
 * limit set on the set-up. What a method limits ("limits accuracy loss to 0.3%") is its result.
 */
const BOUND_VERB_BEFORE = /\b(?:cap|caps|capped|capping|throttle|throttles|throttled|throttling)(?: [\w-]+){0,3} (?:at|to) (?:a |an |only |just |at most )?$|\b(?:limited|restricted|constrained) (?:at|to) (?:a |an |only |just |at most )?$/i;

/** Where the list a value closes starts: "400 ms TTFT and 60 ms" (one word may follow each value). */
function listStartOf(doc: Document, q: Quantity): number {
  // Cheap test first: only a value after "and", "or" or a comma can close a list.
  if (!/(?:,| and| or) $/.test(doc.text.slice(Math.max(0, q.start - 5), q.start))) return q.start;
  const all = doc.quantities;
  let start = q.start;
  for (let i = indexOf(doc, q); --i >= 0; ) {
    const previous = all[i] as Quantity;
    if (!/^(?: [A-Za-z][\w-]*)?(?:,| and| or|, and) $/.test(doc.text.slice(previous.end, start))) break;
    start = previous.start;
  }
  return start;
}

/** "a 200 ms SLO", "under a 12 GB budget", "a 15 W power envelope", "a latency budget of 50 ms": set-up. */
export const BudgetFilter: QuantityFilter = {
  name: 'BudgetFilter',
  reject(q, doc) {
    const text = doc.text;
    const after = BOUND_AFTER.exec(text.slice(q.end, q.end + 32));
    // "SLOs of 400 ms TTFT and 60 ms TPOT": the bound named before a list bounds all its values.
    const listStart = listStartOf(doc, q);
    const window = text.slice(Math.max(0, listStart - 40), listStart);
    // ("meets the same SLOs at 20% lower cost": a number a comparative follows compares; it bounds nothing.
    // "Average power draw in continuous listening mode is 1.9 mW": a mode a measure is taken in bounds nothing either.)
    const before = ((BOUND_BEFORE.test(window) && !MEASURED_IN_MODE.test(window)) || (AT_OR_TO_BEFORE.test(window) && BOUND_VERB_BEFORE.test(window))) && !COMPARATIVE_AFTER.test(text.slice(q.end, q.end + 12));
    return after || before ? `a target, budget or limit (${q.text}${after ? after[0] : ''}), set for the work, not a result` : null;
  },
};

/** "86.05% vs 86.28% for full fine-tuning": the number after "vs" is the compared system's. */
export const VersusValueFilter: QuantityFilter = {
  name: 'VersusValueFilter',
  reject(q, doc) {
    const before = doc.text.slice(Math.max(0, q.start - 24), q.start);
    if (/\b(?:vs\.?|versus)\s*(?:about |around |roughly |approximately |nearly |~ ?)?$/i.test(before)) return `the compared system's own number (after "vs": ${q.text})`;
    // "now takes 41 min instead of 5.2 h": what it took before is the compared number.
    if (/\b(?:instead of|rather than|in place of)\s(?:the\s)?(?:about |around |roughly |~)?$/i.test(before)) return `the compared number (after "instead of": ${q.text})`;
    // "6.2 GB, compared with 26 GB for FP16": the number a comparison names for a system is that system's.
    if (/\b(?:compared (?:with|to)|in comparison (?:with|to)) $/i.test(before) && /^ (?:for|of|by|with|in) /i.test(doc.text.slice(q.end, q.end + 6))) {
      return `the compared system's own number (after "compared with": ${q.text})`;
    }
    return null;
  },
};

/** More numbers than this in one sentence are a table or noise, not prose (real abstracts hold under 20). */
const MAX_NUMBERS_PER_SENTENCE = 64;
const NUMBERS_BY_SENTENCE = memoKey<Map<number, number>>('numbers by sentence');

export const DenseNumbersFilter: QuantityFilter = {
  name: 'DenseNumbersFilter',
  reject(q, doc) {
    const counts = doc.memo(NUMBERS_BY_SENTENCE, () => {
      const byIndex = new Map<number, number>();
      for (const quantity of doc.quantities) {
        const index = doc.sentenceAt(quantity.start).index;
        byIndex.set(index, (byIndex.get(index) ?? 0) + 1);
      }
      return byIndex;
    });
    const inSentence = counts.get(doc.sentenceAt(q.start).index) ?? 0;
    return inSentence > MAX_NUMBERS_PER_SENTENCE ? `one of ${inSentence} numbers in one sentence: a table or noise, not prose` : null;
  },
};

export const QUANTITY_FILTERS: readonly QuantityFilter[] = [
  // Dense numbers first: nothing else need look at them.
  DenseNumbersFilter,
  // Names and identifiers next: the most frequent trap ("GPT-2", "A100"), found by the characters
  // around the number, so the context filters after it see fewer numbers.
  IdentifierFilter,
  ConstraintFilter,
  BudgetFilter,
  VersusValueFilter,
  PreviousValueFilter,
  UncountedMagnitudeFilter,
  CitationFilter,
  QuotedPhraseFilter,
  ListNumberingFilter,
  DimensionFilter,
  // Set-up context before years: "the regular 2048 training length" is a length, not a year.
  SetupContextFilter,
  YearFilter,
  AdjectivalNumberFilter,
  SetupUnitFilter,
  ModelSizeSetupFilter,
  HardwareSpecFilter,
  EpochsOutsideSearchFilter,
];

/** Why a number that no parser could read is not a claim. */
export function unreadReason(q: Quantity, doc: Document): { filter: string; reason: string } {
  const after = doc.text.slice(q.end, q.end + 24);
  if (!q.unit && Number.isInteger(q.value) && /^ (?:[\w-]+ ){0,2}[a-z][\w-]*s\b/.test(after)) {
    return { filter: 'CountOfThingsFilter', reason: `a count of things (${q.text}${after.split(/[,.;)]/)[0]})` };
  }
  if (!q.unit) return { filter: 'UnboundNumberFilter', reason: `a number with no unit and no measure (${q.text})` };
  return { filter: 'UnboundNumberFilter', reason: `no measure or comparison names this number (${q.text})` };
}

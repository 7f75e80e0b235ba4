/**
 * The compared systems of a sentence: "than X", "over X", "compared to X", "versus X",
 * "against X", "outperforms X", "twice as fast as X", "54% of the original X", fronted "Compared to X, ...". Each phrase
 * ends at punctuation or at a word that starts another part of the clause ("on", "with", "while",
 * a number ...).
 */
import { memoKey, type Document } from '../document.js';
import type { Span } from '../pipeline.js';
import type { SentenceSpan } from '../text/sentences.js';
import { tokens } from '../parsers/support.js';

export interface ComparisonPhrase {
  /** Where the comparison word starts. */
  readonly cue: number;
  readonly span: Span;
  readonly text: string;
  /** The cue, the phrase and any "(e.g., ...)" after it: devices in here are the compared side. */
  readonly extent: Span;
  /** Object of "outperforms X by": the baseline comes before the number. */
  readonly verbObject: boolean;
  /** Inside an opening "Since/Because ..., " clause: a fact given as a reason, not this result's baseline. */
  readonly subordinate: boolean;
}

const COMPARISON_CUE =
  /\b(?:than|over|compared (?:to|with)|comparing (?:to|with)|comparing|in comparison (?:to|with)|relative to|versus|vs\.?|against|with respect to|w\.r\.t\.?|outperform(?:s|ing|ed)?|surpass(?:es|ing|ed)?|beat(?:s|ing)?|outpac(?:es|ing|ed)|exceed(?:s|ing|ed)?|improv(?:es|ed|ing|e) (?:on|upon)|trail(?:s|ing|ed)?|lag(?:s|ging|ged)? behind|underperform(?:s|ing|ed)?|above|below|behind|ahead of|short of|as (?:fast|quick|efficient|energy[- ]efficient|cheap|small|large|accurate) as|of(?=\s+the\s+(?:original|baseline|base|full|dense|uncompressed|unpruned|unquantized)\b))\s+/gi;
/** "up to 54% and 69% of the original SDXL model": "of" compares only right after a percent. */
const PERCENT_BEFORE_OF = /\d ?%\s$/;
/** "0.3 above the teacher", "3.1 points below CLIP", "an order of magnitude below KIVI": a difference before the cue. */
const DIFFERENCE_BEFORE = /(?:\d\S{0,6}|magnitude|twice|half)(?: [A-Za-z-]{1,14}){0,2} $/;
const POSITION_CUE = /^(?:above|below|behind|ahead of|short of)\s/i;
const QUALIFIER_THAN_BEFORE = /\b(?:more|less|fewer|greater|lower|higher|no more|no less|larger|smaller|better|worse)\s+$/i;
const NOT_A_COMPARISON_BEFORE = /\b(?:rather|other)\s+$/i;
const SUBORDINATE_OPENING = /^(?:since|because|as|although|though|given that|while|whereas|if|when)\b[^,]*,/i;
// ("over one week of traffic", "over a full day": a span of time, not a compared system; "compared
// to 32-bit AdamW" names one.)
const NOT_A_COMPARISON_AFTER = /^(?:\d(?![\d.]*-[A-Za-z])|~|time\b|the course\b|(?:a|an|one|two|three|the|each|every|several) (?:full |single |whole |entire )?(?:weeks?|days?|months?|years?|hours?|minutes?|seconds?|epochs?|periods?)\b|iterations?\b|layers?\b|the (?:years|past|last|sequence)\b|a (?:wide|range|broad)\b|all\b|multiple\b|several\b|many\b|various\b|(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens of) [a-z-]+s\b)/i;
/** A value the compared system has, then the system: "roughly 250 W for", "26 GB on". */
const COMPARED_VALUE_FOR = /^(?:about |roughly |around |approximately |nearly |only |just |~ ?)?\$?\d[\d.,]*(?: ?[A-Za-z%µ$/]+){1,2} (?:for|on) (?=(?:the |an? )?[A-Za-z])/;
/** The cues a compared value follows: "versus", "compared with". */
const VALUE_CUE = /^(?:versus|vs\.?|compared (?:to|with)|against)\s/i;
const PHRASE_STOP: ReadonlySet<string> = new Set([
  'on', 'in', 'at', 'for', 'when', 'while', 'with', 'without', 'using', 'across', 'under', 'by', 'during', 'which',
  'who', 'where', 'whereas', 'respectively', 'achieving', 'reaching', 'to', 'as', 'that', 'thanks', 'through', 'via',
  'is', 'are', 'was', 'were', 'and', 'or', 'but', 'yet', 'so', 'thus', 'leading', 'resulting', 'making', 'setting',
  'after', 'before', 'within', 'among', 'among', 'into', 'onto', 'whose', 'if', 'once', 'because', 'since', 'showing',
  'demonstrating', 'maintaining', 'keeping', 'delivering', 'providing', 'consuming', 'requiring', 'reducing',
  'improving', 'being', 'while', 'remains', 'remain', 'remained', 'stays', 'stay', 'stayed', 'becomes', 'drops',
  'falls', 'rises', 'grows', 'it', 'we', 'they',
]);
// ("faster than on the host CPU", "lower than with the default governor": the setting compared names it.)
const LEADING_FILLER = /^(?:(?:on|with|using|when using) (?=(?:the |a |an )?[\w-]))?(?:even |only |just |all |both |the |a |an |that (?:of|with|in|for|from) |those (?:of|with|in|for|from) |its |their )*/i;

const PHRASES = memoKey<Map<number, ComparisonPhrase[]>>('comparison phrases by sentence');

/** Whether ", respectively" closes the clause after `from` (a compared list pairs with numbers). */
function respectivelyAfter(text: string, from: number, end: number): boolean {
  const at = text.indexOf('respectively', from);
  return at >= 0 && at < end && !/[;.]/.test(text.slice(from, at));
}

function phraseAfter(text: string, start: number, end: number): Span | null {
  let list = tokens(text, start, end, 16);
  let limit = 12;
  // A list the numbers pair with ("respectively") names several systems: it may run longer.
  const widen = (): void => {
    if (limit > 12) return;
    list = tokens(text, start, end, 32);
    limit = 28;
  };
  let last = -1;
  let ran = false;
  for (let i = 0; i < list.length && i < limit; i++) {
    const token = list[i];
    if (!token) break;
    if (token.text === ',' && i > 0) {
      // "than vLLM, Sarathi-Serve and DistServe, respectively", "over an Intel Xeon CPU, an NVIDIA
      // A100 GPU and the SpAtten accelerator, respectively": a list of names the numbers pair with.
      const listed = /^(?:an?|the)$/i.test(list[i + 1]?.text ?? '') ? list[i + 2] : list[i + 1];
      if (listed && /^[A-Z0-9]/.test(listed.text) && respectivelyAfter(text, token.end, end)) {
        widen();
        continue;
      }
      // An appositive name: "the existing outlier-aware accelerator, GOBO, by 4.5x".
      const name = list[i + 1];
      const close = list[i + 2];
      if (name && /^[A-Z][\w+.-]*$/.test(name.text) && /[A-Z].*[A-Z0-9]|^[A-Z][a-z]+[A-Z]/.test(name.text) && close?.text === ',') {
        last = i + 1;
        break;
      }
    }
    // "state-of-the-art (SOTA) NAS methods": an acronym in parentheses stays in the phrase.
    if (token.text === '(' && i > 0 && /^[A-Z][A-Za-z0-9-]{1,9}$/.test(list[i + 1]?.text ?? '') && list[i + 2]?.text === ')' && list[i + 3] && /^[A-Za-z]/.test(list[i + 3]?.text ?? '')) {
      i += 2;
      continue;
    }
    if (/^[,;:()!?"[\]]$/.test(token.text) || token.text === '.') break;
    if (token.lower === 'up' && list[i + 1]?.lower === 'to') break;
    // A number ends the phrase; a hyphenated setting ("4-bit QLoRA", "8-layer baseline") names part of it.
    // ("3DGS", "2DGS": a name may open with digits too.)
    // ("the Snapdragon 8 Gen 3 NPU", "a Raspberry Pi 5": a small integer between capitalized words is part of a name.)
    const inName = /^\d{1,4}$/.test(token.text) && i > 0 && /^[A-Z]/.test(list[i - 1]?.text ?? '') && (list[i + 1] === undefined || /^[A-Z.,;)]/.test(list[i + 1]?.text ?? ''));
    if (/^\d/.test(token.text) && !inName && !/^\d+(?:\.\d+)?-[A-Za-z]/.test(token.text) && !/^\d+[A-Z][A-Za-z0-9]*$/.test(token.text)) break;
    if (PHRASE_STOP.has(token.lower)) {
      // "ANT and OliVe", "the PagedAttention variants of FlashAttention and FlashInfer": a
      // coordination of names stays in the phrase.
      const next = list[i + 1];
      if ((token.lower === 'and' || token.lower === 'or') && next && i > 0) {
        // "ANT and OliVe"; "the bigger and most accurate SoA model" (coordinated adjectives).
        const prev = list[i - 1];
        if (/^[A-Z]/.test(next.text) || (prev && /(?:er|est)$/.test(prev.lower) && /^(?:most|more|[a-z]+(?:er|est))$/.test(next.lower))) continue;
        // "than an A10 GPU and the best prior FPGA accelerator, respectively": a list the numbers pair with.
        if (/^(?:the|an?)$/.test(next.lower) && respectivelyAfter(text, token.end, end)) {
          widen();
          continue;
        }
      }
      if (token.lower === 'for' && i > 0 && next && /^(?:single|multi)/i.test(next.text)) continue;
      // "the same model run on an NVIDIA Jetson Orin NX", "the same model running in PyTorch with
      // IPEX": where and how the compared system runs is its own.
      if (/^(?:on|in|under)$/.test(token.lower) && i > 0 && /^(?:run|running|executed|executing|deployed)$/.test(list[i - 1]?.lower ?? '')) {
        ran = true;
        continue;
      }
      if (token.lower === 'with' && ran) continue;
      // "solutions provided by NVIDIA FasterTransformer": the provider names the baseline.
      if (token.lower === 'by' && i > 0 && /^(?:provided|proposed|developed|offered|released|used|implemented)$/.test(list[i - 1]?.lower ?? '')) continue;
      break;
    }
    last = i;
  }
  if (last < 0) return null;
  const first = list[0];
  const final = list[last];
  if (!first || !final) return null;
  return { start: first.start, end: final.end };
}

/** The compared system named from `at` on ("the FP16 model" -> "FP16 model"), within the sentence. */
export function comparedPhraseAt(text: string, at: number, sentenceEnd: number): { text: string; span: Span; whole: Span } | null {
  const filler = LEADING_FILLER.exec(text.slice(at, at + 40));
  const start = at + (filler ? filler[0].length : 0);
  const span = phraseAfter(text, start, sentenceEnd);
  if (!span) return null;
  const phrase = text.slice(span.start, span.end).replace(/['’]s$/, '');
  if (phrase.length === 0) return null;
  return { text: phrase, span: { start: span.start, end: span.start + phrase.length }, whole: span };
}

export function comparisonPhrases(doc: Document, sentence: SentenceSpan): ComparisonPhrase[] {
  const perDoc = doc.memo(PHRASES, () => new Map<number, ComparisonPhrase[]>());
  const cached = perDoc.get(sentence.index);
  if (cached) return cached;
  const text = doc.text;
  const slice = text.slice(sentence.start, sentence.end);
  const found: ComparisonPhrase[] = [];
  COMPARISON_CUE.lastIndex = 0;
  // exec on the module's own regex: matchAll would clone it on every call.
  COMPARISON_CUE.lastIndex = 0;
  for (let match = COMPARISON_CUE.exec(slice); match !== null; match = COMPARISON_CUE.exec(slice)) {
    const cue = sentence.start + match.index;
    const after = sentence.start + match.index + match[0].length;
    const beforeCue = text.slice(Math.max(sentence.start, cue - 12), cue);
    if (/^of/i.test(match[0]) && !PERCENT_BEFORE_OF.test(beforeCue)) continue;
    if (/^than/i.test(match[0]) && (NOT_A_COMPARISON_BEFORE.test(beforeCue) || (QUALIFIER_THAN_BEFORE.test(beforeCue) && /^[~\d.]/.test(text.slice(after, after + 2))))) continue;
    let from = after;
    // "versus roughly 250 W for the GPU", "compared with 26 GB on vLLM": the compared value's system.
    const value = VALUE_CUE.test(match[0]) ? COMPARED_VALUE_FOR.exec(text.slice(after, after + 40)) : null;
    if (value) from = after + value[0].length;
    else if (NOT_A_COMPARISON_AFTER.test(text.slice(after, after + 20))) continue;
    // ("above the threshold", "as fast as possible": a position or an equal says what is compared only after a difference.)
    if ((POSITION_CUE.test(match[0]) || /^as /i.test(match[0])) && !DIFFERENCE_BEFORE.test(text.slice(Math.max(sentence.start, cue - 40), cue))) continue;
    const named = comparedPhraseAt(text, from, sentence.end);
    if (!named) continue;
    const { whole: span, text: phrase } = named;
    // ("latency improves on the A100 by 20%": what a result improves on, when it is a device, is where.)
    if (/^improv/i.test(match[0]) && doc.hardwareIn(sentence).some((m) => m.start < span.end && span.start < m.end)) continue;
    // "against commercial GPUs (e.g., NVIDIA V100S)", "a digital neuromorphic processor (Loihi [3])":
    // what the parentheses name belongs to the compared side.
    const example = /^ \((?:[^()[\]]|\[[^()[\]]{0,12}\]){1,60}\)/.exec(text.slice(span.end, span.end + 80));
    const trailing = example ? example[0].length : 0;
    const subordinate = SUBORDINATE_OPENING.exec(slice);
    found.push({
      cue,
      span: { start: span.start, end: span.start + phrase.length },
      extent: { start: cue, end: span.end + trailing },
      text: phrase,
      // ("improving on SpinQuant by +1.7 points": what a result improves on is its baseline.)
      verbObject: /^(?:outperform|surpass|beat|outpac|exceed|improv|trail|lag|underperform)/i.test(match[0]),
      subordinate: subordinate !== null && cue < sentence.start + subordinate[0].length,
    });
  }
  perDoc.set(sentence.index, found);
  return found;
}

/** Splits "GPU and CPU", "ANT and OliVe", "GPU/CPU", "A, B, and C" into items. */
export function listItems(phrase: string): string[] {
  const parts = phrase.split(/\s*(?:,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+|\/)\s*/).filter((p) => p.length > 0);
  return parts;
}

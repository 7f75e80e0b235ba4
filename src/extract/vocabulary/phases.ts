/**
 * Phase words as data (CLAIMS.md `phase`). Order matters: the more specific phase is listed first
 * so that "fine-tuning" is not read as "tuning" training, "prefilling" not as inference.
 */
import type { Phase } from '../types.js';
import { alternation, lookupKey } from './build-pattern.js';
import { KeywordLexicon, keywordPattern, scanKeywords, type KeywordPositions } from '../text/keyword-scan.js';

export const PHASE_WORDS: ReadonlyArray<readonly [Phase, readonly string[]]> = [
  ['fine-tuning', ['fine-tuning', 'fine-tune', 'fine-tunes', 'fine-tuned', 'finetuning', 'finetune', 'finetuned', 'fine tuning', 'adaptation', 'PEFT', 'instruction-tuning', 'tuning transformers']],
  ['prefill', ['prefill', 'prefilling', 'prompt processing', 'processing input prompts', 'input prompts', 'prompt computation', 'prefill stage', 'time-to-first-token', 'TTFT', 'pre-fill', 'pre-fills', 'pre-filling', 'prefills', 'time to first token', 'time to the first token', 'latency of the first token']],
  ['decode', ['decoding stage', 'decode', 'decodes', 'decoded', 'decoding', 'decoding throughput', 'token generation', 'generates tokens', 'generate tokens', 'generating tokens', 'generation throughput', 'autoregressive generation', 'token-generation', 'TPOT', 'time-per-output-token', 'time per output token', 'time-between-tokens', 'time between tokens', 'inter-token latency', 'next-token latency', 'next token latency']],
  ['serving', ['serving', 'serve', 'serves', 'served', 'LLM service', 'continuous batching', 'deployment costs', 'serving systems', 'online service']],
  ['kernel', ['kernel', 'kernels', 'GEMM', 'matrix multiplication', 'matrix multiplications', 'attention kernel', 'CUDA kernel', 'convolutions', 'FFT convolutions']],
  ['search', ['search', 'searching', 'searched', 'NAS', 'architecture search', 'search cost', 'search process', 'autotuning', 'auto-tuning', 'autotune', 'tuning time', 'tuning cost']],
  ['training', ['training', 'train', 'trains', 'trained', 'pretraining', 'pre-training', 'pretrain', 'pre-train', 'back-propagation', 'backpropagation', 'on-device learning']],
  ['inference', ['inference', 'inferences', 'inferring', 'deployment', 'deploying', 'deployed', 'on-device', 'speculative decoding']],
];

const LOOKUP = new Map<string, Phase>();
for (const [phase, words] of PHASE_WORDS) for (const word of words) LOOKUP.set(lookupKey(word), phase);

/** Phase words, not inside a hyphenated word ("pre-training" is one, "training-free" is checked below). */
export const PHASE_SCAN = keywordPattern(
  `(?<![A-Za-z0-9-])(?:${alternation(PHASE_WORDS.flatMap(([, words]) => words), { flexibleSpaces: true })})(?![A-Za-z0-9])`,
  'i',
);
const PHASE_LEXICON = new KeywordLexicon([PHASE_SCAN]);

const RETRIEVAL_BEFORE = /\b(?:vector|similarity|nearest[- ]neighbou?r|ANN|k-?NN|float32|full-precision|semantic|web|beam|exhaustive|brute-force|graph-based|approximate) $/i;

export interface PhaseMention {
  readonly start: number;
  readonly end: number;
  readonly phase: Phase;
  readonly text: string;
}

/** Every phase word of the text; `positions` from a lexicon holding PHASE_SCAN (the document's) saves a pass. */
export function findPhaseMentions(text: string, positions: KeywordPositions = PHASE_LEXICON.positions(text)): PhaseMention[] {
  const found: PhaseMention[] = [];
  scanKeywords(PHASE_SCAN, text, positions.of(PHASE_SCAN), (match) => {
    // "training-free", "inference-aware": the word qualifies something else.
    if (/^-(?:free|aware|agnostic|friendly|oriented|time)\b/i.test(text.slice(match.index + match[0].length, match.index + match[0].length + 12))) return;
    const phase = LOOKUP.get(lookupKey(match[0]));
    // "vector search", "nearest-neighbor search": a search a system serves, not a search phase.
    if (phase === 'search' && RETRIEVAL_BEFORE.test(text.slice(Math.max(0, match.index - 24), match.index))) return;
    if (phase) found.push({ start: match.index, end: match.index + match[0].length, phase, text: match[0] });
  });
  return found;
}

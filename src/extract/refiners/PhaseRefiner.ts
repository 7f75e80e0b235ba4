/**
 * The phase a claim belongs to: a phase word in the claim's own phrase ("inference speedup",
 * "speeds up BERT fine-tuning"), else in its clause, else in its sentence; accuracy and size
 * claims take only their own phrase's phase. Otherwise the paper's dominant phase (title and
 * own-work sentences), and latency or throughput values default to inference.
 */
import { memoKey, type Document } from '../document.js';
import { copyCandidate, type Candidate, type Refiner, type RefineContext } from '../pipeline.js';
import type { Phase } from '../types.js';
import type { SentenceSpan } from '../text/sentences.js';
import type { PhaseMention } from '../vocabulary/phases.js';
import { clauseEnd, clauseStart } from '../parsers/support.js';
import { comparisonPhrases } from './comparisons.js';
import { metricAt } from '../vocabulary/metrics.js';
import { isTrainedSize } from '../vocabulary/model-size.js';

const QUALITY_METRICS: ReadonlySet<string> = new Set(['accuracy', 'size']);
const DEFAULT_INFERENCE_METRICS: ReadonlySet<string> = new Set(['latency', 'throughput']);
const PAPER_PHASE_METRICS: ReadonlySet<string> = new Set(['speedup', 'memory', 'energy', 'power', 'compute', 'cost', 'other', 'latency', 'throughput']);
const STAGES: ReadonlySet<Phase> = new Set(['kernel', 'prefill', 'decode']);
/** Words that make a kernel the means of a result: "by our efficient CUTLASS kernel", "implement tensor core kernels". */
const KERNEL_AS_MEANS = /\b(?:by|with|using|through|via|implement|implements|implemented|implementing|develop|develops|developed|write|wrote|written)(?: [\w-]+){0,4} $/i;
const END_TO_END = /\bend-to-end\b/i;
const KERNEL_LIBRARY = /\b(?:cuBLAS(?:Lt)?|CUTLASS|rocBLAS|hipBLASLt|cuDNN|oneDNN|MKL|cuSPARSE|Triton kernels?|FlashAttention(?:-\d)?|FlashInfer)\b/;
/** What a search found: "the searched model", "NAS-found networks". */
const FOUND_MODEL = /^(?:searched|(?:search|NAS)(?:-| )(?:found|discovered|derived|generated))(?: [\w-]+)?? (?:models?|networks?|architectures?|sub-?networks?|nets?)\b/i;
const MODEL_RUNTIME_METRICS: ReadonlySet<string> = new Set(['speedup', 'energy', 'power']);
const PAPER_PHASE = memoKey<Phase | null>('paper phase');
const RUNTIME_METRICS: ReadonlySet<string> = new Set(['speedup', 'latency', 'throughput', 'memory', 'energy', 'power', 'compute']);
const INFERENCE_WORDS = /\b(?:inference|deploy\w*|real-time|on-device|latency|FPS|frames per second|rendering|serving|generation|generating|sampling)\b/i;

/** Whether the paper's own sentences speak of running a model (so its runtime gains are inference). */
const SPEAKS_OF_INFERENCE = memoKey<boolean>('speaks of inference');

function speaksOfInference(doc: Document): boolean {
  return doc.memo(SPEAKS_OF_INFERENCE, () =>
    doc.sentences.some((s) => !doc.background[s.index] && INFERENCE_WORDS.test(doc.text.slice(s.start, s.end))),
  );
}

/**
 * "Deployed on a 32-GPU cluster, it saved 1.9 MWh of fine-tuning traffic": that it was deployed
 * says where it ran; a phase named outright in the same stretch wins.
 */
const WEAK_CUE = /^deploy(?:ed|ing|ment)$/i;

function nearest(mentions: readonly PhaseMention[], from: number, to: number, anchor: number): PhaseMention | null {
  let best: PhaseMention | null = null;
  let bestDistance = Infinity;
  const named = mentions.some((m) => m.start >= from && m.end <= to && !WEAK_CUE.test(m.text));
  for (const m of mentions) {
    if (m.start < from || m.end > to || (named && WEAK_CUE.test(m.text))) continue;
    const distance = m.end <= anchor ? anchor - m.end : m.start - anchor;
    if (distance < bestDistance) {
      best = m;
      bestDistance = distance;
    }
  }
  return best;
}

const PHASE_WORDS = memoKey<Map<number, PhaseMention[]>>('phase words by sentence');

/**
 * Phase words of a sentence that speak of this paper's claims: not those inside its method's
 * name ("Single-Path NAS") or inside a compared system ("outperforms SOTA NAS methods").
 * Computed for the sentences that hold claims only, once each.
 */
function phaseWordsOf(doc: Document, sentence: SentenceSpan): PhaseMention[] {
  const perDoc = doc.memo(PHASE_WORDS, () => new Map<number, PhaseMention[]>());
  const cached = perDoc.get(sentence.index);
  if (cached) return cached;
  const names = doc.ownNames.filter((n) => n.length > 2);
  const kept = doc.phasesIn(sentence).filter((m) => {
    const around = doc.text.slice(Math.max(0, m.start - 30), m.end + 30);
    if (names.some((n) => around.includes(n) && n.includes(m.text))) return false;
    return !comparisonPhrases(doc, sentence).some((p) => p.span.start <= m.start && m.end <= p.span.end);
  });
  perDoc.set(sentence.index, kept);
  return kept;
}

/** The phase the paper is about, when its title and own sentences clearly favour one. */
export function paperPhase(doc: Document): Phase | null {
  return doc.memo(PAPER_PHASE, () => findPaperPhase(doc));
}

function findPaperPhase(doc: Document): Phase | null {
  // A phase in the title says what the paper is about.
  // "Parallel Prompt Decoding for ... LLM Inference": the last phase names the purpose.
  const inTitle = doc.titlePhases;
  if (inTitle.length > 0) return (inTitle[inTitle.length - 1] as PhaseMention).phase;
  const counts = new Map<Phase, number>();
  for (const m of doc.phases) {
    const s = doc.sentenceAt(m.start);
    if (doc.background[s.index]) continue;
    counts.set(m.phase, (counts.get(m.phase) ?? 0) + 1);
  }
  const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  const [top, second] = ranked;
  return top && ((top[1] >= 3 && (!second || top[1] >= 3 * second[1])) || (top[1] >= 2 && !second)) ? top[0] : null;
}

const TOKEN_CONSUMING: ReadonlySet<Phase> = new Set<Phase>(['prefill', 'training', 'fine-tuning']);

export class PhaseRefiner implements Refiner {
  readonly name = 'PhaseRefiner';

  refine(candidates: readonly Candidate[], { doc }: RefineContext): readonly Candidate[] {
    return candidates.map((c) => {
      const phase = this.phaseOf(c, doc, candidates);
      if (phase === c.phase) return c;
      const copy = copyCandidate(c);
      copy.phase = phase;
      return copy;
    });
  }

  /**
   * In a fine-tuning paper, "training" in the claim's phrase, in a measure's name ("training
   * throughput", "training time") or in the sentence names the fine-tuning it does; a clause
   * that says what it trains ("when training a 13B model, ...") keeps training.
   */
  private specific(phase: Phase, doc: Document): Phase {
    return phase === 'training' && paperPhase(doc) === 'fine-tuning' ? 'fine-tuning' : phase;
  }

  private phaseOf(c: Candidate, doc: Document, all: readonly Candidate[]): Phase | null {
    const text = doc.text;
    const q = c.quantity;
    // A phase word naming the compared system ("within 0.6% of full fine-tuning") is not the claim's.
    const compared = c.reading.comparedObject;
    const mentions = compared ? phaseWordsOf(doc, c.sentence).filter((m) => m.end <= compared.start || m.start >= compared.end) : phaseWordsOf(doc, c.sentence);
    const ownStart = Math.min(c.evidence.start, c.reading.measure?.start ?? c.evidence.start);
    const ownEnd = Math.max(c.evidence.end, c.reading.measure?.end ?? c.evidence.end);
    // "71% of peak HBM bandwidth in decoding": a phase attached right after the claim's phrase.
    const trailing = /^(?: (?!and\b|or\b|while\b|but\b)[A-Za-z-]+){0,2},? (?:in|during|for|at|of) (?:the |a )?(?:[\w-]+ )?/i.exec(text.slice(ownEnd, ownEnd + 48));
    // A phase attached after the phrase is its own, before any phase word of a neighbour ahead of it
    // ("1.21 PFLOPS in FP8 prefill and 71% of peak HBM bandwidth in decoding").
    const attached = trailing ? nearest(mentions, ownEnd, ownEnd + trailing[0].length + 14, ownEnd) : null;
    const own = attached ?? nearest(mentions, ownStart, trailing ? ownEnd + trailing[0].length + 14 : ownEnd, q.start);
    if (own) return this.specific(own.phase, doc);
    // "trains large models of over 100B parameters": the size a work can train is a training claim.
    if (c.metric === 'size' && c.unit === 'params' && isTrainedSize(text, c.sentence.start, q.start)) return this.specific('training', doc);
    if (QUALITY_METRICS.has(c.metric)) return null;
    // "1.9x faster than cuBLAS grouped GEMM": what is compared with a kernel library is a kernel.
    // (Only the object of a verb of comparison: "than FlashAttention" after "end-to-end" may not be.)
    if (compared && KERNEL_LIBRARY.test(text.slice(compared.start, compared.end))) return 'kernel';
    if (c.unit === 'GPU-h' || c.unit === 'TPU-h' || c.unit === 'epochs') {
      const s = nearest(mentions, c.sentence.start, c.sentence.end, q.start);
      if (s) return s.phase;
      // Device-hours count a job's work: a search or a fine-tuning when the paper is one, else training.
      const paper = paperPhase(doc);
      return paper === 'search' || paper === 'fine-tuning' ? paper : 'training';
    }
    // A model's latency or throughput is not measured while searching for it, nor the speed or
    // energy of what a search found ("the searched model is 1.3x faster than MobileNetV3"); a
    // search that is faster says so ("the search is 5,000x faster").
    // A phase word inside another measure's claim ("reduces P99 time-to-first-token by 41% and cuts
    // memory waste ...") is that claim's; a list of values of one measure shares it.
    const others = all.filter((o) => o !== c && o.sentence.index === c.sentence.index && o.metric !== c.metric && o.reading.measure);
    const ownedElsewhere = (m: PhaseMention): boolean => others.some((o) => {
      const measure = o.reading.measure as { start: number; end: number };
      return measure.start <= m.start && m.end <= measure.end;
    });
    let usable = (DEFAULT_INFERENCE_METRICS.has(c.metric)
      ? mentions.filter((m) => m.phase !== 'search')
      : MODEL_RUNTIME_METRICS.has(c.metric)
        ? mentions.filter((m) => !FOUND_MODEL.test(text.slice(m.start, m.end + 24)))
        : mentions).filter((m) => !ownedElsewhere(m));
    // "1.4x faster end-to-end", "end-to-end throughput": the whole model runs, not a kernel or a
    // stage of decoding named next to it.
    if (RUNTIME_METRICS.has(c.metric) && END_TO_END.test(text.slice(ownStart, Math.min(c.sentence.end, ownEnd + 20)))) {
      usable = usable.filter((m) => !STAGES.has(m.phase));
    }
    // "by our CUTLASS kernel, we achieve 1.12x memory reduction", "we implement tensor core kernels
    // ..., achieving 1.45x": a kernel named as the means is not what the claim measures.
    usable = usable.filter((m) => m.phase !== 'kernel' || !KERNEL_AS_MEANS.test(text.slice(Math.max(c.sentence.start, m.start - 48), m.start)));
    const clauseFound = nearest(usable, clauseStart(text, c.sentence.start, q.start), clauseEnd(text, c.sentence.end, q.end), q.start);
    // A rate of tokens is one of generating them (decode), unless the sentence names a stage
    // that consumes tokens instead (prefill, training, fine-tuning).
    if (c.metric === 'throughput' && c.unit === 'tokens/s' && (!clauseFound || clauseFound.phase === 'inference')) {
      const stage = nearest(usable, c.sentence.start, c.sentence.end, q.start);
      return stage && TOKEN_CONSUMING.has(stage.phase) ? this.specific(stage.phase, doc) : 'decode';
    }
    if (clauseFound) return metricAt(text, clauseFound.start) ? this.specific(clauseFound.phase, doc) : clauseFound.phase;
    if (DEFAULT_INFERENCE_METRICS.has(c.metric)) return 'inference';
    const sentence = nearest(usable, c.sentence.start, c.sentence.end, q.start);
    if (sentence) return this.specific(sentence.phase, doc);
    if (!PAPER_PHASE_METRICS.has(c.metric)) return null;
    // A search paper's results are about the models it found; search costs say "search".
    const paper = paperPhase(doc);
    if (paper && paper !== 'search') return paper;
    if (RUNTIME_METRICS.has(c.metric) && speaksOfInference(doc)) return 'inference';
    return null;
  }
}

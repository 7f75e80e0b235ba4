/**
 * The device a claim was measured on (Decision 8): the device named in its sentence (not the
 * compared one, not one a measure is normalized by), nearest after the number, else before it;
 * lists pair with "respectively"; device-hour units name their device ("30 TPU-hours").
 * Otherwise, when the abstract says the whole work is built for or evaluated on one platform,
 * that platform, except for accuracy, size and compute counts, which no device measures, and
 * search costs. An abstract that names several platforms for its results has no such fallback;
 * devices of compared systems ("than a GPU", "the CPU baseline", "unlike GPU-based methods") and
 * of background are not its platforms, and a device with its counts or parts ("8×H100" and "H100",
 * a phone and its NPU) is one. A class word inside a measure's name ("GPU memory") yields to the
 * work's platform.
 */
import { GENERIC_NAMES, normalizeHardware, type HardwareMention } from '../../lexicon/hardware.js';
import { memoKey, type Document } from '../document.js';
import { copyCandidate, type Candidate, type Refiner, type RefineContext } from '../pipeline.js';
import type { HardwareClass } from '../types.js';
import type { SentenceSpan } from '../text/sentences.js';
import { comparisonPhrases } from './comparisons.js';

const DEVICE_HOURS: ReadonlyMap<string, { name: string; cls: HardwareClass; vendor: string | null }> = new Map([
  ['GPU-h', { name: 'GPU', cls: 'gpu', vendor: null }],
  ['GPU-days', { name: 'GPU', cls: 'gpu', vendor: null }],
  ['TPU-h', { name: 'TPU', cls: 'tpu', vendor: 'Google' }],
  ['TPU-days', { name: 'TPU', cls: 'tpu', vendor: 'Google' }],
]);
const NAMED_GPU_HOURS = /^ ?([AHV]100)\b/;
const NEXT_PREDICATE = /\band (?:also |further |still )?(?:preserves|maintains|keeps|retains|matches|achieves|reaches|attains|improves|reduces|cuts|stays)\b/i;
const SENTENCE_ONLY_METRICS: ReadonlySet<string> = new Set(['accuracy', 'size', 'compute']);
/** Platform classes that contain generic processors ("Arm CPU and GPU ... on a real mobile device"). */
const PLATFORM_CLASSES: ReadonlySet<HardwareClass> = new Set(['mobile', 'edge', 'mcu']);
/** Words that say the work is built for or evaluated on the device after them, within the clause (no "." or ";" between, at most 120 characters). */
const STRONG_PLATFORM_CUE = /\b(?:using|implemented|implementing|implement|implementations? on|build|builds|building|serves|evaluated|evaluate|evaluating|conducted|performed|carried out|(?:experiments?|deployments?|evaluations?|measurements?) on|deployed|deploying|deploy|tested|measured|run|runs|running|executed|prototyped|built|synthesized|validated|benchmarked|mapped|mapping|designed for|tailored for|targeting|targeted at|optimized for|accelerat\w+ on|accelerators? for)\b/gi;
const CUE_REACH = 120;
/** "using" names a platform only as its object: "using 8 A100 GPUs", not "using a cost model that ... CPU throughput". */
const NEAR_CUES: ReadonlySet<string> = new Set(['using']);
const NEAR_CUE_REACH = 40;
/** Where a platform cue ends, and how far after it a device may stand. */
interface CueEnd {
  readonly end: number;
  readonly reach: number;
}
const CUE_ENDS = memoKey<Map<number, CueEnd[]>>('platform cue ends by sentence');

/** Whether a platform cue stands before `at` in its clause; the sentence's cues are found once. */
function cuedBefore(doc: Document, sentence: SentenceSpan, at: number): boolean {
  const perDoc = doc.memo(CUE_ENDS, () => new Map<number, CueEnd[]>());
  let ends = perDoc.get(sentence.index);
  if (!ends) {
    ends = [];
    const slice = doc.text.slice(sentence.start, sentence.end);
    STRONG_PLATFORM_CUE.lastIndex = 0;
    for (let match = STRONG_PLATFORM_CUE.exec(slice); match !== null; match = STRONG_PLATFORM_CUE.exec(slice)) {
      ends.push({ end: sentence.start + match.index + match[0].length, reach: NEAR_CUES.has(match[0].toLowerCase()) ? NEAR_CUE_REACH : CUE_REACH });
    }
    perDoc.set(sentence.index, ends);
  }
  for (let i = ends.length - 1; i >= 0; i--) {
    const { end, reach } = ends[i] as CueEnd;
    if (end > at) continue;
    if (at - end > reach) return false;
    const between = doc.text.slice(end, at);
    return !between.includes('.') && !between.includes(';');
  }
  return false;
}
/** A sentence that opens on its platform states the setting of what follows: "On a 512-GPU H800 cluster, ...". */
const OPENING_ON = /^(?:on|running on|deployed on|evaluated on|measured on)\s+(?:(?:a|an|the|one|our|single)\s+)?(?:(?:\d{4}|\d+-[a-z]+|[a-z]+-[a-z]+|low-end|high-end|commodity|off-the-shelf|Android|iOS|consumer|mid-range|budget)\s+){0,2}(?:(?:[\w-]+\s+)?(?:server|machine|node|system|workstation|desktop|laptop|PC|platform|board|cluster|pod)s?\s+(?:with|of|equipped with|featuring|hosting)\s+(?:(?:a|an|one|two|four|eight|a single|\d[\d,]*)\s+)?)?$/i;
const SEVERAL_BEFORE = /\b(?:different|various|diverse|multiple|several|many|a range of|a variety of|other|all|commodity|existing|current|conventional|modern|today's|general-purpose)\s+(?:\w+\s+)?$/i;
/** The work's own device: "our FPGA-based accelerator", "our 22nm SRAM-based CIM macro", "our 28nm chip", "the fabricated prototype". */
const OWN_BEFORE = /\b[Oo]ur\s+(?:(?:\w*\d\w*|\w+-[\w-]+|[A-Z]{2,}\w*)\s+){0,3}$/;
const OWN_DEVICE = /^(?:our|fabricated)\b/i;
/**
 * The device the work is, named in the appositive of its introduction: "we propose BankStream, a
 * near-bank PIM architecture", "this paper presents X, an FPGA accelerator".
 */
const INTRODUCING = String.raw`\b(?:[Ww]e (?:propose|present|introduce|design|develop|build)|(?:[Tt]his|[Tt]he) (?:paper|work|article) (?:proposes|presents|introduces|describes))\s+[^,.;()]{1,48},\s+(?:an?|the)\s+`;
const PROPOSED_BEFORE = new RegExp(String.raw`${INTRODUCING}(?:[\w-]+\s+){0,3}$`);
const TITLE_PLATFORM = /\b(?:on|onto|for)\s+(?:an?\s+|the\s+)?(?:single\s+|real\s+)?$/i;
/** Processors a title may set beside a designed device to compare them (a drone or a phone is where it runs). */
const COMPARED_PROCESSORS: ReadonlySet<HardwareClass> = new Set(['gpu', 'cpu', 'tpu', 'npu', 'cluster']);
/** A device a title sets against the work: "Beyond GPUs", "... vs. FPGAs", "without PIM". */
const TITLE_CONTRAST = /\b(?:than|vs\.?|versus|beyond|without|replacing|or)\s+(?:an?\s+|the\s+)?$/i;

/** A device right after a comparison word is the compared one ("faster than 64 A100 GPUs"). */
const COMPARED_BEFORE = /\b(?:than|versus|vs\.?|compared (?:to|with)|(?:compare|compares|comparing) (?:it|them|this|these|ours|our \w+|\w+) (?:to|with|against)|relative to|against|unlike)\s+(?:(?:when )?(?:on|running on|run on|executed on) )?(?:(?:the|a|an|our|its|their|existing|prior|conventional) )?(?:(?!(?:on|in|at|with|for|of|to|and|or|by)\b)[a-z][\w-]* ){0,2}$/i;
/**
 * Where a compared system ran, when the comparison says it ran elsewhere: "than a GPU
 * implementation on an NVIDIA Jetson Xavier NX"; a fronted comparison clause, to its comma
 * ("Compared with running the same model on a Raspberry Pi 4, ..."). "than existing models on
 * mobile-NPU" compares on the work's own device.
 */
const COMPARED_RUN_ON = /\b(?:than|versus|vs\.?|compared (?:to|with)|relative to|against|unlike)\s+(?:[A-Za-z][\w-]*\s+){0,4}?(?:implementations?|versions?|ports?|counterparts?|run|running|executed|executing|deployed)\s+(?:on|in)\s+(?:(?:a|an|the)\s+)?$/i;
/**
 * "lower than the same model on a Jetson Orin Nano", "below an equivalent ANN on a desktop GPU",
 * "than the same architecture executed as a conventional network on a Jetson Orin Nano",
 * "faster than building HNSW on a 64-core CPU", "33x that of HNSW on the CPU": the compared work run elsewhere.
 */
const COMPARED_SAME_ON = /\b(?:(?:than|versus|vs\.?|compared (?:to|with)|relative to|against|below|above|over)\s+(?:(?:the|an?)\s+)?(?:same|equivalent|identical|comparable)|than\s+(?!existing\b|leading\b|competing\b|outstanding\b)[a-z]+ing|that of)\s+(?:[\w-]+\s+){1,8}?(?:on|in)\s+(?:(?:a|an|the)\s+)?(?:[\w-]+\s+)?$/i;
/**
 * The reference of a ratio: "6.2x the throughput of the CPU server", "87% of the throughput of an
 * NVIDIA A100", "within 0.4% of FP32 training on a GPU", "twice that of a GPU".
 */
const REFERENCE_OF = /(?:\d\s*(?:x|×|times|%|\\%|\$\\times\$)|\b(?:twice|half|thrice))\s+(?:(?:(?:that|those)\s+|(?:the\s+)?(?:[\w-]+\s+){1,5}?)of\s+(?:(?:[\w-]+\s+){0,2}(?:training|fine-tuning|finetuning|pre-training|inference|decoding|serving|execution|implementations?|baselines?|models?|versions?|runs?)\s+(?:on|in)\s+)?|of\s+(?:[\w-]+\s+){0,2}(?:training|fine-tuning|finetuning|pre-training|inference|decoding|serving|execution|implementations?|baselines?|models?|versions?|runs?)\s+(?:on|in)\s+)(?:(?:the|a|an)\s+)?(?:[\w-]+\s+)?$/i;
/** "while requiring no accelerator", "without a GPU": a device the work does without. */
const NEGATED_BEFORE = /\b(?:no|without|not|never|nor)\s+(?:(?:a|an|any|the|dedicated|extra|additional|external)\s+)?$/i;
const SHARE_OF_BEFORE = /(?:\d\s*(?:x|×|%|\\%)|\b(?:twice|half))\s+of\s+(?:the\s+)?$/i;
const FRONTED_COMPARISON = /^(?:compared (?:to|with)|in comparison (?:to|with)|relative to|unlike|versus|against)\s[^,;]*\b(?:implementations?|versions?|ports?|counterparts?|run|running|executed|executing|deployed)\s[^,;]*$/i;
/** The objects of "outperforms a CPU by 31x and a GPU by 2.1x": each is beaten by its number. */
const OBJECT_BEFORE = /\b(?:outperform\w*|surpass\w*|beat|beats|beating|exceed\w*|and)\s+(?:(?:a|an|the)\s+)?$/i;
const OBJECT_AFTER = /^ by (?:up to |about |over |nearly |~)?\d/i;
const OUTPERFORMS = /\b(?:outperform|surpass|beat|exceed)\w*\s[^.;]*$/i;
/** A device naming a compared system by what it runs on: "the CPU baseline", "GPU-based counterparts". */
const COMPARED_AFTER = /^(?:[- ](?:based|only|side))? (?:baselines?|counterparts?)\b/i;
/**
 * A class word inside a measure's name ("23% less GPU memory", "CPU RAM"): it says what is
 * measured, not where; the work's platform, when it has one, is where.
 */
const MEASURE_NAME_AFTER = /^ (?:memory|RAM|VRAM|DRAM|HBM|memory footprint|utilization|usage|overhead|time|cycles|load)\b/i;

function measureName(doc: Document, m: HardwareMention): boolean {
  return m.count === null && m.entity.vendor === null && (m.entity.name === 'GPU' || m.entity.name === 'CPU') && MEASURE_NAME_AFTER.test(doc.text.slice(m.end, m.end + 20));
}
/** A device after "per" normalizes a measure ("1,850 tokens/s per GPU"); one before "-hours" counts work. */
const EMULATED_ON = /\bemulat\w* (?:on|in|with|using|by) (?:an? |the )?$/i;
const PER_BEFORE = /\bper(?:\s+|-)$/i;
const HOURS_AFTER = /^[- ]?(?:chip-)?(?:hours?|days?|h)\b/i;
/**
 * General processors take the class of the device they are part of ("the Cortex-A55 CPU of a
 * smartwatch", "a Pixel 7 phone GPU"); an NPU is a class of its own ("the NPU of an iPhone 14").
 */
const PROCESSOR_CLASSES: ReadonlySet<HardwareClass> = new Set(['cpu', 'gpu']);
const PART_OF = /^ (?:of|in|on|inside) (?:a |an |the )?$/i;
/** A phone, board or microcontroller and the processor it carries: "a Pixel 7 GPU", "a phone's CPU", "an Android phone with four Cortex-A53 cores". */
const CARRIES = /^(?: |'s |’s | (?:with|featuring|equipped with|powered by|built around) (?:(?:a|an|its|one|two|four|six|eight|\d+|single|dual|quad|octa)[- ])?(?:[\w-]+ )?)$/;

const PLATFORM = memoKey<HardwareMention | null>('platform');
const MENTIONS = memoKey<Map<number, HardwareMention[]>>('own device mentions by sentence');

/** "a simulation modeled after an NVIDIA DGX with eight H100 GPUs": the machine a model copies is not measured. */
const MODELED_AFTER = /\bmodell?ed (?:after|on) (?:(?:a|an|the) )?(?:[\w-]+ ){0,3}(?:with (?:[\w-]+ )?)?$/i;

/** The next device of a list: "a Xeon server and an earlier Stratix 10 design". */
const LISTED_WITH = /^(?: (?:servers?|machines?|nodes?|systems?|boards?|cards?|instances?|designs?|implementations?|platforms?|GPUs?|CPUs?))?(?:,|,? and|,? or) (?:(?:a|an|the) )?(?:(?!(?:on|in|at|our|with|its|for)\b)[\w-]+ ){0,2}$/i;

/** Whether a device is named as the compared side of a claim rather than where it was measured. */
function compared(text: string, sentence: SentenceSpan, m: HardwareMention, before: string, after: string): boolean {
  if (COMPARED_BEFORE.test(before) || COMPARED_AFTER.test(after) || NEGATED_BEFORE.test(before)) return true;
  const runBefore = text.slice(Math.max(sentence.start, m.start - 72), m.start);
  if (COMPARED_RUN_ON.test(runBefore) || REFERENCE_OF.test(runBefore) || MODELED_AFTER.test(runBefore)) return true;
  // (The same system run elsewhere may be described at length: "than the same architecture executed as ...".)
  if (COMPARED_SAME_ON.test(text.slice(Math.max(sentence.start, m.start - 110), m.start))) return true;
  // "82% of H100's throughput": the owner of the measure a share is taken of.
  if (SHARE_OF_BEFORE.test(before) && /^['’]s\b/.test(after)) return true;
  if (OBJECT_AFTER.test(after) && OBJECT_BEFORE.test(before) && OUTPERFORMS.test(text.slice(sentence.start, m.start))) return true;
  return m.start - sentence.start < 160 && FRONTED_COMPARISON.test(text.slice(sentence.start, m.start));
}

/** "HBM-PIM attached to an A100-class GPU": a designed device and the host it is attached to. */
const ATTACHED_TO = /^ (?:attached|connected|coupled) to (?:(?:a|an|the|each|every)\s+)?$/i;
/** "GPUs paired with HBM3-PIM stacks", "a CPU coupled with an FPGA": a host and a designed device. */
const PAIRED_WITH = /^ (?:paired|coupled|augmented|combined|equipped) with (?:(?:a|an|the)\s+)?(?:[\w-]+\s+){0,2}$/i;
/** "with" and the first device of a machine's set-up ("a workstation with an RTX A6000 and ..."). */
const SETUP_WITH = /\b(?:with|equipped with|featuring|hosting|pairing)\s+(?:(?:a|an|one|two|a single|dual|\d+)\s+)?(?:[\w-]+\s+){0,2}$/i;
const AND_HOST = /^(?: \([^()]{1,20}\))?,? and (?:(?:a|an|one|two|dual|\d+)[ -])?(?:[\w-]+ ){0,2}$/;

/** A GPU and a CPU named together as one machine's parts ("with an RTX 4090 and a Ryzen 9 7950X", either order). */
function hostPair(last: HardwareMention, m: HardwareMention, text: string, sentence: SentenceSpan): boolean {
  const classes = new Set([last.entity.class, m.entity.class]);
  if (!classes.has('gpu') || !classes.has('cpu') || last.count !== null || m.count !== null) return false;
  return AND_HOST.test(text.slice(last.end, m.start)) && SETUP_WITH.test(text.slice(Math.max(sentence.start, last.start - 60), last.start));
}

/**
 * The devices a sentence names as measured on: a processor written as part of a phone, board or
 * microcontroller is that device's (one mention, its class); devices that are compared, that a
 * measure is normalized by ("per GPU") or that count work ("26 GPU-hours") are left out.
 */
export function devicesIn(doc: Document, sentence: SentenceSpan): readonly HardwareMention[] {
  const perDoc = doc.memo(MENTIONS, () => new Map<number, HardwareMention[]>());
  const cached = perDoc.get(sentence.index);
  if (cached) return cached;
  const text = doc.text;
  const found: HardwareMention[] = [];
  // The last device read in the sentence: its end and, when it names a device, its class.
  let previousEnd = -1;
  let previousNamed: HardwareClass | null = null;
  // Where the last device left out as compared ends.
  let comparedEnd = -2;
  for (const m of doc.hardwareIn(sentence)) {
    if (m.end > sentence.end) continue;
    // One device written in parts: "an RTX 3090 desktop GPU" (a class word right after a named
    // device of its class), "a Xilinx Zynq UltraScale+ ZCU102" (named parts of one class).
    const generic = m.count === null && GENERIC_NAMES.has(m.entity.name);
    const gap = text.slice(previousEnd, m.start);
    if (previousNamed === m.entity.class && m.count === null && (gap === ' ' || (generic && /^(?: [a-z-]+ |-(?:class|series|based|type) )$/.test(gap)))) {
      // Kept (or merged into the last kept mention) when the last kept one ends where it does.
      const last = found[found.length - 1];
      if (last && last.end === previousEnd) found[found.length - 1] = { ...last, end: m.end, text: text.slice(last.start, m.end), entity: generic ? last.entity : m.entity };
      previousEnd = m.end;
      continue;
    }
    // A cluster's parts in parentheses after it: "a 16-node CPU cluster (two 32-core AMD EPYC sockets per node)".
    if (found[found.length - 1]?.entity.class === 'cluster' && found[found.length - 1]?.end === previousEnd && /^ \((?:[\w-]+ ){0,3}$/.test(text.slice(previousEnd, m.start))) {
      previousEnd = m.end;
      continue;
    }
    // The same device named again in parentheses: "a Xilinx ZCU102 board (Zynq UltraScale+ XCZU9EG)".
    if (previousNamed === m.entity.class && /^\+? \($/.test(text.slice(previousEnd, m.start)) && found[found.length - 1]?.end === previousEnd) {
      previousEnd = m.end;
      continue;
    }
    const gapFromPrevious = text.slice(previousEnd, m.start);
    previousEnd = m.end;
    previousNamed = generic ? null : m.entity.class;
    const before = text.slice(Math.max(sentence.start, m.start - 30), m.start);
    const after = text.slice(m.end, m.end + 24);
    if (PER_BEFORE.test(before) || HOURS_AFTER.test(after)) continue;
    // The device a compared device is part of, or listed with, is compared too: "against the GPU
    // of a Jetson Xavier NX", "with a Xeon server and an earlier Stratix 10 design".
    const withCompared = comparedEnd === m.start - gapFromPrevious.length && (PART_OF.test(gapFromPrevious) || LISTED_WITH.test(gapFromPrevious));
    if (withCompared || compared(text, sentence, m, before, after)) {
      comparedEnd = m.end;
      continue;
    }
    // An emulated platform takes the class of what it emulates (Decision 8), not the emulator's.
    if (/emulat/i.test(m.text) || /^ emulat/i.test(text.slice(m.end, m.end + 10)) || EMULATED_ON.test(before)) continue;
    const last = found[found.length - 1];
    if (last && PROCESSOR_CLASSES.has(last.entity.class) && PLATFORM_CLASSES.has(m.entity.class) && PART_OF.test(text.slice(last.end, m.start))) {
      found[found.length - 1] = { ...m, start: last.start, text: text.slice(last.start, m.end) };
      continue;
    }
    // "the Hexagon NPU of a Snapdragon 8 Gen 2", "a Pixel 8's NPU": the work runs on the NPU.
    if (last && last.entity.class === 'npu' && PLATFORM_CLASSES.has(m.entity.class) && PART_OF.test(text.slice(last.end, m.start))) {
      found[found.length - 1] = { ...last, end: m.end, text: text.slice(last.start, m.end) };
      continue;
    }
    if (last && PLATFORM_CLASSES.has(last.entity.class) && m.entity.class === 'npu' && /^(?:'s |’s )$/.test(text.slice(last.end, m.start))) {
      found[found.length - 1] = { ...m, start: last.start, text: text.slice(last.start, m.end) };
      continue;
    }
    // "HBM-PIM attached to an A100-class GPU": the device a designed one is attached to is its host, one system.
    if (last && DESIGNED_CLASSES.has(last.entity.class) && ATTACHED_TO.test(text.slice(last.end, m.start))) {
      found[found.length - 1] = { ...last, end: m.end, text: text.slice(last.start, m.end) };
      continue;
    }
    // "GPUs paired with HBM3-PIM stacks": the host named first, the designed device it is paired with.
    if (last && DESIGNED_CLASSES.has(m.entity.class) && !DESIGNED_CLASSES.has(last.entity.class) && PAIRED_WITH.test(text.slice(last.end, m.start))) {
      found[found.length - 1] = m;
      continue;
    }
    // A machine "with an RTX 4090 and a 16-core Ryzen 9 7950X": the GPU does the work, the CPU hosts it.
    if (last && hostPair(last, m, text, sentence)) {
      if (last.entity.class === 'cpu') found[found.length - 1] = m;
      continue;
    }
    // "a 512-GPU H800 cluster", "four nodes of 8 H100 GPUs", "256 A100 GPUs (spread) across 32 nodes": the
    // count and the devices it counts are one mention.
    if (last && last.count !== null && last.entity.class === 'cluster' && (m.entity.class === 'gpu' || m.entity.class === 'cluster') && /^ (?:(?:(?:spread|distributed|split|placed) )?(?:of|with|across|in|on|over) )?$/.test(text.slice(last.end, m.start))) {
      found[found.length - 1] = { ...last, end: m.end, text: text.slice(last.start, m.end) };
      continue;
    }
    if (last && PLATFORM_CLASSES.has(last.entity.class) && PROCESSOR_CLASSES.has(m.entity.class) && CARRIES.test(text.slice(last.end, m.start))) {
      found[found.length - 1] = { ...last, end: m.end, text: text.slice(last.start, m.end) };
      continue;
    }
    // "a Raspberry Pi 5 (Cortex-A76, 8 GB)": the processor in parentheses is the platform's part.
    if (last && PLATFORM_CLASSES.has(last.entity.class) && PROCESSOR_CLASSES.has(m.entity.class) && text.slice(last.end, m.start) === ' (') continue;
    found.push(m);
  }
  perDoc.set(sentence.index, found);
  return found;
}

/**
 * Which kind of platform a device is, for telling platforms apart: a GPU and a cluster of GPUs
 * are one kind; so are a phone or board and the CPU or NPU it carries. A designed accelerator
 * and the words "edge device" or "mobile device" name no platform of their own (the design is
 * built on one; the setting is where one is).
 */
function platformKind(m: HardwareMention): string | null {
  const { class: cls, name, vendor } = m.entity;
  if (vendor === null && (name === 'accelerator' || name === 'edge device' || name === 'mobile device')) return null;
  if (cls === 'cluster' || cls === 'gpu') return 'gpu';
  if (cls === 'cpu' || cls === 'npu' || cls === 'mobile' || cls === 'edge') return 'host';
  return cls;
}

/**
 * Whether the abstract names more than one platform for its own work (Decision 8's fallback is
 * for one): devices of different kinds ("64 A100 GPUs" to train, "a Pixel 7 phone" to run), or
 * different named devices or set-ups of one kind ("a single A100" and "4 GPUs", "the Raspberry
 * Pi 5" and "the Apple M3 Max") unless the work is declared for the kind as a whole ("inference
 * on CPUs", "two PULP platforms").
 */
function severalPlatforms(own: readonly HardwareMention[], declared: readonly HardwareMention[]): boolean {
  const kinds = new Set<string>();
  const named = new Set<string>();
  for (const m of own) {
    const kind = platformKind(m);
    if (kind === null) continue;
    kinds.add(kind);
    if (partOfAnother(m, own) || sameSetUpNamed(m, own)) continue;
    if (m.count !== null || !GENERIC_NAMES.has(m.entity.name)) named.add(identityOf(m));
  }
  if (kinds.size > 1) return true;
  return named.size > 1 && !declared.some((m) => m.count === null && PLURAL.test(m.text) && platformKind(m) !== null);
}

const PLURAL = /[a-z]s$/i;

/** "1,024 GPUs" beside "1,024 H800 GPUs": a class word counted as a named set-up is counted is that set-up. */
function sameSetUpNamed(m: HardwareMention, all: readonly HardwareMention[]): boolean {
  if (m.count === null || !GENERIC_NAMES.has(m.entity.name.replace(/^\d+x /, ''))) return false;
  return all.some((o) => o !== m && o.count === m.count && !GENERIC_NAMES.has(o.entity.name.replace(/^\d+x /, '')));
}

/**
 * A named device without its count: "8x H100" and "H100" are one set-up's devices; counts of a
 * class word stay apart ("128 GPUs or 1 GPU" are two set-ups).
 */
function identityOf(m: HardwareMention): string {
  const base = m.entity.name.replace(/^\d+x /, '');
  return (GENERIC_NAMES.has(base) ? m.entity.name : base).toLowerCase();
}

/** Vendors of phones' SoCs: "a Xiaomi 14 phone with Snapdragon 8 Gen 3" is one phone. */
const SOC_VENDORS: ReadonlySet<string> = new Set(['Qualcomm']);

/**
 * Whether a processor is a part of a phone, board or microcontroller the work also names: an
 * NPU (phones' SoCs carry them), a processor of the device's own vendor ("a Snapdragon 8 Gen
 * 2 phone" and its "Adreno GPU"), or a phone's SoC ("a Xiaomi 14 with Snapdragon 8 Gen 3").
 */
function partOfAnother(m: HardwareMention, all: readonly HardwareMention[]): boolean {
  if (m.entity.class !== 'npu' && !PROCESSOR_CLASSES.has(m.entity.class) && !(m.entity.class === 'mobile' && m.entity.vendor !== null)) return false;
  return all.some((o) => o !== m && PLATFORM_CLASSES.has(o.entity.class) && identityOf(o) !== identityOf(m) &&
    (m.entity.class === 'npu' || (m.entity.vendor !== null && o.entity.vendor === m.entity.vendor) || (SOC_VENDORS.has(m.entity.vendor ?? '') && o.entity.vendor !== m.entity.vendor)));
}

function insideAny(m: HardwareMention, spans: readonly { start: number; end: number }[]): boolean {
  return spans.some((s) => m.start < s.end && s.start < m.end);
}

/** The one platform the abstract says the work is built for or evaluated on, or null. */
export function platformOf(doc: Document, claims: readonly Candidate[]): HardwareMention | null {
  return doc.memo(PLATFORM, () => findPlatform(doc, claims));
}

function findPlatform(doc: Document, claims: readonly Candidate[]): HardwareMention | null {
  const named = namedPlatform(doc, claims);
  if (named && DESIGNED_CLASSES.has(named.entity.class)) return named;
  // (Read only when a designed device is in question: a scan of the whole abstract.)
  let silicon: boolean | undefined;
  const reportsSilicon = (): boolean => (silicon ??= SILICON.test(doc.text));
  const designed = designedWork(doc, reportsSilicon);
  // A chip the abstract reports in silicon terms is where its results were measured, whatever
  // processors it is compared with ("within 5% of OpenVINS running on a desktop CPU").
  if (designed && reportsSilicon()) return designed;
  return named ?? designed;
}

/** The words of a chip's own report: a process node, fabrication, tape-out, die area. */
const SILICON = /\b\d+ ?nm\b|\bfabricated\b|\btaped[- ]out\b|\btape-out\b|\bsilicon\b|\bCMOS\b|\bmm(?:²|\^2|\$\^\{?2\}?\$)/;

/** Words that stand between an article and a device as its modifiers, not as a phrase about another thing ("a compiler for accelerators"). */
const MODIFIERS = String.raw`(?:(?!(?:for|of|on|in|to|with|and|or|from|by)\s)[\w‑-]+\s+){0,4}`;
/** "We present TernaCore, a transformer accelerator that ...": the work introduced as the device. */
const INTRODUCED_AS = new RegExp(`${INTRODUCING}${MODIFIERS}$`);
/** "VoxelEdge is an ASIC accelerator that ...": a sentence that opens by saying what the work, by its name, is ("The MI300X is the most efficient accelerator" names another's device). */
const OPENS_AS = new RegExp(String.raw`^(?!(?:The|This|That|These|Those|Our|Its|Each|Every|An?|It)\s)[A-Z][\w‑-]*(?:\s[A-Z][\w‑-]*)?\s(?:is|are)\s(?:an?|the)\s${MODIFIERS}$`);
/** "The accelerator integrates ...", "The chip processes ...": a sentence about the work's own device, in a chip's abstract. */
const DEFINITE_OPENING = /^(?:(?:The|This|Our)\s+(?:proposed\s+|fabricated\s+)?)?$/;
/** "LPDDR-Stream: A Bandwidth-Optimal Accelerator for ...": a title whose description's head is the device. */
const TITLE_HEAD = new RegExp(String.raw`^[^:]{1,48}:\s+(?:An?\s+)?${MODIFIERS}$`);

/**
 * The work as a chip or accelerator of its own: introduced as "a <...> accelerator" in its
 * abstract or in its title's description (Decision 8: the platform the whole method is built as).
 * findPlatform takes it first when the abstract reports silicon, else when no other platform is
 * named. Not when the abstract names a programmable device of a designed class (an FPGA, a PIM
 * system): the design is built on that. (Names may carry a non-breaking hyphen: "LPDDR‑Stream".)
 */
function designedWork(doc: Document, reportsSilicon: () => boolean): HardwareMention | null {
  const generic = (m: HardwareMention): boolean => m.entity.name === 'accelerator' && m.entity.vendor === null;
  let introduced: HardwareMention | null = null;
  for (const sentence of doc.sentences) {
    for (const m of doc.hardwareIn(sentence)) {
      if (DESIGNED_CLASSES.has(m.entity.class) && !generic(m)) return null;
      if (introduced || !generic(m) || doc.background[sentence.index]) continue;
      const before = doc.text.slice(sentence.start, m.start);
      if (INTRODUCED_AS.test(before.slice(-120)) || OPENS_AS.test(before) || (DEFINITE_OPENING.test(before) && reportsSilicon())) introduced = m;
    }
  }
  if (introduced) return introduced;
  const titled = doc.titleHardware.find((m) => generic(m) && TITLE_HEAD.test(doc.title.slice(0, m.start)));
  return titled && !doc.titleHardware.some((m) => DESIGNED_CLASSES.has(m.entity.class) && !generic(m)) ? titled : null;
}

function namedPlatform(doc: Document, claims: readonly Candidate[]): HardwareMention | null {
  const strong: HardwareMention[] = [];
  const weak: HardwareMention[] = [];
  const own: HardwareMention[] = [];
  const proposed: HardwareMention[] = [];
  // Sentences of claims a device measures: a device named beside accuracy or size claims only is not
  // where results were measured (Decision 8 never gives those claims a device from elsewhere).
  const claimSentences = new Set(claims.filter((c) => !SENTENCE_ONLY_METRICS.has(c.metric)).map((c) => c.sentence.index));
  for (const sentence of doc.sentences) {
    if (doc.background[sentence.index]) continue;
    for (const m of devicesIn(doc, sentence)) {
      if (measureName(doc, m)) continue;
      if (DESIGNED_CLASSES.has(m.entity.class) && platformKind(m) !== null && PROPOSED_BEFORE.test(doc.text.slice(Math.max(sentence.start, m.start - 100), m.start))) proposed.push(m);
      const kind = platformCue(doc, sentence, m, claimSentences);
      if (kind === 'none') continue;
      // The platforms the work is built for, and those its results are measured on.
      if (kind === 'strong' || claimSentences.has(sentence.index)) own.push(m);
      if (kind === 'strong') strong.push(m);
      else if (kind === 'weak') weak.push(m);
    }
  }
  // A work that is a device of a designed class (a chip, a PIM or FPGA design) is measured on it,
  // whatever hosts or compared processors its abstract also names.
  if (proposed.length > 0 && new Set(proposed.map((m) => m.entity.class)).size === 1) return proposed.find((m) => m.entity.vendor !== null) ?? proposed[0] ?? null;
  // So is a work whose title puts it on such a device: "... Training on a Real Processing-in-Memory System".
  const titleMentions = findTitlePlatforms(doc);
  // ("EmbedPIM: Processing-in-DIMM Embedding Reduction ...": a designed device the title names is the work's, wherever it stands.)
  const titleDesigned = titleMentionsOf(doc).filter((m) => DESIGNED_CLASSES.has(m.entity.class) && platformKind(m) !== null && !TITLE_CONTRAST.test(doc.title.slice(Math.max(0, m.start - 16), m.start)));
  // (A title that also names processors of other kinds compares platforms: "... on H100, MI300X and Gaudi2".)
  const titleOthers = titleMentionsOf(doc).some((m) => COMPARED_PROCESSORS.has(m.entity.class));
  if (titleDesigned.length > 0 && !titleOthers && new Set(titleDesigned.map((m) => m.entity.class)).size === 1) return titleDesigned.find((m) => m.entity.vendor !== null) ?? titleDesigned[0] ?? null;
  // (A title's plural counts as a declaration too: "... Inference on Jetson Devices".)
  if (severalPlatforms(own, [...strong, ...weak, ...titleMentions])) return null;
  if (strong.length > 0) return onePlatform(strong);
  // The title: "... on FPGAs", "... on a Single GPU" (read only when no sentence says it strongly).
  const fallback = onePlatform(titleMentions.length > 0 ? titleMentions : weak);
  // "We present Duet, which reassigns GPUs ..." and "on a cluster of 32 H100 GPUs, Duet serves
  // ...": the set-up the results name is the more precise account of a platform named vaguely.
  const vague = fallback !== null && fallback.count === null && fallback.entity.vendor === null && GENERIC_NAMES.has(fallback.entity.name);
  const measured = vague && weak.length > 0 && titleMentions.length === 0 ? onePlatform(own) : null;
  return measured && platformKind(measured) === platformKind(fallback as HardwareMention) ? measured : fallback;
}

/**
 * The one platform of a pool of mentions, or null: a designed accelerator or chip is built on
 * the named platform when there is one (an accelerator on an Alveo U55C is the FPGA's); a set-up
 * and its counted devices are the set-up ("8×H100" and "H100"); a phone and its NPU are the
 * NPU, where the work runs.
 */
function onePlatform(all: readonly HardwareMention[]): HardwareMention | null {
  const concrete = all.filter((m) => platformKind(m) !== null);
  const pool = concrete.length > 0 ? concrete : all;
  const classes = new Set(pool.map((m) => m.entity.class));
  if (classes.size === 1) return pool.find((m) => m.entity.vendor !== null) ?? pool[0] ?? null;
  const kinds = new Set(pool.map(platformKind));
  if (kinds.size !== 1) return null;
  // "On a 1,536-GPU cluster ... the kernels run on the GPUs": the GPUs are the cluster's.
  const cluster = pool.find((m) => m.entity.class === 'cluster');
  const clusterGpu = (m: HardwareMention): boolean =>
    m === cluster || (m.entity.class === 'cluster' && identityOf(m) === identityOf(cluster as HardwareMention)) || (m.count === null && m.entity.vendor === null && m.entity.name === 'GPU');
  if (cluster && pool.every(clusterGpu)) return cluster;
  const ids = new Set(pool.filter((m) => !partOfAnother(m, pool)).map(identityOf));
  if (ids.size > 1) return null;
  return pool.find((m) => m.entity.class === 'npu') ?? pool.find((m) => m.entity.class === 'cluster') ?? null;
}

/** How a device mention is written: as the work's platform (strong or weak cue), as another of its devices, or not as its own. */
function platformCue(doc: Document, sentence: SentenceSpan, m: HardwareMention, claimSentences: ReadonlySet<number>): 'strong' | 'weak' | 'named' | 'none' {
  const before = doc.text.slice(Math.max(sentence.start, m.start - 80), m.start);
  if (SEVERAL_BEFORE.test(before)) return 'none';
  const strong = cuedBefore(doc, sentence, m.start) || OPENING_ON.test(doc.text.slice(sentence.start, m.start)) || OWN_DEVICE.test(m.text) || OWN_BEFORE.test(before);
  const named = claimSentences.has(sentence.index);
  const weak = !strong && !named && /\b(?:we|our|this (?:paper|work))\b/i.test(doc.text.slice(sentence.start, sentence.end));
  // Only devices that could count are checked for a comparison (the compared system's device).
  if (!strong && !weak && !named) return 'none';
  const phrases = comparisonPhrases(doc, sentence);
  if (insideAny(m, phrases.map((p) => p.extent))) return 'none';
  // "vs. cuSPARSE on an NVIDIA V100": a processor the compared software ran on is not the work's.
  if (PROCESSOR_CLASSES.has(m.entity.class) && phrases.some((p) => ranOn(doc, p.extent.end, sentence, null)?.end === m.end)) return 'none';
  return strong ? 'strong' : weak ? 'weak' : 'named';
}

function findTitlePlatforms(doc: Document): HardwareMention[] {
  const found: HardwareMention[] = [];
  // Titles are short: reuse the lexicon through the document's own finder on the title text.
  for (const m of titleMentionsOf(doc)) {
    if (TITLE_PLATFORM.test(doc.title.slice(Math.max(0, m.start - 24), m.start))) found.push(m);
  }
  return found;
}

function titleMentionsOf(doc: Document): readonly HardwareMention[] {
  return doc.titleHardware;
}

/** A device right after a number, past a new clause, is the next clause's: ", and on a Raspberry Pi 5 it is 2.2x ...". */
const NEW_CLAUSE = /\b(?:while|whereas)\b|;|,\s*(?:and|but)\s+(?:on|in|when)\b/;
/** Platforms a work designs (a chip, an FPGA design, a PIM or neuromorphic system): software it is compared with runs elsewhere. */
const DESIGNED_CLASSES: ReadonlySet<HardwareClass> = new Set(['asic', 'fpga', 'pim', 'neuromorphic']);
const RUN_ON_AFTER = /\s+(?:on|running on|run on)\s+(?:(?:a|an|the)\s+)?/iy;

/** The span from a compared phrase's end through "on a <device>" when the device is not of the work's class. */
function ranOn(doc: Document, from: number, sentence: SentenceSpan, platform: HardwareMention | null): { start: number; end: number } | null {
  RUN_ON_AFTER.lastIndex = from;
  const match = RUN_ON_AFTER.exec(doc.text);
  if (!match) return null;
  const at = from + match[0].length;
  // ("on a 32-core Intel Xeon host": a word or two may describe the device first.)
  const device = doc.hardwareIn(sentence).find((m) => m.start >= at && m.start - at <= 24 && /^(?:[\w-]+ ){0,2}$/.test(doc.text.slice(at, m.start)));
  if (!device || device.entity.class === platform?.entity.class) return null;
  return { start: from, end: device.end };
}

export class HardwareRefiner implements Refiner {
  readonly name = 'HardwareRefiner';

  refine(candidates: readonly Candidate[], { doc }: RefineContext): readonly Candidate[] {
    // The work's platform is found when a claim first needs it (many documents' claims all name
    // their device in their own sentence, or take none).
    const platform = (): HardwareMention | null => platformOf(doc, candidates);
    const bySentence = new Map<number, Candidate[]>();
    for (const c of candidates) {
      const list = bySentence.get(c.sentence.index);
      if (list) list.push(c);
      else bySentence.set(c.sentence.index, [c]);
    }
    return candidates.map((c) => {
      const hours = DEVICE_HOURS.get(c.unit);
      if (hours) {
        // "320 A100-hours": the unit names the device by its model (units.ts holds NVIDIA's).
        const model = NAMED_GPU_HOURS.exec(doc.text.slice(c.quantity.numberEnd, c.quantity.end));
        const entity = model?.[1]
          ? (normalizeHardware(model[1]) ?? { name: model[1], class: hours.cls, vendor: null })
          : { name: hours.name, class: hours.cls, vendor: hours.vendor };
        const copy = copyCandidate(c);
        copy.hardware = entity.name;
        copy.hardwareClass = entity.class;
        copy.hardwareEntity = entity;
        return copy;
      }
      const chosen = this.inSentence(c, bySentence.get(c.sentence.index) ?? [], doc, platform);
      // A generic "accelerator" in the sentence is the platform's design, when a platform is known.
      const generic = chosen?.hardwareEntity?.name === 'accelerator';
      if (chosen && !(generic && (SENTENCE_ONLY_METRICS.has(c.metric) || platform() !== null))) return chosen;
      if (SENTENCE_ONLY_METRICS.has(c.metric) || c.phase === 'search') return c;
      const work = platform();
      if (!work) return c;
      const copy = copyCandidate(c);
      copy.hardware = work.text;
      copy.hardwareClass = work.entity.class;
      copy.hardwareEntity = work.entity;
      copy.hardwareSpan = { start: work.start, end: work.end };
      return copy;
    });
  }

  private inSentence(c: Candidate, all: readonly Candidate[], doc: Document, workPlatformOf: () => HardwareMention | null): Candidate | null {
    const s = c.sentence;
    const devices = devicesIn(doc, s);
    // A sentence without devices names none for the claim (and needs no work platform).
    if (devices.length === 0) return null;
    const others = all.filter((o) => o !== c);
    const phrases = comparisonPhrases(doc, s);
    const workPlatform = phrases.length > 0 ? workPlatformOf() : null;
    const excluded = [
      ...phrases.map((p) => p.extent),
      // "18x speedup vs. cuSPARSE on an NVIDIA V100": where the compared software ran, when the
      // work is a device of its own of another class.
      ...(workPlatform && DESIGNED_CLASSES.has(workPlatform.entity.class) ? phrases.map((p) => ranOn(doc, p.extent.end, s, workPlatform)).filter((x) => x !== null) : []),
      ...others.filter((o) => DEVICE_HOURS.has(o.unit)).map((o) => ({ start: o.quantity.start, end: o.quantity.end })),
      ...(c.baselineSpan ? [c.baselineSpan] : []),
    ];
    const mentions = devices.filter((m) => !insideAny(m, excluded) && !(m.start >= c.quantity.start && m.end <= c.quantity.end && !DEVICE_HOURS.has(c.unit)) && !(measureName(doc, m) && workPlatformOf() !== null));
    if (mentions.length === 0) return null;
    const q = c.quantity;
    // "respectively": devices listed in the order of the numbers, after them or, when none
    // follow, before them ("48.6 tokens/s on X and 17.9 tokens/s on Y, which is 2.9x and 3.6x faster ..., respectively").
    const size = c.group.members.length;
    if (size > 1) {
      const after = mentions.filter((m) => m.start >= c.group.end);
      const before = mentions.filter((m) => m.end <= c.group.start);
      const sentenceText = doc.text.slice(s.start, s.end);
      const respectively = /respectively/i.test(sentenceText) || c.group.slashed;
      const listed = after.length >= size ? after : after.length === 0 && before.length === size ? before : null;
      if (respectively && listed) {
        const m = listed[c.position];
        if (m) return this.assign(c, m, null);
      }
    }
    // A device after the number belongs to it unless a new clause ("while ...", ";") starts between.
    const right = mentions.filter((m) => m.start >= q.end && !NEW_CLAUSE.test(doc.text.slice(q.end, m.start)));
    // "scales ... to 512 GPUs and preserves the loss curve ... within 0.5%": a quality or size
    // claim of a later predicate is not measured on the device of an earlier one.
    const left = mentions.filter((m) => m.end <= q.start && !(SENTENCE_ONLY_METRICS.has(c.metric) && NEXT_PREDICATE.test(doc.text.slice(m.end, q.start))));
    let chosen = right[0] ?? left[left.length - 1] ?? null;
    if (!chosen) return null;
    // A platform class named in the sentence contains its generic processors.
    const platform = mentions.find((m) => PLATFORM_CLASSES.has(m.entity.class));
    if (platform && (chosen.entity.class === 'cpu' || chosen.entity.class === 'gpu') && chosen.entity.vendor === null || platform && chosen.entity.name === 'CPU') {
      return this.assign(c, chosen, platform.entity.class);
    }
    if (chosen.entity.name === 'GPU' || chosen.entity.name === 'CPU') {
      const specific = mentions.find((m) => m.entity.class === chosen?.entity.class && m.entity.vendor !== null);
      if (specific) chosen = specific;
    }
    return this.assign(c, chosen, null);
  }

  private assign(c: Candidate, m: HardwareMention, cls: HardwareClass | null): Candidate {
    const entity = cls ? { ...m.entity, class: cls } : m.entity;
    const copy = copyCandidate(c);
    copy.hardware = m.text;
    copy.hardwareClass = entity.class;
    copy.hardwareEntity = entity;
    copy.hardwareSpan = { start: m.start, end: m.end };
    return copy;
  }
}


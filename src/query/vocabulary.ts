/**
 * The search vocabulary: the concepts ML-systems readers search by, each with the names they
 * type and the other ways papers write it, so that `gpu` also finds "A100" and "tensor cores",
 * and `moe` finds "mixture-of-experts". Pure data and lookups, no I/O.
 *
 * A concept has `names` (the same meaning: an acronym and its long form, spellings) and `forms`
 * (kinds, instances and tell-tale words, weighted 0-1 by how surely they mean the concept). A
 * name the user did not type counts SYNONYM_WEIGHT; nothing counts as much as the user's own
 * word, so a paper that says it ranks above one that only matches through the vocabulary.
 *
 * Entries are words and phrases as FTS5 sees them (case-insensitive, porter-stemmed, split at
 * punctuation: "tensor core" also matches "Tensor Cores", "low bit" matches "low-bit"). Only
 * synonyms and hyponyms belong here, never merely related topics: a form widens what a query
 * finds, so one that is only "often nearby" fills results with papers about something else.
 * Nor words the stemmer joins to common ones: "adapter" is "adaptive" to porter, "accelerator"
 * is "accelerate"; write a phrase instead ("embedded system", not "embedded").
 * Technique tags bring their own search forms (src/lexicon/techniques.ts).
 */
import { TECHNIQUES } from '../lexicon/techniques.js';
import { words } from './words.js';

export interface ConceptSpec {
  /** Same meaning; the first is the concept's name. Lower-case. */
  readonly names: readonly string[];
  /** Other ways papers write it, with how much one counts (0-1) next to the user's own word. */
  readonly forms?: Readonly<Record<string, number>>;
}

/** How much another name of the concept counts ("large language model" for `llm`). */
export const SYNONYM_WEIGHT = 0.9;

/** Many forms of one weight (device model numbers). */
const weighted = (weight: number, ...models: string[]): Record<string, number> =>
  Object.fromEntries(models.map((model) => [model, weight]));

/** Hardware classes (as in ../shared/CLAIMS.md), by the words that name them and their devices. */
export const HARDWARE_CONCEPTS: readonly ConceptSpec[] = [
  {
    names: ['gpu', 'graphics processing unit', 'gpgpu'],
    forms: {
      ...weighted(0.6, 'a100', 'a800', 'h100', 'h800', 'h200', 'h20', 'gh200', 'b100', 'b200', 'gb200', 'v100', 'v100s', 'p100', 'a6000', 'a5000', 'a40', 'a30', 'a10', 'a10g', 'l40', 'l40s', 'k80'),
      ...weighted(0.6, 'rtx', 'geforce', 'gtx', '4090', '3090', '3080', '2080ti', '1080ti', 'mi100', 'mi210', 'mi250', 'mi250x', 'mi300', 'mi300x', 'radeon'),
      'tensor core': 0.6,
      cuda: 0.5,
      hopper: 0.5,
      ampere: 0.4,
      'ada lovelace': 0.5,
      blackwell: 0.5,
      volta: 0.4,
      cutlass: 0.4,
      cublas: 0.4,
      cudnn: 0.4,
      rocm: 0.4,
      nvidia: 0.4,
      vram: 0.5,
      'streaming multiprocessor': 0.5,
    },
  },
  {
    names: ['fpga', 'field programmable gate array'],
    forms: {
      xilinx: 0.7,
      alveo: 0.7,
      versal: 0.7,
      zynq: 0.7,
      ultrascale: 0.7,
      virtex: 0.7,
      kintex: 0.7,
      artix: 0.7,
      stratix: 0.7,
      arria: 0.7,
      agilex: 0.7,
      pynq: 0.7,
      ...weighted(0.6, 'u200', 'u250', 'u280', 'u50', 'u55c', 'zcu102', 'zcu104', 'zc706', 'vcu118', 'vcu128', 'vcu1525', 'vck190', 'vhk158', 'de10'),
      'high level synthesis': 0.5,
      vivado: 0.5,
      vitis: 0.5,
    },
  },
  {
    names: ['asic', 'application specific integrated circuit'],
    forms: {
      'application specific': 0.7,
      systolic: 0.6,
      // CLAIMS.md: custom accelerators are ASICs. As phrases: porter reads "accelerator" as "accelerate".
      'hardware accelerator': 0.5,
      'dnn accelerator': 0.5,
      'accelerator design': 0.5,
      'processing element': 0.4,
      'custom accelerator': 0.6,
      'tape out': 0.6,
      'taped out': 0.6,
      ...weighted(0.4, '5nm', '7nm', '12nm', '14nm', '16nm', '22nm', '28nm', '40nm', '45nm', '65nm'),
    },
  },
  {
    names: ['npu', 'neural processing unit'],
    forms: { ethos: 0.6, 'neural engine': 0.6, ascend: 0.5, hexagon: 0.5, 'edge tpu': 0.5 },
  },
  {
    names: ['tpu', 'tensor processing unit'],
    forms: { tpuv3: 0.8, tpuv4: 0.8, tpuv5: 0.8 },
  },
  {
    names: ['cpu', 'central processing unit'],
    forms: {
      xeon: 0.6,
      epyc: 0.6,
      x86: 0.5,
      ryzen: 0.5,
      'intel core': 0.5,
      'apple silicon': 0.5,
      'cortex a': 0.5,
      avx: 0.4,
      avx512: 0.4,
      'llama cpp': 0.4,
      'multi core': 0.3,
    },
  },
  {
    names: ['mobile', 'mobile device', 'smartphone'],
    forms: {
      phone: 0.7,
      smartphone: 0.7,
      iphone: 0.7,
      ...weighted(0.7, 'pixel 1', 'pixel 2', 'pixel 3', 'pixel 4', 'pixel 5', 'pixel 6', 'pixel 7', 'pixel 8', 'pixel 9', 'google pixel'),
      snapdragon: 0.7,
      android: 0.6,
      samsung: 0.5,
      'galaxy s': 0.6,
      mediatek: 0.6,
      dimensity: 0.6,
      exynos: 0.6,
      kirin: 0.5,
      coreml: 0.5,
      tflite: 0.5,
      'tensorflow lite': 0.5,
      handheld: 0.5,
      'on device': 0.4,
    },
  },
  {
    names: ['edge', 'edge device', 'edge computing'],
    forms: {
      jetson: 0.7,
      orin: 0.6,
      xavier: 0.6,
      'raspberry pi': 0.7,
      drone: 0.6,
      uav: 0.6,
      'unmanned aerial vehicle': 0.6,
      iot: 0.6,
      'internet of things': 0.6,
      // Phrases: "embedded" alone is also an embedding ("embedded fusion").
      'embedded system': 0.6,
      'embedded device': 0.6,
      'embedded platform': 0.6,
      'on device': 0.5,
      tinyml: 0.5,
      'resource constrained device': 0.4,
    },
  },
  {
    names: ['mcu', 'microcontroller', 'micro controller', 'microcontroller unit'],
    forms: {
      ...weighted(0.7, 'cortex m0', 'cortex m3', 'cortex m4', 'cortex m7', 'cortex m33', 'cortex m55', 'stm32', 'arduino', 'esp32', 'nrf52', 'gap8', 'gap9'),
      tinyml: 0.6,
      'ultra low power': 0.4,
    },
  },
  {
    names: ['pim', 'processing in memory', 'process in memory', 'in memory computing', 'compute in memory', 'computing in memory', 'cim'],
    forms: {
      'near memory': 0.6,
      reram: 0.6,
      rram: 0.6,
      memristor: 0.6,
      memristive: 0.6,
      'resistive memory': 0.6,
      crossbar: 0.5,
      upmem: 0.6,
    },
  },
  {
    names: ['neuromorphic'],
    forms: { spiking: 0.7, snn: 0.7, loihi: 0.7, spinnaker: 0.7, truenorth: 0.7, akida: 0.6, 'spike based': 0.6, 'event based': 0.4 },
  },
  {
    names: ['cluster', 'gpu cluster'],
    forms: {
      datacenter: 0.5,
      'data center': 0.5,
      supercomputer: 0.5,
      'multi node': 0.6,
      'multiple nodes': 0.5,
      'hundreds of gpus': 0.6,
      'thousands of gpus': 0.6,
    },
  },
];

/** Models, tasks and measures people search by, with their acronyms and kinds. */
export const GENERAL_CONCEPTS: readonly ConceptSpec[] = [
  {
    names: ['llm', 'large language model'],
    forms: { 'language model': 0.6, llama: 0.5, gpt: 0.4, mistral: 0.4, mixtral: 0.4, vicuna: 0.4, 'foundation model': 0.4 },
  },
  {
    names: ['transformer'],
    forms: { vit: 0.6, bert: 0.5, gpt: 0.5, llm: 0.5, 'large language model': 0.5, 'self attention': 0.4 },
  },
  { names: ['vit', 'vision transformer'], forms: { deit: 0.6, swin: 0.5 } },
  { names: ['cnn', 'convolutional neural network', 'convnet'], forms: { resnet: 0.5, mobilenet: 0.5, convolution: 0.4 } },
  { names: ['dnn', 'deep neural network'], forms: { 'neural network': 0.6 } },
  { names: ['vision', 'visual'], forms: { image: 0.5, video: 0.4, vit: 0.5, 'object detection': 0.4, segmentation: 0.3 } },
  { names: ['kv cache', 'key value cache', 'kvcache'], forms: { 'kv pages': 0.6, 'prefix caching': 0.5, 'kv': 0.4 } },
  { names: ['ptq', 'post training quantization'] },
  { names: ['qat', 'quantization aware training'] },
  {
    names: ['low bit', 'lowbit', 'low bitwidth'],
    forms: {
      'low precision': 0.6,
      int4: 0.6,
      int3: 0.6,
      int2: 0.6,
      fp4: 0.6,
      nf4: 0.6,
      '4 bit': 0.6,
      '3 bit': 0.6,
      '2 bit': 0.6,
      '1 bit': 0.5,
      w4a16: 0.6,
      w4a8: 0.6,
      w4a4: 0.6,
      a8w4: 0.6,
      ternary: 0.5,
      quantization: 0.4,
    },
  },
  { names: ['snn', 'spiking neural network'], forms: { spiking: 0.8, neuromorphic: 0.6, 'spike based': 0.7, 'leaky integrate and fire': 0.6 } },
  { names: ['kd', 'knowledge distillation'], forms: { distillation: 0.7 } },
  { names: ['lora', 'low rank adaptation'], forms: { qlora: 0.9, dora: 0.6 } },
  { names: ['rag', 'retrieval augmented generation'] },
  { names: ['rlhf', 'reinforcement learning from human feedback'] },
  { names: ['asr', 'automatic speech recognition', 'speech recognition'] },
  { names: ['nerf', 'neural radiance field'] },
  { names: ['gemm', 'matrix multiplication', 'matmul'], forms: { mpgemm: 0.8, spmm: 0.6 } },
  { names: ['fine tuning', 'finetuning', 'fine tune', 'finetune'] },
  { names: ['training'], forms: { pretraining: 0.9 } },
  { names: ['inference'], forms: { inferencing: 0.95 } },
  { names: ['speedup', 'speed up'], forms: { faster: 0.5 } },
  { names: ['energy'], forms: { 'power consumption': 0.5, 'low power': 0.4, joules: 0.5 } },
  { names: ['latency'], forms: { 'response time': 0.6 } },
  { names: ['compression', 'model compression'], forms: { quantization: 0.5, pruning: 0.5, distillation: 0.5, 'low rank': 0.4 } },
  {
    names: ['accelerator', 'hardware accelerator'],
    forms: { asic: 0.5, fpga: 0.4, npu: 0.4, tpu: 0.4, systolic: 0.5, 'processing element': 0.4 },
  },
  { names: ['kernel'], forms: { cuda: 0.4, cutlass: 0.4, triton: 0.4, cublas: 0.4, gemm: 0.3 } },
  { names: ['attention'], forms: { flashattention: 0.6, pagedattention: 0.6, mhsa: 0.6 } },
];

export interface Concept {
  readonly id: string;
  readonly names: readonly string[];
  readonly spec: ConceptSpec;
}

/** Lower-case words separated by single spaces, as FTS5 splits them: how names are compared. */
export function normalizeName(text: string): string {
  return words(text).join(' ');
}

function techniqueConcepts(): ConceptSpec[] {
  return TECHNIQUES.map((technique) => ({
    names: [technique.tag.replaceAll('-', ' '), ...(technique.search?.names ?? [])],
    forms: technique.search?.forms ?? {},
  }));
}

/** Every concept spec: hardware classes, techniques, then general terms. */
export function conceptSpecs(): ConceptSpec[] {
  return [...HARDWARE_CONCEPTS, ...techniqueConcepts(), ...GENERAL_CONCEPTS];
}

interface VocabularyIndex {
  readonly byName: ReadonlyMap<string, readonly Concept[]>;
  readonly longestName: number;
}

let index: VocabularyIndex | undefined;

/**
 * Names to concepts. A name may belong to several concepts (`neuromorphic` is a hardware class
 * and a technique): a user word then stands for all of them. The data is written normalized
 * (test/search/vocabulary.test.ts checks), so building this is only map inserts.
 */
function vocabularyIndex(): VocabularyIndex {
  if (index) return index;
  const byName = new Map<string, Concept[]>();
  let longestName = 1;
  for (const spec of conceptSpecs()) {
    const concept: Concept = { id: spec.names[0] ?? '', names: spec.names, spec };
    for (const name of spec.names) {
      const bound = byName.get(name);
      if (bound) bound.push(concept);
      else byName.set(name, [concept]);
      longestName = Math.max(longestName, name.split(' ').length);
    }
  }
  index = { byName, longestName };
  return index;
}

/** The longest run of words, in words, that a concept name can span. */
export function longestConceptName(): number {
  return vocabularyIndex().longestName;
}

/**
 * The concepts a user's word or phrase names, or none. Tries it as written, then without a
 * plural ending (`gpus`, `fpgas`, `llms`), then written together (`lowbit`).
 */
export function lookupConcepts(text: string): readonly Concept[] {
  const { byName } = vocabularyIndex();
  const name = normalizeName(text);
  if (name === '') return [];
  for (const candidate of [name, singular(name), name.replaceAll(' ', '')]) {
    const found = byName.get(candidate);
    if (found) return found;
  }
  return [];
}

function singular(name: string): string {
  if (!name.endsWith('s') || name.endsWith('ss')) return name;
  if (name.endsWith('ies')) return `${name.slice(0, -3)}y`;
  if (name.endsWith('ches') || name.endsWith('shes') || name.endsWith('xes')) return name.slice(0, -2);
  return name.slice(0, -1);
}

/**
 * What a user's word or phrase expands to: the other names (SYNONYM_WEIGHT) and the forms of
 * every concept it names, each once at its highest weight, without the user's own words (they
 * are the literal part of the query).
 */
export function expansionsOf(text: string): ReadonlyMap<string, number> {
  const typed = normalizeName(text);
  const own = new Set([typed, singular(typed), typed.replaceAll(' ', '')]);
  const expansions = new Map<string, number>();
  const add = (form: string, weight: number): void => {
    if (own.has(form) || own.has(singular(form))) return;
    expansions.set(form, Math.max(expansions.get(form) ?? 0, weight));
  };
  for (const concept of lookupConcepts(text)) {
    for (const name of concept.names) add(name, SYNONYM_WEIGHT);
    for (const [form, weight] of Object.entries(concept.spec.forms ?? {})) add(form, weight);
  }
  return expansions;
}

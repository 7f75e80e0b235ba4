/**
 * Technique tags: the vocabulary people filter and search by. Each tag has the spellings a
 * user may type (`quant`, `moe`, `ssm`, `peft`) and the patterns that show a paper is about it.
 * A paper gets a tag when its title matches or its abstract matches at least twice: one
 * passing mention ("unlike pruning, ...") does not make a paper about pruning.
 */

export interface Technique {
  /** Canonical tag, as stored and printed. */
  readonly tag: string;
  readonly label: string;
  /** What users type: lower-case; matched exactly after normalization. */
  readonly aliases: readonly string[];
  /** Case-insensitive pattern sources for title and abstract. */
  readonly patterns: readonly string[];
  /**
   * How search finds papers about it (src/query/vocabulary.ts): `names` mean exactly the
   * technique (the user may type any of them, and each counts almost as much as the word typed);
   * `forms` are its kinds and tell-tale words, weighted 0-1 by how surely they mean it. Narrower
   * than `aliases`, which also take the broad words --technique accepts ("attention", "serving").
   */
  readonly search?: TechniqueSearch;
}

export interface TechniqueSearch {
  readonly names?: readonly string[];
  readonly forms?: Readonly<Record<string, number>>;
}

export const TECHNIQUES: readonly Technique[] = [
  {
    tag: 'quantization',
    label: 'Quantization',
    aliases: ['quant', 'quantize', 'quantized', 'quantisation', 'low-bit', 'lowbit', 'ptq', 'qat'],
    patterns: [
      'quanti[sz]\\w*',
      '\\blow[- ]bit(?:width)?\\b',
      '\\b(?:int[48]|fp[48]|w[248]a(?:4|8|16))\\b',
      '\\b[1-8]-bit\\b',
      '\\bbinar(?:y|ized) (?:neural|network|weights?)',
      '\\bPTQ\\b',
      '\\bQAT\\b',
      'mixed[- ]precision',
      'reduced[- ]precision',
    ],
    search: {
      names: ['quantization', 'quantisation', 'quant', 'quantize', 'quantized', 'model quantization'],
      forms: {
        'low bit': 0.7, lowbit: 0.7, int8: 0.6, int4: 0.7, int3: 0.7, int2: 0.7, fp8: 0.5, fp6: 0.6, fp4: 0.6, nf4: 0.7, mxfp4: 0.7,
        '8 bit': 0.5, '4 bit': 0.6, '3 bit': 0.6, '2 bit': 0.6, ptq: 0.8, qat: 0.8,
        w8a8: 0.7, w4a16: 0.7, w4a8: 0.7, w4a4: 0.7, a8w4: 0.7, 'bit width': 0.5, bitwidth: 0.5,
        'mixed precision': 0.4, 'low precision': 0.5, 'reduced precision': 0.5, 'integer only': 0.5,
        binarization: 0.6, binarized: 0.6, ternary: 0.5, dequantization: 0.5, gptq: 0.6, awq: 0.6, smoothquant: 0.6,
      },
    },
  },
  {
    tag: 'pruning',
    label: 'Pruning',
    aliases: ['prune', 'pruned'],
    patterns: ['\\bprun(?:e|ed|ing)\\b'],
    search: {
      names: ['pruning', 'prune', 'pruned', 'network pruning'],
      forms: { sparsification: 0.4, 'structured sparsity': 0.5, 'unstructured sparsity': 0.5 },
    },
  },
  {
    tag: 'sparsity',
    label: 'Sparsity',
    aliases: ['sparse', 'n:m', '2:4'],
    patterns: ['\\bsparsi(?:ty|fication|fied)\\b', '\\bsparse\\b', '\\b\\d:\\d (?:structured )?sparsity\\b', '\\bN:M\\b'],
    search: {
      names: ['sparsity', 'sparse', 'sparsification'],
      forms: { 'n m': 0.6, sparsely: 0.8, sparsified: 0.9 },
    },
  },
  {
    tag: 'distillation',
    label: 'Knowledge distillation',
    aliases: ['distill', 'distil', 'kd', 'knowledge-distillation'],
    patterns: ['\\bdistill?(?:ation|ing|ed|s)?\\b', '\\bknowledge transfer\\b', '\\bteacher\\b.{0,40}\\bstudent\\b'],
    search: {
      names: ['distillation', 'distill', 'distil', 'knowledge distillation', 'kd'],
      forms: { 'teacher model': 0.4, 'student model': 0.5 },
    },
  },
  {
    tag: 'nas',
    label: 'Neural architecture search',
    aliases: ['neural-architecture-search', 'architecture-search', 'automl'],
    patterns: ['\\bNAS\\b', '\\barchitecture search\\b', '\\bsearch space\\b'],
    search: {
      names: ['nas', 'neural architecture search', 'architecture search', 'hw nas', 'hardware aware nas'],
      forms: { dnas: 0.8, supernet: 0.5, 'super network': 0.5, 'once for all': 0.5, 'search space': 0.3 },
    },
  },
  {
    tag: 'low-rank',
    label: 'Low-rank factorization',
    aliases: ['lowrank', 'low rank', 'factorization', 'decomposition'],
    patterns: ['\\blow[- ]rank\\b', '\\b(?:matrix|tensor) (?:factori[sz]ation|decomposition)\\b', '\\bSVD\\b', '\\bstructured matri(?:x|ces)\\b'],
    search: {
      names: ['low rank', 'lowrank', 'low rank factorization'],
      forms: { svd: 0.6, 'singular value decomposition': 0.7, 'matrix factorization': 0.6, 'tensor decomposition': 0.6, lora: 0.5 },
    },
  },
  {
    tag: 'mixture-of-experts',
    label: 'Mixture of experts',
    aliases: ['moe', 'mixture of experts', 'experts'],
    patterns: ['\\bmixture[- ]of[- ]experts?\\b', '\\bMoE\\b', '\\bexpert (?:parallelism|routing|layers?)\\b'],
    search: {
      names: ['mixture of experts', 'moe', 'sparse moe'],
      forms: { 'expert parallelism': 0.7, 'switch transformer': 0.6, mixtral: 0.5, experts: 0.3 },
    },
  },
  {
    tag: 'attention-kernels',
    label: 'Attention kernels',
    aliases: ['attention', 'flashattention', 'flash-attention', 'attention-kernel'],
    // Efficient attention implementations, not attention itself: a paper that uses self-attention
    // twice is not about attention kernels.
    patterns: [
      '\\bflash-?(?:attention|decoding|infer)\\b',
      '\\battention (?:kernels?|computation|accelerat\\w*)\\b',
      '\\bIO-aware\\b',
      '\\bpaged ?attention\\b',
      '\\b(?:fused|sparse|memory-efficient) attention\\b',
    ],
    search: {
      names: ['attention kernel', 'flashattention', 'flash attention'],
      forms: { 'fused attention': 0.7, pagedattention: 0.6, 'paged attention': 0.6, flashinfer: 0.6, 'flash decoding': 0.6, 'io aware': 0.5 },
    },
  },
  {
    tag: 'state-space-models',
    label: 'State-space models',
    aliases: ['ssm', 'ssms', 'mamba', 'state space', 'state-space'],
    patterns: ['\\bstate[- ]space models?\\b', '\\bSSMs?\\b', '\\bMamba\\b', '\\bS4\\b', '\\blong convolutions?\\b'],
    search: {
      names: ['state space model', 'state space models', 'ssm', 'state space'],
      forms: { mamba: 0.8, 'selective scan': 0.7, s4: 0.6, hyena: 0.4 },
    },
  },
  {
    tag: 'linear-attention',
    label: 'Linear attention',
    aliases: ['linear attention', 'linear-transformer', 'linear transformers'],
    patterns: ['\\blinear attention\\b', '\\blinear transformers?\\b', '\\bRetNet\\b', '\\bdelta rule\\b', '\\bRWKV\\b'],
    search: {
      names: ['linear attention', 'linear transformer'],
      forms: { retnet: 0.7, rwkv: 0.7, deltanet: 0.7, 'delta rule': 0.6, gla: 0.6 },
    },
  },
  {
    tag: 'llm-serving',
    label: 'LLM serving / KV cache',
    aliases: ['serving', 'kv cache', 'kv-cache', 'kvcache', 'llm serving', 'inference serving'],
    patterns: ['\\bserving\\b', '\\bKV[- ]?cache\\b', '\\bkey[- ]value cache\\b', '\\bvLLM\\b', '\\bprefix[- ]caching\\b', '\\bprefill\\w*', '\\bdecod(?:e|ing) (?:phase|stage|throughput)\\b', '\\bcontinuous batching\\b'],
    search: {
      names: ['llm serving', 'inference serving', 'model serving', 'serving system'],
      forms: {
        'serving llms': 0.9, vllm: 0.6, sglang: 0.6, 'tensorrt llm': 0.6, 'text generation inference': 0.6, 'continuous batching': 0.6,
        'kv cache': 0.5, 'prefix caching': 0.5, pagedattention: 0.5, 'paged attention': 0.5, 'llm inference': 0.5, prefill: 0.4,
      },
    },
  },
  {
    tag: 'speculative-decoding',
    label: 'Speculative decoding',
    aliases: ['speculative', 'spec decoding', 'speculative decoding', 'draft model'],
    patterns: ['\\bspeculative (?:decoding|sampling|inference)\\b', '\\bdraft (?:model|tokens?)\\b', '\\bparallel (?:prompt )?decoding\\b', '\\bmedusa\\b'],
    search: {
      names: ['speculative decoding', 'speculative sampling', 'spec decoding'],
      forms: { 'draft model': 0.7, 'draft tokens': 0.7, medusa: 0.7, 'lookahead decoding': 0.7, 'parallel decoding': 0.6, 'multi token': 0.4 },
    },
  },
  {
    tag: 'processing-in-memory',
    label: 'Processing in memory',
    aliases: ['pim', 'cim', 'in-memory', 'processing in memory', 'compute-in-memory', 'in-memory computing'],
    patterns: ['\\b(?:processing|computing|compute|process)[- ]in[- ](?:memory|sram|dram)\\b', '\\bin-memory comput\\w*', '\\bPIM\\b', '\\bCIM\\b', '\\bmemristor\\w*', '\\bresistive (?:memory|ram|crossbar)\\b', '\\bReRAM\\b', '\\bcrossbar\\b'],
    search: {
      names: ['processing in memory', 'pim', 'cim', 'compute in memory', 'computing in memory', 'in memory computing'],
    },
  },
  {
    tag: 'neuromorphic',
    label: 'Neuromorphic / spiking',
    aliases: ['snn', 'spiking', 'spiking neural networks'],
    patterns: ['\\bneuromorphic\\b', '\\bspiking\\b', '\\bSNNs?\\b', '\\bSpiNNaker\\b', '\\bLoihi\\b', '\\bliquid state machine\\b'],
    search: {
      names: ['neuromorphic', 'spiking', 'snn', 'spiking neural network'],
      forms: { loihi: 0.7, spinnaker: 0.7, truenorth: 0.7, 'spike based': 0.6, 'liquid state machine': 0.6, 'event based': 0.4 },
    },
  },
  {
    tag: 'compilers',
    label: 'Compilers and kernels',
    aliases: ['compiler', 'compilation', 'kernel', 'kernels', 'codegen', 'tvm', 'triton'],
    patterns: ['\\bcompil(?:er|ers|ation|ing)\\b', '\\bkernel (?:fusion|optimi[sz]ations?|generation|tuning)\\b', '\\bfused kernels?\\b', '\\boperator fusion\\b', '\\bTVM\\b', '\\bTriton\\b', '\\bauto-?tun(?:ing|er)\\b', '\\bjust-in-time\\b', '\\bcode generation\\b'],
    search: {
      names: ['compiler', 'deep learning compiler', 'tensor compiler'],
      forms: {
        tvm: 0.7, mlir: 0.7, xla: 0.7, triton: 0.5, tensorrt: 0.5, 'kernel fusion': 0.6, 'operator fusion': 0.6,
        'code generation': 0.5, codegen: 0.6, autotuning: 0.6, 'auto tuning': 0.6, 'just in time': 0.5, jit: 0.5,
      },
    },
  },
  {
    tag: 'distributed-training',
    label: 'Distributed training',
    aliases: ['distributed', 'data parallel', 'parallelism', 'multi-gpu', 'zero', 'fsdp'],
    patterns: ['\\bdistributed (?:training|systems?|learning)\\b', '\\b(?:data|model|pipeline|tensor|sequence|expert) parallel(?:ism)?\\b', '\\bZeRO\\b', '\\bFSDP\\b', '\\bmulti-(?:node|gpu)\\b', '\\b(?:gpu )?clusters?\\b', '\\boffload(?:ing)?\\b'],
    search: {
      names: ['distributed training', 'distributed learning', 'parallel training'],
      forms: {
        'data parallel': 0.7, 'model parallel': 0.7, 'pipeline parallel': 0.7, 'tensor parallel': 0.7, 'sequence parallel': 0.7,
        'expert parallel': 0.6, fsdp: 0.7, 'zero redundancy': 0.7, megatron: 0.4, deepspeed: 0.3, 'multi node': 0.5,
        'gpu cluster': 0.4, 'hundreds of gpus': 0.4, 'thousands of gpus': 0.4,
      },
    },
  },
  {
    tag: 'peft',
    label: 'Parameter-efficient fine-tuning',
    aliases: ['lora', 'adapters', 'adapter', 'parameter-efficient', 'parameter efficient fine-tuning', 'prompt tuning'],
    patterns: ['\\bparameter[- ]efficient\\b', '\\bPEFT\\b', '\\bQ?LoRA\\b', '\\badapters?\\b', '\\bprompt[- ]tuning\\b', '\\bprefix[- ]tuning\\b', '\\bfine-tun\\w+ (?:only|just) \\w+ (?:parameters|weights)\\b', '\\btrainable parameters\\b'],
    search: {
      names: ['peft', 'parameter efficient fine tuning', 'parameter efficient finetuning', 'parameter efficient'],
      forms: { lora: 0.8, qlora: 0.8, dora: 0.6, 'adapter layers': 0.6, 'adapter modules': 0.6, 'prompt tuning': 0.7, 'prefix tuning': 0.7, 'trainable parameters': 0.4 },
    },
  },
  {
    tag: 'hardware-co-design',
    label: 'Hardware co-design',
    aliases: ['co-design', 'codesign', 'hardware-aware', 'accelerator', 'hw-sw co-design', 'algorithm-hardware'],
    patterns: ['\\bco-?design\\w*', '\\bhardware[- ](?:aware|friendly|efficient)\\b', '\\baccelerators?\\b', '\\bFPGAs?\\b', '\\bASICs?\\b', '\\bsystolic\\b', '\\bdataflow\\b'],
    search: {
      names: ['hardware co design', 'co design', 'codesign', 'hardware software co design', 'algorithm hardware co design'],
      forms: { 'co optimization': 0.5, 'co exploration': 0.5, 'hardware aware': 0.4 },
    },
  },
];

// Compiled on first use: search and the query commands load this lexicon for its names and
// never tag a paper, and every run pays for what a module builds when it loads.
let compiled: { readonly tag: string; readonly pattern: RegExp }[] | undefined;

/** The tags a paper is about, in lexicon order. */
export function tagTechniques(title: string, abstract: string): string[] {
  compiled ??= TECHNIQUES.map((technique) => ({ tag: technique.tag, pattern: new RegExp(technique.patterns.join('|'), 'gi') }));
  const tags: string[] = [];
  for (const { tag, pattern } of compiled) {
    pattern.lastIndex = 0;
    const inTitle = pattern.test(title);
    pattern.lastIndex = 0;
    const inAbstract = inTitle ? 0 : countMatches(pattern, abstract, 2);
    if (inTitle || inAbstract >= 2) tags.push(tag);
  }
  return tags;
}

function countMatches(pattern: RegExp, text: string, enough: number): number {
  pattern.lastIndex = 0;
  let count = 0;
  while (count < enough && pattern.exec(text) !== null) count++;
  pattern.lastIndex = 0;
  return count;
}

function normalizeName(text: string): string {
  return text.trim().toLowerCase().replace(/[\s_]+/g, '-');
}

let byName: Map<string, string> | undefined;

/** The canonical tag for what a user typed (`moe` -> `mixture-of-experts`), or undefined. */
export function resolveTechnique(name: string): string | undefined {
  if (!byName) {
    byName = new Map();
    for (const technique of TECHNIQUES) {
      for (const known of [technique.tag, technique.label, ...technique.aliases]) byName.set(normalizeName(known), technique.tag);
    }
  }
  return byName.get(normalizeName(name));
}

export const TECHNIQUE_TAGS: readonly string[] = TECHNIQUES.map((technique) => technique.tag);

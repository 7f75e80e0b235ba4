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
  },
  {
    tag: 'pruning',
    label: 'Pruning',
    aliases: ['prune', 'pruned'],
    patterns: ['\\bprun(?:e|ed|ing)\\b'],
  },
  {
    tag: 'sparsity',
    label: 'Sparsity',
    aliases: ['sparse', 'n:m', '2:4'],
    patterns: ['\\bsparsi(?:ty|fication|fied)\\b', '\\bsparse\\b', '\\b\\d:\\d (?:structured )?sparsity\\b', '\\bN:M\\b'],
  },
  {
    tag: 'distillation',
    label: 'Knowledge distillation',
    aliases: ['distill', 'distil', 'kd', 'knowledge-distillation'],
    patterns: ['\\bdistill?(?:ation|ing|ed|s)?\\b', '\\bknowledge transfer\\b', '\\bteacher\\b.{0,40}\\bstudent\\b'],
  },
  {
    tag: 'nas',
    label: 'Neural architecture search',
    aliases: ['neural-architecture-search', 'architecture-search', 'automl'],
    patterns: ['\\bNAS\\b', '\\barchitecture search\\b', '\\bsearch space\\b'],
  },
  {
    tag: 'low-rank',
    label: 'Low-rank factorization',
    aliases: ['lowrank', 'low rank', 'factorization', 'decomposition'],
    patterns: ['\\blow[- ]rank\\b', '\\b(?:matrix|tensor) (?:factori[sz]ation|decomposition)\\b', '\\bSVD\\b', '\\bstructured matri(?:x|ces)\\b'],
  },
  {
    tag: 'mixture-of-experts',
    label: 'Mixture of experts',
    aliases: ['moe', 'mixture of experts', 'experts'],
    patterns: ['\\bmixture[- ]of[- ]experts?\\b', '\\bMoE\\b', '\\bexpert (?:parallelism|routing|layers?)\\b'],
  },
  {
    tag: 'attention-kernels',
    label: 'Attention kernels',
    aliases: ['attention', 'flashattention', 'flash-attention', 'attention-kernel'],
    patterns: ['\\bflash-?attention\\b', '\\battention (?:kernel|computation|mechanism|layers?)\\b', '\\bIO-aware\\b', '\\bpaged ?attention\\b', '\\bself-attention\\b'],
  },
  {
    tag: 'state-space-models',
    label: 'State-space models',
    aliases: ['ssm', 'ssms', 'mamba', 'state space', 'state-space'],
    patterns: ['\\bstate[- ]space models?\\b', '\\bSSMs?\\b', '\\bMamba\\b', '\\bS4\\b', '\\blong convolutions?\\b'],
  },
  {
    tag: 'linear-attention',
    label: 'Linear attention',
    aliases: ['linear attention', 'linear-transformer', 'linear transformers'],
    patterns: ['\\blinear attention\\b', '\\blinear transformers?\\b', '\\bRetNet\\b', '\\bdelta rule\\b', '\\bRWKV\\b'],
  },
  {
    tag: 'llm-serving',
    label: 'LLM serving / KV cache',
    aliases: ['serving', 'kv cache', 'kv-cache', 'kvcache', 'llm serving', 'inference serving'],
    patterns: ['\\bserving\\b', '\\bKV[- ]?cache\\b', '\\bkey[- ]value cache\\b', '\\bvLLM\\b', '\\bprefix[- ]caching\\b', '\\bprefill\\w*', '\\bdecod(?:e|ing) (?:phase|stage|throughput)\\b', '\\bcontinuous batching\\b'],
  },
  {
    tag: 'speculative-decoding',
    label: 'Speculative decoding',
    aliases: ['speculative', 'spec decoding', 'speculative decoding', 'draft model'],
    patterns: ['\\bspeculative (?:decoding|sampling|inference)\\b', '\\bdraft (?:model|tokens?)\\b', '\\bparallel (?:prompt )?decoding\\b', '\\bmedusa\\b'],
  },
  {
    tag: 'processing-in-memory',
    label: 'Processing in memory',
    aliases: ['pim', 'cim', 'in-memory', 'processing in memory', 'compute-in-memory', 'in-memory computing'],
    patterns: ['\\b(?:processing|computing|compute|process)[- ]in[- ](?:memory|sram|dram)\\b', '\\bin-memory comput\\w*', '\\bPIM\\b', '\\bCIM\\b', '\\bmemristor\\w*', '\\bresistive (?:memory|ram|crossbar)\\b', '\\bReRAM\\b', '\\bcrossbar\\b'],
  },
  {
    tag: 'neuromorphic',
    label: 'Neuromorphic / spiking',
    aliases: ['snn', 'spiking', 'spiking neural networks'],
    patterns: ['\\bneuromorphic\\b', '\\bspiking\\b', '\\bSNNs?\\b', '\\bSpiNNaker\\b', '\\bLoihi\\b', '\\bliquid state machine\\b'],
  },
  {
    tag: 'compilers',
    label: 'Compilers and kernels',
    aliases: ['compiler', 'compilation', 'kernel', 'kernels', 'codegen', 'tvm', 'triton'],
    patterns: ['\\bcompil(?:er|ers|ation|ing)\\b', '\\bkernel (?:fusion|optimi[sz]ations?|generation|tuning)\\b', '\\bfused kernels?\\b', '\\boperator fusion\\b', '\\bTVM\\b', '\\bTriton\\b', '\\bauto-?tun(?:ing|er)\\b', '\\bjust-in-time\\b', '\\bcode generation\\b'],
  },
  {
    tag: 'distributed-training',
    label: 'Distributed training',
    aliases: ['distributed', 'data parallel', 'parallelism', 'multi-gpu', 'zero', 'fsdp'],
    patterns: ['\\bdistributed (?:training|systems?|learning)\\b', '\\b(?:data|model|pipeline|tensor|sequence|expert) parallel(?:ism)?\\b', '\\bZeRO\\b', '\\bFSDP\\b', '\\bmulti-(?:node|gpu)\\b', '\\b(?:gpu )?clusters?\\b', '\\boffload(?:ing)?\\b'],
  },
  {
    tag: 'peft',
    label: 'Parameter-efficient fine-tuning',
    aliases: ['lora', 'adapters', 'adapter', 'parameter-efficient', 'parameter efficient fine-tuning', 'prompt tuning'],
    patterns: ['\\bparameter[- ]efficient\\b', '\\bPEFT\\b', '\\bQ?LoRA\\b', '\\badapters?\\b', '\\bprompt[- ]tuning\\b', '\\bprefix[- ]tuning\\b', '\\bfine-tun\\w+ (?:only|just) \\w+ (?:parameters|weights)\\b', '\\btrainable parameters\\b'],
  },
  {
    tag: 'hardware-co-design',
    label: 'Hardware co-design',
    aliases: ['co-design', 'codesign', 'hardware-aware', 'accelerator', 'hw-sw co-design', 'algorithm-hardware'],
    patterns: ['\\bco-?design\\w*', '\\bhardware[- ](?:aware|friendly|efficient)\\b', '\\baccelerators?\\b', '\\bFPGAs?\\b', '\\bASICs?\\b', '\\bsystolic\\b', '\\bdataflow\\b'],
  },
];

const COMPILED = TECHNIQUES.map((technique) => ({
  tag: technique.tag,
  pattern: new RegExp(technique.patterns.join('|'), 'gi'),
}));

/** The tags a paper is about, in lexicon order. */
export function tagTechniques(title: string, abstract: string): string[] {
  const tags: string[] = [];
  for (const { tag, pattern } of COMPILED) {
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

const BY_NAME = new Map<string, string>();
for (const technique of TECHNIQUES) {
  for (const name of [technique.tag, technique.label, ...technique.aliases]) {
    BY_NAME.set(normalizeName(name), technique.tag);
  }
}

/** The canonical tag for what a user typed (`moe` -> `mixture-of-experts`), or undefined. */
export function resolveTechnique(name: string): string | undefined {
  return BY_NAME.get(normalizeName(name));
}

export const TECHNIQUE_TAGS: readonly string[] = TECHNIQUES.map((technique) => technique.tag);

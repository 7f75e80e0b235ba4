/**
 * Metric keywords as data: the measures papers name, the CLAIMS.md metric each belongs to, and
 * which way the measure improves (Decision 1: latency, memory, energy, error improve down;
 * speed, throughput, accuracy, efficiency improve up).
 */
import type { Direction, Metric } from '../types.js';
import { lookupKey, wordsAt } from './build-pattern.js';
import { onReading } from '../text/reading.js';

export interface MetricKeyword {
  readonly words: readonly string[];
  /** The metric of a relative claim ("1.4x higher throughput" is a speedup). */
  readonly metric: Metric;
  /** The metric of an absolute value, when it differs ("30 tokens/s throughput"). */
  readonly absoluteMetric?: Metric;
  readonly improves: Direction;
  /** A speed measure written as time ("latency reduction"): a percent change keeps direction down. */
  readonly timeLike?: boolean;
}

/** The cut-offs ranking scores are written at ("MRR@10", "Recall@100"). */
const AT_K = ['1', '5', '10', '20', '50', '100', '1000'];

export const METRIC_KEYWORDS: readonly MetricKeyword[] = [
  {
    words: [
      'speedup', 'speedups', 'speed-up', 'speed-ups', 'speed up', 'speed', 'speeds', 'inference speed', 'training speed',
      'processing speed', 'execution speed', 'decoding speed', 'generation speed', 'speed improvement', 'speed gains',
      'acceleration', 'inference acceleration', 'execution', 'sequential execution', 'classification speed',
      'search speed', 'rendering speed', 'kernel speed-up', 'inference kernel speed-up', 'search process',
      'search result', 'performance per GPU',
    ],
    metric: 'speedup',
    improves: 'up',
  },
  {
    words: [
      'throughput', 'throughputs', 'inference throughput', 'training throughput', 'serving throughput',
      'generation throughput', 'token generation throughput', 'end-to-end throughput', 'FPS', 'frame rate',
      'frames per second', 'TFLOPS', 'TFLOPS per GPU', 'TFLOPs', 'tokens per second', 'token throughput',
      'achievable performance', 'request rate', 'request rates', 'goodput', 'requests per second', 'requests/s', 'req/s',
      'queries per second', 'QPS', 'images per second', 'images/s', 'samples per second', 'samples/s', 'tokens/s',
      'frames/s', 'inferences per second', 'transactions per second', 'queries', 'serving capacity',
    ],
    metric: 'speedup',
    absoluteMetric: 'throughput',
    improves: 'up',
  },
  {
    words: [
      'latency', 'latencies', 'inference latency', 'response latency', 'end-to-end latency', 'end-to-end response latency',
      'query latency', 'runtime', 'runtimes', 'run time', 'run-time', 'execution time', 'inference time', 'training time',
      'wall-clock time', 'wall clock time', 'wall-clock', 'wall clock', 'time', 'delay', 'search time', 'switching time', 'model switching time',
      'compilation time', 'processing time', 'response time', 'time-to-first-token', 'TTFT', 'tuning time',
      'generation time', 'completion time', 'job completion time', 'kernel generation time', 'training wall-clock time',
      'epoch time', 'time per epoch', 'time-to-accuracy', 'time to accuracy', 'time-to-solution',
    ],
    metric: 'speedup',
    absoluteMetric: 'latency',
    improves: 'down',
    timeLike: true,
  },
  {
    // A ratio of processing time to audio time, or a count of steps a generation takes: a change
    // of it is a speedup, a value of it is no time per item (CLAIMS.md latency) but another measure.
    words: [
      'real-time factor', 'real time factor', 'RTF', 'sampling steps', 'denoising steps', 'function evaluations',
      'network function evaluations', 'NFEs', 'decoding steps', 'decoding iterations',
    ],
    metric: 'speedup',
    absoluteMetric: 'other',
    improves: 'down',
    timeLike: true,
  },
  {
    words: [
      'memory', 'memory footprint', 'footprint', 'memory usage', 'memory consumption', 'memory requirement',
      'memory requirements', 'peak memory', 'peak memory usage', 'GPU memory', 'memory overhead', 'memory cost',
      'memory costs', 'KV cache', 'KV-cache', 'KV cache size', 'cache size', 'storage', 'storage cost', 'index',
      'RAM', 'peak RAM', 'RAM usage', 'RAM footprint',
      'indexes', 'indices', 'index size', 'DRAM', 'activation memory', 'optimizer memory',
      'memory-saving', 'memory saving', 'memory savings', 'runtime memory overhead', 'memory access', 'memory accesses',
      'off-chip memory access', 'SRAM', 'peak SRAM', 'SRAM usage', 'on-chip memory',
      'VRAM', 'HBM', 'activation memory footprint', 'peak activation memory',
    ],
    metric: 'memory',
    improves: 'down',
  },
  { words: ['memory efficiency', 'memory utilization'], metric: 'memory', improves: 'up' },
  {
    words: [
      'energy', 'energy consumption', 'energy cost', 'energy costs', 'energy usage', 'energy use', 'electricity',
      'battery drain', 'battery consumption', 'battery usage', 'battery',
      'electricity use', 'electricity consumption', 'energy per inference', 'energy-delay product', 'EDP',
    ],
    metric: 'energy',
    improves: 'down',
  },
  {
    words: [
      'energy efficiency', 'energy-efficiency', 'power efficiency', 'energy-efficient', 'energy efficient', 'TOPS/W',
      'performance per watt', 'perf/W',
      // Work per unit of energy: "1.4x more tokens per joule", "queries per watt are 7.4x higher".
      'tokens per joule', 'tokens/J', 'inferences per joule', 'images per joule', 'queries per joule',
      'queries per watt', 'tokens per watt', 'frames per watt', 'inferences per watt', 'throughput per watt',
      'frames per joule', 'samples per joule', 'requests per joule', 'operations per joule', 'per joule',
    ],
    metric: 'energy',
    improves: 'up',
  },
  {
    words: ['power', 'power consumption', 'power draw', 'power usage', 'inference power', 'power dissipation'],
    metric: 'power',
    improves: 'down',
  },
  {
    words: [
      'accuracy', 'accuracies', 'top-1 accuracy', 'top1 accuracy', 'top-5 accuracy', 'top-1', 'top1',
      'ImageNet accuracy', 'ImageNet top-1 accuracy', 'ImageNet top1 accuracy', 'test accuracy', 'accurate',
      'quality', 'image quality', 'generation quality', 'model quality', 'score', 'scores', 'GLUE score', 'F1',
      'F1 score', 'F1-score', 'mAP', 'AP', 'AP50', 'mIoU', 'PSNR', 'SSIM', 'BLEU', 'BLEU-4', 'BLEU-4 score',
      'BLEU score', 'ROUGE', 'ROUGE-L', 'effectiveness', 'ranking effectiveness', 'QoR', 'Quality-of-result',
      'quality of results', 'success rate', 'task success', 'task success rate', 'needle retrieval', 'retrieval accuracy', 'pass@1', 'exact match', 'recall', 'task performance', 'zero-shot accuracy',
      'detection accuracy', 'classification accuracy', 'predictive performance', 'performance',
      'peak performance', 'absolute peak performance', 'model performance',
      // Quality scales of ranking, retrieval, correlation and captioning.
      'Kendall tau', "Kendall's tau", 'Kendall tau correlation', 'Kendall rank correlation', 'Spearman correlation',
      "Spearman's rho", 'Spearman rank correlation', 'Pearson correlation', 'rank correlation', 'correlation',
      'AUC', 'AUROC', 'ROC-AUC', 'ROC AUC', 'AUPRC', 'NDCG', 'nDCG', 'MRR', ...AT_K.flatMap((k) => [`NDCG@${k}`, `MRR@${k}`, `Recall@${k}`, `R@${k}`, `Hit@${k}`, `HR@${k}`, `P@${k}`, `mAP@${k}`]), 'R^2', 'R^2 score', 'R2 score', 'CIDEr', 'METEOR',
      'chrF', 'CLIP score', 'CLIPScore', 'win rate', 'win-rate', 'preference rate', 'top-5', 'top5', 'EM', 'exact-match',
      // Speech quality and intelligibility scales.
      'PESQ', 'MOS', 'DNSMOS', 'UTMOS', 'STOI', 'SI-SDR', 'SI-SNR', 'mean opinion score', 'ViSQOL', 'ViSQOL score', 'MUSHRA', 'MUSHRA score',
      // 3-D detection and structure-prediction scores.
      'mAPH', 'TM-score', 'GDT-TS',
      // Detection scores at IoU thresholds.
      'mAP@0.5', 'mAP@0.50', 'mAP@0.5:0.95', 'mAP@.5', 'mAP50', 'mAP50-95', 'AP@0.5', 'AP@0.75',
      // Online quality of ranking and recommendation.
      'CTR', 'click-through rate', 'click-through-rate', 'conversion rate',
    ],
    metric: 'accuracy',
    improves: 'up',
  },
  {
    words: [
      'error', 'errors', 'error rate', 'test error', 'top-1 error', 'top1 error', 'perplexity', 'PPL', 'WER', 'WERs', 'CERs',
      'word error rates', 'error rates',
      'word error rate', 'CER', 'MAE', 'mean absolute error', 'MSE', 'RMSE', 'root-mean-square error', 'root mean square error', 'root-mean-squared error', 'FID', 'quantization error',
      'training loss', 'validation loss', 'test loss', 'eval loss', 'final loss', 'final training loss', 'final validation loss',
      'validation loss', 'training loss', 'loss curve', 'loss curves', 'training curve', 'training curves',
      'learning curve', 'learning curves', 'mean squared error', 'mean-squared error', 'reconstruction error',
      'character error rate', 'EER', 'equal error rate',
      // What quality a method costs ("at an accuracy cost of 0.4%"): a cost in quality, not money.
      'accuracy cost', 'accuracy penalty', 'quality cost', 'quality penalty', 'perplexity cost', 'perplexity penalty',
      // The gap to a compared system: smaller is better.
      'perplexity gap', 'PPL gap', 'accuracy gap', 'quality gap', 'FID gap', 'FVD', 'FAD', 'KID', 'LPIPS', 'bits per dimension',
      'bits-per-dimension', 'bits per byte', 'bits-per-byte', 'BPB', 'log loss', 'cross-entropy', 'NLL',
      // Optical-flow error.
      'endpoint error', 'average endpoint error', 'end-point error', 'EPE', 'AEPE',
      // What fine-tuning loses of earlier skills.
      'forgetting', 'catastrophic forgetting',
      // How often a task fails: lower is better ("reduces the navigation failure rate by 37%").
      'failure rate', 'failure rates', 'collision rate', 'crash rate',
    ],
    metric: 'accuracy',
    improves: 'down',
  },
  {
    words: [
      'parameters', 'parameter', 'params', 'parameter count', 'number of parameters', 'model size', 'model sizes',
      'size', 'trainable parameters', 'model parameters', 'weights size', 'model footprint', 'storage size',
      // What the model takes to store (CLAIMS.md size: model size or compression), not to run.
      'weights', 'model weights', 'weight storage', 'checkpoint', 'checkpoints', 'model checkpoint', 'checkpoint size',
      'adapters', 'adapter', 'adapter weights', 'embedding tables', 'embedding table', 'model file', 'model files', 'on-disk size',
      'disk size', 'disk footprint', 'storage footprint', 'binary size', 'model storage',
    ],
    metric: 'size',
    improves: 'down',
  },
  {
    words: [
      'FLOPs', 'FLOP', 'flops', 'GFLOPs', 'MACs', 'MAC', 'MAC operations', 'multiply-accumulate operations', 'multiply-adds', 'multiply-add operations', 'mult-adds', 'MAdds',
      // Programs an autotuner measures on hardware: the work its search spends.
      'hardware measurements', 'measurements', 'measured trials',
      'Multiply-Accumulate operations', 'operations', 'computation', 'computations', 'computational cost',
      'computational costs', 'computation cost', 'computation costs', 'compute', 'compute cost', 'compute costs',
      'computational overhead', 'computational complexity', 'complexity', 'decoder complexity', 'encoder complexity', 'model complexity', 'search cost', 'inference FLOPs', 'BOPs',
      'arithmetic operations', 'redundant computation', 'computational burden', 'computational demand',
      'computational requirements', 'multiplications', 'additions', 'computing cost', 'recomputation',
      // Device-hours compared are compute (Decision 11): "2x fewer GPU-hours than full fine-tuning".
      'GPU-hours', 'GPU hours', 'GPU-days', 'GPU days', 'TPU-hours', 'TPU hours', 'device-hours', 'accelerator-hours', 'chip-hours',
    ],
    metric: 'compute',
    improves: 'down',
  },
  { words: ['compute density', 'computational efficiency', 'compute efficiency'], metric: 'compute', improves: 'up' },
  {
    words: [
      'cost', 'costs', 'total cost of ownership', 'TCO', 'deployment cost', 'deployment costs', 'serving cost', 'serving costs', 'training cost',
      'training costs', 'hardware cost', 'hardware costs', 'price', 'monetary cost', 'dollar cost', 'TCO',
      'inference cost', 'inference costs', 'operating cost', 'cloud cost',
    ],
    metric: 'cost',
    improves: 'down',
  },
  {
    words: ['cost efficiency', 'cost-efficiency', 'cost-effectiveness', 'cost effectiveness', 'performance per dollar',
      'throughput per dollar', 'tokens per dollar', 'throughput-per-dollar', 'performance-per-dollar', 'perf/$',
      'requests per dollar', 'queries per dollar', 'images per dollar', 'per dollar'],
    metric: 'cost',
    improves: 'up',
  },
  {
    words: [
      // Requests held at once, without a rate ("1.7x more concurrent requests"): a capacity, not a speed.
      'requests', 'concurrent requests',
      'area efficiency', 'performance per area', 'DSP efficiency', 'LUT efficiency', 'resource efficiency', 'batch', 'batch size', 'batch sizes', 'input resolution', 'image resolution', 'micro-batch size', 'micro-batch sizes', 'microbatch size', 'acceptance rate', 'SLO attainment', 'attainment', 'acceptance length', 'accepted length', 'mean accepted length', 'average acceptance length', 'sparsity', 'activation sparsity', 'utilization',
      'hardware utilization', 'PE utilization', 'average PE utilization', 'compute utilization', 'GPU utilization',
      'FLOPs utilization', 'model FLOPs utilization', 'MFU', 'scaling efficiency', 'weak-scaling efficiency',
      'strong-scaling efficiency', 'parallel efficiency', 'servers', 'deployable servers',
      'context length', 'larger models', 'hit rate', 'cache hit rate', 'hit ratio', 'cache hit ratio', 'accepted length', 'acceptance length', 'mean accepted length', 'accepted tokens', 'token acceptance',
      'tokens per forward pass',
    ],
    metric: 'other',
    improves: 'up',
  },
  {
    words: [
      'data', 'preference data', 'human preference data', 'real human preference data', 'training data',
      'labeled data', 'machine footprint', 'area', 'chip area', 'silicon area', 'data accesses', 'data movement',
      'reads', 'writes', 'SSD reads', 'disk reads', 'violations', 'SLO violations', 'deadline misses',
      'communication', 'communication volume', 'communication overhead', 'communication cost', 'annotation',
      'transfer volume', 'data transfer', 'data transfers', 'data transfer volume', 'PCIe transfers',
      // Data moved is traffic, not a footprint ("reduces off-chip memory traffic by 5.6x", "DRAM access falls by 72%").
      'traffic', 'PCIe traffic', 'network traffic', 'memory traffic', 'off-chip memory traffic', 'DRAM traffic', 'DRAM access', 'DRAM accesses', 'off-chip DRAM access', 'die area', 'DRAM die area', 'HBM die area', 'bubble ratio', 'pipeline bubble', 'pipeline bubbles',
      'annotation time', 'human feedback', 'non-compulsory data accesses', 'emissions', 'carbon emissions',
      'CO2 emissions', 'CO2 emission', 'carbon footprint', 'CO2eq',
      // FPGA resources a design occupies ("78% of the LUTs", "18% fewer DSP slices").
      'LUTs', 'DSPs', 'DSP slices', 'DSP blocks', 'BRAMs', 'BRAM', 'URAMs', 'flip-flops', 'AI Engines', 'logic resources',
      // Work a method spends other than time or compute: tokens drafted or read, spikes fired.
      'draft tokens', 'drafted tokens', 'prompt tokens', 'input tokens', 'prompt length', 'prompt lengths',
      'generated tokens', 'reasoning tokens', 'thinking tokens', 'decoded tokens', 'recompilations',
      'firing activity', 'firing rate', 'firing rates',
      'spike rate', 'spike rates', 'spiking activity', 'spike count', 'spike counts', 'number of spikes',
    ],
    metric: 'other',
    improves: 'down',
  },
];

const LOOKUP = new Map<string, MetricKeyword>();
for (const keyword of METRIC_KEYWORDS) {
  for (const word of keyword.words) LOOKUP.set(lookupKey(word), keyword);
}

/** Sticky: tried at word starts. Longest first, so "energy efficiency" wins over "energy". */
const METRIC_AT = wordsAt(
  METRIC_KEYWORDS.flatMap((k) => k.words),
  '(?![A-Za-z0-9@])',
  'i',
  { flexibleSpaces: true },
);

export interface MetricMatch {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly keyword: MetricKeyword;
}

/**
 * Parsers and refiners ask for the measure at the same positions of one abstract again and
 * again: the answers for the text last asked about are kept (the text is the key; see
 * text/reading.ts).
 */
let cachedText: string | null = null;
const CACHED = new Map<number, MetricMatch | null>();
onReading((text) => {
  cachedText = text;
  CACHED.clear();
});

export function metricAt(text: string, pos: number): MetricMatch | null {
  if (text !== cachedText) {
    cachedText = text;
    CACHED.clear();
  }
  const cached = CACHED.get(pos);
  if (cached !== undefined) return cached;
  const found = readMetricAt(text, pos);
  CACHED.set(pos, found);
  return found;
}

/**
 * "memory-bound platforms", "latency-critical services", "compute-intensive layers": a measure's
 * name made into an adjective describes something else; it names no measure.
 */
const ADJECTIVE_COMPOUND = /^-(?:bound|intensive|limited|hungry|constrained|centric|heavy|sensitive|critical|dominated|oriented|aware|friendly)(?![A-Za-z])/i;
/** "goodput per dollar", "FPS per watt": any measure of work per dollar is cost efficiency, per watt or joule energy efficiency. */
const PER_DOLLAR_AFTER = /^[ -]per[ -](?:US )?(?:dollar|\$)(?![A-Za-z])/i;
const PER_WATT_AFTER = /^[ -]per[ -](?:watt|joule)(?![A-Za-z])/i;

function readMetricAt(text: string, pos: number): MetricMatch | null {
  const match = METRIC_AT.exec(text, pos);
  if (!match) return null;
  const keyword = LOOKUP.get(lookupKey(match[0]));
  if (!keyword) return null;
  const end = pos + match[0].length;
  if (text[end] === '-' && ADJECTIVE_COMPOUND.test(text.slice(end, end + 14))) return null;
  if (keyword.improves === 'up' && text[end + 1] === 'p' && (text[end] === ' ' || text[end] === '-')) {
    const after = text.slice(end, end + 16);
    const perDollar = PER_DOLLAR_AFTER.exec(after);
    const perWatt = perDollar ? null : PER_WATT_AFTER.exec(after);
    const per = perDollar ?? perWatt;
    const efficiency = perDollar ? LOOKUP.get('per dollar') : perWatt ? LOOKUP.get('energy efficiency') : undefined;
    if (per && efficiency) return { start: pos, end: end + per[0].length, text: text.slice(pos, end + per[0].length), keyword: efficiency };
  }
  return { start: pos, end, text: match[0], keyword };
}

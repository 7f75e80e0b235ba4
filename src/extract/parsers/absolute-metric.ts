/** Which metric an absolute value belongs to: its unit decides, a nearby keyword refines. */
import type { Metric } from '../types.js';
import type { UnitKind } from '../vocabulary/units.js';
import type { MetricMatch } from '../vocabulary/metrics.js';

// ("TTFT", "time-to-first-token", "TPOT": the time of one request's first or next token.)
const LATENCY_WORDS = /latency|response|per (?:token|image|frame|query|request|sample)|delay|TTFT|TPOT|time[ -]to[ -]first[ -]token|time per output token|inter-token/i;

// ("warm-up", "start-up", "planning": a one-off stage of the system, timed whole.)
const JOB_WORDS = /train|search|tun|compil|fine-tun|build|index|pre-?process|profil|conver|epoch|job|total|warm-?up|start-?up|planning/i;

/** Whether the words around a duration name a whole job ("compilation time per model", "training"). */
export function isJobContext(text: string): boolean {
  return JOB_WORDS.test(text) && !ONE_ITEM.test(text);
}

/** "a training step takes 0.37 s", "per iteration", "0.4 s per request": the time of one item of a job, not the whole job. */
const ONE_ITEM = /\b(?:(?:training|inference|forward|backward|decoding|optimizer|fine-tuning) (?:step|iteration)|(?:a|one|each|every|per|single) (?:step|iteration|request|query|call|invocation))\b(?!s)/i;

export function absoluteMetric(
  kind: UnitKind | undefined,
  keyword: MetricMatch | null,
  unit: string | null = null,
  jobContext = false,
  value: number | null = null,
): Metric | null {
  const named = keyword ? (keyword.keyword.absoluteMetric ?? keyword.keyword.metric) : null;
  switch (kind) {
    case 'latency-time':
      return keyword && /training|search|fine-tun|job|compil/i.test(keyword.text) ? 'time' : 'latency';
    case 'job-time':
      if (keyword && LATENCY_WORDS.test(keyword.text)) return 'latency';
      if (unit !== 's' || jobContext || (keyword && JOB_WORDS.test(keyword.text))) return 'time';
      // A few seconds, or the time of one generation or response, measure one item: a latency.
      // (A minute or more is a job's time, however one item's measure is named: "generation time for a clip drops to 94 seconds".)
      if (keyword?.keyword.timeLike && (value === null || value < 60)) return 'latency';
      return value !== null && value < 10 ? 'latency' : 'time';
    case 'device-time':
    case 'epochs':
      return 'time';
    case 'throughput':
      return 'throughput';
    case 'energy':
    case 'energy-efficiency':
      return 'energy';
    case 'power':
      return 'power';
    case 'area-efficiency':
    case 'area':
    case 'carbon':
      return 'other';
    case 'memory':
      return named === 'size' ? 'size' : 'memory';
    case 'params':
      return 'size';
    case 'compute':
      return 'compute';
    case 'quality':
      return 'accuracy';
    case 'currency':
      return 'cost';
    case 'percent':
    case 'points':
    case 'factor':
    case undefined:
      // A factor or percent of a speed measure ("latency is 0.9x that of X") is no absolute value of it.
      return named === 'speedup' || keyword?.keyword.metric === 'speedup' ? null : named;
    default:
      return null;
  }
}

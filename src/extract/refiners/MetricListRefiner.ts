/**
 * One number, several measures, and lists that pair up (Decision 5 and "respectively"):
 * "energy and latency decrease up to 87%" is two claims; "17.77%, 2.49x, and 2.32x reductions
 * on latency, energy, and area" gives each number its own measure.
 */
import { copyCandidate, type Candidate, type MetricReading, type Refiner } from '../pipeline.js';
import type { Metric } from '../types.js';

function withMetric(c: Candidate, m: MetricReading, relative: boolean): Candidate {
  const metric: Metric = relative && m.metric !== 'speedup' ? m.metric : m.metric;
  const copy = copyCandidate(c);
  copy.metric = metric;
  copy.reading = { ...c.reading, metric, improves: m.improves, timeLike: m.timeLike, metricList: undefined, measure: m.span } as Candidate['reading'];
  return copy;
}

export class MetricListRefiner implements Refiner {
  readonly name = 'MetricListRefiner';

  refine(candidates: readonly Candidate[]): readonly Candidate[] {
    const out: Candidate[] = [];
    for (const c of candidates) {
      const list = c.reading.metricList;
      if (!list || list.length < 2) {
        out.push(c);
        continue;
      }
      const size = c.group.members.length;
      if (size === list.length) {
        const mine = list[c.position];
        out.push(mine ? withMetric(c, mine, c.reading.relative) : c);
        continue;
      }
      if (size === 1) {
        for (const m of list) out.push(withMetric(c, m, c.reading.relative));
        continue;
      }
      out.push(withMetric(c, list[0] as MetricReading, c.reading.relative));
    }
    return out;
  }
}

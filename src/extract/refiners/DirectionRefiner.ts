/**
 * Direction follows the physical quantity (Decision 1): a speedup in x is always up; a percent
 * cut of a time-like measure ("28% latency reduction") is down; "better perplexity" is down
 * because perplexity improves down; absolute values and ratios (Decision 2) have none, but an
 * absolute amount of change has its change's ("saves 1.2 GWh" is down).
 */
import { copyCandidate, type Candidate, type Refiner } from '../pipeline.js';
import type { Direction } from '../types.js';

/** Quality units that improve down (lower perplexity, error, FID is better). */
const DOWN_IMPROVING_UNITS: ReadonlySet<string> = new Set(['PPL', 'WER', 'FID', 'CER']);

export function directionOf(c: Candidate): Direction | null {
  const r = c.reading.improves === null && DOWN_IMPROVING_UNITS.has(c.unit) ? { ...c.reading, improves: 'down' as const } : c.reading;
  if ((!r.relative && !r.delta) || r.ratio || r.bound) return null;
  if (c.metric === 'speedup') {
    if (c.unit !== '%') return 'up';
    if (r.timeLike) return r.movement === 'up' || r.movement === 'worse' ? 'up' : 'down';
    return r.movement === 'down' || r.movement === 'worse' ? 'down' : 'up';
  }
  switch (r.movement) {
    case 'up':
    case 'down':
      return r.movement;
    case 'better':
      return r.improves ?? 'up';
    case 'worse':
      return r.improves === 'down' ? 'up' : 'down';
    default:
      return r.improves;
  }
}

export class DirectionRefiner implements Refiner {
  readonly name = 'DirectionRefiner';

  refine(candidates: readonly Candidate[]): readonly Candidate[] {
    return candidates.map((c) => {
      const direction = directionOf(c);
      // Unchanged candidates are kept as they are: copying one is the costly part of a refiner.
      if (direction === c.direction) return c;
      const copy = copyCandidate(c);
      copy.direction = direction;
      return copy;
    });
  }
}

/**
 * `factor`: the claim as one "times better" number, so 2x, 50% and "79% of the energy" rank
 * together (README, "factor"). Computed per end of a range.
 *
 *   x, direction with the measure's improvement (or none) -> value; against it -> 1/value
 *   x, no direction (a ratio, Decision 2)                -> value, inverted when < 1 (0.5x -> 2)
 *   %, moved up                                          -> ratio 1 + v/100
 *   %, moved down                                        -> ratio 1 - v/100 (none when v >= 100)
 *      then: measure improves up -> ratio; improves down -> 1/ratio
 *   %of                                                  -> 100/v (down-improving), v/100 (up-improving)
 *   points, absolute values, unknown improvement         -> null
 */
import { copyCandidate, type Candidate, type Refiner } from '../pipeline.js';
import type { Direction } from '../types.js';

/** Which way the claim's measure improves (speedup always up: it is a speed). */
function improvesOf(c: Candidate): Direction | null {
  if (c.metric === 'speedup') return 'up';
  return c.reading.improves;
}

export function factorOf(c: Candidate, value: number): number | null {
  if (!Number.isFinite(value) || value <= 0 || c.reading.bound) return null;
  const improves = improvesOf(c);
  if (c.unit === 'x') {
    if (c.direction === null) return value >= 1 ? value : 1 / value;
    if (c.metric === 'speedup') return value;
    const against = improves !== null && c.direction !== improves;
    return against ? 1 / value : value;
  }
  if (c.unit === '%of') {
    if (improves === 'up') return value / 100;
    return 100 / value;
  }
  if (c.unit === '%' && c.reading.relative && c.direction !== null) {
    const ratio = c.direction === 'up' ? 1 + value / 100 : 1 - value / 100;
    if (ratio <= 0) return null;
    if (c.metric === 'speedup') {
      // A speed up by v% is a ratio of speeds; a time cut by v% is a speed ratio of 1/(1 - v).
      return c.direction === 'up' ? ratio : 1 / ratio;
    }
    if (improves === null) return null;
    return improves === 'up' ? ratio : 1 / ratio;
  }
  return null;
}

export class FactorRefiner implements Refiner {
  readonly name = 'FactorRefiner';

  refine(candidates: readonly Candidate[]): readonly Candidate[] {
    return candidates.map((c) => {
      const factor = factorOf(c, c.value);
      const factorMax = c.valueMax === null ? null : factorOf(c, c.valueMax);
      const rounded = round(factor);
      const roundedMax = round(factorMax);
      if (rounded === c.factor && roundedMax === c.factorMax) return c;
      const copy = copyCandidate(c);
      copy.factor = rounded;
      copy.factorMax = roundedMax;
      return copy;
    });
  }
}

function round(n: number | null): number | null {
  if (n === null) return null;
  // An integer of at most 7 digits is its own rounding (and -0 reads back as 0).
  if (Number.isInteger(n) && n > -1e7 && n < 1e7) return n === 0 ? 0 : n;
  return Number(n.toPrecision(7));
}

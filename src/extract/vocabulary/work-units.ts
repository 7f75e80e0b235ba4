/**
 * The units of work a model does, as data: removing a share of them removes that share of its
 * computation ("removes up to 55% of tokens per layer", "skips 61% of layers", "prunes 70% of
 * attention heads" are compute reductions), and evicting a share of its cache saves memory. They
 * are no measures of their own (a token count or a layer count is set-up), so they are read only
 * after a verb that removes them.
 */
import type { Metric } from '../types.js';
import { alternation, lookupKey } from './build-pattern.js';

const WORK_UNITS: ReadonlyArray<readonly [Metric, readonly string[]]> = [
  [
    'compute',
    [
      'tokens', 'layers', 'blocks', 'transformer blocks', 'heads', 'attention heads', 'channels', 'filters', 'experts',
      'neurons', 'operations', 'patches', 'frames', 'denoising steps', 'steps', 'iterations', 'computations',
      'multiplications', 'attention computations', 'attention scores', 'queries',
    ],
  ],
  ['memory', ['KV cache entries', 'KV-cache entries', 'KV entries', 'cache entries', 'KV pairs', 'activations']],
];

const LOOKUP = new Map<string, Metric>();
for (const [metric, words] of WORK_UNITS) for (const word of words) LOOKUP.set(lookupKey(word), metric);

/** " of (the) (up to two words) <unit>" right after a percent. */
const OF_WORK_UNIT = new RegExp(
  `^ of (?:the |all |its |their )?(?:[\\w-]+ ){0,2}?(?<unit>${alternation(WORK_UNITS.flatMap(([, words]) => words), { flexibleSpaces: true })})(?![A-Za-z0-9])`,
  'i',
);

/** The unit of work named after a percent ("of tokens per layer"), with the metric it counts, or null. */
export function workUnitAfter(text: string, pos: number): { metric: Metric; end: number } | null {
  const match = OF_WORK_UNIT.exec(text.slice(pos, pos + 60));
  const unit = match?.groups?.unit;
  if (!match || !unit) return null;
  const metric = LOOKUP.get(lookupKey(unit));
  return metric ? { metric, end: pos + match[0].length } : null;
}

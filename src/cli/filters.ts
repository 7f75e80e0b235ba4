/**
 * The claim filter flags shared by `claims`, `rank` and `compare` (and open to `search`):
 * defined once here, validated at the edge into canonical ClaimFilters (src/query/filters.ts).
 *
 * Loaded by command.ts files for the flag definitions, so it keeps its imports light: small
 * query modules and constants; the technique lexicon (regexes compiled on load) is imported
 * only when --technique is given.
 */
import { Option, type Command } from 'commander';
import { closest, NotFoundError, UsageError, unknownValue } from '../errors.js';
import { HARDWARE_CLASSES, METRICS, PHASES, QUALIFIERS } from '../extract/types.js';
import { CLAIM_SORT_KEYS, type ClaimSort } from '../query/claims.js';
import { catalogUnits, countDeviceClaims, knownDevices, type ClaimFilters } from '../query/filters.js';
import { findPapers } from '../query/papers.js';
import type { Db } from '../store/catalog.js';
import { parseNumber, parsePositiveInt } from './options.js';

export interface FilterFlags {
  readonly metric?: readonly string[];
  readonly hardware?: readonly string[];
  readonly technique?: readonly string[];
  readonly paper?: readonly string[];
  readonly baseline?: string;
  readonly phase?: readonly string[];
  readonly qualifier?: readonly string[];
  readonly unit?: readonly string[];
  readonly min?: string;
  readonly max?: string;
  readonly sort?: string;
  readonly limit?: string;
}

export type FilterFlagName = keyof FilterFlags;

export interface ParsedFilters {
  readonly filters: ClaimFilters;
  readonly sort?: ClaimSort;
  readonly limit?: number;
}

export const QUALIFIER_NONE = 'none';

const collect = (value: string, previous: readonly string[] | undefined): string[] => [...(previous ?? []), value];

/** The filter flags, in --help order; `omit` leaves out those a command takes otherwise (rank's METRIC). */
export function addFilterOptions(command: Command, options: { readonly omit?: readonly FilterFlagName[]; readonly limitHelp?: string } = {}): Command {
  const omit = new Set(options.omit ?? []);
  const add = (name: FilterFlagName, option: Option): void => {
    if (!omit.has(name)) command.addOption(option);
  };
  add('metric', new Option('-m, --metric <metric>', `only these metrics, comma-separated or repeated (${METRICS.join(', ')})`).argParser(collect));
  add(
    'hardware',
    new Option('--hardware <hw>', `a class (${HARDWARE_CLASSES.join(', ')}) or a device or vendor (a100, jetson, nvidia)`).argParser(collect),
  );
  add('technique', new Option('-t, --technique <tag>', 'papers tagged with this technique (quantization, quant, moe, ssm, peft ...)').argParser(collect));
  add('paper', new Option('-p, --paper <paper>', 'a paper: id, short name or words of its title (repeatable)').argParser(collect));
  add('baseline', new Option('-b, --baseline <text>', 'claims measured against a baseline containing TEXT (vLLM, FP16)'));
  add('phase', new Option('--phase <phase>', `only these phases (${PHASES.join(', ')})`).argParser(collect));
  add(
    'qualifier',
    new Option('--qualifier <q>', `only these qualifiers (${QUALIFIERS.join(', ')}; ${QUALIFIER_NONE}: stated without one)`).argParser(collect),
  );
  add('unit', new Option('-u, --unit <unit>', 'only claims in this unit (x, %, ms, GB, tokens/s ...); makes --min/--max apply to the value').argParser(collect));
  add('min', new Option('--min <n>', 'factor at least N (value with --unit); a range counts when it reaches N'));
  add('max', new Option('--max <n>', 'factor at most N (value with --unit)'));
  add('sort', new Option('-s, --sort <key>', `order by ${CLAIM_SORT_KEYS.join(', ')}; add :asc or :desc to choose the direction (default: paper)`));
  add('limit', new Option('-n, --limit <n>', options.limitHelp ?? 'show at most N rows'));
  return command;
}

/** Splits "a,b" and repeated flags into one list of trimmed, non-empty values. */
export function listValues(values: readonly string[] | undefined): string[] {
  return (values ?? []).flatMap((value) => value.split(',')).map((value) => value.trim()).filter((value) => value !== '');
}

function canonical(kind: string, value: string, valid: readonly string[], aliases: Readonly<Record<string, string>> = {}): string {
  const folded = value.toLowerCase().replace(/[_]+/g, ' ').replace(/\s+/g, ' ').trim();
  const found = valid.find((name) => name === folded) ?? aliases[folded] ?? valid.find((name) => name.replace(/[- ]/g, '') === folded.replace(/[- ]/g, ''));
  if (found === undefined) throw unknownValue(kind, value, valid);
  return found;
}

export function parseMetric(value: string): string {
  return canonical('metric', value, METRICS);
}

const PHASE_ALIASES: Readonly<Record<string, string>> = { finetuning: 'fine-tuning', 'fine tuning': 'fine-tuning', train: 'training', decoding: 'decode' };
const QUALIFIER_ALIASES: Readonly<Record<string, string>> = { 'up-to': 'up to', upto: 'up to', average: 'on average', 'at-least': 'at least' };

/**
 * The parts that need no catalog, checked first so a bad flag is reported even when the
 * catalog is missing. Returns what still needs the catalog (papers, devices, units).
 */
async function parseStatic(flags: FilterFlags): Promise<{ filters: ClaimFilters; sort?: ClaimSort; limit?: number }> {
  const metrics = listValues(flags.metric).map(parseMetric);
  const phases = listValues(flags.phase).map((phase) => canonical('phase', phase.replace(/\s+/g, '-'), PHASES, PHASE_ALIASES));
  const qualifiers = listValues(flags.qualifier).map((qualifier) =>
    canonical('qualifier', qualifier.replace(/-/g, ' '), [...QUALIFIERS, QUALIFIER_NONE], QUALIFIER_ALIASES),
  );
  const techniqueNames = listValues(flags.technique);
  let techniques: string[] = [];
  if (techniqueNames.length > 0) {
    const { resolveTechnique, TECHNIQUE_TAGS } = await import('../lexicon/techniques.js');
    techniques = techniqueNames.map((name) => {
      const tag = resolveTechnique(name);
      if (tag === undefined) throw unknownValue('technique', name, TECHNIQUE_TAGS);
      return tag;
    });
  }
  const min = parseNumber('--min', flags.min);
  const max = parseNumber('--max', flags.max);
  if (min !== undefined && max !== undefined && min > max) {
    throw new UsageError(`--min ${min} is above --max ${max}: no claim can match`);
  }
  const baseline = flags.baseline?.trim();
  if (baseline === '') throw new UsageError('--baseline needs some text to look for, got ""');
  const sort = flags.sort === undefined ? undefined : parseSort(flags.sort);
  const limit = flags.limit === undefined ? undefined : parsePositiveInt('--limit', flags.limit, 0);
  return {
    filters: {
      ...(metrics.length > 0 && { metrics: unique(metrics) }),
      ...(phases.length > 0 && { phases: unique(phases) }),
      ...(qualifiers.length > 0 && { qualifiers: unique(qualifiers) }),
      ...(techniques.length > 0 && { techniques: unique(techniques) }),
      ...(baseline !== undefined && { baseline }),
      ...(min !== undefined && { min }),
      ...(max !== undefined && { max }),
    },
    ...(sort && { sort }),
    ...(limit !== undefined && { limit }),
  };
}

/** `factor`, `paper:desc`: a key and, optionally, a direction. */
export function parseSort(text: string): ClaimSort {
  const [keyText = '', direction] = text.trim().toLowerCase().split(':');
  const key = CLAIM_SORT_KEYS.find((name) => name === keyText);
  if (key === undefined) throw unknownValue('sort key', keyText, CLAIM_SORT_KEYS);
  if (direction === undefined || direction === '') return { key };
  if (direction !== 'asc' && direction !== 'desc') throw unknownValue('sort direction', direction, ['asc', 'desc']);
  // Factor and value run biggest first by nature; names run A to Z.
  const natural = key === 'factor' || key === 'value' ? 'desc' : 'asc';
  return { key, reverse: direction !== natural };
}

/**
 * Every filter flag, validated and made canonical. Values that only the catalog can check
 * (papers, devices, units) open it through `openDb`, after everything else has passed.
 */
export async function parseFilters(flags: FilterFlags, openDb: () => Promise<Db>): Promise<ParsedFilters> {
  const parsed = await parseStatic(flags);
  const paperRefs = flags.paper ?? [];
  const hardwareValues = listValues(flags.hardware);
  const unitValues = listValues(flags.unit);
  if (paperRefs.length === 0 && hardwareValues.length === 0 && unitValues.length === 0) return parsed;
  const db = await openDb();
  const paperIds = paperRefs.map((reference) => resolvePaperId(db, reference, (id) => `--paper ${id}`));
  const hardware = hardwareValues.map((value) => {
    const lower = value.toLowerCase();
    if ((HARDWARE_CLASSES as readonly string[]).includes(lower)) return lower;
    if (countDeviceClaims(db, value) > 0) return value;
    throw unknownHardware(value, knownDevices(db));
  });
  const units = unitValues.length > 0 ? canonicalUnits(unitValues, catalogUnits(db)) : [];
  return {
    ...parsed,
    filters: {
      ...parsed.filters,
      ...(paperIds.length > 0 && { paperIds: unique(paperIds) }),
      ...(hardware.length > 0 && { hardware: unique(hardware) }),
      ...(units.length > 0 && { units: unique(units) }),
    },
  };
}

function unknownHardware(value: string, devices: readonly string[]): UsageError {
  const suggestion = closest(value, [...HARDWARE_CLASSES, ...devices]);
  const named = devices.length > 0 ? ` (${devices.slice(0, 6).join(', ')}${devices.length > 6 ? ', ...' : ''})` : '';
  return new UsageError(
    `unknown hardware "${value}": expected one of ${HARDWARE_CLASSES.join(', ')}, or a device or vendor the catalog names${named}`,
    suggestion ? `did you mean "${suggestion}"?` : 'effcat stats lists the devices the catalog names',
  );
}


const UNIT_ALIASES: Readonly<Record<string, string>> = { '×': 'x', times: 'x', percent: '%', pct: '%', points: 'pt', '%-of': '%of' };

/** What the user typed, as the catalog spells it: exact, then ignoring case, then a common alias. */
function canonicalUnits(values: readonly string[], known: readonly string[]): string[] {
  return values.map((value) => {
    const alias = UNIT_ALIASES[value.toLowerCase()] ?? value;
    const found = known.find((unit) => unit === alias) ?? known.find((unit) => unit.toLowerCase() === alias.toLowerCase());
    if (found === undefined) throw unknownValue('unit', value, known);
    return found;
  });
}

/**
 * One paper for a reference (id, short name, title words). None is a NotFoundError with a hint
 * to search; several is a usage error naming them, with how to name one (`nameById`).
 */
export function resolvePaperId(db: Db, reference: string, nameById: (id: number) => string): number {
  const matches = findPapers(db, reference);
  const [first] = matches;
  if (first === undefined) {
    throw new NotFoundError(`no paper matches "${reference}"`, `find it with: effcat search ${quoteForShell(reference)}`);
  }
  if (matches.length > 1) {
    const shown = matches.slice(0, 5).map((paper) => `${paper.short_name} (${paper.id})`);
    const more = matches.length > shown.length ? `, and ${matches.length - shown.length} more` : '';
    throw new UsageError(
      `paper "${reference}" is ambiguous: ${matches.length} papers match: ${shown.join(', ')}${more}`,
      `name one by id: ${nameById(first.id)}`,
    );
  }
  return first.id;
}

function quoteForShell(text: string): string {
  return /^[\w .-]+$/.test(text) ? text : `'${text.replaceAll("'", "'\\''")}'`;
}

function unique<T>(values: readonly T[]): T[] {
  return [...new Set(values)];
}

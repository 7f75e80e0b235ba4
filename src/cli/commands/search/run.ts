/** `effcat search TERMS...`: papers about every term, best first, optionally filtered. */
import { closest, UsageError, unknownValue } from '../../../errors.js';
import { HARDWARE_CLASSES } from '../../../extract/types.js';
import { resolveTechnique, TECHNIQUE_TAGS } from '../../../lexicon/techniques.js';
import { isHardwareClass, knownDevices } from '../../../query/filters.js';
import { countHardwarePapers, searchPapers, type SearchFilters, type SearchHit } from '../../../query/search.js';
import type { Db } from '../../../store/catalog.js';
import type { CommandContext } from '../../context.js';
import { listValues, parseMetric } from '../../filters.js';
import { outputFormat, parsePositiveInt } from '../../options.js';
import type { FormatFlags } from '../../render/format.js';
import { render, type Column } from '../../render/render.js';

export interface SearchFlags extends FormatFlags {
  readonly limit?: string;
  readonly raw?: boolean;
  readonly metric?: readonly string[];
  readonly hardware?: readonly string[];
  readonly technique?: readonly string[];
}

const COLUMNS: readonly Column<SearchHit>[] = [
  { header: 'ID', text: (hit) => String(hit.id), align: 'right', style: (text, _hit, theme) => theme.muted(text) },
  { header: 'PAPER', text: (hit) => hit.short_name, max: 30, style: (text, _hit, theme) => theme.accent(text) },
  { header: 'CLAIMS', text: (hit) => String(hit.claims), align: 'right' },
  { header: 'SNIPPET', text: (hit) => hit.snippet, flex: true },
];

export const SEARCH_FIELDS = ['id', 'short_name', 'title', 'claims', 'tags', 'snippet', 'score'] as const;

export async function runSearch(terms: readonly string[], flags: SearchFlags, ctx: CommandContext): Promise<void> {
  const format = outputFormat(flags, ctx.io.isTTY);
  const limit = parsePositiveInt('--limit', flags.limit, 10);
  const filters = parseStaticFilters(flags);
  const hardware = listValues(flags.hardware);
  const db = await ctx.openCatalog();
  if (hardware.length > 0) filters.hardware = hardware.map((value) => checkHardware(db, value));
  const result = searchPapers(db, { terms, limit, raw: flags.raw === true, filters });
  const described = `"${terms.join(' ')}"${describeFilters(filters)}`;
  if (result.total === 0) ctx.io.stderr.write(`effcat: no papers match ${described}\n`);
  render(ctx.io, format, {
    rows: result.hits,
    columns: COLUMNS,
    fields: SEARCH_FIELDS,
    noun: 'papers',
    total: result.total,
    context: `matching ${described}`,
    record: (hit) => ({
      id: hit.id,
      short_name: hit.short_name,
      title: hit.title,
      claims: hit.claims,
      tags: hit.tags,
      snippet: hit.snippet.replace(/[\u0002\u0003]/g, ''),
      score: Number(hit.score.toFixed(4)),
    }),
  });
}

type MutableFilters = { -readonly [K in keyof SearchFilters]: SearchFilters[K] };

/** --metric and --technique, validated before the catalog is opened (cli/filters.ts spells metrics). */
function parseStaticFilters(flags: SearchFlags): MutableFilters {
  const filters: MutableFilters = {};
  const metrics = listValues(flags.metric).map(parseMetric);
  if (metrics.length > 0) filters.metrics = [...new Set(metrics)];
  const techniques = listValues(flags.technique).map((name) => {
    const tag = resolveTechnique(name);
    if (tag === undefined) throw unknownValue('technique', name, TECHNIQUE_TAGS);
    return tag;
  });
  if (techniques.length > 0) filters.techniques = [...new Set(techniques)];
  return filters;
}

/**
 * A class, or a device or vendor that some paper of the catalog claims or names. Search
 * accepts more than `claims --hardware` does: a paper that names a device in its abstract is
 * on it, even without a claim measured there.
 */
function checkHardware(db: Db, value: string): string {
  if (isHardwareClass(value)) return value.toLowerCase();
  if (countHardwarePapers(db, value) > 0) return value;
  const devices = knownDevices(db);
  const suggestion = closest(value, [...HARDWARE_CLASSES, ...devices]);
  const named = devices.length > 0 ? ` (${devices.slice(0, 6).join(', ')}${devices.length > 6 ? ', ...' : ''})` : '';
  return failHardware(value, named, suggestion);
}

function failHardware(value: string, named: string, suggestion: string | undefined): never {
  throw new UsageError(
    `unknown hardware "${value}": expected one of ${HARDWARE_CLASSES.join(', ')}, or a device or vendor the catalog names${named}`,
    suggestion ? `did you mean "${suggestion}"?` : 'effcat stats lists the devices the catalog names',
  );
}

function describeFilters(filters: SearchFilters): string {
  const parts = [
    ...(filters.metrics ?? []).map((metric) => `--metric ${metric}`),
    ...(filters.hardware ?? []).map((hardware) => `--hardware ${hardware}`),
    ...(filters.techniques ?? []).map((technique) => `--technique ${technique}`),
  ];
  return parts.length > 0 ? ` with ${parts.join(' ')}` : '';
}

/** `effcat compare METRIC`: claims side by side, best first, grouped, with bars and summaries. */
import { UsageError, unknownValue } from '../../../errors.js';
import { CLAIM_FIELDS } from '../../../query/claims.js';
import { COMPARE_GROUPINGS, compareClaims, type ComparedClaim, type CompareGrouping, type Comparison } from '../../../query/compare.js';
import type { CommandContext } from '../../context.js';
import { parseFilters, parseMetric, type FilterFlags } from '../../filters.js';
import { outputFormat } from '../../options.js';
import { logAxisStart, logScale, rangeBar, type Scale } from '../../render/bars.js';
import type { FormatFlags } from '../../render/format.js';
import { render, type Column } from '../../render/render.js';
import { claimColumns, formatMeasure, hasUpTo, UP_TO_LEGEND } from '../claims/columns.js';

export type CompareFlags = FormatFlags & Omit<FilterFlags, 'metric' | 'sort'> & { readonly by?: string };

export const COMPARE_FIELDS = ['group', 'measure', 'measure_low', ...CLAIM_FIELDS] as const;

const GROUPING_ALIASES: Readonly<Record<string, CompareGrouping>> = {
  hardware: 'hardware_class',
  'hardware-class': 'hardware_class',
  class: 'hardware_class',
  techniques: 'technique',
  tag: 'technique',
  tags: 'technique',
  baselines: 'baseline',
  phases: 'phase',
};

export function parseGrouping(value: string | undefined): CompareGrouping | undefined {
  if (value === undefined) return undefined;
  const folded = value.trim().toLowerCase();
  const found = COMPARE_GROUPINGS.find((grouping) => grouping === folded) ?? GROUPING_ALIASES[folded];
  if (found === undefined) throw unknownValue('grouping', value, COMPARE_GROUPINGS);
  return found;
}

const BAR_WIDTH = 30;
/** The bars are the point of compare: other columns are cut before they go below this. */
const BAR_MIN_WIDTH = 16;

export async function runCompare(metricName: string, flags: CompareFlags, ctx: CommandContext): Promise<void> {
  const format = outputFormat(flags, ctx.io.isTTY);
  const metric = parseMetric(metricName);
  const by = parseGrouping(flags.by);
  const { filters, limit } = await parseFilters(flags, ctx.openCatalog);
  if (filters.units && filters.units.length > 1) {
    throw new UsageError(`compare puts one unit on one axis; got --unit ${filters.units.join(', ')}`, 'give one --unit to compare absolute values');
  }
  const comparison = compareClaims(await ctx.openCatalog(), { ...filters, metric, ...(by && { by }), ...(limit !== undefined && { limit }) });
  noteLeftOut(comparison, ctx);
  if (comparison.total === 0) ctx.io.stderr.write(`effcat: no ${metric} claims to compare\n`);
  const scale = axis(comparison);
  const byValue = comparison.measure === 'value';
  const column = claimColumns<ComparedClaim>();
  const columns: Column<ComparedClaim>[] = [
    ...(by ? [{ header: by.toUpperCase(), text: (claim: ComparedClaim) => claim.group ?? '', only: 'tsv' as const }] : []),
    column.paper,
    column.value,
    ...(byValue ? [] : [column.factor]),
    {
      header: byValue ? `${comparison.unit} (log)` : 'FACTOR (log)',
      text: () => '',
      only: 'table',
      min: BAR_MIN_WIDTH,
      draw: {
        natural: BAR_WIDTH,
        cell: (claim, width, theme) => {
          // Solid to the smaller end, faint on to the larger: the faint part is the spread of a range.
          const low = Math.min(claim.measure, claim.measure_low);
          const high = Math.max(claim.measure, claim.measure_low);
          const { solid, faint } = rangeBar(scale.fraction(low), scale.fraction(high), width);
          return theme.bar(solid) + theme.barFaint(faint);
        },
      },
    },
    column.baseline,
    column.hardware,
  ];
  const summaries = new Map(comparison.groups.map((group) => [group.group, group]));
  const record = (claim: ComparedClaim): Record<string, unknown> => Object.fromEntries(COMPARE_FIELDS.map((field) => [field, claim[field]]));
  render(ctx.io, format, {
    rows: comparison.claims,
    columns,
    fields: COMPARE_FIELDS,
    noun: `${metric} claims`,
    total: comparison.total,
    context: [by ? `by ${by}` : '', byValue ? `in ${comparison.unit}, ${comparison.better} is better` : ''].filter(Boolean).join(', '),
    record,
    document: () => ({
      metric: comparison.metric,
      by: comparison.by,
      measure: comparison.measure,
      unit: comparison.unit,
      better: comparison.better,
      claims: comparison.claims.map(record),
      groups: comparison.groups,
      left_out: comparison.left_out,
    }),
    sections: {
      key: (claim) => claim.group ?? 'all',
      heading: (key) => {
        const summary = summaries.get(key);
        if (!summary) return key;
        const show = (n: number | null): string => (n === null ? 'n/a' : formatMeasure(n, comparison.unit));
        return [
          key,
          `${summary.count} ${summary.count === 1 ? 'claim' : 'claims'}`,
          `median ${show(summary.median)}`,
          `min ${show(summary.min)}`,
          `max ${show(summary.max)}`,
          `geomean ${show(summary.geomean)}`,
        ].join(' · ');
      },
    },
    footer: (rows) => [
      `bars: log scale from ${formatMeasure(scale.min, comparison.unit)} to ${formatMeasure(scale.max, comparison.unit)}` +
        (rows.some((claim) => claim.measure !== claim.measure_low) ? '; ░ spans a range' : ''),
      ...(hasUpTo(rows) && !byValue ? [UP_TO_LEGEND] : []),
    ],
  });
}

/** One axis for every group, so bars compare across groups; a factor axis starts at 1x (no gain). */
function axis(comparison: Comparison): Scale {
  const ends = comparison.claims.flatMap((claim) => [claim.measure, claim.measure_low]).filter((n) => n > 0);
  const smallest = Math.min(...ends);
  const largest = Math.max(...ends);
  const start = comparison.measure === 'factor' ? Math.min(1, smallest) : logAxisStart(smallest);
  return logScale(start, Math.max(largest, start * 2));
}

function noteLeftOut(comparison: Comparison, ctx: CommandContext): void {
  if (comparison.left_out.length === 0) return;
  const count = comparison.left_out.reduce((sum, entry) => sum + entry.count, 0);
  const units = comparison.left_out.map((entry) => `${entry.count} in ${entry.unit}`).join(', ');
  const first = comparison.left_out[0]?.unit ?? '';
  ctx.io.stderr.write(
    `effcat: note: ${count} absolute ${comparison.metric} ${count === 1 ? 'claim has' : 'claims have'} no factor and ${count === 1 ? 'is' : 'are'} left out (${units}); compare them with --unit ${first}\n`,
  );
}

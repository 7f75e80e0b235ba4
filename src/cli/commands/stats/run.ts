/** `effcat stats`: papers, claims and how they spread over metrics, hardware and techniques. */
import { catalogStats, type CatalogStats } from '../../../query/stats.js';
import type { CommandContext } from '../../context.js';
import { outputFormat } from '../../options.js';
import { bar, linearScale } from '../../render/bars.js';
import type { FormatFlags } from '../../render/format.js';
import { render, type Column } from '../../render/render.js';

interface StatRow {
  readonly group: string;
  readonly name: string;
  readonly count: number;
}

/** Chart sections on a terminal: what each group counts, and out of how many. */
const CHARTS: Readonly<Record<string, { readonly title: string; readonly of: (stats: CatalogStats) => number }>> = {
  metric: { title: 'claims by metric', of: (stats) => stats.claims },
  hardware_class: { title: 'claims by hardware class', of: (stats) => stats.claims },
  technique: { title: 'papers by technique (a paper may have several)', of: (stats) => stats.papers },
  device: { title: 'claims by device', of: (stats) => stats.claims },
};

const BAR_WIDTH = 30;
/** Devices are a long tail: a terminal shows the most claimed; the data formats give them all. */
const DEVICES_ON_SCREEN = 12;

function statRows(stats: CatalogStats): StatRow[] {
  return [
    { group: 'total', name: 'papers', count: stats.papers },
    { group: 'total', name: 'claims', count: stats.claims },
    { group: 'total', name: 'papers with claims', count: stats.papers_with_claims },
    ...stats.by_metric.map((c) => ({ group: 'metric', name: c.name, count: c.count })),
    ...stats.by_hardware_class.map((c) => ({ group: 'hardware_class', name: c.name, count: c.count })),
    ...stats.by_technique.map((c) => ({ group: 'technique', name: c.name, count: c.count })),
    ...stats.by_device.map((c) => ({ group: 'device', name: c.name, count: c.count })),
  ];
}

/** The chart rows a terminal shows: no totals (they are the summary line), the top devices. */
function onScreen(rows: readonly StatRow[]): StatRow[] {
  let devices = 0;
  return rows.filter((row) => row.group !== 'total' && (row.group !== 'device' || devices++ < DEVICES_ON_SCREEN));
}

export async function runStats(flags: FormatFlags, ctx: CommandContext): Promise<void> {
  const format = outputFormat(flags, ctx.io.isTTY);
  const stats = catalogStats(await ctx.openCatalog());
  const rows = statRows(stats);
  // The totals head the terminal view as its summary line; the charts are the groups.
  const charted = format === 'table' ? onScreen(rows) : rows;
  const largest = new Map<string, number>();
  for (const row of charted) largest.set(row.group, Math.max(largest.get(row.group) ?? 0, row.count));
  const columns: Column<StatRow>[] = [
    { header: 'GROUP', text: (row) => row.group, only: 'tsv' },
    { header: 'NAME', text: (row) => row.name },
    { header: 'COUNT', text: (row) => String(row.count), align: 'right' },
    {
      header: 'SHARE',
      text: (row) => {
        const of = CHARTS[row.group]?.of(stats) ?? 0;
        return of > 0 ? `${Math.round((100 * row.count) / of)}%` : '';
      },
      align: 'right',
      only: 'table',
      style: (text, _row, theme) => theme.muted(text),
    },
    {
      header: '',
      text: () => '',
      only: 'table',
      draw: {
        natural: BAR_WIDTH,
        cell: (row, width, theme) => theme.bar(bar(linearScale(largest.get(row.group) ?? 0).fraction(row.count), width)),
      },
    },
  ];
  render(ctx.io, format, {
    rows: charted,
    noun: 'counts',
    fields: ['group', 'name', 'count'],
    record: (row) => ({ ...row }),
    document: () => stats,
    summary: `${stats.papers} papers · ${stats.claims} claims · ${stats.papers_with_claims} papers with claims`,
    sections: {
      key: (row) => row.group,
      heading: (group) => {
        const title = CHARTS[group]?.title ?? group;
        const devices = stats.by_device.length;
        return group === 'device' && devices > DEVICES_ON_SCREEN ? `${title} (top ${DEVICES_ON_SCREEN} of ${devices})` : title;
      },
    },
    columns,
  });
}

/** `effcat stats`: papers, claims and how they spread over metrics, hardware and techniques. */
import { catalogStats, type CatalogStats } from '../../../query/stats.js';
import type { CommandContext } from '../../context.js';
import { outputFormat } from '../../options.js';
import type { FormatFlags } from '../../render/format.js';
import { render } from '../../render/render.js';

interface StatRow {
  readonly group: string;
  readonly name: string;
  readonly count: number;
}

function statRows(stats: CatalogStats): StatRow[] {
  return [
    { group: 'total', name: 'papers', count: stats.papers },
    { group: 'total', name: 'claims', count: stats.claims },
    { group: 'total', name: 'papers with claims', count: stats.papers_with_claims },
    ...stats.by_metric.map((c) => ({ group: 'metric', ...c })),
    ...stats.by_hardware_class.map((c) => ({ group: 'hardware_class', ...c })),
    ...stats.by_technique.map((c) => ({ group: 'technique', ...c })),
  ];
}

export async function runStats(flags: FormatFlags, ctx: CommandContext): Promise<void> {
  const format = outputFormat(flags, ctx.io.isTTY);
  const stats = catalogStats(await ctx.openCatalog());
  if (format === 'json') {
    ctx.io.stdout.write(`${JSON.stringify(stats, null, 2)}\n`);
    return;
  }
  const rows = statRows(stats);
  render(ctx.io, format, {
    rows,
    noun: 'counts',
    fields: ['group', 'name', 'count'],
    record: (row) => ({ ...row }),
    columns: [
      { header: 'GROUP', text: (row) => row.group, style: (text, _row, theme) => theme.muted(text) },
      { header: 'NAME', text: (row) => row.name },
      { header: 'COUNT', text: (row) => String(row.count), align: 'right' },
    ],
  });
}

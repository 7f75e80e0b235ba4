/** `effcat rank METRIC`: one row per paper, best first; absolute values ranked within their unit. */
import { CLAIM_FIELDS } from '../../../query/claims.js';
import { FACTOR_SECTION, rankPapers, type RankedClaim } from '../../../query/rank.js';
import type { CommandContext } from '../../context.js';
import { parseFilters, parseMetric, type FilterFlags } from '../../filters.js';
import { outputFormat } from '../../options.js';
import type { FormatFlags } from '../../render/format.js';
import { render, type Column } from '../../render/render.js';
import { claimColumns, hasUpTo, UP_TO_LEGEND } from '../claims/columns.js';

export type RankFlags = FormatFlags & Omit<FilterFlags, 'metric' | 'sort'>;

export const RANK_FIELDS = ['rank', 'ranked_by', 'rank_value', 'better', 'paper_claims', ...CLAIM_FIELDS] as const;

const column = claimColumns<RankedClaim>();
const COLUMNS: readonly Column<RankedClaim>[] = [
  { header: '#', text: (row) => String(row.rank), align: 'right', style: (text, _row, theme) => theme.muted(text) },
  // On a terminal the section heading says what a row is ranked by; piped, each row does.
  { header: 'RANKED BY', text: (row) => row.ranked_by, only: 'tsv' },
  column.paper,
  column.value,
  column.factor,
  column.baseline,
  column.hardware,
  column.evidence,
];

const sectionKey = (row: RankedClaim): string => `${row.ranked_by}\u0000${row.better}`;

export async function runRank(metricName: string, flags: RankFlags, ctx: CommandContext): Promise<void> {
  const format = outputFormat(flags, ctx.io.isTTY);
  const metric = parseMetric(metricName);
  const { filters, limit } = await parseFilters(flags, ctx.openCatalog);
  const sections = rankPapers(await ctx.openCatalog(), { ...filters, metric, ...(limit !== undefined && { limit }) });
  const rows = sections.flatMap((section) => section.rows);
  const total = sections.reduce((sum, section) => sum + section.total, 0);
  if (total === 0) ctx.io.stderr.write(`effcat: no ${metric} claims match\n`);
  render(ctx.io, format, {
    rows,
    columns: COLUMNS,
    fields: RANK_FIELDS,
    noun: sections.length > 1 ? 'entries' : 'papers',
    total,
    context: `ranked by ${metric}${sections.length > 1 ? ` (a paper has one entry per ranking)` : ''}`,
    record: (row) => Object.fromEntries(RANK_FIELDS.map((field) => [field, row[field]])),
    sections: {
      key: sectionKey,
      heading: (key) => {
        const [rankedBy = '', better = ''] = key.split('\u0000');
        const section = sections.find((s) => s.ranked_by === rankedBy && s.better === better);
        const count = `${section?.total ?? 0} ${section?.total === 1 ? 'paper' : 'papers'}`;
        return rankedBy === FACTOR_SECTION
          ? `${metric} as a factor (times better), best first · ${count}`
          : `${metric} in ${rankedBy}, ${better} is better · ${count}`;
      },
    },
    footer: (shown) => (hasUpTo(shown) ? [UP_TO_LEGEND] : []),
  });
}

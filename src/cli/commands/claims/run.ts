/** `effcat claims`: the claims, filtered and sorted; every CLAIMS.md field in the data formats. */
import { CLAIM_FIELDS, queryClaims, type ClaimRecord } from '../../../query/claims.js';
import type { CommandContext } from '../../context.js';
import { parseFilters, type FilterFlags } from '../../filters.js';
import { outputFormat } from '../../options.js';
import type { FormatFlags } from '../../render/format.js';
import { render } from '../../render/render.js';
import { claimColumns, hasUpTo, UP_TO_LEGEND } from './columns.js';

export interface ClaimsFlags extends FormatFlags, FilterFlags {
  /** A paper to re-extract and explain (see explain.ts). */
  readonly explain?: string;
}

export { formatValue } from './columns.js';

const column = claimColumns<ClaimRecord>();
const COLUMNS = [
  column.paper,
  column.metric,
  column.value,
  column.factor,
  column.direction,
  column.baseline,
  column.hardware,
  column.evidence,
];

export async function runClaims(flags: ClaimsFlags, ctx: CommandContext): Promise<void> {
  const format = outputFormat(flags, ctx.io.isTTY);
  if (flags.explain !== undefined) {
    const { runExplain } = await import('./explain.js');
    await runExplain(flags.explain, flags, format, ctx);
    return;
  }
  const { filters, sort, limit } = await parseFilters(flags, ctx.openCatalog);
  const db = await ctx.openCatalog();
  const result = queryClaims(db, { ...filters, ...(sort && { sort }), ...(limit !== undefined && { limit }) });
  if (result.total === 0) ctx.io.stderr.write('effcat: no claims match\n');
  render(ctx.io, format, {
    rows: result.claims,
    columns: COLUMNS,
    fields: CLAIM_FIELDS,
    noun: 'claims',
    total: result.total,
    record: (claim) => ({ ...claim }),
    footer: (rows) => (hasUpTo(rows) ? [UP_TO_LEGEND] : []),
  });
}

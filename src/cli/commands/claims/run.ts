/** `effcat claims`: the claims, filtered; every CLAIMS.md field in the data formats. */
import { CLAIM_FIELDS, queryClaims, type ClaimRecord } from '../../../query/claims.js';
import { METRICS } from '../../../extract/types.js';
import { unknownValue } from '../../../errors.js';
import type { CommandContext } from '../../context.js';
import { outputFormat, parsePositiveInt } from '../../options.js';
import type { FormatFlags } from '../../render/format.js';
import { render, type Column } from '../../render/render.js';

export interface ClaimsFlags extends FormatFlags {
  readonly metric?: readonly string[];
  readonly limit?: string;
}

export function formatValue(claim: Pick<ClaimRecord, 'value' | 'value_max' | 'unit' | 'qualifier'>): string {
  const number = (n: number): string => (Number.isInteger(n) ? String(n) : String(Number(n.toPrecision(6))));
  const range = claim.value_max !== null ? `${number(claim.value)}–${number(claim.value_max)}` : number(claim.value);
  const unit = claim.unit === 'x' || claim.unit === '%' || claim.unit === '%of' ? claim.unit : ` ${claim.unit}`;
  return `${claim.qualifier ? `${claim.qualifier} ` : ''}${range}${unit}`;
}

const COLUMNS: readonly Column<ClaimRecord>[] = [
  { header: 'PAPER', text: (c) => c.short_name, style: (text, _c, theme) => theme.accent(text) },
  { header: 'METRIC', text: (c) => c.metric },
  { header: 'VALUE', text: formatValue, align: 'right', style: (text, _c, theme) => theme.number(text) },
  { header: 'DIR', text: (c) => (c.direction === 'up' ? '↑' : c.direction === 'down' ? '↓' : '') },
  { header: 'BASELINE', text: (c) => c.baseline ?? '' },
  { header: 'HARDWARE', text: (c) => c.hardware ?? c.hardware_class ?? '' },
  { header: 'EVIDENCE', text: (c) => c.evidence, flex: true },
];

export async function runClaims(flags: ClaimsFlags, ctx: CommandContext): Promise<void> {
  const format = outputFormat(flags, ctx.io.isTTY);
  const metrics = (flags.metric ?? []).flatMap((m) => m.split(',')).map((m) => m.trim().toLowerCase()).filter(Boolean);
  for (const metric of metrics) {
    if (!(METRICS as readonly string[]).includes(metric)) throw unknownValue('metric', metric, METRICS);
  }
  const limit = flags.limit === undefined ? undefined : parsePositiveInt('--limit', flags.limit, 0);
  const db = await ctx.openCatalog();
  const result = queryClaims(db, { metrics, ...(limit !== undefined ? { limit } : {}) });
  if (result.total === 0) ctx.io.stderr.write('effcat: no claims match\n');
  render(ctx.io, format, {
    rows: result.claims,
    columns: COLUMNS,
    fields: CLAIM_FIELDS,
    noun: 'claims',
    total: result.total,
    record: (claim) => ({ ...claim }),
  });
}

/**
 * `effcat claims --explain PAPER`: the extractor re-run on one stored abstract, showing every
 * candidate number it considered: the claims it kept and the ones a filter dropped, with why.
 * The extractor is imported here only, so listing claims never pays for it.
 */
import { NotFoundError, UsageError } from '../../../errors.js';
import type { ClaimDraft, DroppedCandidate } from '../../../extract/types.js';
import { paperDetail } from '../../../query/papers.js';
import { readMeta } from '../../../store/catalog.js';
import { EXTRACTOR_VERSION } from '../../../version.js';
import type { CommandContext } from '../../context.js';
import { resolvePaperId, type FilterFlags } from '../../filters.js';
import type { OutputFormat } from '../../render/format.js';
import { render, type Column } from '../../render/render.js';
import { formatValue } from './columns.js';

export interface ExplainRow {
  readonly status: 'kept' | 'dropped';
  readonly span_start: number;
  readonly span_end: number;
  /** The evidence of a kept claim, or the text of a dropped candidate. */
  readonly text: string;
  readonly claim: ClaimDraft | null;
  readonly dropped: DroppedCandidate | null;
}

/** The claim fields a kept candidate carries (null for a dropped one), as in `effcat claims`. */
const DRAFT_FIELDS = [
  'metric', 'value', 'value_max', 'unit', 'direction', 'qualifier', 'baseline', 'hardware', 'hardware_class',
  'phase', 'subject', 'factor', 'factor_max', 'parser',
] as const satisfies readonly (keyof ClaimDraft)[];

export const EXPLAIN_FIELDS = ['status', 'paper_id', 'span_start', 'span_end', 'text', ...DRAFT_FIELDS, 'filter', 'reason'] as const;

const COLUMNS: readonly Column<ExplainRow>[] = [
  { header: 'AT', text: (row) => String(row.span_start), align: 'right', style: (text, _row, theme) => theme.muted(text) },
  {
    header: 'STATUS',
    text: (row) => row.status,
    style: (text, row, theme) => (row.status === 'kept' ? theme.good(text) : theme.bad(text)),
  },
  { header: 'CANDIDATE', text: (row) => row.text, flex: true },
  { header: 'METRIC', text: (row) => row.claim?.metric ?? '' },
  { header: 'CLAIM', text: (row) => (row.claim ? formatValue(row.claim) : ''), align: 'right' },
  { header: 'BY', text: (row) => row.claim?.parser ?? row.dropped?.filter ?? '' },
  { header: 'REASON', text: (row) => row.dropped?.reason ?? '', flex: true },
];

/** Filters make no sense here: --explain shows everything the extractor saw in one paper. */
const FILTER_FLAGS: readonly (keyof FilterFlags)[] = [
  'metric', 'hardware', 'technique', 'paper', 'baseline', 'phase', 'qualifier', 'unit', 'min', 'max', 'sort', 'limit',
];

export async function runExplain(reference: string, flags: FilterFlags, format: OutputFormat, ctx: CommandContext): Promise<void> {
  const used = FILTER_FLAGS.filter((flag) => flags[flag] !== undefined);
  if (used.length > 0) {
    throw new UsageError(`--explain shows every candidate of one paper; it takes no --${used.join(', --')}`);
  }
  const db = await ctx.openCatalog();
  const paper = paperDetail(db, resolvePaperId(db, reference, (id) => `--explain ${id}`));
  if (!paper) throw new NotFoundError(`no paper matches "${reference}"`);
  const builtBy = readMeta(db).extractor_version;
  if (builtBy !== null && builtBy !== EXTRACTOR_VERSION) {
    ctx.io.stderr.write(
      `effcat: note: the catalog was built by extractor ${builtBy}; this runs ${EXTRACTOR_VERSION}, so it may differ from the stored claims\n`,
    );
  }
  const { extract } = await import('../../../extract/index.js');
  const extraction = extract({ abstract: paper.abstract, title: paper.title });
  const rows: ExplainRow[] = [
    ...extraction.claims.map((claim) => ({
      status: 'kept' as const,
      span_start: claim.span_start,
      span_end: claim.span_end,
      text: claim.evidence,
      claim,
      dropped: null,
    })),
    ...extraction.dropped.map((dropped) => ({
      status: 'dropped' as const,
      span_start: dropped.span_start,
      span_end: dropped.span_end,
      text: dropped.text,
      claim: null,
      dropped,
    })),
  ].sort((a, b) => a.span_start - b.span_start || Number(a.status === 'dropped') - Number(b.status === 'dropped'));
  if (rows.length === 0) ctx.io.stderr.write(`effcat: the extractor finds no candidate numbers in ${paper.short_name}\n`);
  render(ctx.io, format, {
    rows,
    columns: COLUMNS,
    fields: EXPLAIN_FIELDS,
    noun: 'candidates',
    summary: `${rows.length} candidates in ${paper.short_name} (paper ${paper.id}): ${extraction.claims.length} kept, ${extraction.dropped.length} dropped`,
    record: (row) => ({
      status: row.status,
      paper_id: paper.id,
      span_start: row.span_start,
      span_end: row.span_end,
      text: row.text,
      ...Object.fromEntries(DRAFT_FIELDS.map((field) => [field, row.claim?.[field] ?? null])),
      filter: row.dropped?.filter ?? null,
      reason: row.dropped?.reason ?? null,
    }),
  });
}

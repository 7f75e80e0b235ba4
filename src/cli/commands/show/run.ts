/** `effcat show PAPER`: the paper, its abstract with the evidence of every claim marked, and its claims. */
import { NotFoundError } from '../../../errors.js';
import { CLAIM_FIELDS, queryClaims, type ClaimRecord } from '../../../query/claims.js';
import { MARK_END, MARK_START } from '../../../query/marks.js';
import { paperDetail, type PaperDetail } from '../../../query/papers.js';
import type { CommandContext } from '../../context.js';
import { resolvePaperId } from '../../filters.js';
import { outputFormat } from '../../options.js';
import type { FormatFlags } from '../../render/format.js';
import { render, type View } from '../../render/render.js';
import { oneLine, truncate, wrap } from '../../render/text.js';
import { claimColumns, hasUpTo, UP_TO_LEGEND } from '../claims/columns.js';

const column = claimColumns<ClaimRecord>();
const COLUMNS = [column.metric, column.value, column.factor, column.direction, column.baseline, column.hardware, column.phase, column.evidence];

/** Shown around evidence when there is no colour to show it with. */
const PLAIN_MARKS = ['«', '»'] as const;
const INDENT = '  ';

export async function runShow(reference: string, flags: FormatFlags, ctx: CommandContext): Promise<void> {
  const format = outputFormat(flags, ctx.io.isTTY);
  const db = await ctx.openCatalog();
  const paper = paperDetail(db, resolvePaperId(db, reference, (id) => `effcat show ${id}`));
  if (!paper) throw new NotFoundError(`no paper matches "${reference}"`);
  const { claims } = queryClaims(db, { paperIds: [paper.id] });
  if (claims.length === 0) ctx.io.stderr.write(`effcat: no claims extracted from ${paper.short_name}\n`);
  render(ctx.io, format, {
    rows: claims,
    columns: COLUMNS,
    fields: CLAIM_FIELDS,
    noun: 'claims',
    context: `of ${paper.short_name}`,
    record: (claim) => ({ ...claim }),
    preamble: (view) => (view.format === 'table' ? paperBlock(paper, claims, view) : paperFields(paper)),
    document: () => ({
      id: paper.id,
      short_name: paper.short_name,
      title: paper.title,
      display_title: paper.display_title,
      tags: paper.tags,
      hardware: paper.hardware,
      source: paper.source,
      source_line: paper.source_line,
      external_id: paper.external_id,
      url: paper.url,
      date: paper.date,
      abstract: paper.abstract,
      claims: claims.map((claim) => ({ ...claim })),
    }),
    footer: (rows) => (hasUpTo(rows) ? [UP_TO_LEGEND] : []),
  });
}

function metadata(paper: PaperDetail): [string, string][] {
  const hardware = paper.hardware.map((device) =>
    device.name === device.class ? device.name : `${device.name} (${[device.class, device.vendor].filter(Boolean).join(', ')})`,
  );
  const rows: [string, string | null][] = [
    ['id', String(paper.id)],
    ['tags', paper.tags.join(', ') || null],
    ['hardware', hardware.join(', ') || null],
    ['source', paper.source_line === null ? paper.source : `${paper.source}:${paper.source_line}`],
    ['url', paper.url],
    ['date', paper.date],
  ];
  return rows.filter((row): row is [string, string] => row[1] !== null);
}

/** For a terminal: names, fields, and the abstract wrapped to the width with evidence marked. */
function paperBlock(paper: PaperDetail, claims: readonly ClaimRecord[], view: View): string {
  const { theme, width } = view;
  const lines: string[] = [theme.header(theme.accent(truncate(paper.short_name, width)))];
  if (paper.display_title !== paper.short_name) lines.push(...wrap(paper.display_title, width));
  const label = Math.max(...metadata(paper).map(([name]) => name.length)) + 2;
  for (const [name, value] of metadata(paper)) {
    lines.push(theme.muted(name.padEnd(label)) + truncate(oneLine(value), Math.max(1, width - label)));
  }
  const marked = markEvidence(paper.abstract, claims);
  const visible = theme.chalk.level > 0 ? marked : marked.replaceAll(MARK_START, PLAIN_MARKS[0]).replaceAll(MARK_END, PLAIN_MARKS[1]);
  lines.push('', ...wrap(visible, width - INDENT.length).map((line) => INDENT + theme.highlight(line)), '', '');
  return lines.join('\n');
}

/** Piped (gh's `view` style): "field<TAB>value" lines, then the abstract between "--" lines. */
function paperFields(paper: PaperDetail): string {
  const fields: [string, string][] = [
    ['short_name', paper.short_name],
    ['title', paper.display_title],
    ...metadata(paper).map(([name, value]): [string, string] => [name, name === 'tags' ? paper.tags.join(',') : value]),
  ];
  return `${fields.map(([name, value]) => `${name}\t${oneLine(value)}`).join('\n')}\n--\n${oneLine(paper.abstract)}\n--\n`;
}

/**
 * The abstract with highlight markers around each claim's evidence (by its span offsets).
 * Overlapping spans merge into one mark; spans that do not fit the text are skipped.
 */
export function markEvidence(abstract: string, claims: readonly Pick<ClaimRecord, 'span_start' | 'span_end'>[]): string {
  const spans = claims
    .filter((claim) => claim.span_start >= 0 && claim.span_end <= abstract.length && claim.span_start < claim.span_end)
    .map((claim) => [claim.span_start, claim.span_end] as [number, number])
    .sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const span of spans) {
    const last = merged.at(-1);
    if (last && span[0] <= last[1]) last[1] = Math.max(last[1], span[1]);
    else merged.push([...span]);
  }
  let out = '';
  let at = 0;
  for (const [start, end] of merged) {
    out += abstract.slice(at, start) + MARK_START + abstract.slice(start, end) + MARK_END;
    at = end;
  }
  return out + abstract.slice(at);
}

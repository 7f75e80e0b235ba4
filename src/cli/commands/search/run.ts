/** `effcat search TERMS...`: papers matching all terms, best first. */
import { searchPapers, type SearchHit } from '../../../query/search.js';
import type { CommandContext } from '../../context.js';
import { outputFormat, parsePositiveInt } from '../../options.js';
import type { FormatFlags } from '../../render/format.js';
import { render, type Column } from '../../render/render.js';

export interface SearchFlags extends FormatFlags {
  readonly limit?: string;
  readonly raw?: boolean;
}

const COLUMNS: readonly Column<SearchHit>[] = [
  { header: 'ID', text: (hit) => String(hit.id), align: 'right', style: (text, _hit, theme) => theme.muted(text) },
  { header: 'PAPER', text: (hit) => hit.short_name, style: (text, _hit, theme) => theme.accent(text) },
  { header: 'CLAIMS', text: (hit) => String(hit.claims), align: 'right' },
  { header: 'SNIPPET', text: (hit) => hit.snippet, flex: true },
];

export const SEARCH_FIELDS = ['id', 'short_name', 'title', 'claims', 'tags', 'snippet', 'score'] as const;

export async function runSearch(terms: readonly string[], flags: SearchFlags, ctx: CommandContext): Promise<void> {
  const format = outputFormat(flags, ctx.io.isTTY);
  const limit = parsePositiveInt('--limit', flags.limit, 10);
  const db = await ctx.openCatalog();
  const result = searchPapers(db, { terms, limit, raw: flags.raw === true });
  if (result.total === 0) ctx.io.stderr.write(`effcat: no papers match "${terms.join(' ')}"\n`);
  render(ctx.io, format, {
    rows: result.hits,
    columns: COLUMNS,
    fields: SEARCH_FIELDS,
    noun: 'papers',
    total: result.total,
    context: `matching "${terms.join(' ')}"`,
    record: (hit) => ({
      id: hit.id,
      short_name: hit.short_name,
      title: hit.title,
      claims: hit.claims,
      tags: hit.tags,
      snippet: hit.snippet.replace(/[\u0002\u0003]/g, ''),
      score: Number((-hit.score).toFixed(4)),
    }),
  });
}

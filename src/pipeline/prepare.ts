/**
 * Turns source papers into catalog papers: extracted claims, technique tags, display names
 * and the vocabulary keywords the search index adds. Pure, so the store stays a store.
 */
import { extract } from '../extract/index.js';
import type { ClaimDraft, HardwareEntity } from '../extract/types.js';
import { findHardwareMentions } from '../lexicon/hardware.js';
import { tagTechniques } from '../lexicon/techniques.js';
import { displayTitle, shortName } from '../source/names.js';
import type { SourcePaper } from '../source/types.js';
import type { CatalogPaper } from '../store/types.js';

export function preparePaper(paper: SourcePaper): CatalogPaper {
  const claims = extract({ abstract: paper.abstract, title: paper.title }).claims;
  const tags = tagTechniques(paper.title, paper.abstract);
  const keywords = paperKeywords(tags, claims, `${paper.title}\n${paper.abstract}`);
  return {
    source: paper.source,
    external_id: paper.external_id,
    title: paper.title,
    display_title: displayTitle(paper.title),
    short_name: shortName(paper.title),
    abstract: paper.abstract,
    url: paper.url,
    date: paper.date,
    source_line: paper.line,
    keywords,
    tags,
    claims,
  };
}

/**
 * Words a paper is about that its text may not write, indexed for search beside title and
 * abstract: its technique tags, and the class, name and vendor of every device its claims
 * or its text name ("A100" adds gpu and NVIDIA; "Jetson Nano" adds edge), so `effcat search
 * gpu` and `--hardware nvidia` find it. Each word once, in order of first appearance.
 */
export function paperKeywords(tags: readonly string[], claims: readonly ClaimDraft[], text: string): string {
  const words = new Map<string, string>();
  const add = (word: string | null | undefined): void => {
    const trimmed = word?.trim();
    if (trimmed && !words.has(trimmed.toLowerCase())) words.set(trimmed.toLowerCase(), trimmed);
  };
  const addEntity = (entity: HardwareEntity): void => {
    add(entity.class);
    add(entity.name);
    add(entity.vendor);
  };
  for (const tag of tags) add(tag);
  for (const claim of claims) {
    if (claim.hardware_entity) addEntity(claim.hardware_entity);
    else add(claim.hardware_class);
  }
  for (const mention of findHardwareMentions(text)) addEntity(mention.entity);
  return [...words.values()].join(' ');
}

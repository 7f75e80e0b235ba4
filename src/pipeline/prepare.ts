/**
 * Turns source papers into catalog papers: extracted claims, technique tags, display names
 * and the vocabulary keywords the search index adds. Pure, so the store stays a store.
 */
import { extract } from '../extract/index.js';
import { TECHNIQUES, tagTechniques } from '../lexicon/techniques.js';
import { displayTitle, shortName } from '../source/names.js';
import type { SourcePaper } from '../source/types.js';
import type { CatalogPaper } from '../store/types.js';

const LABELS = new Map(TECHNIQUES.map((technique) => [technique.tag, technique.label]));

export function preparePaper(paper: SourcePaper): CatalogPaper {
  const claims = extract({ abstract: paper.abstract, title: paper.title }).claims;
  const tags = tagTechniques(paper.title, paper.abstract);
  const hardware = new Set<string>();
  for (const claim of claims) {
    if (claim.hardware_entity) {
      hardware.add(claim.hardware_entity.class);
      hardware.add(claim.hardware_entity.name);
      if (claim.hardware_entity.vendor) hardware.add(claim.hardware_entity.vendor);
    } else if (claim.hardware_class) {
      hardware.add(claim.hardware_class);
    }
  }
  const keywords = [...tags.flatMap((tag) => [tag.replaceAll('-', ' '), LABELS.get(tag) ?? '']), ...hardware]
    .filter((word) => word.length > 0)
    .join(' ');
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

/**
 * "matches Transformers twice its size", "matching models with twice the parameter count":
 * as good as a model N times larger is an N-times smaller model (size, x, down).
 */
import type { Parser, ParseContext, Reading } from '../pipeline.js';
import { spanOf, windowsOf } from './support.js';

const SIZE_AFTER = /^ (?:its|their|the|his|her) (?:size|parameter count|number of parameters|parameters|model size)\b|^ as many parameters\b|^ (?:larger|bigger)\b/i;
const MATCHING_BEFORE = /\b(?<verb>match(?:es|ing|ed)?|rival(?:s|ing)?|outperform(?:s|ing|ed)?|surpass(?:es|ing|ed)?|comparable to|on par with|as good as)\b(?<object>(?: [\w-]+){0,4}?)(?: with)? ?$/i;

export class EquivalentSizeParser implements Parser {
  readonly name = 'EquivalentSizeParser';

  parse(context: ParseContext): Reading | null {
    const { doc, quantity } = context;
    if (quantity.unit?.kind !== 'factor') return null;
    const after = doc.text.slice(quantity.end, quantity.end + 40);
    const size = SIZE_AFTER.exec(after);
    if (!size) return null;
    const w = windowsOf(context);
    const tailStart = Math.max(0, w.left.length - 80);
    const before = MATCHING_BEFORE.exec(w.left.slice(tailStart));
    if (!before) return null;
    const objectText = (before.groups?.object ?? '').trim();
    const objectStart = w.leftStart + tailStart + before.index + before[0].indexOf(objectText);
    const evidenceStart = w.leftStart + tailStart + before.index;
    return {
      parser: this.name,
      metric: 'size',
      improves: 'down',
      movement: 'down',
      relative: true,
      unit: 'x',
      evidence: spanOf(evidenceStart, quantity.end + size[0].length),
      ...(objectText && !/^models?$/i.test(objectText) ? { comparedObject: { start: objectStart, end: objectStart + objectText.length } } : {}),
    };
  }
}

/**
 * "a smaller encoder (2.3M)", "our compact student (48M)": a bare size in parentheses after a
 * model the paper describes is that model's parameter count (Decision 12; Decision 4 expands
 * the suffix). Named models with a size ("LLaMA (7B)") are set-up and never reach here.
 */
import type { Parser, ParseContext, Reading } from '../pipeline.js';
import { isDescribedModelSize } from '../vocabulary/model-size.js';
import { spanOf } from './support.js';

const MODEL_WORD_BEFORE = /(?:model|encoder|decoder|network|backbone|student|variant|head|version|architecture|transformer|detector|classifier|(?:fewer |less )?(?:trainable |learnable )?(?:parameters|params)) \($/;

export class ParenthesizedSizeParser implements Parser {
  readonly name = 'ParenthesizedSizeParser';

  parse(context: ParseContext): Reading | null {
    const { doc, quantity } = context;
    if (quantity.unit || !quantity.magnitude || !isDescribedModelSize(doc.text, quantity.start, quantity.end)) return null;
    const before = MODEL_WORD_BEFORE.exec(doc.text.slice(Math.max(0, quantity.start - 40), quantity.start));
    const start = before ? quantity.start - before[0].length : quantity.start;
    return {
      parser: this.name,
      metric: 'size',
      improves: null,
      movement: null,
      relative: false,
      unit: 'params',
      evidence: spanOf(start, quantity.end + 1),
    };
  }
}

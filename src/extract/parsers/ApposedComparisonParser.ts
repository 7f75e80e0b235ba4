/**
 * A multiple or a difference set beside a value, naming the compared system but no comparative:
 * "throughput reaches 312 tokens/s, 1.8x over DeepSpeed-MII", "4,850 tokens/s, ≈ 1.9× the vLLM
 * baseline", "2.3 million nodes per second, roughly 4× the rate of the A100 baseline", "a 58.3%
 * win rate, +1.4 points over the synchronous baseline". A rate compared is a speedup; a quality
 * value compared is a difference of quality. Values of other measures are left alone: "12 GB,
 * 2x over X" says neither which way nor how much better.
 */
import type { Parser, ParseContext, Reading } from '../pipeline.js';
import { COMPARATIVE_THAN_AFTER, comparativeMovement } from '../vocabulary/directions.js';
import { comparedPhraseAt } from '../refiners/comparisons.js';
import { claimBefore, COMPARATIVE_GAP } from './apposition.js';
import { OVER_SYSTEM_AFTER, spanOf } from './support.js';

/** What comes right after the number, when not a cue (OVER_SYSTEM_AFTER): "the vLLM baseline", "the rate of the A100 baseline", "that of TGI". */
const THE_BASELINE_AFTER = /^ (?:(?:that|those) of |the (?:rate|throughput|speed|performance|capacity|goodput) of (?:the )?|the (?=(?:[\w.+-]+ ){0,3}?(?:baseline|system|implementation|engine|framework)s?\b))/i;

export class ApposedComparisonParser implements Parser {
  readonly name = 'ApposedComparisonParser';

  parse(context: ParseContext): Reading | null {
    const { doc, quantity } = context;
    const kind = quantity.unit?.kind;
    if (kind !== 'factor' && kind !== 'percent' && kind !== 'points') return null;
    const last = claimBefore(context);
    if (!last || last.reading.relative || last.group === context.group || context.group.members.length > 1) return null;
    const rate = last.metric === 'throughput';
    const after = doc.text.slice(quantity.end, quantity.end + 60);
    // "74.5%, which is 1.4% above RigL", "84.9% top-1 accuracy, 0.2% higher than the AdamW
    // baseline": a difference of quality says which way in its own word.
    const qualityWord = last.metric === 'accuracy' && kind !== 'factor' ? COMPARATIVE_THAN_AFTER.exec(after) : null;
    const quality = last.metric === 'accuracy' && (kind === 'points' || qualityWord !== null);
    if (!rate && !quality) return null;
    // (A difference's sign stands in the gap: ", +1.4 points".)
    const gap = doc.text.slice(last.evidence.end, context.group.start);
    const sign = /[+-]$/.exec(gap)?.[0] ?? '';
    if (!COMPARATIVE_GAP.test(gap.slice(0, gap.length - sign.length))) return null;
    const over = qualityWord ?? OVER_SYSTEM_AFTER.exec(after);
    const the = over ? null : THE_BASELINE_AFTER.exec(after);
    if (!over && !the) return null;
    // ("the vLLM baseline": with no word of comparison, the system is read here; after one, BaselineRefiner reads it.)
    const compared = the ? comparedPhraseAt(doc.text, quantity.end + the[0].length, context.sentence.end) : null;
    const worse = quality && (sign === '-' || doc.text[quantity.start] === '-');
    const movement = qualityWord ? comparativeMovement(qualityWord[0]) : worse ? 'worse' : 'better';
    return {
      parser: this.name,
      metric: rate ? 'speedup' : 'accuracy',
      improves: qualityWord ? (last.reading.improves ?? 'up') : 'up',
      movement,
      relative: true,
      unit: quantity.unit?.unit ?? 'x',
      evidence: spanOf(quantity.start - sign.length, quantity.end),
      ...(compared ? { comparedObject: compared.span } : {}),
    };
  }
}

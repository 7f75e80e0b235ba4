/**
 * "performance" alone is ambiguous: in a paper that measures quality (accuracy, scores, error)
 * "26% performance improvement" is a quality gain; in a systems paper that measures none, it is a
 * speed gain. Factors of performance are always speed ("improves performance by 3.2x").
 */
import { copyCandidate, type Candidate, type Refiner, type RefineContext } from '../pipeline.js';

const QUALITY_WORDS = /\b(?:accura\w*|quality|scores?|BLEU|ROUGE|errors?|perplexity|F1|mAP|mIoU|PSNR|WER|FID|pass@\d)\b/i;

export class PerformanceRefiner implements Refiner {
  readonly name = 'PerformanceRefiner';

  refine(candidates: readonly Candidate[], { doc }: RefineContext): readonly Candidate[] {
    let measuresQuality: boolean | null = null;
    return candidates.map((c) => {
      const measure = c.reading.measure;
      if (!measure || c.metric !== 'accuracy') return c;
      if (!/^(?:\w+ )?performance$/i.test(doc.text.slice(measure.start, measure.end))) return c;
      measuresQuality ??= QUALITY_WORDS.test(doc.text);
      if (measuresQuality) return c;
      const copy = copyCandidate(c);
      copy.metric = 'speedup';
      copy.reading = { ...c.reading, metric: 'speedup', improves: 'up' };
      return copy;
    });
  }
}

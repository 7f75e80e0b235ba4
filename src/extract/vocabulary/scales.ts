/**
 * Measures with a scale of their own, as data: a bare number written after one ("FID of 13.9",
 * "attains FID 12.4", "a Kendall tau of 0.64", "a real-time factor of 0.08") is a value on that
 * scale, and the scale is its unit. Keys are the measure as written, lower-cased, with spaces
 * for hyphens.
 */
import type { MetricMatch } from './metrics.js';
import { lookupKey } from './build-pattern.js';

/**
 * A score named as benchmarks name theirs, with no entry above: camel case or capitals, an
 * optional version ("ImageReward", "MMLU", "GSM8K", "BLEU-4"), maybe followed by "score".
 * Parsers that meet one where a measure should stand read it as task quality.
 */
export const SCORE_NAME = '(?:[A-Z][a-z]+[A-Z][A-Za-z]*|[A-Z]{2,}[A-Za-z0-9]*)(?:-\\d+)?(?: scores?)?';

export interface Scale {
  readonly unit: string;
  /** The largest value the scale holds, when it has one ("accuracy of 81.3" is a percent). */
  readonly max?: number;
}

const PERCENT: Scale = { unit: '%', max: 100 };

export const NAMED_SCALES: ReadonlyMap<string, Scale> = new Map<string, Scale>([
  ['fid', { unit: 'FID' }],
  ['fvd', { unit: 'FVD' }],
  ['fad', { unit: 'FAD' }],
  ['kid', { unit: 'KID' }],
  ['lpips', { unit: 'LPIPS' }],
  ['perplexity', { unit: 'PPL' }],
  ['perplexity gap', { unit: 'PPL' }],
  ['ppl gap', { unit: 'PPL' }],
  ['fid gap', { unit: 'FID' }],
  ['accuracy gap', { unit: 'pt' }],
  ['ppl', { unit: 'PPL' }],
  ['bleu', { unit: 'BLEU' }],
  ['bleu 4', { unit: 'BLEU' }],
  ['chrf', { unit: 'chrF' }],
  ['clip score', { unit: 'CLIP' }],
  ['clipscore', { unit: 'CLIP' }],
  ['training loss', { unit: 'loss' }],
  ['validation loss', { unit: 'loss' }],
  ['test loss', { unit: 'loss' }],
  ['eval loss', { unit: 'loss' }],
  ['final loss', { unit: 'loss' }],
  ['final training loss', { unit: 'loss' }],
  ['final validation loss', { unit: 'loss' }],
  ['cider', { unit: 'CIDEr' }],
  ['meteor', { unit: 'METEOR' }],
  ['map', { unit: 'mAP' }],
  ['miou', { unit: 'mIoU' }],
  ['psnr', { unit: 'dB' }],
  ['pesq', { unit: 'PESQ' }],
  ['mos', { unit: 'MOS' }],
  ['dnsmos', { unit: 'MOS' }],
  ['utmos', { unit: 'MOS' }],
  ['stoi', { unit: 'STOI' }],
  ['si sdr', { unit: 'dB' }],
  ['si snr', { unit: 'dB' }],
  ['wer', { unit: 'WER' }],
  ['wers', { unit: 'WER' }],
  ['ssim', { unit: 'SSIM' }],
  ['rouge', { unit: 'ROUGE' }],
  ['rouge l', { unit: 'ROUGE' }],
  ['f1', { unit: 'F1' }],
  ['f1 score', { unit: 'F1' }],
  ['mse', { unit: 'MSE' }],
  ['mean squared error', { unit: 'MSE' }],
  ['rmse', { unit: 'RMSE' }],
  ['root mean square error', { unit: 'RMSE' }],
  ['root mean squared error', { unit: 'RMSE' }],
  ['auc', { unit: 'AUC' }],
  ['roc auc', { unit: 'AUC' }],
  ['auroc', { unit: 'AUROC' }],
  ['auprc', { unit: 'AUPRC' }],
  ['ndcg', { unit: 'NDCG' }],
  ['mrr', { unit: 'MRR' }],
  ...['1', '5', '10', '20', '50', '100', '1000'].flatMap((k): [string, Scale][] => [[`ndcg@${k}`, { unit: `NDCG@${k}` }], [`mrr@${k}`, { unit: `MRR@${k}` }], [`recall@${k}`, { unit: `Recall@${k}` }]]),
  ['r^2', { unit: 'R^2' }],
  ['r2 score', { unit: 'R^2' }],
  ['r^2 score', { unit: 'R^2' }],
  ['kendall tau', { unit: 'tau' }],
  ["kendall's tau", { unit: 'tau' }],
  ['kendall tau correlation', { unit: 'tau' }],
  ['kendall rank correlation', { unit: 'tau' }],
  ['spearman correlation', { unit: 'rho' }],
  ["spearman's rho", { unit: 'rho' }],
  ['spearman rank correlation', { unit: 'rho' }],
  ['pearson correlation', { unit: 'r' }],
  ['rank correlation', { unit: 'rho' }],
  ['bits per dimension', { unit: 'bpd' }],
  ['bits per byte', { unit: 'BPB' }],
  ['bpb', { unit: 'BPB' }],
  ['nll', { unit: 'NLL' }],
  ['mean opinion score', { unit: 'MOS' }],
  ['visqol', { unit: 'ViSQOL' }],
  ['visqol score', { unit: 'ViSQOL' }],
  ['mushra', { unit: 'MUSHRA' }],
  ['mushra score', { unit: 'MUSHRA' }],
  ['tm score', { unit: 'TM-score' }],
  ['gdt ts', { unit: 'GDT-TS' }],
  ['endpoint error', { unit: 'EPE' }],
  ['end point error', { unit: 'EPE' }],
  ['average endpoint error', { unit: 'AEPE' }],
  ['epe', { unit: 'EPE' }],
  ['aepe', { unit: 'AEPE' }],
  ['real time factor', { unit: 'RTF' }],
  ['rtf', { unit: 'RTF' }],
  // Efficiency as a fraction of ideal ("a scaling efficiency of 0.94").
  ['scaling efficiency', { unit: 'ratio' }],
  ['weak scaling efficiency', { unit: 'ratio' }],
  ['strong scaling efficiency', { unit: 'ratio' }],
  ['parallel efficiency', { unit: 'ratio' }],
  ['spike rate', { unit: 'spikes' }],
  ['firing rate', { unit: 'spikes' }],
  ['accuracy', PERCENT],
  ['top 1 accuracy', PERCENT],
  ['top1 accuracy', PERCENT],
  ['top 5 accuracy', PERCENT],
  ['test accuracy', PERCENT],
  ['zero shot accuracy', PERCENT],
  ['classification accuracy', PERCENT],
  ['detection accuracy', PERCENT],
  ['imagenet accuracy', PERCENT],
  ['imagenet top 1 accuracy', PERCENT],
  ['top 1', PERCENT],
]);

/** The scale a measure keyword names, if it has one. */
export function scaleOf(measure: MetricMatch): Scale | null {
  return NAMED_SCALES.get(lookupKey(measure.text)) ?? null;
}

/** A word each named scale is written with, whatever joins its words (the longest of its words). */
export const SCALE_HINTS: readonly string[] = [
  ...new Set([...NAMED_SCALES.keys()].map((key) => key.split(' ').sort((a, b) => b.length - a.length)[0] ?? key)),
];

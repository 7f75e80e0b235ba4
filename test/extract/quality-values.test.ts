/**
 * Absolute quality values on a scale of their own, introduced by "of" or a verb (MeasureOfParser,
 * ScoreVerbParser): the scale is the unit; a change on it is a delta.
 */
import { describe, expect, it } from 'vitest';
import { claimAt, run } from './helpers.js';

describe('values on a named scale', () => {
  it('reads "<scale> of N" and "<verb> <scale> N" through LaTeX', () => {
    const text = 'Our sampler reaches an FID of $\\mathbf{7.31}$ on LSUN and attains FID 10.2 on FFHQ, with a BLEU of 33.4 in captioning.';
    expect(claimAt(text, '7.31')).toMatchObject({ metric: 'accuracy', value: 7.31, unit: 'FID', direction: null });
    expect(claimAt(text, 'FID 10.2')).toMatchObject({ metric: 'accuracy', value: 10.2, unit: 'FID' });
    expect(claimAt(text, 'BLEU of 33.4')).toMatchObject({ metric: 'accuracy', value: 33.4, unit: 'BLEU' });
  });

  it('reads correlation, ranking and speech scales', () => {
    const text = 'Our judge attains a Spearman correlation of 0.71, an NDCG of 0.48 and a real-time factor of 0.12 on a laptop CPU.';
    expect(claimAt(text, '0.71')).toMatchObject({ metric: 'accuracy', unit: 'rho' });
    expect(claimAt(text, '0.48')).toMatchObject({ metric: 'accuracy', unit: 'NDCG' });
    expect(claimAt(text, '0.12')).toMatchObject({ metric: 'other', unit: 'RTF', hardware_class: 'cpu' });
  });

  it('reads a change on a scale as a delta', () => {
    const text = 'The quantized ranker shows an NDCG drop of just 0.003 on MS MARCO.';
    expect(claimAt(text, '0.003')).toMatchObject({ metric: 'accuracy', unit: 'NDCG', direction: 'down' });
  });

  it('reads a value a verb of change leads to, and an accuracy without its percent sign', () => {
    const text = 'At 3 bits, perplexity climbs to 7.9, and our model keeps an accuracy of 76.4 on ImageNet.';
    expect(claimAt(text, '7.9')).toMatchObject({ metric: 'accuracy', unit: 'PPL', direction: null });
    expect(claimAt(text, '76.4')).toMatchObject({ metric: 'accuracy', unit: '%' });
  });

  it('reads one claim per value of a slash list', () => {
    const text = 'Our recognizer obtains a WER of 2.7%/5.9% on the two test sets.';
    expect(run(text).claims.map((c) => [c.value, c.metric, c.unit])).toEqual([
      [2.7, 'accuracy', '%'],
      [5.9, 'accuracy', '%'],
    ]);
  });

  it('does not read a count after a measure as a value on it', () => {
    expect(run('We report accuracy for 18 tasks and latency on 4 devices.').claims).toEqual([]);
  });
});

describe('ScoreVerbParser: a percent a model reaches', () => {
  it('reads it as task quality when no measure is named', () => {
    const text = 'After distillation, the student scores 57.3% on GSM8K.';
    expect(claimAt(text, '57.3%')).toMatchObject({ metric: 'accuracy', unit: '%', evidence: 'scores 57.3%' });
  });

  it('leaves percents of a named measure to their measure', () => {
    const text = 'We propose FastServe; GPU utilization reaches 88%.';
    expect(claimAt(text, '88%').metric).not.toBe('accuracy');
  });
});

describe('ranking scores, losses, CLIP score and benchmark scores', () => {
  it('reads scales written at a cut-off, a loss and a CLIP score change as quality', () => {
    const text =
      'We propose TinyDR. TinyDR reaches an MRR@10 of 37.9 on MS MARCO Dev. Our FP8 run reaches a final training loss ' +
      'of 1.872 versus 1.869 for the BF16 run. StepCache keeps a CLIP score change of −0.001.';
    expect(claimAt(text, '37.9')).toMatchObject({ metric: 'accuracy', unit: 'MRR@10' });
    expect(claimAt(text, '1.872')).toMatchObject({ metric: 'accuracy', unit: 'loss' });
    expect(claimAt(text, '−0.001')).toMatchObject({ metric: 'accuracy', unit: 'CLIP', value: 0.001, direction: 'down' });
  });

  it('reads a bare score on a named benchmark, and leaves the recall a search runs at', () => {
    const text =
      'We propose ShareLoRA. On the GLUE benchmark with RoBERTa-large, ShareLoRA scores 89.1 on average. It scores 7.9 on ' +
      'MT-Bench. At 95% recall@10, our index answers 1.9 million queries per second.';
    expect(claimAt(text, '89.1')).toMatchObject({ metric: 'accuracy', unit: 'GLUE', qualifier: 'on average' });
    expect(claimAt(text, '7.9')).toMatchObject({ metric: 'accuracy', unit: 'MT-Bench' });
    expect(run(text).claims.some((c) => c.value === 95)).toBe(false);
  });
});

describe('efficiency as a fraction and a comparison in an "i.e." aside', () => {
  it('reads "a scaling efficiency of 0.94" and "(i.e., 62% less than the baseline model)"', () => {
    const text =
      'We propose X. On 384 GCDs we observe a scaling efficiency of 0.94. The design estimates energy savings up to 245759 ' +
      'times 50000 muJ (i.e., 62% less than the baseline model).';
    expect(claimAt(text, '0.94')).toMatchObject({ metric: 'other', value: 0.94, unit: 'ratio' });
    expect(claimAt(text, '62%')).toMatchObject({ metric: 'energy', direction: 'down', baseline: 'baseline model' });
  });
});

describe('tracking and 3-D detection scores, energy per unit of work, link speeds', () => {
  it('reads MOTA, NDS and a comparison on a scale, work per joule or watt as energy, and drops a link speed', () => {
    const text =
      'We propose SkyTrack. It reaches 41.3 MOTA on VisDrone. It achieves 68.1 NDS and 65.4 mAP, 1.2 NDS below BEVFusion. ' +
      'The L4 delivers 1.4x more tokens per joule than the H100. We train on 1,024 H100 GPUs connected by 400 Gb/s InfiniBand.';
    expect(claimAt(text, '41.3 MOTA')).toMatchObject({ metric: 'accuracy', unit: 'MOTA' });
    expect(claimAt(text, '65.4 mAP')).toMatchObject({ metric: 'accuracy', direction: null, baseline: null });
    expect(claimAt(text, '1.2 NDS')).toMatchObject({ metric: 'accuracy', unit: 'NDS', direction: 'down', baseline: 'BEVFusion' });
    expect(claimAt(text, '1.4x')).toMatchObject({ metric: 'energy', direction: 'up' });
    expect(run(text).claims.some((c) => c.value === 400)).toBe(false);
  });
});


describe('a score reached after a clause that names something else', () => {
  it('reads "..., and our model reaches 63.8% on MMLU" past a word of the earlier clause', () => {
    const text = 'The pruned model improves MMLU by 16% over a model trained from scratch on the same data, and our 8B model reaches 63.8% on MMLU.';
    expect(claimAt(text, '63.8%')).toMatchObject({ metric: 'accuracy', value: 63.8, evidence: 'reaches 63.8%' });
    expect(claimAt(text, '16%')).toMatchObject({ metric: 'accuracy', direction: 'up', evidence: 'improves MMLU by 16%' });
  });

  it('reads speech quality scales (PESQ, MOS) as task quality', () => {
    const text = 'We present DenoiseNet. DenoiseNet improves PESQ from 1.97 to 3.02 on the test set, and reaches a MOS of 4.1, 0.3 MOS above DeepFilterNet2.';
    expect(claimAt(text, '3.02')).toMatchObject({ metric: 'accuracy', value: 3.02, unit: 'PESQ' });
    expect(claimAt(text, '4.1')).toMatchObject({ metric: 'accuracy', unit: 'MOS' });
    expect(claimAt(text, '0.3 MOS')).toMatchObject({ metric: 'accuracy', unit: 'MOS', direction: 'up', baseline: 'DeepFilterNet2' });
  });

  it('reads a score its benchmark names after it ("a 6.9 MT-Bench score") and detection scores at an IoU threshold', () => {
    expect(claimAt('We present ChatSmall. The model reaches a 6.9 MT-Bench score.', '6.9')).toMatchObject({ metric: 'accuracy', unit: 'MT-Bench', evidence: '6.9 MT-Bench score' });
    expect(claimAt('We present YoloLite. The detector reaches 68.3% mAP@0.5 on VOC.', '68.3%')).toMatchObject({ metric: 'accuracy', unit: '%' });
  });

  it('reads an acceptance length hedged with "≈" as the tokens a draft gets accepted', () => {
    expect(claimAt('We present DraftX. The average acceptance length is $\\approx$3.2 tokens.', '3.2')).toMatchObject({ metric: 'other', unit: 'tokens', qualifier: 'about' });
  });
});

describe('text-generation scores written after the number', () => {
  it('reads ROUGE-L, ROUGE-2, CIDEr and METEOR as units of task quality', () => {
    const text = 'We present CapLite. It reaches 62.7 ROUGE-L on summarization, 41.3 ROUGE-2, 118.4 CIDEr and 29.8 METEOR on COCO captions.';
    expect(claimAt(text, '62.7 ROUGE-L')).toMatchObject({ metric: 'accuracy', unit: 'ROUGE-L' });
    expect(claimAt(text, '41.3 ROUGE-2')).toMatchObject({ metric: 'accuracy', unit: 'ROUGE-2' });
    expect(claimAt(text, '118.4 CIDEr')).toMatchObject({ metric: 'accuracy', unit: 'CIDEr' });
    expect(claimAt(text, '29.8 METEOR')).toMatchObject({ metric: 'accuracy', unit: 'METEOR' });
  });

  it('keeps "within N points of" a score a quality gap, not a size of what follows', () => {
    const text = 'Adapted models reach 62.7 ROUGE-L, within 0.5 points of adapters trained on a server GPU.';
    expect(claimAt(text, '0.5 points')).toMatchObject({ metric: 'accuracy', unit: 'pt', qualifier: 'less than' });
  });
});

describe('F1 after the number', () => {
  it('reads "90.0 F1" as task quality in F1', () => {
    expect(claimAt('We present LeanBERT. On SQuAD v1.1, it reaches 90.0 F1.', '90.0 F1')).toMatchObject({ metric: 'accuracy', unit: 'F1' });
  });
});

describe('speech, flow and 3-D detection scores', () => {
  it('reads MOS, ViSQOL, MUSHRA, endpoint error and mAPH as task quality on their own scales', () => {
    const text = 'We present X. X reaches a mean opinion score (MOS) of 4.31. It attains a ViSQOL score of 3.92 and a MUSHRA score of 81.4. Flow has an average endpoint error (AEPE) of 0.71. It reaches 71.4 mAPH on Waymo.';
    expect(claimAt(text, '4.31')).toMatchObject({ metric: 'accuracy', unit: 'MOS' });
    expect(claimAt(text, '3.92')).toMatchObject({ metric: 'accuracy', unit: 'ViSQOL' });
    expect(claimAt(text, '81.4')).toMatchObject({ metric: 'accuracy', unit: 'MUSHRA' });
    expect(claimAt(text, '0.71')).toMatchObject({ metric: 'accuracy', unit: 'AEPE' });
    expect(claimAt(text, '71.4')).toMatchObject({ metric: 'accuracy', unit: 'mAPH' });
  });
});

describe('points of a measure named before the word', () => {
  it('reads "costs only 1.2 accuracy points" as a loss of quality', () => {
    expect(claimAt('We present X. This saving costs only 1.2 accuracy points across our task suite.', '1.2 accuracy points')).toMatchObject({ metric: 'accuracy', unit: 'pt', direction: 'down' });
  });
});

describe('mAP at an IoU threshold after the number', () => {
  it('reads "41.7 mAP50"', () => {
    expect(claimAt('We present SkyYOLO. SkyYOLO achieves 41.7 mAP50 on VisDrone.', '41.7 mAP50')).toMatchObject({ metric: 'accuracy', unit: 'mAP50' });
  });
});

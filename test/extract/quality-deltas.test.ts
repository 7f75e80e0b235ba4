/**
 * Quality deltas against a compared system, in the scale's own unit, in points or in percent:
 * bounds ("within N of X"), gaps ("all but N of X", "gap to X to N"), comparatives with the
 * quality named earlier, verbs of falling behind or closing a gap, signed changes.
 */
import { describe, expect, it } from 'vitest';
import { claimAt, run } from './helpers.js';

describe('bounded and stated gaps', () => {
  it('reads "within N of X" as a bound: less than, no direction, X the baseline', () => {
    const text = 'At 2 bits, our perplexity stays within $0.6$ of the BF16 model, and our MMLU score is within 0.8 points of 8-bit GPTQ.';
    expect(claimAt(text, '0.6')).toMatchObject({ metric: 'accuracy', unit: 'PPL', qualifier: 'less than', direction: null, baseline: 'BF16 model' });
    expect(claimAt(text, '0.8 points')).toMatchObject({ metric: 'accuracy', unit: 'pt', qualifier: 'less than', direction: null, baseline: '8-bit GPTQ' });
  });

  it('reads the gap a result leaves to its compared system', () => {
    const allBut = 'Our sparse student recovers all but 0.4 perplexity of the dense teacher.';
    expect(claimAt(allBut, '0.4')).toMatchObject({ metric: 'accuracy', unit: 'PPL', direction: 'up', baseline: 'dense teacher' });
    const gapTo = 'Our rotation scheme shrinks the C4 perplexity gap to BF16 to 0.27 at 4 bits.';
    expect(claimAt(gapTo, '0.27')).toMatchObject({ metric: 'accuracy', unit: 'PPL', direction: null, baseline: 'BF16' });
  });

  it('reads a measure whose setting stands between it and a verb link', () => {
    const text = 'The accuracy loss relative to the BF16 model remains below 0.7%.';
    expect(claimAt(text, '0.7%')).toMatchObject({ metric: 'accuracy', direction: 'down', qualifier: 'less than', baseline: 'BF16 model' });
  });
});

describe('comparatives and verbs of quality', () => {
  it('takes the quality named earlier for a bare difference, in its scale', () => {
    const text = 'Our FID is 6.1 on ImageNet, which is 0.9 lower than DiT-XL and 0.2 above the teacher.';
    expect(claimAt(text, '0.9')).toMatchObject({ metric: 'accuracy', unit: 'FID', direction: 'down', baseline: 'DiT-XL' });
    expect(claimAt(text, '0.2')).toMatchObject({ metric: 'accuracy', unit: 'FID', direction: 'up', baseline: 'teacher' });
  });

  it('reads falling behind, closing a gap and degrading', () => {
    const text = 'Our kernel-free attention lags behind softmax attention by 0.6–1.1 perplexity, and it closes the accuracy gap by 40%.';
    expect(claimAt(text, '0.6–1.1')).toMatchObject({ metric: 'accuracy', value: 0.6, value_max: 1.1, unit: 'PPL', direction: 'up', baseline: 'softmax attention' });
    expect(claimAt(text, '40%')).toMatchObject({ metric: 'accuracy', direction: 'down' });
    const degrade = 'Under bursty load, our scheduler throughput degrades by less than 4%.';
    expect(claimAt(degrade, '4%')).toMatchObject({ metric: 'speedup', direction: 'down', qualifier: 'less than' });
  });

  it('reads signed changes and online quality', () => {
    const signed = 'Our 2:4 sparse model scores −0.9% vs. the dense model, with an FVD change of +3.2.';
    expect(claimAt(signed, '0.9%')).toMatchObject({ metric: 'accuracy', direction: 'down', baseline: 'dense model' });
    expect(claimAt(signed, '3.2')).toMatchObject({ metric: 'accuracy', unit: 'FVD', direction: 'up' });
    const online = 'In an online A/B test, our reranker raises CTR by 1.7% over the production system.';
    expect(claimAt(online, '1.7%')).toMatchObject({ metric: 'accuracy', direction: 'up', baseline: 'production system' });
  });

  it('reads a share of judgments won as quality, and the system a ratio is taken of as baseline', () => {
    const preferred = 'Human raters favored our responses in 64% of pairwise comparisons.';
    expect(claimAt(preferred, '64%')).toMatchObject({ metric: 'accuracy', unit: '%' });
    const ratio = 'Our 3-bit model retains 97.2% of the BF16 zero-shot accuracy.';
    expect(claimAt(ratio, '97.2%')).toMatchObject({ metric: 'accuracy', unit: '%of', baseline: 'BF16' });
  });

  it('does not read a quality or a gap where none is stated', () => {
    expect(run('We propose DenseX and report the accuracy on 12 tasks within 2 days of training.').claims.map((c) => c.metric)).not.toContain('accuracy');
  });
});

describe('a bound set beside a quality value', () => {
  it('reads "VALUE, within N% of SYSTEM" as a bound on the gap to that system, with no phase of its own', () => {
    const text = 'On the board, accuracy improves from 84.7% to 93.5%, within 0.6% of full fine-tuning on a GPU.';
    expect(claimAt(text, '0.6%')).toMatchObject({
      metric: 'accuracy', value: 0.6, unit: '%', direction: null, qualifier: 'less than',
      baseline: 'full fine-tuning on a GPU', phase: null, evidence: 'within 0.6% of full fine-tuning on a GPU',
    });
  });

  it('reads a bound after a verb ("and comes within 1.1% of X"), and a bare bound on the scale of the value beside it ("is 5.71, within 0.04 of X")', () => {
    const text = 'We present Qg. MicroLM attains 91.4% exact-match accuracy, +6.2 points over a grammar-based parser, and comes within 1.1% of a GPT-style model. Perplexity on WikiText-2 is 5.71, within 0.04 of the FP16 model. Accuracy is 91.2%, within 3 of the teacher.';
    expect(claimAt(text, '1.1%')).toMatchObject({ metric: 'accuracy', qualifier: 'less than', baseline: 'GPT-style model' });
    expect(claimAt(text, '0.04')).toMatchObject({ metric: 'accuracy', unit: 'PPL', qualifier: 'less than', baseline: 'FP16 model', evidence: 'within 0.04 of the FP16 model' });
    // (A bare number beside a percent names no scale.)
    expect(run(text).claims.map((c) => c.value)).not.toContain(3);
  });

  it('reads points with a change noun and no measure as a change of quality ("with ≈1.1 points drop")', () => {
    const text = 'We present Kv. KVSieve reduces KV-cache memory by 8.1× with ≈1.1 points drop.';
    expect(claimAt(text, '1.1 points')).toMatchObject({ metric: 'accuracy', unit: 'pt', direction: 'down', qualifier: 'about' });
  });

  it('keeps "N% of" a measure as a share, not a bound, when no quality value stands before it', () => {
    const text = 'Our kernel finishes within 35% of the time of the dense baseline.';
    expect(run(text).claims.filter((c) => c.metric === 'accuracy')).toEqual([]);
  });
});

describe('a signed change in parentheses', () => {
  it('reads the sign as the direction of a change of the quality value or measure before it', () => {
    const text = 'The chip processes 412 frames/s at 78.9% top-1 accuracy (−0.9% vs. the dense baseline).';
    expect(claimAt(text, '−0.9%')).toMatchObject({ metric: 'accuracy', value: 0.9, direction: 'down', baseline: 'dense baseline', evidence: '−0.9% vs. the dense baseline' });
    const measure = 'Distillation improves accuracy (+0.8% absolute) at no extra cost.';
    expect(claimAt(measure, '+0.8%')).toMatchObject({ metric: 'accuracy', value: 0.8, direction: 'up' });
  });

  it('leaves a signed aside after another measure alone', () => {
    expect(run('Our cache cuts latency by 2x (-41% memory traffic).').claims.filter((c) => c.metric === 'accuracy')).toEqual([]);
  });
});

describe('bounds after a value\'s setting or comparison', () => {
  it('reads a bound after the value\'s setting, and after a comparison joined by "and"', () => {
    const setting = 'On Loihi 2, our network reaches 93.4% accuracy on Speech Commands, within 1.1% of an equivalently sized CNN.';
    expect(claimAt(setting, '1.1%')).toMatchObject({ metric: 'accuracy', qualifier: 'less than', baseline: 'equivalently sized CNN' });
    const joined = 'Transfer accuracy on nine datasets is on average 2.2% higher than updating only the last layer and within 0.9% of full fine-tuning.';
    expect(claimAt(joined, '2.2%')).toMatchObject({ metric: 'accuracy', direction: 'up', qualifier: 'on average', baseline: 'updating only the last layer' });
    expect(claimAt(joined, '0.9%')).toMatchObject({ metric: 'accuracy', qualifier: 'less than', baseline: 'full fine-tuning' });
  });
});


describe('a bare change on a measure\'s own scale', () => {
  it('takes the scale as the unit ("perplexity increases by 0.21" is in PPL, "improves FID by 3.1" in FID)', () => {
    expect(claimAt('We present RotW4. WikiText-2 perplexity increases by 0.21.', '0.21')).toMatchObject({ metric: 'accuracy', unit: 'PPL', direction: 'up' });
    expect(claimAt('We present TinySD. It improves FID by 3.1 over other compressed models.', '3.1')).toMatchObject({ unit: 'FID', direction: 'down' });
    expect(claimAt('We present TinyNet. It improves accuracy by 2.4 over MobileNetV3.', '2.4').unit).toBe('pt');
  });
});

describe('quality given up or won, and a value a measure exceeds', () => {
  it('reads "losing only 0.4 AP" as a drop of 0.4 AP, not an AP of 0.4', () => {
    expect(claimAt('We present FastDETR. It runs 2x faster while losing only 0.4 AP.', '0.4 AP')).toMatchObject({
      metric: 'accuracy', unit: 'AP', direction: 'down', evidence: 'losing only 0.4 AP',
    });
  });

  it('reads "exceeds 90%" with the qualifier "more than"', () => {
    expect(claimAt('We present CacheGNN. The cache hit rate exceeds 90%.', '90%').qualifier).toBe('more than');
  });
});

describe('points of a named benchmark and chip-hours', () => {
  it('reads "lose less than 0.6 MMLU points" as a quality drop in points', () => {
    expect(claimAt('We present Q3. The 3-bit models lose less than 0.6 MMLU points relative to 16-bit LoRA.', '0.6')).toMatchObject({
      metric: 'accuracy', unit: 'pt', direction: 'down', qualifier: 'less than',
    });
  });

  it('reads "lose less than 1 nDCG@10 point" in points', () => {
    expect(claimAt('We present SparseRank. Its students lose less than 1 nDCG@10 point.', '1 nDCG')).toMatchObject({ metric: 'accuracy', unit: 'pt', direction: 'down' });
  });

  it('reads "1.9M TPU v4 chip-hours" as a job time on TPUs', () => {
    expect(claimAt('We present PodTrain. Pretraining takes 1.9M TPU v4 chip-hours.', '1.9M')).toMatchObject({ metric: 'time', unit: 'TPU-h', value: 1900000, hardware_class: 'tpu' });
  });
});

describe('a signed change set beside a value after a comma', () => {
  it('reads "64.2% top-1 accuracy under a 320 kB budget, +1.7% over MCUNet" as a quality gain over MCUNet', () => {
    const text = 'We present MicroNAS. On ImageNet, it reaches 64.2% top-1 accuracy under a 320 kB SRAM budget, +1.7% over MCUNet.';
    expect(claimAt(text, '+1.7%')).toMatchObject({ metric: 'accuracy', value: 1.7, direction: 'up', baseline: 'MCUNet' });
  });
});

describe('points paid for a gain', () => {
  it('reads "shrinks the index by 5x at a cost of 0.9 points" as a quality loss', () => {
    const text = 'We present VecTrim. Truncating vectors shrinks the index by 5x at a cost of 0.9 points.';
    expect(claimAt(text, '0.9 points')).toMatchObject({ metric: 'accuracy', unit: 'pt', direction: 'down' });
  });

  it('reads points as quality even after a measure of resources, and points a method costs as quality lost', () => {
    const text = 'We present ScoreKV. ScoreKV keeps only 6% of the KV cache on the GPU yet matches full attention on RULER to within 1.2 points.';
    expect(claimAt(text, '1.2 points')).toMatchObject({ metric: 'accuracy', unit: 'pt', qualifier: 'less than' });
    const paid = 'We present PruneFast. Pruning half the heads costs on average 1.9 points on MMLU.';
    expect(claimAt(paid, '1.9 points')).toMatchObject({ metric: 'accuracy', unit: 'pt', direction: 'down' });
  });

  it('reads "only 0.6% absolute worse than the teacher" set beside an error rate as that rate, gone up', () => {
    const text = 'We present WhisperCrumb. It achieves a word error rate of 7.9% on LibriSpeech test-other, only 0.6% absolute worse than the teacher.';
    expect(claimAt(text, '0.6%')).toMatchObject({ metric: 'accuracy', unit: '%', direction: 'up', baseline: 'teacher' });
  });
});

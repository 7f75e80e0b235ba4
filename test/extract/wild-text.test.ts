import { describe, expect, it } from 'vitest';
import { claimAt, run } from './helpers.js';
import { normalizeText, toRawSpan } from '../../src/extract/text/normalize.js';

describe('text from the wild: values read through LaTeX and Unicode, evidence stays raw', () => {
  const forms: ReadonlyArray<readonly [string, number]> = [
    ['$2.3\\times$', 2.3],
    ['2.3$\\times$', 2.3],
    ['$\\mathbf{2.3\\times}$', 2.3],
    ['\\textbf{2.3}$\\times$', 2.3],
    ['2.3×', 2.3],
    ['2.3 x', 2.3],
    ['2.3times', 2.3],
    ['2.3\u00A0×', 2.3],
    ['2.3\u2009×', 2.3],
    ['$2.3\\,\\times$', 2.3],
    ['~2.3x', 2.3],
    ['$\\sim$2.3$\\times$', 2.3],
  ];
  for (const [written, value] of forms) {
    it(`reads "${written} faster"`, () => {
      const text = `We show that our kernel is ${written} faster than FlashAttention on H100 GPUs.`;
      const claims = run(text).claims;
      expect(claims).toHaveLength(1);
      const c = claims[0];
      expect(text.slice(c?.span_start, c?.span_end)).toBe(c?.evidence);
      expect(c).toMatchObject({ metric: 'speedup', value, unit: 'x', direction: 'up', hardware_class: 'gpu' });
    });
  }

  it('reads thousands parted by a thin or no-break space, or by LaTeX \\, ("4 850 tokens/s", SI style)', () => {
    for (const sep of ['\u2009', '\u202F', '\u00A0', '\\,']) {
      const text = `We present Flux. Decode throughput reaches 4${sep}850 tokens/s and 1${sep}234${sep}567 requests are served.`;
      expect(claimAt(text, '4')).toMatchObject({ value: 4850, unit: 'tokens/s', evidence: `throughput reaches 4${sep}850 tokens/s` });
    }
    // Not a separator: a decimal part, a plain space, or other than three digits after.
    expect(normalizeText('1.5\u2009850 and 12 345 and 4\u200985 and 1234\u2009567').text).toBe('1.5 850 and 12 345 and 4 85 and 1234 567');
    expect(normalizeText('1\u2009234\u2009567 GPUs').text).toBe('1234567 GPUs');
  });

  it('reads a currency sign set apart from its number, or after the name of its currency ("$ 74", "$\u200974", "US$ 20", "US$3")', () => {
    for (const written of ['$ 74', '$\u200974', 'US$ 74', 'US$74']) {
      const text = `We present Ca. The job costs ${written} in cloud GPU time, compared with ${written.replace('74', '183')} for vLLM.`;
      expect(run(text).claims.map((c) => [c.metric, c.value, c.unit, c.evidence])).toEqual([['cost', 74, '$', `costs ${written}`]]);
    }
  });

  it('reads percents through LaTeX: 45~\\%, \\%, $42.9\\%$', () => {
    expect(claimAt('Our method reduces energy by 45~\\% over the baseline.', '45~\\%')).toMatchObject({ value: 45, unit: '%', metric: 'energy' });
    expect(claimAt('We obtain 2.08\\% test error.', '2.08\\%')).toMatchObject({ value: 2.08, unit: '%', metric: 'accuracy' });
    expect(claimAt('It saves $42.9\\%$ energy.', '42.9')).toMatchObject({ value: 42.9, unit: '%', metric: 'energy', direction: 'down' });
  });

  it('reads micro units in every spelling', () => {
    for (const mu of ['μJ', 'µJ', 'muJ', '$\\mu$J']) {
      const text = `Each inference consumes only 3.5 ${mu} of energy.`;
      expect(claimAt(text, '3.5')).toMatchObject({ value: 3.5, unit: 'uJ', metric: 'energy' });
    }
  });

  it('reads Unicode minus and en-dash ranges, and sim ranges', () => {
    expect(claimAt('We improve throughput by 1.5–2.0× over vLLM.', '1.5–2.0×')).toMatchObject({ value: 1.5, value_max: 2 });
    expect(claimAt('Accuracy drops by only 0.3−0.5% after quantization.', '0.3−0.5%')).toMatchObject({ value: 0.3, value_max: 0.5, metric: 'accuracy', direction: 'down' });
    expect(claimAt('It yields $1.2\\sim 1.9\\times$ speedup.', '1.2')).toMatchObject({ value: 1.2, value_max: 1.9, metric: 'speedup' });
  });

  it('rejoins PDF hyphenation ("accumula- tion", "speed- up") for keywords, keeping raw evidence', () => {
    const text = 'Our kernel achieves a 3.1x speed- up over cuBLAS.';
    expect(claimAt(text, '3.1x')).toMatchObject({ metric: 'speedup', evidence: '3.1x speed- up' });
    const norm = normalizeText('gradient accumula- tion');
    expect(norm.text).toBe('gradient accumulation');
    expect(normalizeText('memory- power-, and compute- efficient').text).toBe('memory- power-, and compute- efficient');
  });

  it('maps every normalized span back to the raw text', () => {
    const raw = 'Up to $5.18\\times$ latency reductions and 42.9%$ energy savings with \\mathbf{3}\u2009ms.';
    const norm = normalizeText(raw);
    expect(norm.text).toBe('Up to 5.18× latency reductions and 42.9% energy savings with 3 ms.');
    const at = norm.text.indexOf('5.18×');
    const span = toRawSpan(norm, at, at + 5);
    expect(raw.slice(span.start, span.end)).toBe('5.18\\times');
  });

  it('reads rendered-LaTeX leftovers from listings ("5.18\\times$", "42.9%$")', () => {
    const text = 'ShiftAddViT achieves up to 5.18\\times$ latency reductions on GPUs and 42.9%$ energy savings.';
    expect(claimAt(text, '5.18')).toMatchObject({ metric: 'speedup', value: 5.18, qualifier: 'up to', hardware_class: 'gpu' });
    expect(claimAt(text, '42.9')).toMatchObject({ metric: 'energy', value: 42.9, direction: 'down' });
  });
});

describe('units of work per joule and per second, and a spaced \\mu', () => {
  it('reads images/J, inferences per second and "38 \\mu J"', () => {
    const text = 'Our FPGA design reaches an energy efficiency of 37.3 images/J, sustains up to $1.2\\times10^{6}$ inferences per second and spends 38 \\mu J per inference.';
    expect(claimAt(text, '37.3 images/J')).toMatchObject({ metric: 'energy', value: 37.3, unit: 'images/J' });
    expect(claimAt(text, 'inferences per second')).toMatchObject({ metric: 'throughput', value: 1_200_000, unit: 'inferences/s', qualifier: 'up to' });
    expect(claimAt(text, '38 \\mu J')).toMatchObject({ metric: 'energy', value: 38, unit: 'uJ' });
  });
});


describe('a LaTeX tie between a word and its number', () => {
  it('reads "RTX~4090" as the device, not "about 4090"', () => {
    const text = 'We present TwirlQuant. Using our fused CUTLASS kernels on an RTX~4090, prefill is $2.8\\times$ faster than FP16.';
    expect(claimAt(text, '2.8')).toMatchObject({ metric: 'speedup', hardware_class: 'gpu' });
  });

  it('reads a tie between a number and a unit in markup ("1.9~$\\mu$J") as a space', () => {
    const text = 'We present SpinalCIM. The system consumes 1.9~$\\mu$J per image, 6.2~$\\times$ less than a digital design.';
    expect(claimAt(text, '1.9')).toMatchObject({ metric: 'energy', value: 1.9, unit: 'uJ', evidence: '1.9~$\\mu$J' });
    expect(claimAt(text, '6.2')).toMatchObject({ metric: 'energy', value: 6.2, unit: 'x', direction: 'down' });
  });
});

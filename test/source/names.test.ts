import { describe, expect, it } from 'vitest';
import { displayTitle, shortName } from '../../src/source/names.js';

describe('shortName', () => {
  it.each([
    ['FlightLLM: Efficient Large Language Model Inference with a Complete Mapping Flow on FPGAs', 'FlightLLM'],
    ['OliVe: Accelerating Large Language Models via Hardware-friendly Outlier-Victim Pair Quantization', 'OliVe'],
    ['Single-Path NAS: Designing Hardware-Efficient ConvNets in less than 4 Hours', 'Single-Path NAS'],
    ['M$^3$ViT: Mixture-of-Experts Vision Transformer for Efficient Multi-task Learning', 'M³ViT'],
    ['Language Modeling on a SpiNNaker 2 Neuromorphic Chip', 'Language Modeling'],
    ['Scalable MatMul-free Language Modeling', 'Scalable MatMul-free Language Modeling'],
    ['"Give Me BF16 or Give Me Death"? Accuracy-Performance Trade-Offs in LLM Quantization', 'Give Me BF16 or Give Me Death'],
    ['Benchmarking and Dissecting the Nvidia Hopper GPU Architecture', 'Benchmarking and Dissecting'],
  ])('%s -> %s', (title, expected) => {
    expect(shortName(title)).toBe(expected);
  });
});

describe('displayTitle', () => {
  it('renders the LaTeX a title may carry', () => {
    expect(displayTitle('M$^3$ViT: Mixture-of-Experts')).toBe('M³ViT: Mixture-of-Experts');
    expect(displayTitle('Up to 2$\\times$ Faster')).toBe('Up to 2× Faster');
    expect(displayTitle('\\textbf{Bold} Claims at 50\\%')).toBe('Bold Claims at 50%');
  });

  it('leaves plain titles alone', () => {
    expect(displayTitle('Efficient Deep Neural Networks')).toBe('Efficient Deep Neural Networks');
  });
});

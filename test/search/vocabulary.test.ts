/** The search vocabulary: data written as FTS5 sees it, names resolving to concepts, expansions. */
import { describe, expect, it } from 'vitest';
import { HARDWARE_CLASSES } from '../../src/extract/types.js';
import { resolveTechnique, TECHNIQUES } from '../../src/lexicon/techniques.js';
import { conceptSpecs, expansionsOf, lookupConcepts, normalizeName, SYNONYM_WEIGHT } from '../../src/query/vocabulary.js';

describe('vocabulary data', () => {
  it('is written normalized (lower-case words, single spaces), so the index needs no work', () => {
    const unnormalized = conceptSpecs()
      .flatMap((spec) => [...spec.names, ...Object.keys(spec.forms ?? {})])
      .filter((text) => normalizeName(text) !== text);
    expect(unnormalized).toEqual([]);
  });

  it('weighs every form below the word the user typed', () => {
    const weights = conceptSpecs().flatMap((spec) => Object.values(spec.forms ?? {}));
    expect(weights.every((weight) => weight > 0 && weight < 1)).toBe(true);
    expect(SYNONYM_WEIGHT).toBeLessThan(1);
  });

  it('knows every hardware class and every technique tag', () => {
    for (const name of [...HARDWARE_CLASSES, ...TECHNIQUES.map((technique) => technique.tag)]) {
      expect(lookupConcepts(name).length, name).toBeGreaterThan(0);
    }
  });
});

describe('expansions', () => {
  const forms = (word: string): string[] => [...expansionsOf(word).keys()];

  it('expands a hardware class to its devices and vendors', () => {
    expect(forms('gpu')).toEqual(expect.arrayContaining(['a100', 'h100', 'v100', 'tensor core', 'cuda', 'graphics processing unit']));
    expect(forms('fpga')).toEqual(expect.arrayContaining(['xilinx', 'alveo', 'zcu104', 'versal']));
    expect(forms('edge')).toEqual(expect.arrayContaining(['jetson', 'raspberry pi', 'drone']));
    expect(forms('mobile')).toEqual(expect.arrayContaining(['phone', 'pixel 1', 'iphone', 'snapdragon']));
    expect(forms('mcu')).toEqual(expect.arrayContaining(['microcontroller', 'cortex m4']));
  });

  it('expands a technique to the ways papers write it', () => {
    expect(forms('quantization')).toEqual(expect.arrayContaining(['int8', 'low bit', '4 bit', 'ptq']));
    expect(forms('quant')).toContain('quantization');
    expect(forms('moe')).toContain('mixture of experts');
    expect(forms('ssm')).toEqual(expect.arrayContaining(['state space model', 'mamba']));
    expect(forms('peft')).toEqual(expect.arrayContaining(['parameter efficient fine tuning', 'lora']));
  });

  it('resolves plural and joined spellings, and leaves out the typed word itself', () => {
    expect(forms('gpus')).toContain('a100');
    expect(forms('gpus')).not.toContain('gpu');
    expect(forms('lowbit')).toContain('int4');
    expect(forms('LLMs')).toContain('large language model');
  });

  it('gives other names of the concept the synonym weight, kinds less', () => {
    const gpu = expansionsOf('gpu');
    expect(gpu.get('graphics processing unit')).toBe(SYNONYM_WEIGHT);
    expect(gpu.get('a100')).toBeLessThan(SYNONYM_WEIGHT);
  });

  it('knows nothing for a word that is no concept', () => {
    expect(expansionsOf('checkpointing').size).toBe(0);
  });

  it('agrees with --technique on the short names', () => {
    for (const [alias, tag] of [['quant', 'quantization'], ['moe', 'mixture-of-experts'], ['ssm', 'state-space-models'], ['peft', 'peft']] as const) {
      expect(resolveTechnique(alias)).toBe(tag);
      expect(lookupConcepts(alias).map((concept) => concept.id)).toContain(tag.replaceAll('-', ' '));
    }
  });
});

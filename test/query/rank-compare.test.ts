import { describe, expect, it } from 'vitest';
import { compareClaims, summarize } from '../../src/query/compare.js';
import { findPapers, paperDetail, paperTags } from '../../src/query/papers.js';
import { rankPapers } from '../../src/query/rank.js';
import { catalogStats } from '../../src/query/stats.js';
import { FIXTURE_PAPERS, PAPER_ID, useFixtureDb } from './fixture-catalog.js';

const fixtureDb = useFixtureDb();

/** Each section as "ranked_by/better: paper value, ..." */
function ranking(metric: string, options: Parameters<typeof rankPapers>[1] extends infer O ? Omit<O, 'metric'> : never = {}): string[] {
  return rankPapers(fixtureDb(), { metric, ...options }).map(
    (section) => `${section.ranked_by}/${section.better}: ${section.rows.map((row) => `${row.short_name} ${row.rank_value}`).join(', ')}`,
  );
}

describe('rankPapers', () => {
  it('ranks papers by their best factor, one row per paper', () => {
    expect(ranking('speedup')).toEqual([
      'factor/higher: Single-Path NAS 5000, Mamba 5, OliVe 4.5, Motion Mamba 4, TinyEdge 3, Vision Mamba 2.8, FlightLLM 1.2',
    ]);
    const olive = rankPapers(fixtureDb(), { metric: 'speedup' })[0]?.rows.find((row) => row.paper_id === PAPER_ID.OliVe);
    expect(olive).toMatchObject({ rank: 3, value: 4.5, baseline: 'GOBO', paper_claims: 2 });
  });

  it('ranks a range by its best end and ranks absolute values within their unit after the factors', () => {
    expect(ranking('memory')).toEqual(['factor/higher: Vision Mamba 7.575757575757575, Motion Mamba 2.1', 'MB/lower: TinyEdge 0.5']);
  });

  it('puts lower latency first', () => {
    expect(ranking('latency')).toEqual(['ms/lower: TinyEdge 12, FlightLLM 79']);
  });

  it('keeps accuracy and error percentages apart although both are %', () => {
    expect(ranking('accuracy')).toEqual(['%/higher: Vision Mamba 74.96', '%/lower: Single-Path NAS 2.08']);
  });

  it('applies the filters and the limit per ranking', () => {
    expect(ranking('speedup', { hardware: ['nvidia'] })).toEqual(['factor/higher: TinyEdge 3, FlightLLM 1.2']);
    expect(ranking('speedup', { qualifiers: ['none'], limit: 2 })).toEqual(['factor/higher: Single-Path NAS 5000, Mamba 5']);
    const [section] = rankPapers(fixtureDb(), { metric: 'speedup', limit: 2 });
    expect(section?.total).toBe(7);
  });

  it('returns no sections when nothing matches', () => {
    expect(rankPapers(fixtureDb(), { metric: 'power' })).toEqual([]);
  });
});

describe('compareClaims', () => {
  it('lists claims best first with one summary when not grouped', () => {
    const comparison = compareClaims(fixtureDb(), { metric: 'speedup' });
    expect(comparison.claims.map((claim) => claim.measure)).toEqual([5000, 5, 4.5, 4, 3, 2.8, 1.5, 1.2]);
    expect(comparison.groups).toHaveLength(1);
    expect(comparison.groups[0]).toMatchObject({ group: 'all', count: 8, min: 1.2, max: 5000, median: (4 + 3) / 2 });
    expect(comparison.measure).toBe('factor');
  });

  it('groups by hardware class, best median first, unspecified last', () => {
    const comparison = compareClaims(fixtureDb(), { metric: 'speedup', by: 'hardware_class' });
    expect(comparison.groups.map((group) => `${group.group} ${group.count}`)).toEqual(['tpu 1', 'asic 2', 'edge 1', 'gpu 2', 'unspecified 2']);
    expect(comparison.claims.map((claim) => `${claim.group} ${claim.short_name}`)).toEqual([
      'tpu Single-Path NAS',
      'asic OliVe',
      'asic OliVe',
      'edge TinyEdge',
      'gpu Vision Mamba',
      'gpu FlightLLM',
      'unspecified Mamba',
      'unspecified Motion Mamba',
    ]);
  });

  it('puts a claim in every technique group of its paper, best median first', () => {
    const comparison = compareClaims(fixtureDb(), { metric: 'energy', by: 'technique' });
    expect(comparison.groups.map((group) => `${group.group} ${group.count}`)).toEqual([
      'llm-serving 1',
      'hardware-co-design 2',
      'quantization 2',
    ]);
    expect(comparison.total).toBe(5);
  });

  it('groups baselines spelled differently as one', () => {
    const comparison = compareClaims(fixtureDb(), { metric: 'speedup', by: 'baseline', hardware: ['asic'] });
    expect(comparison.groups.map((group) => group.group)).toEqual(['GOBO', 'A100']);
  });

  it('leaves out claims without a factor and says which', () => {
    const comparison = compareClaims(fixtureDb(), { metric: 'memory' });
    expect(comparison.claims.map((claim) => claim.short_name)).toEqual(['Vision Mamba', 'Motion Mamba']);
    expect(comparison.claims[1]).toMatchObject({ measure: 2.1, measure_low: 1.3 });
    expect(comparison.left_out).toEqual([{ unit: 'MB', count: 1 }]);
  });

  it('compares absolute values with one unit, lower first when lower is better', () => {
    const comparison = compareClaims(fixtureDb(), { metric: 'latency', units: ['ms'] });
    expect(comparison).toMatchObject({ measure: 'value', unit: 'ms', better: 'lower' });
    expect(comparison.claims.map((claim) => claim.measure)).toEqual([12, 79]);
    expect(comparison.groups[0]).toMatchObject({ count: 2, min: 12, max: 79, median: 45.5 });
  });

  it('limits claims per group but summarizes them all', () => {
    const comparison = compareClaims(fixtureDb(), { metric: 'speedup', by: 'hardware_class', limit: 1 });
    expect(comparison.claims.map((claim) => claim.group)).toEqual(['tpu', 'asic', 'edge', 'gpu', 'unspecified']);
    expect(comparison.groups.find((group) => group.group === 'asic')?.count).toBe(2);
    expect(comparison.total).toBe(8);
  });
});

describe('summarize', () => {
  it.each([
    [[2, 8], { count: 2, median: 5, min: 2, max: 8, geomean: 4 }],
    [[1, 10, 100], { count: 3, median: 10, min: 1, max: 100, geomean: 10 }],
    [[3], { count: 1, median: 3, min: 3, max: 3, geomean: 3 }],
    [[0, 4], { count: 2, median: 2, min: 0, max: 4, geomean: null }],
  ])('%j', (values, expected) => {
    const summary = summarize('g', values);
    expect({ ...summary, geomean: summary.geomean === null ? null : Number(summary.geomean.toFixed(9)) }).toEqual({ group: 'g', ...expected });
  });
});

describe('findPapers', () => {
  it.each([
    ['an id', String(PAPER_ID.OliVe), ['OliVe']],
    ['a short name, any case', 'flightllm', ['FlightLLM']],
    ['an exact short name over title words', 'Mamba', ['Mamba']],
    ['the whole title', 'Motion Mamba: Efficient and Long Sequence Motion Generation', ['Motion Mamba']],
    ['words starting title words', 'single path', ['Single-Path NAS']],
    ['words of several titles', 'state space', ['Vision Mamba', 'Mamba']],
    ['a word inside a name when no word starts with it', 'llm', ['FlightLLM']],
    ['nothing', 'transformer zebra', []],
    ['an unknown id', '999', []],
  ])('by %s', (_name, reference, expected) => {
    expect(findPapers(fixtureDb(), reference).map((paper) => paper.short_name)).toEqual(expected);
  });
});

describe('paperDetail', () => {
  it('gives the paper with its tags and the devices its claims name', () => {
    const paper = paperDetail(fixtureDb(), PAPER_ID.FlightLLM);
    expect(paper).toMatchObject({
      short_name: 'FlightLLM',
      abstract: FIXTURE_PAPERS[0]?.abstract,
      url: 'https://arxiv.org/abs/2401.03868',
      tags: ['hardware-co-design', 'llm-serving', 'quantization'],
    });
    expect(paper?.hardware).toEqual([
      { name: 'Alveo U280', class: 'fpga', vendor: 'AMD Xilinx' },
      { name: 'A100', class: 'gpu', vendor: 'NVIDIA' },
    ]);
    expect(paperDetail(fixtureDb(), PAPER_ID.VisionMamba)?.hardware).toEqual([{ name: 'gpu', class: 'gpu', vendor: null }]);
    expect(paperDetail(fixtureDb(), 999)).toBeUndefined();
  });

  it('gives the tags of several papers at once', () => {
    const tags = paperTags(fixtureDb(), [PAPER_ID.OliVe, PAPER_ID.QuietSurvey]);
    expect(tags.get(PAPER_ID.OliVe)).toEqual(['hardware-co-design', 'quantization']);
    expect(tags.has(PAPER_ID.QuietSurvey)).toBe(false);
  });
});

describe('catalogStats', () => {
  it('counts papers, claims and how they spread', () => {
    const stats = catalogStats(fixtureDb());
    const claims = FIXTURE_PAPERS.flatMap((paper) => paper.claims);
    expect(stats.papers).toBe(FIXTURE_PAPERS.length);
    expect(stats.claims).toBe(claims.length);
    expect(stats.papers_with_claims).toBe(FIXTURE_PAPERS.filter((paper) => paper.claims.length > 0).length);
    expect(stats.by_metric[0]).toEqual({ name: 'speedup', count: claims.filter((claim) => claim.metric === 'speedup').length });
    expect(stats.by_hardware_class.find((count) => count.name === 'unspecified')?.count).toBe(
      claims.filter((claim) => claim.hardware_class === null).length,
    );
    expect(stats.by_device).toEqual([
      { name: 'Jetson Nano', class: 'edge', vendor: 'NVIDIA', count: 3 },
      { name: 'Alveo U280', class: 'fpga', vendor: 'AMD Xilinx', count: 2 },
      { name: 'A100', class: 'gpu', vendor: 'NVIDIA', count: 1 },
    ]);
  });
});

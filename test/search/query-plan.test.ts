/** Planning a search: clauses, phrases, stop words, quoting, prefixes. */
import { describe, expect, it } from 'vitest';
import { clauseExpression, planExpression, planSearch } from '../../src/query/query-plan.js';

const literals = (terms: string): string[] => planSearch(terms.split(' ')).clauses.map((clause) => clause.literal.text);

describe('planSearch', () => {
  it('makes each word a required clause, dropping common words', () => {
    expect(literals('quantization on the gpu')).toEqual(['quantization', 'gpu']);
    expect(literals('on the')).toEqual(['on', 'the']);
  });

  it('takes a run of words that names a concept as one clause, longest first', () => {
    expect(literals('kv cache compression')).toEqual(['kv cache', 'compression']);
    expect(literals('mixture of experts training')).toEqual(['mixture of experts', 'training']);
  });

  it('keeps the words of a phrase clause as looser alternatives and extra evidence', () => {
    const plan = planSearch(['kv', 'cache']);
    expect(plan.clauses[0]?.loose.map((word) => word.text)).toEqual(['kv', 'cache']);
    expect(plan.extras.map((extra) => extra.form.text)).toEqual(['kv', 'cache']);
  });

  it('adds the phrase of two adjacent words as extra evidence', () => {
    expect(planSearch(['sparse', 'attention']).extras.map((extra) => extra.form.text)).toEqual(['sparse attention']);
  });

  it('strips outer punctuation and quotes what is left, so FTS5 syntax is only text', () => {
    const plan = planSearch(['gpu', 'AND', '("quant']);
    expect(plan.clauses.map((clause) => clause.literal.text)).toEqual(['gpu', 'quant']);
    expect(planExpression(planSearch(['a"b']))).toMatch(/^\("a""b" OR /);
  });

  it('takes a trailing star as a prefix, without expansions', () => {
    const [clause] = planSearch(['spars*']).clauses;
    expect(clause?.prefix).toBe(true);
    expect(clause?.forms).toEqual([]);
    expect(clauseExpression(clause!)).toBe('"spars"*');
  });

  it('spells a word the other ways too: joined, British', () => {
    expect(planSearch(['fine-tuning']).clauses[0]?.forms.map((form) => form.text)).toContain('finetuning');
    expect(planSearch(['optimization']).clauses[0]?.forms.map((form) => form.text)).toContain('optimisation');
  });

  it('matches a clause by its literal or any form, and a phrase clause also by its words apart', () => {
    expect(clauseExpression(planSearch(['kv', 'cache']).clauses[0]!)).toMatch(
      /^\("kv cache" OR .*"key value cache".* OR \(\{title abstract\} : \("kv" AND "cache"\)\)\)$/,
    );
  });
});

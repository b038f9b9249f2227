import { describe, expect, test } from 'vitest';
import { answersQuery, mergeResults } from '../../src/lib/search-ranking.ts';

const hit = (url: string, excerpt: string) => ({ url, excerpt });

describe('merging name matches with full-text results', () => {
  test('puts the name matches first, with their excerpt where full text found them', () => {
    const merged = mergeResults([hit('/term/delta/', '')], [{ query: 'delta', hits: [hit('/term/delta-hedging/', '<mark>Delta</mark> hedging'), hit('/term/delta/', 'The <mark>delta</mark> of')] }]);
    expect(merged).toEqual([hit('/term/delta/', 'The <mark>delta</mark> of'), hit('/term/delta-hedging/', '<mark>Delta</mark> hedging')]);
  });

  test('keeps a name match that full text did not find, without an excerpt', () => {
    const merged = mergeResults([hit('/definition/impermanent-loss/', '')], [{ query: 'impermenant loss', hits: [hit('/area/non-recoverable-loss/', 'a <mark>loss</mark>')] }]);
    expect(merged.map((result) => result.url)).toEqual(['/definition/impermanent-loss/', '/area/non-recoverable-loss/']);
  });

  test('follows with each search in turn, each entry once, less what only matched by accident', () => {
    const merged = mergeResults(
      [hit('/definition/impermanent-loss/', '')],
      [
        { query: 'Impermanent Loss', hits: [hit('/definition/impermanent-loss/', '<mark>Impermanent</mark> loss'), hit('/term/concentrated-liquidity/', '<mark>impermanent</mark> loss')] },
        { query: 'impermenant loss', hits: [hit('/term/concentrated-liquidity/', 'a <mark>loss</mark>'), hit('/area/non-recoverable-loss/', 'a <mark>loss</mark>'), hit('/term/x/', 'token <mark>i</mark>')] },
      ],
    );
    expect(merged.map((result) => result.url)).toEqual(['/definition/impermanent-loss/', '/term/concentrated-liquidity/', '/area/non-recoverable-loss/']);
    expect(merged[0]!.excerpt).toBe('<mark>Impermanent</mark> loss');
  });

  test('an exact name match is shown even when its highlighted words are short', () => {
    const hits = [hit('/term/automated-market-maker/', 'token <mark>X</mark>'), hit('/term/constant-product-formula/', '<mark>x</mark> times <mark>y</mark>')];
    expect(mergeResults([hit('/term/constant-product-formula/', '')], [{ query: 'x*y=k', hits }]).map((result) => result.url)).toEqual(['/term/constant-product-formula/']);
  });
});

describe('whether a result answers the query', () => {
  test('accepts words that extend the query, and near-complete fallbacks', () => {
    expect(answersQuery('portf marg', '<mark>Portfolio</mark> <mark>Margin.</mark> A method')).toBe(true);
    expect(answersQuery('liquidations', 'A <mark>liquidation</mark> closes')).toBe(true);
    expect(answersQuery('il', 'Also known as <mark>IL</mark>')).toBe(true);
  });

  test('rejects a short word that merely starts the query', () => {
    expect(answersQuery('xylophone', 'units of token <mark>X</mark> and')).toBe(false);
    expect(answersQuery('qqxxzzv', 'earns <mark>Q</mark> times')).toBe(false);
  });

  test('keeps a result with nothing highlighted', () => {
    expect(answersQuery('anything', 'No highlight here')).toBe(true);
  });
});

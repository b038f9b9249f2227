import { describe, expect, test } from 'vitest';
import { answersQuery, normalizeName, promoteExactMatches, relevantResults } from '../../src/lib/search-ranking.ts';

const results = [
  { url: '/term/delta-hedging/', title: 'Delta Hedging' },
  { url: '/term/delta/', title: 'Delta', aliases: 'Hedge Ratio' },
  { url: '/definition/impermanent-loss/', title: 'Impermanent Loss', aliases: 'IL, Divergence Loss' },
];

describe('search ranking', () => {
  test('puts the entry whose title is the query first', () => {
    expect(promoteExactMatches('delta', results).map((result) => result.url)).toEqual(['/term/delta/', '/term/delta-hedging/', '/definition/impermanent-loss/']);
  });

  test('puts the entry whose alias is the query first, in any case', () => {
    expect(promoteExactMatches('il', results)[0]!.url).toBe('/definition/impermanent-loss/');
    expect(promoteExactMatches('  Divergence   loss ', results)[0]!.url).toBe('/definition/impermanent-loss/');
  });

  test('leaves the order alone when nothing matches exactly', () => {
    expect(promoteExactMatches('delt', results)).toEqual(results);
    expect(promoteExactMatches('', results)).toEqual(results);
  });

  test('normalizes dashes, spaces and quotes', () => {
    expect(normalizeName('“Loss‐Versus‐Rebalancing”')).toBe('loss-versus-rebalancing');
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

test('an exact name match is shown even when its highlighted words are short', () => {
  const hits = [
    { url: '/term/automated-market-maker/', title: 'Automated Market Maker', excerpt: 'token <mark>X</mark>' },
    { url: '/term/constant-product-formula/', title: 'Constant Product Formula', aliases: 'x*y=k', excerpt: '<mark>x</mark> times <mark>y</mark>' },
  ];
  expect(relevantResults('x*y=k', hits).map((hit) => hit.url)).toEqual(['/term/constant-product-formula/']);
});

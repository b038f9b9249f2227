import { describe, expect, test } from 'vitest';
import { buildGlossary, groupByLetter, resourcePages, type EntryInput } from '../../src/lib/graph.ts';
import { analyse, readBody } from '../../src/lib/markdown.ts';
import type { Kind } from '../../src/lib/schema.ts';

function input(kind: Kind, slug: string, title: string, options: { related?: string[]; body?: string; draft?: boolean; updated?: string } = {}): EntryInput {
  return {
    kind,
    slug,
    data: {
      title,
      description: `${title}: a description long enough for the schema to accept it.`,
      aliases: [],
      related: options.related ?? [],
      redirectFrom: [],
      published: '2026-01-01',
      updated: options.updated,
      draft: options.draft ?? false,
      sources: [],
    },
    analysis: analyse(readBody(options.body ?? '## What is it?\n\nText.\n')),
  };
}

describe('the glossary graph', () => {
  const glossary = buildGlossary([
    input('area', 'liquidity', 'Liquidity Risk', { related: ['impermanent-loss', 'pool'] }),
    input('definition', 'impermanent-loss', 'Impermanent Loss', { related: ['pool'], updated: '2026-03-01' }),
    input('term', 'pool', 'Liquidity Pool'),
    input('term', 'loss-aversion', 'Loss Aversion', { body: '## Why?\n\nSee [impermanent loss](/definition/impermanent-loss/).\n' }),
    input('term', 'secret', 'Secret Draft', { draft: true }),
  ]);
  const related = (slug: string) => glossary.bySlug.get(slug)!.related.map((entry) => entry.slug);

  test('leaves drafts out', () => {
    expect(glossary.bySlug.has('secret')).toBe(false);
    expect(glossary.entries).toHaveLength(4);
  });

  test('orders related entries: curated, then backlinks, then similar, without repeats or itself', () => {
    // Curated: pool. Backlinks: liquidity, loss-aversion (A to Z).
    expect(related('impermanent-loss')).toEqual(['pool', 'liquidity', 'loss-aversion']);
    // Loss Aversion shares a neighbour (Impermanent Loss) with the pool, so it is similar.
    expect(related('pool')).toEqual(['impermanent-loss', 'liquidity', 'loss-aversion']);
    expect(related('liquidity')).toEqual(['impermanent-loss', 'pool', 'loss-aversion']);
  });

  test('counts body links as backlinks', () => {
    expect(glossary.bySlug.get('impermanent-loss')!.backlinks.map((entry) => entry.slug)).toContain('loss-aversion');
  });

  test('lists entries A to Z, by kind, and newest change first', () => {
    expect(glossary.alphabetical.map((entry) => entry.title)).toEqual(['Impermanent Loss', 'Liquidity Pool', 'Liquidity Risk', 'Loss Aversion']);
    expect(glossary.byKind.term.map((entry) => entry.slug)).toEqual(['pool', 'loss-aversion']);
    expect(glossary.recentlyUpdated[0]!.slug).toBe('impermanent-loss');
  });

  test('groups entries by first letter', () => {
    expect(groupByLetter(glossary.entries).map((group) => [group.letter, group.entries.length])).toEqual([
      ['I', 1],
      ['L', 3],
    ]);
  });
});

describe('resource pages', () => {
  const many = Array.from({ length: 45 }, (_, index) => input('term', `term-${index}`, `Term ${index}`));
  const hub = input('area', 'hub', 'Hub', { related: many.map((entry) => entry.slug) });
  const glossary = buildGlossary([hub, ...many]);

  test('split a long related list into pages of 30 with previous and next links', () => {
    const pages = resourcePages(glossary.bySlug.get('hub')!);
    expect(pages.map((page) => [page.path, page.items.length, page.previousPath, page.nextPath])).toEqual([
      ['/area/hub/resource/1/', 30, undefined, '/area/hub/resource/2/'],
      ['/area/hub/resource/2/', 15, '/area/hub/resource/1/', undefined],
    ]);
    expect(pages[0]!.items[0]!.slug).toBe('term-0');
  });

  test('are not made when the entry page shows the whole list', () => {
    const small = buildGlossary([input('term', 'alpha', 'Alpha', { related: ['beta'] }), input('term', 'beta', 'Beta')]);
    expect(resourcePages(small.bySlug.get('alpha')!)).toEqual([]);
  });
});

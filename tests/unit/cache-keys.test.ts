import { describe, expect, test } from 'vitest';
import { entryPageKey, listKey, mentionedNames, resourcePageKey, type EntrySources, type SiteFacts } from '../../src/lib/cache-keys.ts';
import { linkTarget } from '../../src/lib/autolink.ts';
import { buildGlossary, resourcePages, type EntryInput } from '../../src/lib/graph.ts';
import { analyse, readBody } from '../../src/lib/markdown.ts';
import type { Kind } from '../../src/lib/schema.ts';

function input(kind: Kind, slug: string, title: string, related: string[] = [], body = '## What is it?\n\nText.\n'): EntryInput {
  return {
    kind,
    slug,
    data: { title, description: `${title}: a description long enough for the schema to accept it.`, aliases: [], related, redirectFrom: [], published: '2026-01-01', updated: undefined, draft: false, sources: [] },
    analysis: analyse(readBody(body)),
  };
}

const facts: SiteFacts = { siteUrl: 'https://example.org', loaderHash: "'sha256-x'" };

/** The keys of every page of a glossary, by path, with each entry's digest standing for its file. */
function keysOf(inputs: EntryInput[], digests: Record<string, string> = {}): Map<string, string> {
  const glossary = buildGlossary(inputs);
  const mentions = mentionedNames(glossary.entries.map((entry) => linkTarget({ ...entry, aliases: entry.aliases })));
  const sources: EntrySources = { digest: (entry) => digests[entry.slug] ?? 'same', mentions: (entry) => mentions(entry.sections.map((section) => section.text)) };
  const keys = new Map<string, string>();
  for (const entry of glossary.entries) {
    keys.set(entry.path, entryPageKey(facts, sources, entry));
    const pages = resourcePages(entry);
    for (const resource of pages) keys.set(resource.path, resourcePageKey(facts, sources, entry, resource, pages.length));
  }
  keys.set('/term/', listKey(facts, 'term', glossary.byKind.term));
  return keys;
}

function changed(before: Map<string, string>, after: Map<string, string>): string[] {
  return [...new Set([...before.keys(), ...after.keys()])].filter((path) => before.get(path) !== after.get(path)).sort();
}

describe('cache keys', () => {
  const base = [
    input('term', 'delta', 'Delta', ['gamma']),
    input('term', 'gamma', 'Gamma', [], '## Why?\n\nIt moves the delta hedge.\n'),
    input('term', 'vega', 'Vega', [], '## Why?\n\nImplied volatility moves it.\n'),
    input('definition', 'strike', 'Strike'),
  ];

  test('a title change reaches the pages that list the entry, and no other', () => {
    const renamed = [input('term', 'delta', 'Delta', ['gamma']), input('term', 'gamma', 'Option Gamma', [], '## Why?\n\nIt moves the delta hedge.\n'), base[2]!, base[3]!];
    // Gamma's own page changes through its digest; Delta lists Gamma; the term index lists it.
    expect(changed(keysOf(base), keysOf(renamed, { gamma: 'edited' }))).toEqual(['/term/', '/term/delta/', '/term/gamma/']);
  });

  test("a new name that a body mentions changes that body's key", () => {
    const withIv = [...base, input('definition', 'implied-volatility', 'Implied Volatility')];
    expect(changed(keysOf(base), keysOf(withIv))).toContain('/term/vega/');
    expect(changed(keysOf(base), keysOf(withIv))).not.toContain('/definition/strike/');
  });

  test('site-wide facts change every key', () => {
    const before = keysOf(base);
    const moved = { ...facts, loaderHash: "'sha256-y'" };
    const glossary = buildGlossary(base);
    expect(listKey(moved, 'term', glossary.byKind.term)).not.toBe(before.get('/term/'));
  });
});

describe('mentioned names', () => {
  const find = mentionedNames([
    { slug: 'iv', path: '/definition/iv/', names: ['Implied Volatility', 'IV'] },
    { slug: 'speed', path: '/term/speed/', names: ['Speed'] },
    { slug: 'speed-2', path: '/term/speed-2/', names: ['speed'] },
  ]);

  test('finds a name only where all its words occur, whatever their case', () => {
    expect(find(['When implied VOLATILITY rises'])).toEqual([['implied volatility', ['Implied Volatility /definition/iv/']]]);
    expect(find(['Volatility alone'])).toEqual([]);
  });

  test('lists every entry that claims a name, so a second claimant (which unlinks it) changes the key', () => {
    expect(find(['at speed'])).toEqual([['speed', ['Speed /term/speed/', 'speed /term/speed-2/']]]);
  });
});

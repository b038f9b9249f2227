import { describe, expect, test } from 'vitest';
import { buildGlossary } from '../../src/lib/graph.ts';
import { breadcrumbList, collectionDescription, definedTerm, faqPage, firstSentences, questionFacet, serializeJsonLd, website } from '../../src/lib/jsonld.ts';
import { analyse, readBody } from '../../src/lib/markdown.ts';
import { entryPage } from '../../src/lib/pages.ts';

const glossary = buildGlossary([
  {
    kind: 'area',
    slug: 'non-recoverable-loss',
    data: {
      title: 'Non-Recoverable Loss',
      description: 'A loss that no later market move can restore, such as bad debt or a realised liquidation.',
      aliases: ['Permanent Loss'],
      related: ['impermanent-loss'],
      redirectFrom: [],
      published: '2026-01-02',
      updated: '2026-02-03',
      draft: false,
      sources: [],
    },
    analysis: analyse(readBody('## What is the Asset of Non-Recoverable Loss?\n\nIt is gone for good. No rally brings it back. A third sentence.\n\n## Why does it matter?\n\nMargin.\n')),
  },
  {
    kind: 'definition',
    slug: 'impermanent-loss',
    data: {
      title: 'Impermanent Loss',
      description: 'The shortfall of a liquidity position against holding the same tokens, caused by price moves.',
      aliases: [],
      related: [],
      redirectFrom: [],
      published: '2026-01-01',
      draft: false,
      sources: [],
    },
    analysis: analyse(readBody('## What is it?\n\nText.\n')),
  },
]);
const area = glossary.bySlug.get('non-recoverable-loss')!;

describe('JSON-LD builders', () => {
  test('breadcrumbs count from 1 with absolute URLs', () => {
    expect(breadcrumbList(entryPage(area).crumbs)).toEqual({
      '@context': 'https://schema.org',
      '@type': 'BreadcrumbList',
      itemListElement: [
        { '@type': 'ListItem', position: 1, name: 'Home', item: 'https://term.greeks.live/' },
        { '@type': 'ListItem', position: 2, name: 'Area', item: 'https://term.greeks.live/area/' },
        { '@type': 'ListItem', position: 3, name: 'Non-Recoverable Loss', item: 'https://term.greeks.live/area/non-recoverable-loss/' },
      ],
    });
  });

  test('one FAQ question per section, none for a page without sections', () => {
    expect(faqPage(area.sections)?.mainEntity).toEqual([
      { '@type': 'Question', name: 'What is the Asset of Non-Recoverable Loss?', acceptedAnswer: { '@type': 'Answer', text: 'It is gone for good. No rally brings it back. A third sentence.' } },
      { '@type': 'Question', name: 'Why does it matter?', acceptedAnswer: { '@type': 'Answer', text: 'Margin.' } },
    ]);
    expect(faqPage([])).toBeUndefined();
  });

  test('the collection description is the first facet and two sentences', () => {
    expect(collectionDescription(area)).toBe('Asset ⎊ It is gone for good. No rally brings it back.');
    expect(questionFacet('How is funding paid?')).toBe('How is funding paid');
    expect(firstSentences('One. Two. Three.', 2)).toBe('One. Two.');
  });

  test('the collection page lists exactly the related entries on the page as Articles', () => {
    const [, , collection] = entryPage(area).structuredData as [unknown, unknown, Record<string, unknown>];
    expect(collection).toMatchObject({
      '@type': 'CollectionPage',
      headline: 'Non-Recoverable Loss ⎊ Area ⎊ Greeks.live',
      url: 'https://term.greeks.live/area/non-recoverable-loss/',
      publisher: { '@type': 'Organization', name: 'Greeks.live' },
      image: { '@type': 'ImageObject', url: 'https://term.greeks.live/area/non-recoverable-loss/card.png', width: 1200, height: 630, caption: 'Non-Recoverable Loss: area in the Greeks.live glossary' },
    });
    expect(collection['hasPart']).toEqual([
      {
        '@type': 'Article',
        '@id': 'https://term.greeks.live/definition/impermanent-loss/',
        url: 'https://term.greeks.live/definition/impermanent-loss/',
        headline: 'Impermanent Loss',
        description: 'The shortfall of a liquidity position against holding the same tokens, caused by price moves.',
        datePublished: '2026-01-01T00:00:00.000Z',
        dateModified: '2026-01-01T00:00:00.000Z',
        author: { '@type': 'Organization', name: 'Greeks.live', url: 'https://term.greeks.live/' },
        // Each part names its own entry's card, the picture a link to it shows when shared.
        image: { '@type': 'ImageObject', url: 'https://term.greeks.live/definition/impermanent-loss/card.png', width: 1200, height: 630, caption: 'Impermanent Loss: definition in the Greeks.live glossary' },
      },
    ]);
  });

  test('the defined term names its aliases and its term set', () => {
    expect(definedTerm(area)).toMatchObject({
      '@type': 'DefinedTerm',
      name: 'Non-Recoverable Loss',
      url: 'https://term.greeks.live/area/non-recoverable-loss/',
      alternateName: ['Permanent Loss'],
      inDefinedTermSet: { '@type': 'DefinedTermSet', '@id': 'https://term.greeks.live/#glossary' },
    });
    expect(definedTerm(glossary.bySlug.get('impermanent-loss')!)).not.toHaveProperty('alternateName');
  });

  test('the website offers a search action', () => {
    expect(website().potentialAction).toMatchObject({ target: { urlTemplate: 'https://term.greeks.live/search/?q={search_term_string}' } });
  });

  test('serialization cannot close the script element', () => {
    const text = serializeJsonLd({ name: '</script><script>alert(1)</script>', other: 'a & b' });
    expect(text).not.toContain('<');
    expect(text).not.toContain('>');
    expect(JSON.parse(text)).toEqual({ name: '</script><script>alert(1)</script>', other: 'a & b' });
  });
});

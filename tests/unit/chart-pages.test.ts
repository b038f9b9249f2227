/** A chart everywhere its entry is published: the analysis the loader stores, the twin, the structured data. */
import { describe, expect, test } from 'vitest';
import { checkFiles } from '../../src/lib/content-check.ts';
import { splitFrontmatter } from '../../src/lib/content-frontmatter.ts';
import { buildGlossary } from '../../src/lib/graph.ts';
import { analyse } from '../../src/lib/markdown.ts';
import { entryPage } from '../../src/lib/pages.ts';
import { entryTwin } from '../../src/lib/twin.ts';
import { chartPath } from '../../src/lib/urls.ts';

const source = `---
title: Straddle
description: A call and a put on the same strike, bought to profit from a large move in either direction.
published: 2026-12-01
---

## What does it pay at expiry?

It pays the distance from the strike, less the premiums:

<PayoffChart
  title="Long straddle"
  legs={[
    { type: 'call', strike: 100, premium: 5 },
    { type: 'put', strike: 100, premium: 5 },
  ]}
/>

Both legs expire together.

## What does the seller take on?

The other side, and <abbr title="without limit">unlimited</abbr> risk above the upper break-even.
`;

const { entries, problems } = checkFiles([{ file: 'content/term/straddle.mdx', kind: 'term', slug: 'straddle', source }]);
const checked = entries[0]!;
const body = splitFrontmatter(source).body;
const glossary = buildGlossary([{ kind: 'term', slug: 'straddle', data: checked.data, analysis: analyse(checked.body, source.length - body.length) }]);
const straddle = glossary.bySlug.get('straddle')!;

describe('a chart in an entry', () => {
  test('is found by the check, with its offsets in the body, and HTML elements are left alone', () => {
    expect(problems.filter((problem) => problem.severity !== 'warning')).toEqual([]);
    expect(straddle.usesMdx).toBe(true);
    expect(straddle.charts).toHaveLength(1);
    const [chart] = straddle.charts;
    expect(chart!.component).toBe('PayoffChart');
    expect(body.slice(chart!.start, chart!.end)).toMatch(/^<PayoffChart[\s\S]*\/>$/);
  });

  test('is published beside its page and shown in the twin as an image with its description', () => {
    expect(chartPath(straddle.path, 1)).toBe('/term/straddle/chart-1.svg');
    const twin = entryTwin(entryPage(straddle), body);
    expect(twin).toContain(
      '![Long straddle. Profit and loss at expiry of a long call struck at 100 for 5 and a long put struck at 100 for 5, against the underlying price at expiry, from USD 80 to USD 120. Break-evens at USD 90 and USD 110. Maximum profit unlimited as the price rises. Maximum loss USD 10, at USD 100.](https://term.greeks.live/term/straddle/chart-1.svg)',
    );
    // The text around it is kept, and no JSX is left for a Markdown reader.
    expect(twin).toContain('less the premiums:\n\n![');
    expect(twin).toContain('.svg)\n\nBoth legs expire together.');
    expect(twin).not.toContain('<PayoffChart');
  });

  test('leaves the page image to its social card, in the head and the structured data alike', () => {
    const collection = entryPage(straddle).structuredData.find((data) => (data as { '@type': string })['@type'] === 'CollectionPage') as { image?: { url: string } };
    expect(collection.image?.url).toBe('https://term.greeks.live/term/straddle/card.png');
    expect(entryPage(straddle).meta.image?.url).toBe('https://term.greeks.live/term/straddle/card.png');
  });
});

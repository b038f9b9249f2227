/** Every page's social card, as a crawler fetching og:image would find it: a 1200x630 PNG under 100 KB, its own. */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { distFiles, fileFor, pathOf, siteOrigin } from '../support/dist.ts';
import { attribute, elements, jsonLdBlocks, parseHtml, type HtmlNode } from '../support/html.ts';

const pages = distFiles()
  .filter((file) => file.endsWith('.html'))
  .map((file) => ({ path: pathOf(file), document: parseHtml(readFileSync(file, 'utf8')) }))
  .filter(({ document }) => !elements(document, 'meta').some((meta) => attribute(meta, 'httpEquiv') === 'refresh'));
const entryPages = pages.filter(({ path }) => /^\/(area|term|definition)\/[a-z0-9-]+\/$/.test(path));
const sectionPages = pages.filter(({ path }) => ['/', '/area/', '/term/', '/definition/'].includes(path));
const resourcePages = pages.filter(({ path }) => /\/resource\/\d+\/$/.test(path));

function meta(document: HtmlNode, key: 'property' | 'name', value: string): string | undefined {
  return attribute(elements(document, 'meta').find((node) => attribute(node, key) === value) ?? { type: 'element' }, 'content');
}

const pngSignature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** The PNG's size from its IHDR chunk, which must come first. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(0, 8).equals(pngSignature)).toBe(true);
  expect(bytes.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('social cards', () => {
  test('every entry, section and home page has a card of its own: a 1200x630 PNG under 100 KB beside it', () => {
    expect(entryPages.length).toBeGreaterThan(50);
    for (const { path, document } of [...entryPages, ...sectionPages]) {
      const url = meta(document, 'property', 'og:image');
      expect(url, path).toBe(`${siteOrigin}${path}card.png`);
      const file = fileFor(url!.slice(siteOrigin.length));
      expect(file, url).toBeDefined();
      const bytes = readFileSync(file!);
      expect(pngSize(bytes), url).toEqual({ width: 1200, height: 630 });
      expect(bytes.length, url).toBeLessThan(100 * 1024);
      expect([meta(document, 'property', 'og:image:width'), meta(document, 'property', 'og:image:height'), meta(document, 'property', 'og:image:type')], path).toEqual(['1200', '630', 'image/png']);
      expect(meta(document, 'property', 'og:image:alt'), path).toMatch(/\S/);
      expect(meta(document, 'name', 'twitter:image'), path).toBe(url);
      expect(meta(document, 'name', 'twitter:card'), path).toBe('summary_large_image');
    }
  });

  test('cards differ from page to page', () => {
    const cards = [...entryPages, ...sectionPages].map(({ path }) => readFileSync(fileFor(`${path}card.png`)!).toString('base64'));
    expect(new Set(cards).size).toBe(cards.length);
  });

  test("every resource page shows its entry's card", () => {
    expect(resourcePages.length).toBeGreaterThan(0);
    for (const { path, document } of resourcePages) {
      const entryPath = path.replace(/resource\/\d+\/$/, '');
      expect(meta(document, 'property', 'og:image'), path).toBe(`${siteOrigin}${entryPath}card.png`);
    }
  });

  test('every CollectionPage and every Article part names a card as its ImageObject', () => {
    let parts = 0;
    for (const { path, document } of [...entryPages, ...sectionPages, ...resourcePages]) {
      for (const block of jsonLdBlocks(document).filter((candidate) => candidate['@type'] === 'CollectionPage')) {
        const collection = block as { image: Record<string, unknown>; hasPart: { url: string; image: Record<string, unknown> }[] };
        expect(collection.image, path).toMatchObject({ '@type': 'ImageObject', width: 1200, height: 630 });
        expect(fileFor((collection.image['url'] as string).slice(siteOrigin.length)), path).toBeDefined();
        for (const part of collection.hasPart) {
          parts++;
          expect(part.image, `${path} ${part.url}`).toEqual({ '@type': 'ImageObject', url: `${part.url}card.png`, width: 1200, height: 630, caption: expect.stringMatching(/\S/) });
          expect(fileFor(`${part.url.slice(siteOrigin.length)}card.png`), part.url).toBeDefined();
        }
      }
    }
    expect(parts).toBeGreaterThan(100);
  });
});

/** Checks over every file of the built site: links, redirects, structured data, the sitemap and feed, and the reference pages' paths. */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { distDirectory, distFiles, fileFor, pathOf, readDist, redirects, siteOrigin } from '../support/dist.ts';
import { attribute, elements, findAll, jsonLdBlocks, parseHtml, textOf, type HtmlNode } from '../support/html.ts';
import referenceRelated from './reference-related.json' with { type: 'json' };

const pages = distFiles()
  .filter((file) => file.endsWith('.html'))
  .map((file) => ({ path: pathOf(file), html: readFileSync(file, 'utf8') }))
  .map((page) => ({ ...page, document: parseHtml(page.html) }));
const isRedirectPage = (document: HtmlNode) => elements(document, 'meta').some((meta) => attribute(meta, 'httpEquiv') === 'refresh');
const entryPagePattern = /^\/(area|term|definition)\/[a-z0-9-]+\/$/;
const entryPages = pages.filter(({ path, document }) => entryPagePattern.test(path) && !isRedirectPage(document));

/** Where a path finally leads: through a redirect when it is one. */
function resolve(path: string): string {
  return redirects().get(path) ?? path;
}

describe('the built site', () => {
  test('every internal link and asset resolves', () => {
    const broken: string[] = [];
    for (const { path, document } of pages) {
      for (const node of findAll(document, (candidate) => candidate.type === 'element')) {
        for (const name of ['href', 'src']) {
          const url = attribute(node, name);
          if (!url) continue;
          const local = url.startsWith(siteOrigin) ? url.slice(siteOrigin.length) || '/' : url;
          if (!local.startsWith('/') || local.startsWith('//')) continue;
          if (!fileFor(local)) broken.push(`${path} -> ${url}`);
        }
      }
    }
    expect(broken).toEqual([]);
  });

  test('every redirect leads to a page, and has a page of its own that points there', () => {
    const all = redirects();
    expect(all.size).toBeGreaterThan(0);
    for (const [from, to] of all) {
      expect(fileFor(to), `${from} -> ${to}`).toBeDefined();
      const document = parseHtml(readDist(from));
      expect(elements(document, 'link').find((link) => attribute(link, 'rel') === 'canonical')?.properties?.['href']).toBe(`${siteOrigin}${to}`);
      expect(elements(document, 'meta').find((meta) => attribute(meta, 'httpEquiv') === 'refresh')?.properties?.['content']).toBe(`0; url=${to}`);
    }
  });

  test('every path the reference site names exists, as a page or a redirect', () => {
    const paths = [...Object.keys(referenceRelated), ...Object.values(referenceRelated).flat()];
    expect(paths.length).toBeGreaterThan(30);
    expect(paths.filter((path) => !fileFor(path) || !fileFor(resolve(path)))).toEqual([]);
  });

  /** Every related entry an entry lists, across its page and its resource pages. */
  function ourRelated(path: string): Set<string> {
    const related = new Set<string>();
    for (const page of pages.filter((candidate) => candidate.path === path || candidate.path.startsWith(`${path}resource/`))) {
      const section = findAll(page.document, (node) => node.tagName === 'section' && attribute(node, 'className') === 'related')[0];
      for (const item of findAll(section ?? { type: 'root' }, (node) => node.tagName === 'li')) {
        const link = elements(item, 'a')[0];
        if (link) related.add(attribute(link, 'href')!);
      }
    }
    return related;
  }

  test.each(Object.entries(referenceRelated))('%s lists every related entry of its reference page', (path, expected) => {
    const ours = ourRelated(path);
    expect(expected.map(resolve).filter((related) => !ours.has(related))).toEqual([]);
  });
});

/** The parts of each JSON-LD node these tests read. */
interface StructuredBreadcrumbs {
  itemListElement: { position: number; item: string }[];
}
interface StructuredFaq {
  mainEntity: { name: string; acceptedAnswer: { text: string } }[];
}
interface StructuredCollection {
  url: string;
  headline: string;
  hasPart: Record<string, string>[];
}
interface StructuredTerm {
  inDefinedTermSet: { '@id': string };
}

/** Every string in a JSON-LD tree that is a missing value printed as text. */
function brokenValues(value: unknown): string[] {
  if (typeof value === 'string') return ['undefined', 'null', 'NaN', 'Invalid Date'].includes(value) || value.includes('Invalid Date') ? [value] : [];
  if (Array.isArray(value)) return value.flatMap(brokenValues);
  if (value && typeof value === 'object') return Object.values(value).flatMap(brokenValues);
  return [];
}

describe('structured data', () => {
  test('every page carries JSON-LD that parses, with the schema.org context', () => {
    for (const { path, document } of pages) {
      if (isRedirectPage(document) || path === '/404.html') continue;
      const blocks = jsonLdBlocks(document);
      expect(blocks.length, path).toBeGreaterThan(0);
      for (const block of blocks) expect(block['@context'], path).toBe('https://schema.org');
    }
  });

  test('every entry page has the five node types, each consistent with what the reader sees', () => {
    expect(entryPages.length).toBeGreaterThan(50);
    for (const { path, document } of entryPages) {
      const blocks = jsonLdBlocks(document);
      // The Article (the entry as its citation gives it) is checked with the citation, in reading-aids.test.ts.
      expect(blocks.map((block) => block['@type']), path).toEqual(['BreadcrumbList', 'FAQPage', 'CollectionPage', 'DefinedTerm', 'Article']);
      const [breadcrumbs, faq, collection, term] = blocks as unknown as [StructuredBreadcrumbs, StructuredFaq, StructuredCollection, StructuredTerm];
      expect(breadcrumbs.itemListElement.map((item) => item.position)).toEqual([1, 2, 3]);
      expect(breadcrumbs.itemListElement.at(-1)?.item).toBe(`${siteOrigin}${path}`);
      // The page typesets quotes (smart punctuation); the structured data keeps the author's plain ones.
      const plainQuotes = (text: string) => text.replace(/[‘’]/g, "'").replace(/[“”]/g, '"');
      const questions = elements(document, 'h2').map((heading) => plainQuotes(textOf(heading)));
      for (const question of faq.mainEntity) {
        expect(question.name).toMatch(/\?$/);
        expect(questions, path).toContain(plainQuotes(question.name));
        expect(question.acceptedAnswer.text).not.toMatch(/<[a-z]/i);
      }
      expect(collection.url).toBe(`${siteOrigin}${path}`);
      expect(collection.headline).toBe(textOf(elements(document, 'title')[0]!));
      // Every part is a link the reader can see on the page.
      const links = new Set(elements(document, 'a').map((link) => attribute(link, 'href')));
      for (const part of collection.hasPart) {
        expect(links.has(part['url']!.slice(siteOrigin.length)), `${path} shows ${part['url']}`).toBe(true);
        for (const key of ['@id', 'url', 'headline', 'description', 'datePublished', 'dateModified', 'author']) expect(part, key).toHaveProperty(key);
      }
      expect(term.inDefinedTermSet['@id']).toBe(`${siteOrigin}/#glossary`);
      // A missing value printed as text ("undefined", an invalid date) is a bug a reader or a crawler sees.
      expect(brokenValues(blocks), path).toEqual([]);
    }
  });

  test('the home page publishes the glossary as a DefinedTermSet with the WebSite and Organization', () => {
    expect(jsonLdBlocks(parseHtml(readDist('/'))).map((block) => block['@type'])).toEqual(['WebSite', 'Organization', 'DefinedTermSet']);
  });
});

describe('machine-readable files', () => {
  test('the Markdown twin of an area follows the reference layout', () => {
    const twin = readDist('/area/non-recoverable-loss.md');
    const [head, sections, related, schema] = twin.split('\n---\n');
    expect(head).toBe('# Non-Recoverable Loss ⎊ Area ⎊ Greeks.live\n');
    expect(sections!.match(/^## .+\?$/gm)!.length).toBeGreaterThanOrEqual(3);
    expect(related).toMatch(/^## \[.+\]\(https:\/\/term\.greeks\.live\/(area|term|definition)\/[a-z0-9-]+\/\)\n\n.+ ⎊ (Area|Term|Definition)$/m);
    expect(schema).toMatch(/^\n## Raw Schema Data\n/);
    const blocks = [...schema!.matchAll(/```json\n([\s\S]*?)\n```/g)].map((match) => (JSON.parse(match[1]!) as Record<string, unknown>)['@type']);
    expect(blocks).toEqual(['BreadcrumbList', 'FAQPage', 'CollectionPage', 'DefinedTerm', 'Article']);
    expect(schema!.trimEnd().endsWith('**Original URL:** https://term.greeks.live/area/non-recoverable-loss/')).toBe(true);
  });

  test('the sitemap lists every page with its last change, and no redirect or search page', () => {
    const sitemap = parseHtml(readDist('/sitemap.xml'));
    const urls = new Map(
      findAll(sitemap, (node) => node.tagName === 'url').map((url) => [textOf(findAll(url, (node) => node.tagName === 'loc')[0]!).slice(siteOrigin.length), textOf(findAll(url, (node) => node.tagName === 'lastmod')[0]!)]),
    );
    for (const path of [...entryPages.map((page) => page.path), '/', '/area/', '/term/', '/definition/']) expect(urls.get(path), path).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    for (const path of [...redirects().keys(), '/search/']) expect(urls.has(path), path).toBe(false);
    // A section changes when its newest entry does.
    const newestTerm = entryPages.filter((page) => page.path.startsWith('/term/')).map((page) => urls.get(page.path)!).sort().at(-1);
    expect(urls.get('/term/')).toBe(newestTerm);
    expect(readDist('/robots.txt')).toContain(`Sitemap: ${siteOrigin}/sitemap.xml`);
  });

  test('the feed lists entries with absolute links and is announced in every head', () => {
    const feed = parseHtml(readDist('/rss.xml'));
    const links = findAll(feed, (node) => node.tagName === 'item').map((item) => textOf(findAll(item, (node) => node.tagName === 'guid')[0]!));
    expect(links.length).toBeGreaterThan(20);
    for (const link of links) expect(fileFor(link.slice(siteOrigin.length)), link).toBeDefined();
    for (const { path, document } of entryPages) {
      expect(elements(document, 'link').some((link) => attribute(link, 'type') === 'application/rss+xml'), path).toBe(true);
    }
  });

  test('_headers allows exactly the inline scripts the pages carry, and caches hashed files for good', () => {
    const text = readDist('/_headers');
    const policy = /Content-Security-Policy: (.*)/.exec(text)![1]!;
    const inlineScripts = new Set(pages.flatMap(({ document }) => elements(document, 'script').filter((script) => !attribute(script, 'type') && !attribute(script, 'src')).map(textOf)));
    expect(inlineScripts.size).toBe(1);
    const [script] = inlineScripts;
    const { createHash } = process.getBuiltinModule('node:crypto');
    expect(policy).toContain(`'sha256-${createHash('sha256').update(script!).digest('base64')}'`);
    expect(text).toMatch(/\/_astro\/\*\n {2}Cache-Control: public, max-age=31536000, immutable/);
    expect(text).toMatch(/\/katex\/\*\n {2}Cache-Control: public, max-age=31536000, immutable/);
    expect(text).toMatch(/\/scripts\/\*\n {2}Cache-Control: public, max-age=31536000, immutable/);
    // Only hashed modules live there, so caching them for good is right.
    expect(distFiles(`${distDirectory}scripts`).map((file) => file.slice(distDirectory.length))).toEqual([expect.stringMatching(/^scripts\/preview\.[0-9a-f]{12}\.js$/), expect.stringMatching(/^scripts\/search\.[0-9a-f]{12}\.js$/)]);
    expect(text).toMatch(/\/\*\.md\n {2}Content-Type: text\/markdown; charset=utf-8/);
  });
});

/** Checks over every file of the built site: links, redirects, structured data, sitemap, feed, and the reference pages' paths. */
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { distFiles, fileFor, pathOf, readDist, redirects, siteOrigin } from '../support/dist.ts';
import { jsonLdBlocks, parseHtml } from '../support/html.ts';

const htmlFiles = distFiles().filter((file) => file.endsWith('.html'));
const entryPagePattern = /^\/(area|term|definition)\/[a-z0-9-]+\/$/;

/** Where a path finally leads: through a redirect when it is one. */
function resolve(path: string): string {
  return redirects().get(path) ?? path;
}

test('every internal link and asset in the built site resolves', () => {
  const broken: string[] = [];
  for (const file of htmlFiles) {
    const html = readFileSync(file, 'utf8');
    for (const [, url] of html.matchAll(/(?:href|src)="([^"]+)"/g)) {
      const local = url!.startsWith(siteOrigin) ? url!.slice(siteOrigin.length) || '/' : url!;
      if (!local.startsWith('/') || local.startsWith('//')) continue;
      if (!fileFor(local)) broken.push(`${pathOf(file)} -> ${url}`);
    }
  }
  expect(broken).toEqual([]);
});

test('every redirect leads to a page, and has a page of its own that points there', () => {
  const all = redirects();
  expect(all.size).toBeGreaterThan(0);
  for (const [from, to] of all) {
    expect(fileFor(to), `${from} -> ${to}`).toBeDefined();
    const page = readDist(from);
    expect(page).toContain(`<link rel="canonical" href="${siteOrigin}${to}"`);
    expect(page).toContain(`url=${to}`);
  }
});

test('every path the reference site names exists, as a page or a redirect', () => {
  const paths = [
    '/area/non-recoverable-loss/', '/area/portfolio-impermanent-loss/', '/term/non-linear-loss-acceleration/', '/term/attack-cost/',
    '/term/real-time-loss-calculation/', '/definition/capital-efficiency-loss/', '/definition/impermanent-loss-protection/',
    '/definition/loss-aversion/', '/definition/impermanent-loss-risk/', '/definition/impermanent-loss-mitigation/', '/definition/impermanent-loss/',
    '/definition/portfolio-resilience/', '/definition/portfolio-risk-management/', '/definition/portfolio-margin-systems/', '/term/portfolio-construction/',
    '/term/portfolio-margin-calculation/', '/term/portfolio-margin-system/', '/definition/portfolio-diversification-failure/',
    '/term/options-portfolio-stress-testing/', '/term/crypto-options-portfolio-stress-testing/', '/term/portfolio-margining-systems/',
    '/term/portfolio-risk-analysis/', '/term/portfolio-margining-models/', '/term/portfolio-margining-defi/', '/term/portfolio-margin-model/',
    '/term/portfolio-delta-margin/', '/definition/portfolio-based-margin/', '/term/markowitz-portfolio-theory/', '/term/inter-protocol-portfolio-margin/',
    '/term/cross-protocol-portfolio-margin/', '/term/risk-based-portfolio-margin/', '/term/systemic-value-loss/', '/definition/stop-loss/',
  ];
  const missing = paths.filter((path) => !fileFor(path) || !fileFor(resolve(path)));
  expect(missing).toEqual([]);
});

/** The related entries a reference page lists, as paths on this site. */
function referenceRelated(file: string): string[] {
  const text = readFileSync(new URL(`../../../shared/reference/${file}`, import.meta.url), 'utf8');
  const list = text.split('\n---\n')[2]!;
  return [...list.matchAll(/^## \[[^\]]+\]\(https:\/\/term\.greeks\.live(\/[^)]+)\)/gm)].map((match) => resolve(match[1]!));
}

/** Every related entry an entry lists, across its page and its resource pages. */
function ourRelated(path: string): Set<string> {
  const pages = [path, ...distFiles().filter((file) => file.endsWith('.html') && pathOf(file).startsWith(`${path}resource/`)).map(pathOf)];
  const related = new Set<string>();
  for (const page of pages) {
    const html = readDist(page);
    const section = html.slice(html.indexOf('<section class="related"'));
    for (const [, href] of section.matchAll(/<li><a href="([^"]+)"/g)) related.add(href!);
  }
  return related;
}

for (const [file, path] of [
  ['area-non-recoverable-loss.md', '/area/non-recoverable-loss/'],
  ['area-portfolio-impermanent-loss-resource-1.md', '/area/portfolio-impermanent-loss/'],
] as const) {
  test(`${path} lists every related entry of its reference page`, () => {
    const expected = referenceRelated(file);
    expect(expected.length).toBeGreaterThan(5);
    const ours = ourRelated(path);
    expect(expected.filter((related) => !ours.has(related))).toEqual([]);
  });
}

/** The parts of each JSON-LD node this test reads. */
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

test('every page carries JSON-LD that parses, and every entry page the four node types', () => {
  for (const file of htmlFiles) {
    const path = pathOf(file);
    const html = readFileSync(file, 'utf8');
    if (html.includes('http-equiv="refresh"')) continue;
    const blocks = jsonLdBlocks(parseHtml(html));
    if (path === '/404.html') continue;
    expect(blocks.length, path).toBeGreaterThan(0);
    for (const block of blocks) expect(block['@context'], path).toBe('https://schema.org');
    if (!entryPagePattern.test(path)) continue;
    expect(blocks.map((block) => block['@type']), path).toEqual(['BreadcrumbList', 'FAQPage', 'CollectionPage', 'DefinedTerm']);
    const [breadcrumbs, faq, collection, term] = blocks as unknown as [StructuredBreadcrumbs, StructuredFaq, StructuredCollection, StructuredTerm];
    expect(breadcrumbs['itemListElement'].map((item) => item.position)).toEqual([1, 2, 3]);
    expect(breadcrumbs['itemListElement'].at(-1)?.item).toBe(`${siteOrigin}${path}`);
    for (const question of faq['mainEntity']) {
      expect(question.name).toMatch(/\?$/);
      expect(question.acceptedAnswer.text).not.toMatch(/<[a-z]/i);
    }
    expect(collection['url']).toBe(`${siteOrigin}${path}`);
    expect(collection['headline']).toMatch(/ ⎊ (Area|Term|Definition) ⎊ Greeks\.live$/);
    // Every part is a link the reader can see on the page.
    for (const part of collection['hasPart']) {
      expect(html, `${path} shows ${part['url']}`).toContain(`href="${part['url']!.slice(siteOrigin.length)}"`);
      for (const key of ['@id', 'url', 'headline', 'description', 'datePublished', 'dateModified', 'author']) expect(part, key).toHaveProperty(key);
    }
    expect(term['inDefinedTermSet']['@id']).toBe(`${siteOrigin}/#glossary`);
    // A missing value would print as "undefined" in the data (prose may use the word).
    expect(JSON.stringify(blocks), path).not.toMatch(/"undefined"|undefined"/);
  }
});

test('the home page publishes the glossary as a DefinedTermSet with the WebSite and Organization', () => {
  const types = jsonLdBlocks(parseHtml(readDist('/'))).map((block) => block['@type']);
  expect(types).toEqual(['WebSite', 'Organization', 'DefinedTermSet']);
});

test('the Markdown twin of an area follows the reference layout', () => {
  const twin = readDist('/area/non-recoverable-loss.md');
  const [head, sections, related, schema] = twin.split('\n---\n');
  expect(head).toBe('# Non-Recoverable Loss ⎊ Area ⎊ Greeks.live\n');
  expect(sections!.match(/^## .+\?$/gm)!.length).toBeGreaterThanOrEqual(3);
  expect(related).toMatch(/^## \[.+\]\(https:\/\/term\.greeks\.live\/(area|term|definition)\/[a-z0-9-]+\/\)\n\n.+ ⎊ (Area|Term|Definition)$/m);
  expect(schema).toMatch(/^\n## Raw Schema Data\n/);
  const blocks = [...schema!.matchAll(/```json\n([\s\S]*?)\n```/g)].map((match) => JSON.parse(match[1]!)['@type']);
  expect(blocks).toEqual(['BreadcrumbList', 'FAQPage', 'CollectionPage', 'DefinedTerm']);
  expect(schema!.trimEnd().endsWith('**Original URL:** https://term.greeks.live/area/non-recoverable-loss/')).toBe(true);
});

test('the sitemap lists every page with its last change, and no redirect', () => {
  const sitemap = readDist('/sitemap.xml');
  const urls = new Map([...sitemap.matchAll(/<url><loc>([^<]+)<\/loc>(?:<lastmod>([^<]+)<\/lastmod>)?/g)].map((match) => [match[1]!.slice(siteOrigin.length), match[2]]));
  const entryPages = htmlFiles.map(pathOf).filter((path) => entryPagePattern.test(path) && !readDist(path).includes('http-equiv="refresh"'));
  expect(entryPages.length).toBeGreaterThan(50);
  for (const path of [...entryPages, '/', '/area/', '/term/', '/definition/']) expect(urls.get(path), path).toMatch(/^\d{4}-\d{2}-\d{2}/);
  for (const path of redirects().keys()) expect(urls.has(path), path).toBe(false);
  expect(readDist('/robots.txt')).toContain(`Sitemap: ${siteOrigin}/sitemap.xml`);
});

test('the feed lists entries with absolute links and is announced in every head', () => {
  const feed = readDist('/rss.xml');
  const links = [...feed.matchAll(/<item><title>[^<]+<\/title><link>([^<]+)<\/link>/g)].map((match) => match[1]!);
  expect(links.length).toBeGreaterThan(20);
  for (const link of links) expect(fileFor(link.slice(siteOrigin.length)), link).toBeDefined();
  expect(readDist('/term/delta/')).toContain(`<link rel="alternate" type="application/rss+xml"`);
});

/**
 * The sitemap, from the glossary graph: every page a search engine should index (the home page, the
 * section indexes, every entry and its resource pages), each with the day it last changed. Redirect
 * pages and the search page are not listed; endpoints such as the twins never are.
 */
import { resourcePages, type Glossary } from './graph.ts';
import { kinds } from './kinds.ts';
import { absoluteUrl, homePath, sectionPath } from './urls.ts';

export interface SitemapUrl {
  path: string;
  /** `YYYY-MM-DD`. */
  modified: string;
}

const day = (date: Date) => date.toISOString().slice(0, 10);

export function sitemapUrls(glossary: Glossary): SitemapUrl[] {
  const newest = (entries: Glossary['entries']) => day(new Date(Math.max(0, ...entries.map((entry) => entry.modified.getTime()))));
  const urls: SitemapUrl[] = [{ path: homePath, modified: newest(glossary.entries) }];
  // A section changes whenever one of its entries does; a resource page whenever its entry does.
  for (const kind of kinds) urls.push({ path: sectionPath(kind), modified: newest(glossary.byKind[kind]) });
  for (const entry of glossary.entries) {
    urls.push({ path: entry.path, modified: day(entry.modified) });
    for (const page of resourcePages(entry)) urls.push({ path: page.path, modified: day(entry.modified) });
  }
  return urls.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

const escapeXml = (text: string) => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

export function sitemapXml(urls: readonly SitemapUrl[]): string {
  const items = urls.map(({ path, modified }) => `<url><loc>${escapeXml(absoluteUrl(path))}</loc><lastmod>${modified}</lastmod></url>`);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${items.join('\n')}\n</urlset>\n`;
}

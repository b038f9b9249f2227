/** Every URL the site makes, from one place. Paths end in a slash; absolute URLs are built on `site.url`. */
import { site } from './site.ts';
import { kinds, type Kind } from './kinds.ts';

export { entryFromPath, entryPath } from './entry-paths.ts';

export const homePath = '/';
export const searchPath = '/search/';
/** The names the forgiving search matches (lib/search-names.ts): a plain name, revalidated like Pagefind's own entry file. */
export const searchNamesPath = '/search/names.json';
export const feedPath = '/rss.xml';
export const sitemapPath = '/sitemap.xml';

export function sectionPath(kind: Kind): string {
  return `/${kind}/`;
}

/** The site's pages that are not entries: the home page, the section indexes and search. */
export const sectionPaths: ReadonlySet<string> = new Set([homePath, ...kinds.map(sectionPath), searchPath]);

/** Page N (from 1) of an entry's full related list. */
export function resourcePath(kind: Kind, slug: string, page: number): string {
  return `/${kind}/${slug}/resource/${page}/`;
}

/** The standalone SVG of an entry's chart N (from 1), beside its page: `/term/straddle/chart-1.svg`. */
export function chartPath(pagePath: string, number: number): string {
  return `${pagePath}chart-${number}.svg`;
}

/** The Markdown twin of a page: its path without the trailing slash, plus `.md`. */
export function twinPath(pagePath: string): string {
  return `${pagePath.replace(/\/$/, '')}.md`;
}

export function absoluteUrl(path: string): string {
  return new URL(path, `${site.url}/`).href;
}

/** A letter's anchor on an A to Z list. */
export function letterAnchor(letter: string): string {
  return letter === '#' ? 'letter-other' : `letter-${letter.toLowerCase()}`;
}

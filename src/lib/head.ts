/**
 * The `<head>` of a page as data: a pure function from what the page is to the tags that describe it,
 * so tests can check them as objects and the component only prints them.
 */
import { site, titleSeparator } from './site.ts';
import { absoluteUrl, feedPath } from './urls.ts';
import type { CardImage } from './cards/card.ts';

export interface PageMeta {
  /** The page's own name: an entry's title, "Area", "Search". Omit on the home page. */
  title?: string | undefined;
  /** The kind of the entry, for the `<Title> ⎊ <Kind> ⎊ <Site>` pattern. */
  kindLabel?: string | undefined;
  /** Further parts between the title and the site name, such as "Resource 2". */
  extra?: string | undefined;
  description: string;
  /** The page's path, such as `/term/delta/`: the canonical URL is built from it. */
  path: string;
  /** The picture a shared link shows: the page's social card. */
  image?: CardImage | undefined;
  /** `article` for entries, `website` for the rest. */
  type?: 'article' | 'website';
  /** Leave the page out of search engines (the 404 page, redirects). */
  noindex?: boolean;
  /** When the page is an entry: its dates, for `article:` tags. */
  published?: Date | undefined;
  modified?: Date | undefined;
}

export interface HeadTag {
  tag: 'meta' | 'link';
  attributes: Record<string, string>;
}

/**
 * `<Title> ⎊ <Kind> ⎊ <Site>`, as the reference pages title themselves; their resource pages put
 * `Resource N` where the site name would be.
 */
export function pageTitle(meta: Pick<PageMeta, 'title' | 'kindLabel' | 'extra'>): string {
  if (!meta.title) return `${site.name}${titleSeparator}Crypto Derivatives and DeFi Risk Glossary`;
  return [meta.title, meta.kindLabel, meta.extra ?? site.name].filter(Boolean).join(titleSeparator);
}

export function headTags(meta: PageMeta): HeadTag[] {
  const title = pageTitle(meta);
  const url = absoluteUrl(meta.path);
  const tags: HeadTag[] = [
    { tag: 'meta', attributes: { name: 'description', content: meta.description } },
    // A page kept out of search engines (the 404 page) has no address of its own to name.
    ...(meta.noindex ? [] : [{ tag: 'link' as const, attributes: { rel: 'canonical', href: url } }]),
    { tag: 'meta', attributes: { property: 'og:type', content: meta.type ?? 'website' } },
    { tag: 'meta', attributes: { property: 'og:site_name', content: site.name } },
    { tag: 'meta', attributes: { property: 'og:title', content: title } },
    { tag: 'meta', attributes: { property: 'og:description', content: meta.description } },
    ...(meta.noindex ? [] : [{ tag: 'meta' as const, attributes: { property: 'og:url', content: url } }]),
    { tag: 'meta', attributes: { property: 'og:locale', content: 'en_US' } },
    { tag: 'meta', attributes: { name: 'twitter:card', content: meta.image ? 'summary_large_image' : 'summary' } },
    { tag: 'meta', attributes: { name: 'twitter:title', content: title } },
    { tag: 'meta', attributes: { name: 'twitter:description', content: meta.description } },
    { tag: 'link', attributes: { rel: 'alternate', type: 'application/rss+xml', title: `${site.name} glossary: new entries`, href: absoluteUrl(feedPath) } },
  ];
  if (meta.image) {
    const { url, width, height, type, alt } = meta.image;
    tags.push(
      { tag: 'meta', attributes: { property: 'og:image', content: url } },
      { tag: 'meta', attributes: { property: 'og:image:width', content: String(width) } },
      { tag: 'meta', attributes: { property: 'og:image:height', content: String(height) } },
      { tag: 'meta', attributes: { property: 'og:image:type', content: type } },
      { tag: 'meta', attributes: { property: 'og:image:alt', content: alt } },
      { tag: 'meta', attributes: { name: 'twitter:image', content: url } },
      { tag: 'meta', attributes: { name: 'twitter:image:alt', content: meta.image.alt } },
    );
  }
  if (meta.published) tags.push({ tag: 'meta', attributes: { property: 'article:published_time', content: meta.published.toISOString() } });
  if (meta.modified) tags.push({ tag: 'meta', attributes: { property: 'article:modified_time', content: meta.modified.toISOString() } });
  if (meta.noindex) tags.push({ tag: 'meta', attributes: { name: 'robots', content: 'noindex' } });
  return tags;
}

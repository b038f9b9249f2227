import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getGlossary } from '../lib/glossary.ts';
import { site } from '../lib/site.ts';
import { absoluteUrl } from '../lib/urls.ts';

/** How many entries the feed carries, newest first. */
const feedLength = 50;

export const GET: APIRoute = async () => {
  const glossary = await getGlossary();
  const newest = [...glossary.entries].sort((a, b) => b.published.getTime() - a.published.getTime() || a.title.localeCompare(b.title)).slice(0, feedLength);
  return rss({
    title: site.glossaryName,
    description: site.tagline,
    site: absoluteUrl('/'),
    items: newest.map((entry) => ({
      title: entry.title,
      link: entry.path,
      description: entry.description,
      pubDate: entry.published,
      categories: [entry.kindLabel],
    })),
    customData: `<language>${site.language}</language>`,
  });
};

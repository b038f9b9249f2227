import type { APIRoute, GetStaticPaths } from 'astro';
import { getGlossary, pageKeys } from '../../../../lib/glossary.ts';
import { entryResourcePages, type EntryResourcePage } from '../../../../lib/pages.ts';
import { resourceTwin } from '../../../../lib/twin.ts';

export const getStaticPaths = (async () => {
  const [glossary, keys] = await Promise.all([getGlossary(), pageKeys()]);
  return glossary.entries.flatMap((entry) =>
    entryResourcePages(entry).map((page) => ({ params: { kind: entry.kind, slug: entry.slug, page: String(page.resource.number) }, props: { page }, cacheKey: keys.resourcePage(page) })),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(resourceTwin((props as { page: EntryResourcePage }).page), { headers: { 'Content-Type': 'text/markdown; charset=utf-8' } });

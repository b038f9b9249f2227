import type { APIRoute, GetStaticPaths } from 'astro';
import { entryBody, getGlossary, pageKeys } from '../../lib/glossary.ts';
import type { GlossaryEntry } from '../../lib/graph.ts';
import { entryPage } from '../../lib/pages.ts';
import { entryTwin } from '../../lib/twin.ts';

export const getStaticPaths = (async () => {
  const [glossary, keys] = await Promise.all([getGlossary(), pageKeys()]);
  return glossary.entries.map((entry) => ({ params: { kind: entry.kind, slug: entry.slug }, props: { entry }, cacheKey: keys.entryPage(entry) }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { entry } = props as { entry: GlossaryEntry };
  return new Response(entryTwin(entryPage(entry), await entryBody(entry)), { headers: { 'Content-Type': 'text/markdown; charset=utf-8' } });
};

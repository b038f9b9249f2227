import type { APIRoute, GetStaticPaths } from 'astro';
import { getGlossary } from '../../../../lib/glossary.ts';
import { entryResourcePages, type EntryResourcePage } from '../../../../lib/pages.ts';
import { resourceTwin } from '../../../../lib/twin.ts';

export const getStaticPaths = (async () => {
  const glossary = await getGlossary();
  return glossary.entries.flatMap((entry) =>
    entryResourcePages(entry).map((page) => ({ params: { kind: entry.kind, slug: entry.slug, page: String(page.resource.number) }, props: { page } })),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(resourceTwin((props as { page: EntryResourcePage }).page), { headers: { 'Content-Type': 'text/markdown; charset=utf-8' } });

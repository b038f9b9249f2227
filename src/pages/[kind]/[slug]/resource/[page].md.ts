import type { APIRoute } from 'astro';
import { resourcePagePaths } from '../../../../lib/glossary.ts';
import type { GlossaryEntry } from '../../../../lib/graph.ts';
import { entryResourcePage } from '../../../../lib/pages.ts';
import { resourceTwin } from '../../../../lib/twin.ts';

export const getStaticPaths = resourcePagePaths;

export const GET: APIRoute = ({ props }) => {
  const { entry, number } = props as { entry: GlossaryEntry; number: number };
  return new Response(resourceTwin(entryResourcePage(entry, number)), { headers: { 'Content-Type': 'text/markdown; charset=utf-8' } });
};

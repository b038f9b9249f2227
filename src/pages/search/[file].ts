/** The file beside the search page: the names file for the forgiving search (the search module itself is under /scripts/). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getGlossary, pageKeys } from '../../lib/glossary.ts';
import { namesFile } from '../../lib/search-names.ts';
import { searchNamesPath } from '../../lib/urls.ts';

export const getStaticPaths = (async () => {
  const [glossary, keys] = await Promise.all([getGlossary(), pageKeys()]);
  const names = JSON.stringify(namesFile(glossary.alphabetical));
  // The names file is small enough to key by its own text (it holds every alias, which no list key covers).
  return [{ params: { file: searchNamesPath.split('/').at(-1)! }, props: { names }, cacheKey: keys.site(names) }];
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => new Response((props as { names: string }).names, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });

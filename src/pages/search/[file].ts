/** The files beside the search page: the search module (its hashed name) and the names file for the forgiving search. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { moduleCode, modulePath } from 'virtual:glossary/search';
import { getGlossary, pageKeys } from '../../lib/glossary.ts';
import { namesFile } from '../../lib/search-names.ts';
import { searchNamesPath } from '../../lib/urls.ts';

const fileName = (path: string) => path.split('/').at(-1)!;

export const getStaticPaths = (async () => {
  const [glossary, keys] = await Promise.all([getGlossary(), pageKeys()]);
  const names = JSON.stringify(namesFile(glossary.alphabetical));
  return [
    // The module's path is named by its hash, which every key covers.
    { params: { file: fileName(modulePath) }, props: { text: moduleCode, type: 'text/javascript' }, cacheKey: keys.site(modulePath) },
    // The names file is small enough to key by its own text (it holds every alias, which no list key covers).
    { params: { file: fileName(searchNamesPath) }, props: { text: names, type: 'application/json' }, cacheKey: keys.site(names) },
  ];
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { text, type } = props as { text: string; type: string };
  return new Response(text, { headers: { 'Content-Type': `${type}; charset=utf-8` } });
};

/** The files beside the search page: the search module (its hashed name) and the names file for the forgiving search. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { moduleCode, modulePath } from 'virtual:glossary/search';
import { getGlossary } from '../../lib/glossary.ts';
import { namesFile } from '../../lib/search-names.ts';
import { searchNamesPath } from '../../lib/urls.ts';

const fileName = (path: string) => path.split('/').at(-1)!;

export const getStaticPaths = (() => [{ params: { file: fileName(modulePath) } }, { params: { file: fileName(searchNamesPath) } }]) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  if (params.file === fileName(searchNamesPath)) {
    const glossary = await getGlossary();
    return new Response(JSON.stringify(namesFile(glossary.alphabetical)), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
  }
  return new Response(moduleCode, { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
};

/** `_redirects` and `_headers`, the files static hosts read beside the pages, from the glossary graph and the pages' code. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loaderHash } from 'virtual:glossary/scripts';
import { getGlossary } from '../lib/glossary.ts';
import { headersFile, redirectsFile } from '../lib/hosting.ts';

export const getStaticPaths = (() => [{ params: { hostingFile: '_redirects' } }, { params: { hostingFile: '_headers' } }]) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  if (params.hostingFile === '_headers') return new Response(headersFile([loaderHash]), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  const glossary = await getGlossary();
  const redirects = [...glossary.redirects].map(([from, entry]) => ({ from, to: entry.path }));
  return new Response(redirectsFile(redirects), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};

/** `_redirects` and `_headers`, the files static hosts read beside the pages, from the glossary graph and the pages' code. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loaderHash } from 'virtual:glossary/scripts';
import { getGlossary, pageKeys } from '../lib/glossary.ts';
import { headersFile, redirectsFile } from '../lib/hosting.ts';

export const getStaticPaths = (async () => {
  const [glossary, keys] = await Promise.all([getGlossary(), pageKeys()]);
  const redirects = [...glossary.redirects].map(([from, entry]) => ({ from, to: entry.path }));
  return [
    { params: { hostingFile: '_redirects' }, props: { redirects }, cacheKey: keys.site(redirects) },
    // The headers name the inline loader's hash, which every key covers.
    { params: { hostingFile: '_headers' }, props: { redirects: [] }, cacheKey: keys.site('_headers') },
  ];
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params, props }) => {
  if (params.hostingFile === '_headers') return new Response(headersFile([loaderHash]), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  const { redirects } = props as { redirects: { from: string; to: string }[] };
  return new Response(redirectsFile(redirects), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};

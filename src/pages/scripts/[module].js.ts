/**
 * The modules the page loader imports on the reader's intent (search, previews), at their hashed paths. The
 * `.js` in the route's name marks it as a file, which `trailingSlash: 'always'` leaves alone in `astro dev`.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { modules } from 'virtual:glossary/scripts';
import { pageKeys } from '../../lib/glossary.ts';

export const getStaticPaths = (async () => {
  const keys = await pageKeys();
  // A module's path is named by its hash, so the path alone keys its text.
  return modules.map(({ path, code }) => ({ params: { module: path.slice('/scripts/'.length, -'.js'.length) }, props: { code }, cacheKey: keys.site(path) }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => new Response((props as { code: string }).code, { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });

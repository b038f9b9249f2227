/**
 * The modules the page loader imports on the reader's intent (search, previews), at their hashed paths. The
 * `.js` in the route's name marks it as a file, which `trailingSlash: 'always'` leaves alone in `astro dev`.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { modules } from 'virtual:glossary/scripts';

export const getStaticPaths = (() => modules.map(({ path, code }) => ({ params: { module: path.slice('/scripts/'.length, -'.js'.length) }, props: { code } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => new Response(props['code'] as string, { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });

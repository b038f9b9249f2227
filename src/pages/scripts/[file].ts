/** The modules the page loader imports on the reader's intent (search, previews), at their hashed paths. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { modules } from 'virtual:glossary/scripts';

export const getStaticPaths = (() => modules.map(({ path, code }) => ({ params: { file: path.split('/').at(-1)! }, props: { code } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => new Response(props['code'] as string, { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });

import type { APIRoute, GetStaticPaths } from 'astro';
import { moduleCode, modulePath } from 'virtual:glossary/search';
import { pageKeys } from '../../lib/glossary.ts';

// The module's path is named by its hash, which every key covers.
export const getStaticPaths = (async () => [{ params: { file: modulePath.split('/').at(-1)! }, cacheKey: (await pageKeys()).site(modulePath) }]) satisfies GetStaticPaths;

export const GET: APIRoute = () => new Response(moduleCode, { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });

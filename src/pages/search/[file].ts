import type { APIRoute, GetStaticPaths } from 'astro';
import { moduleCode, modulePath } from 'virtual:glossary/search';

export const getStaticPaths = (() => [{ params: { file: modulePath.split('/').at(-1)! } }]) satisfies GetStaticPaths;

export const GET: APIRoute = () => new Response(moduleCode, { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });

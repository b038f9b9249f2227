import type { APIRoute, GetStaticPaths } from 'astro';
import { searchBundle } from '../../lib/search-script.ts';

export const getStaticPaths = (() => [{ params: { file: searchBundle().path.split('/').at(-1)! } }]) satisfies GetStaticPaths;

export const GET: APIRoute = () => new Response(searchBundle().code, { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });

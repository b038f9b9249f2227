import type { APIRoute, GetStaticPaths } from 'astro';
import { katexBasePath, katexFont, katexFontNames, katexStylesheet } from '../../lib/katex-assets.ts';
import { pageKeys } from '../../lib/glossary.ts';

const version = katexBasePath.split('/')[2]!;

// KaTeX's files change with its version (in the path, and in the lockfile Astro checks beside every key).
export const getStaticPaths = (async () => {
  const keys = await pageKeys();
  return [`${version}/katex.css`, ...katexFontNames().map((name) => `${version}/fonts/${name}`)].map((file) => ({ params: { file }, cacheKey: keys.site(file) }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
  const file = params.file!;
  if (file.endsWith('.css')) return new Response(katexStylesheet(), { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
  return new Response(katexFont(file.split('/').at(-1)!), { headers: { 'Content-Type': 'font/woff2' } });
};

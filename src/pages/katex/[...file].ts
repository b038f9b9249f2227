import type { APIRoute, GetStaticPaths } from 'astro';
import { katexBasePath, katexFont, katexFontNames, katexStylesheet } from '../../lib/katex-assets.ts';

const version = katexBasePath.split('/')[2]!;

export const getStaticPaths = (() => [
  { params: { file: `${version}/katex.css` } },
  ...katexFontNames().map((name) => ({ params: { file: `${version}/fonts/${name}` } })),
]) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
  const file = params.file!;
  if (file.endsWith('.css')) return new Response(katexStylesheet(), { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
  return new Response(katexFont(file.split('/').at(-1)!), { headers: { 'Content-Type': 'font/woff2' } });
};

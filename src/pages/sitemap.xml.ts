import type { APIRoute } from 'astro';
import { getGlossary } from '../lib/glossary.ts';
import { sitemapUrls, sitemapXml } from '../lib/sitemap.ts';

export const GET: APIRoute = async () =>
  new Response(sitemapXml(sitemapUrls(await getGlossary())), { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });

import type { APIRoute } from 'astro';
import { getGlossary } from '../lib/glossary.ts';
import { llmsText } from '../lib/twin.ts';

export const GET: APIRoute = async () => {
  const glossary = await getGlossary();
  return new Response(llmsText(glossary.alphabetical), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};

/**
 * Each page's social card, as a PNG beside it: `/card.png`, `/term/card.png`, `/term/delta/card.png`.
 *
 * The drawing stays outside Astro's page pipeline: lib/cards/pool.ts keeps every card in a cache folder
 * under a hash of what it shows and draws only the missing ones, in worker threads started here, before the
 * pages are rendered, so they draw on the core page generation leaves idle. In `astro dev` this route serves
 * each card as it is asked for. In `astro build` it lists no page: the integration copies the cached files
 * into the output after the pages (lib/cards/build-cards.ts says why).
 */
import type { APIRoute } from 'astro';
import { getGlossary } from '../../lib/glossary.ts';
import { siteCards } from '../../lib/pages.ts';
import { siteCardMaker } from '../../lib/cards/site-cards.ts';
import { planCards } from '../../lib/cards/build-cards.ts';
import type { Card } from '../../lib/cards/card.ts';

export async function getStaticPaths() {
  const cards = siteCards(await getGlossary());
  if (import.meta.env.DEV) return cards.map((card) => ({ params: { page: card.path.slice(1, -'/card.png'.length) || undefined }, props: { card } }));
  // Astro asks for every route's paths before it renders any page: the workers draw while pages render.
  planCards(cards.map((card) => ({ path: card.path, file: siteCardMaker.file(card) })));
  return [];
}

export const GET: APIRoute = async ({ props }) => {
  const image = await siteCardMaker.image((props as { card: Card }).card);
  return new Response(new Uint8Array(image), { headers: { 'Content-Type': 'image/png' } });
};

/**
 * Each page's social card, as a PNG beside it: `/card.png`, `/term/card.png`, `/term/delta/card.png`.
 *
 * Why a route and not the integration's build hooks: a route serves the same cards in `astro dev`, and an
 * incremental build can reuse a card's file by its key like any page's. The drawing stays outside Astro's
 * page pipeline all the same: lib/cards/pool.ts keeps every card in a cache folder under a hash of what it
 * shows and draws only the missing ones, in worker threads started here, before the pages are rendered.
 */
import type { APIRoute } from 'astro';
import { getGlossary } from '../../lib/glossary.ts';
import { siteCards } from '../../lib/pages.ts';
import { siteCardMaker } from '../../lib/cards/site-cards.ts';
import type { Card } from '../../lib/cards/card.ts';

export async function getStaticPaths() {
  const cards = siteCards(await getGlossary());
  // Astro asks for every route's paths before it renders any page: the workers draw while pages render.
  if (!import.meta.env.DEV) siteCardMaker.prepare(cards);
  return cards.map((card) => ({ params: { page: card.path.slice(1, -'/card.png'.length) || undefined }, props: { card }, cacheKey: siteCardMaker.key(card) }));
}

export const GET: APIRoute = async ({ props }) => {
  const image = await siteCardMaker.image((props as { card: Card }).card);
  return new Response(new Uint8Array(image), { headers: { 'Content-Type': 'image/png' } });
};

/**
 * Social cards in `astro build`. The card route hands over every card with the promise of its cached file
 * (`planCards`, while Astro collects paths, before any page renders); the glossary integration copies the
 * files into the output once the pages are written (`writePlannedCards`, in `astro:build:done`).
 *
 * Why not let Astro write them as the route's pages: a card is already a file in the card cache. As a page,
 * each crossed a web stream into dist/ and was written again into the incremental build's copy of dist/, so
 * a 10,000-entry build wrote its 450 MB of cards three times, and a rebuild with nothing changed copied them
 * all back from Astro's copy. Here the card cache is the only cache: a card is copied once, from its file.
 *
 * A card the output folder kept from the last build (lib/kept-output.ts) is not copied again when it is a
 * copy of the same cached file: the record notes which file each card was copied from.
 *
 * The route is bundled by Vite and the integration is loaded by Node: two instances of this module in one
 * process. The plan is therefore kept on a process-wide symbol rather than in a module variable.
 */
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { copyFiles, removeFiles } from '../copy-files.ts';
import type { KeptOutput } from '../kept-output.ts';

/** A card to write: where it goes in the site, and the file the card maker resolves it to. */
export interface PlannedCard {
  /** The card's path in the site, such as `/term/delta/card.png`. */
  path: string;
  file: Promise<string>;
}

interface Plan {
  cards: PlannedCard[];
}

const planKey = Symbol.for('glossary.build-cards');
const plan = ((globalThis as Record<symbol, Plan | undefined>)[planKey] ??= { cards: [] });

/** Record the cards this build writes; the card maker is already drawing the missing ones. */
export function planCards(cards: PlannedCard[]): void {
  // A card that fails to draw fails the build when its file is awaited, not the process before then.
  for (const card of cards) card.file.catch(() => undefined);
  plan.cards = cards;
}

/** A drawn card's file in the card cache (lib/cards/pool.ts): a hex key, then `.png`; a card being drawn has another name. */
const cardFileName = /^[0-9a-f]+\.png$/;

/** The topic under which a card's source in the card cache is noted in the kept output's record. */
const sourceTopic = 'card-source';

/**
 * Copy every planned card into the folder `output` keeps, waiting for those still being drawn, unless the
 * card there is a copy of the same cached file; forget the plan. Then delete from the card cache every card
 * this build did not use: a card is kept under a hash of what it shows and of the renderer, so each edit to
 * a title, and every change to the renderer, would otherwise leave cards behind in a cache a CI keeps (at
 * 10,000 entries, 450 MB for one change to the renderer). Returns how many cards were copied and deleted.
 */
export async function writePlannedCards(output: KeptOutput): Promise<{ cards: number; copied: number; forgotten: number }> {
  const cards = plan.cards;
  plan.cards = [];
  const sources = await Promise.all(cards.map((card) => card.file));
  const copies = (
    await Promise.all(
      cards.map(async (card, index) => {
        const file = card.path.slice(1);
        const source = sources[index]!;
        const kept = (await output.noted(file, sourceTopic)) === source;
        output.note(file, sourceTopic, source);
        return kept ? [] : [{ from: source, to: join(output.folder, file) }];
      }),
    )
  ).flat();
  await copyFiles(copies);
  return { cards: cards.length, copied: copies.length, forgotten: forgetUnusedCards(sources) };
}

/** Delete the cached cards (`<key>.png`) in the folders of `used` that are not among them; returns how many. */
function forgetUnusedCards(used: readonly string[]): number {
  const keep = new Set(used);
  let forgotten = 0;
  for (const folder of new Set(used.map((file) => dirname(file)))) {
    const unused = readdirSync(folder).filter((name) => cardFileName.test(name) && !keep.has(join(folder, name)));
    removeFiles(folder, unused);
    forgotten += unused.length;
  }
  return forgotten;
}

/**
 * The site's one card maker, its cache in `<cacheDir>/cards/` (node_modules/.astro/cards/ for content/):
 * the folder a CI keeps between builds so unchanged cards are never drawn again.
 */
import { join } from 'node:path';
import { cacheDirectory, projectRoot } from 'virtual:glossary/cache';
import { cardMaker } from './pool.ts';

export const cardCacheFolder = join(cacheDirectory, 'cards');

export const siteCardMaker = cardMaker({
  projectRoot,
  cacheFolder: cardCacheFolder,
  onIdle: (drawn, workerMilliseconds) => {
    if (drawn === 0) return;
    // One line a build: the benchmark reads the cost per card from it.
    console.info(`cards: drew ${drawn} in ${(workerMilliseconds / 1000).toFixed(2)} s of worker time (${(workerMilliseconds / drawn).toFixed(1)} ms per card per core)`);
  },
});

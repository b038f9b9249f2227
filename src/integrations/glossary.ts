/**
 * The glossary integration: it owns the wiring between Astro and the content. It hands Astro the one
 * Markdown configuration (lib/render.ts) and the MDX integration that uses it, serves the pages' code (the
 * inline loader and the modules it loads) through the `virtual:glossary/scripts` module, writes the social
 * cards into the output (lib/cards/build-cards.ts) and indexes the built site with Pagefind. Content
 * itself reaches pages through the content layer alone (lib/entry-loader.ts reads and checks it).
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import mdx from '@astrojs/mdx';
import { markdownProcessor, markdownSettings } from '../lib/render.ts';
import { readLinkTargets } from '../lib/entry-loader.ts';
import { buildPageScripts } from './page-scripts.ts';
import { searchIndex } from './search-index.ts';
import { writePlannedCards } from '../lib/cards/build-cards.ts';

const scriptsModuleId = 'virtual:glossary/scripts';
const resolvedScriptsModuleId = `\0${scriptsModuleId}`;
const cacheModuleId = 'virtual:glossary/cache';
const resolvedCacheModuleId = `\0${cacheModuleId}`;

export function glossary(): AstroIntegration {
  return {
    name: 'glossary',
    hooks: {
      'astro:config:setup': ({ config, updateConfig }) => {
        updateConfig({
          markdown: { ...markdownSettings, processor: markdownProcessor(readLinkTargets(config.cacheDir)) },
          integrations: [mdx(), searchIndex()],
          vite: {
            plugins: [
              {
                name: 'glossary:cache-module',
                resolveId: (id) => (id === cacheModuleId ? resolvedCacheModuleId : undefined),
                load: (id) =>
                  id === resolvedCacheModuleId
                    ? `export const cacheDirectory = ${JSON.stringify(fileURLToPath(config.cacheDir))};\nexport const projectRoot = ${JSON.stringify(fileURLToPath(config.root))};`
                    : undefined,
              },
              {
                name: 'glossary:scripts-module',
                resolveId: (id) => (id === scriptsModuleId ? resolvedScriptsModuleId : undefined),
                async load(id) {
                  if (id !== resolvedScriptsModuleId) return undefined;
                  // Built when first imported, and again in dev after a change to one of its files.
                  const { inputs, ...scripts } = await buildPageScripts(config.root);
                  for (const input of inputs) this.addWatchFile(input);
                  return Object.entries(scripts).map(([name, value]) => `export const ${name} = ${JSON.stringify(value)};`).join('\n');
                },
              },
            ],
          },
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const written = await writePlannedCards(fileURLToPath(dir));
        logger.info(`wrote ${written} social cards in ${Math.round(performance.now() - started)} ms`);
      },
    },
  };
}

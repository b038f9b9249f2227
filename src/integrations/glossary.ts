/**
 * The glossary integration: it owns the wiring between Astro and the content. It hands Astro the one
 * Markdown configuration (lib/render.ts) and the MDX integration that uses it, serves the search code to
 * pages through the `virtual:glossary/search` module, and indexes the built site with Pagefind. Content
 * itself reaches pages through the content layer alone (lib/entry-loader.ts reads and checks it).
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import mdx from '@astrojs/mdx';
import { markdownProcessor, markdownSettings } from '../lib/render.ts';
import { readLinkTargets } from '../lib/entry-loader.ts';
import { buildSearchScripts } from './search-bundle.ts';
import { searchIndex } from './search-index.ts';

const searchModuleId = 'virtual:glossary/search';
const resolvedSearchModuleId = `\0${searchModuleId}`;
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
                name: 'glossary:search-module',
                resolveId: (id) => (id === searchModuleId ? resolvedSearchModuleId : undefined),
                load(id) {
                  if (id !== resolvedSearchModuleId) return undefined;
                  // Built when first imported, and again in dev after a change to one of its files.
                  const { inputs, ...scripts } = buildSearchScripts(config.root);
                  for (const input of inputs) this.addWatchFile(input);
                  return Object.entries(scripts).map(([name, value]) => `export const ${name} = ${JSON.stringify(value)};`).join('\n');
                },
              },
            ],
          },
        });
      },
    },
  };
}

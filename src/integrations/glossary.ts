/**
 * The glossary integration: it owns the wiring between Astro and the content. It hands Astro the one
 * Markdown configuration (lib/render.ts) and the MDX integration that uses it, serves the pages' code (the
 * inline loader and the modules it loads) through the `virtual:glossary/scripts` module, writes the social
 * cards into the output (lib/cards/build-cards.ts) and indexes the built site with Pagefind. It keeps the
 * output folder between builds and prunes it itself (lib/kept-output.ts), so a rebuild rewrites only the
 * pages that changed. Content itself reaches pages through the content layer alone (lib/entry-loader.ts
 * reads and checks it).
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import mdx from '@astrojs/mdx';
import { markdownProcessor, markdownSettings } from '../lib/render.ts';
import { readLinkTargets } from '../lib/entry-loader.ts';
import { buildPageScripts } from './page-scripts.ts';
import { indexCacheOf, indexFolder, indexSiteOnce, type IndexCache } from './search-index.ts';
import { writePlannedCards } from '../lib/cards/build-cards.ts';
import { KeptOutput } from '../lib/kept-output.ts';

const scriptsModuleId = 'virtual:glossary/scripts';
const resolvedScriptsModuleId = `\0${scriptsModuleId}`;
const cacheModuleId = 'virtual:glossary/cache';
const resolvedCacheModuleId = `\0${cacheModuleId}`;

export function glossary(): AstroIntegration {
  let outputFolder: string;
  let outputRecord: string;
  let indexCache: IndexCache;
  let output: KeptOutput | undefined;
  return {
    name: 'glossary',
    hooks: {
      'astro:config:setup': ({ config, updateConfig }) => {
        updateConfig({
          markdown: { ...markdownSettings, processor: markdownProcessor(readLinkTargets(config.cacheDir)) },
          integrations: [mdx()],
          vite: {
            // Astro would empty the output folder; the kept output prunes it instead (lib/kept-output.ts says why).
            build: { emptyOutDir: false },
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
      'astro:config:done': ({ config }) => {
        outputFolder = fileURLToPath(config.outDir);
        outputRecord = join(fileURLToPath(config.cacheDir), 'output.json');
        indexCache = indexCacheOf(fileURLToPath(config.root), fileURLToPath(config.cacheDir));
      },
      'astro:build:start': async ({ logger }) => {
        output = await KeptOutput.open(outputFolder, outputRecord);
        logger.info(`kept ${output.kept} files of the last build; removed ${output.removed} it did not leave as they are`);
      },
      'astro:build:done': async ({ assets, logger }) => {
        if (!output) throw new Error('the glossary integration saw astro:build:done without astro:build:start');
        const kept = output;
        output = undefined;
        let started = performance.now();
        const cards = await writePlannedCards(kept);
        logger.info(`copied ${cards.copied} of ${cards.cards} social cards (the rest were in place) in ${Math.round(performance.now() - started)} ms; deleted ${cards.forgotten} unused from the card cache`);

        // What Astro wrote or reused this build; the search index step owns its folder.
        const written = new Set([...assets.values()].flat().map((url) => fileURLToPath(url).slice(kept.folder.length + 1)));
        const pruned = await kept.prune((file) => written.has(file) || file.startsWith(`${indexFolder}/`));
        logger.info(`removed ${pruned} files of the last build that this build did not write`);

        started = performance.now();
        const { pages, index } = await indexSiteOnce(outputFolder, indexCache, kept);
        const done = { kept: `kept the index of ${pages} pages`, unpacked: `unpacked the cached index of ${pages} pages`, made: `indexed ${pages} pages` }[index];
        logger.info(`${done} in ${Math.round(performance.now() - started)} ms`);
        await kept.save();
      },
    },
  };
}

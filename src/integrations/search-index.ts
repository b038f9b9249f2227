/**
 * Builds the Pagefind index into dist/pagefind/ once Astro has written the pages, and logs how long it
 * took. Nothing is written into public/ or src/: the index belongs to the build output only.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';

export function searchIndex(): AstroIntegration {
  return {
    name: 'glossary:search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const site = fileURLToPath(dir);
        // Typeset math would be indexed as stray letters ("QQQ", "xy=kxy") that match unrelated queries.
        const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en', excludeSelectors: ['.katex'] });
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        // Only entry pages carry an indexed body; reading the rest (resource pages, indexes) would be wasted work.
        const added = await index.addDirectory({ path: site, glob: '{area,term,definition}/*/index.html' });
        const written = await index.writeFiles({ outputPath: `${site}pagefind` });
        await pagefind.close();
        const problems = [...errors, ...added.errors, ...written.errors];
        if (problems.length > 0) throw new Error(`Pagefind failed: ${problems.join('; ')}`);
        logger.info(`indexed ${added.page_count} pages in ${Math.round(performance.now() - started)} ms`);
      },
    },
  };
}

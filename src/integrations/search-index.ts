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
        const pageCount = await indexSite(fileURLToPath(dir));
        logger.info(`indexed ${pageCount} pages in ${Math.round(performance.now() - started)} ms`);
      },
    },
  };
}

/** Index the built site at `siteDirectory` (ending in a slash); Pagefind's service is closed whatever happens. */
export async function indexSite(siteDirectory: string): Promise<number> {
  try {
    // Typeset math would be indexed as stray letters ("QQQ", "xy=kxy") that match unrelated queries.
    const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en', excludeSelectors: ['.katex'] });
    if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    // Only entry pages carry an indexed body; reading the rest (resource pages, indexes) would be wasted work.
    const added = await index.addDirectory({ path: siteDirectory, glob: '{area,term,definition}/*/index.html' });
    const written = await index.writeFiles({ outputPath: `${siteDirectory}pagefind` });
    const problems = [...errors, ...added.errors, ...written.errors];
    if (problems.length > 0) throw new Error(`Pagefind failed: ${problems.join('; ')}`);
    return added.page_count;
  } finally {
    await pagefind.close();
  }
}

/** Writes `_redirects` and `_headers` into the built site: files that start with `_` cannot be routes. */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { headersFile, redirectsFile, type Redirect } from '../lib/hosting.ts';
import { searchLoaderHash } from '../lib/search-script.ts';

export function hostingFiles(redirects: () => readonly Redirect[]): AstroIntegration {
  return {
    name: 'glossary:hosting-files',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const lines = redirects();
        writeFileSync(`${out}_redirects`, redirectsFile(lines));
        writeFileSync(`${out}_headers`, headersFile([searchLoaderHash()]));
        logger.info(`wrote _redirects (${lines.length} redirects) and _headers`);
      },
    },
  };
}

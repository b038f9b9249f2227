/**
 * Builds the Pagefind index into dist/pagefind/ once Astro has written the pages, and logs how long it
 * took. Nothing is written into public/ or src/: the index belongs to the build output only.
 *
 * Pagefind has no incremental mode, so a rebuild either indexes every page again or, when the pages it reads
 * are byte for byte those of the last index, copies that index from the cache folder (`<cacheDir>/pagefind/`):
 * at 10,000 entries, about 2 s of reading and copying instead of 11 s of indexing.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { copyTree, forEachFile } from '../lib/copy-files.ts';

/** The pages Pagefind reads: only entry pages carry an indexed body (resource pages, indexes would be wasted work). */
const indexedFolders = ['area', 'term', 'definition'];
const indexedGlob = `{${indexedFolders.join(',')}}/*/index.html`;
// Typeset math would be indexed as stray letters ("QQQ", "xy=kxy") that match unrelated queries.
const indexOptions = { forceLanguage: 'en', excludeSelectors: ['.katex'] };

export function searchIndex(): AstroIntegration {
  let cache: IndexCache;
  return {
    name: 'glossary:search-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        const packageFile = join(fileURLToPath(config.root), 'node_modules/pagefind/package.json');
        cache = { folder: join(fileURLToPath(config.cacheDir), 'pagefind'), pagefindVersion: (JSON.parse(readFileSync(packageFile, 'utf8')) as { version: string }).version };
      },
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const { pages, reused } = await indexSiteOnce(fileURLToPath(dir), cache);
        logger.info(`${reused ? 'reused the index of' : 'indexed'} ${pages} pages in ${Math.round(performance.now() - started)} ms`);
      },
    },
  };
}

/** Index the built site at `siteDirectory` (ending in a slash); Pagefind's service is closed whatever happens. */
export async function indexSite(siteDirectory: string): Promise<number> {
  try {
    const { index, errors } = await pagefind.createIndex(indexOptions);
    if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    const added = await index.addDirectory({ path: siteDirectory, glob: indexedGlob });
    const written = await index.writeFiles({ outputPath: `${siteDirectory}pagefind` });
    const problems = [...errors, ...added.errors, ...written.errors];
    if (problems.length > 0) throw new Error(`Pagefind failed: ${problems.join('; ')}`);
    return added.page_count;
  } finally {
    await pagefind.close();
  }
}

/** Where the last index is kept, and the Pagefind it was made with. */
export interface IndexCache {
  folder: string;
  pagefindVersion: string;
}

/** What the cache folder's index was made from, and how many pages it holds. */
interface CachedIndex {
  inputs: string;
  pages: number;
}

/**
 * The index of `siteDirectory`, copied from the cache when its pages are those the cached index was made
 * from (and Pagefind's version and options are the same), made by Pagefind and kept there otherwise.
 */
export async function indexSiteOnce(siteDirectory: string, cache: IndexCache): Promise<{ pages: number; reused: boolean }> {
  const inputs = await inputsDigest(siteDirectory, cache.pagefindVersion);
  const recordFile = join(cache.folder, 'index.json');
  const filesFolder = join(cache.folder, 'files');
  const cached = existsSync(recordFile) ? (JSON.parse(readFileSync(recordFile, 'utf8')) as CachedIndex) : undefined;
  if (cached?.inputs === inputs && existsSync(filesFolder)) {
    await copyTree(filesFolder, join(siteDirectory, 'pagefind'));
    return { pages: cached.pages, reused: true };
  }
  const pages = await indexSite(siteDirectory);
  await mkdir(cache.folder, { recursive: true });
  // The record goes first and comes back last, so an interrupted save leaves no record to trust.
  await rm(recordFile, { force: true });
  await rm(filesFolder, { recursive: true, force: true });
  const saving = `${filesFolder}.saving`;
  await rm(saving, { recursive: true, force: true });
  await copyTree(join(siteDirectory, 'pagefind'), saving);
  await rename(saving, filesFolder);
  await writeFile(recordFile, JSON.stringify({ inputs, pages } satisfies CachedIndex));
  return { pages, reused: false };
}

/** A hash of what the index is made from: Pagefind's version, its options, and every page it reads, by path. */
async function inputsDigest(siteDirectory: string, pagefindVersion: string): Promise<string> {
  const files: string[] = [];
  for (const folder of indexedFolders) {
    const entries = await readdir(join(siteDirectory, folder), { withFileTypes: true }).catch(() => []);
    for (const entry of entries) {
      const file = join(folder, entry.name, 'index.html');
      if (entry.isDirectory() && existsSync(join(siteDirectory, file))) files.push(file);
    }
  }
  files.sort();
  const digests = new Array<string>(files.length);
  await forEachFile(files, async (file, index) => {
    digests[index] = createHash('sha256').update(await readFile(join(siteDirectory, file))).digest('hex');
  });
  const hash = createHash('sha256').update(`pagefind@${pagefindVersion}\n${JSON.stringify(indexOptions)}\n${indexedGlob}\n`);
  files.forEach((file, index) => hash.update(`${file}\0${digests[index]}\n`));
  return hash.digest('hex');
}

/**
 * Builds the Pagefind index into dist/pagefind/ once Astro has written the pages. Nothing is written into
 * public/ or src/: the index belongs to the build output only. The glossary integration runs it after the
 * kept output has been pruned (lib/kept-output.ts), so a deleted entry's page is never indexed.
 *
 * Pagefind has no incremental mode, so a rebuild either indexes every page again or, when the pages it reads
 * are byte for byte those of the last index, keeps the index already in the output folder or unpacks the
 * one kept in the cache folder (`<cacheDir>/pagefind/index.pack`, one file: see `packFiles`): at 10,000
 * entries, 11 s of indexing saved. Whether the pages are the same is a hash of each, read again only for a
 * page written since the last build noted its hash.
 *
 * Pagefind hands its files over in memory rather than writing them itself (`getFiles`, not `writeFiles`):
 * they are written with `syncTree`, which leaves alone the files the last index already wrote. After one
 * entry's edit almost every fragment is the same file as before, and on this disk creating 10,000 files is
 * what costs (at 10,000 entries: Pagefind's writer took 10 s into an emptied folder, 7 s into a new one).
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { forEachFile, packFiles, readPack, syncTree, type TreeFile } from '../lib/copy-files.ts';
import type { KeptOutput } from '../lib/kept-output.ts';

/** The pages Pagefind reads: only entry pages carry an indexed body (resource pages, indexes would be wasted work). */
const indexedFolders = ['area', 'term', 'definition'];
const indexedGlob = `{${indexedFolders.join(',')}}/*/index.html`;
// Typeset math would be indexed as stray letters ("QQQ", "xy=kxy") that match unrelated queries.
const indexOptions = { forceLanguage: 'en', excludeSelectors: ['.katex'] };
/** The index's folder in the output. */
export const indexFolder = 'pagefind';
/** The topic under which a page's hash is noted in the kept output's record. */
const pageHashTopic = 'search-index-sha256';

/** The index of the built site at `siteDirectory` (ending in a slash), as files; Pagefind's service is closed whatever happens. */
export async function indexSite(siteDirectory: string): Promise<{ pages: number; files: TreeFile[] }> {
  try {
    const { index, errors } = await pagefind.createIndex(indexOptions);
    if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    const added = await index.addDirectory({ path: siteDirectory, glob: indexedGlob });
    const made = await index.getFiles();
    const problems = [...errors, ...added.errors, ...made.errors];
    if (problems.length > 0) throw new Error(`Pagefind failed: ${problems.join('; ')}`);
    return { pages: added.page_count, files: made.files.map(({ path, content }) => ({ path, bytes: content })) };
  } finally {
    await pagefind.close();
  }
}

/** Where the last index is kept, and the Pagefind it was made with. */
export interface IndexCache {
  folder: string;
  pagefindVersion: string;
}

/** The index cache of a project at `root` (a folder path) whose Astro cache folder is `cacheDirectory`. */
export function indexCacheOf(root: string, cacheDirectory: string): IndexCache {
  const packageFile = join(root, 'node_modules/pagefind/package.json');
  return { folder: join(cacheDirectory, 'pagefind'), pagefindVersion: (JSON.parse(readFileSync(packageFile, 'utf8')) as { version: string }).version };
}

/** What the cache folder's index was made from, and how many pages it holds. */
interface CachedIndex {
  inputs: string;
  pages: number;
}

/**
 * The index of `siteDirectory`, the output folder `output` keeps: when its pages are those the cached index
 * was made from (and Pagefind's version and options are the same), the index the last build left there, or
 * else the cached one, unpacked; otherwise made by Pagefind and kept in the cache.
 */
export async function indexSiteOnce(siteDirectory: string, cache: IndexCache, output: KeptOutput): Promise<{ pages: number; index: 'kept' | 'unpacked' | 'made' }> {
  const inputs = await inputsDigest(siteDirectory, cache.pagefindVersion, output);
  const recordFile = join(cache.folder, 'index.json');
  const packFile = join(cache.folder, 'index.pack');
  const outputFolder = join(siteDirectory, indexFolder);
  const cached = existsSync(recordFile) ? (JSON.parse(readFileSync(recordFile, 'utf8')) as CachedIndex) : undefined;
  if (cached?.inputs === inputs && existsSync(packFile)) {
    // The last build left the index of these inputs: the cache record is rewritten whenever Pagefind runs.
    if (await output.intact(`${indexFolder}/`)) return { pages: cached.pages, index: 'kept' };
    await syncTree(outputFolder, await readPack(packFile));
    return { pages: cached.pages, index: 'unpacked' };
  }
  const { pages, files } = await indexSite(siteDirectory);
  await syncTree(outputFolder, files);
  await mkdir(cache.folder, { recursive: true });
  // The record goes first and comes back last, so an interrupted save leaves no record to trust.
  await rm(recordFile, { force: true });
  // The index of an earlier version of this step, kept as a folder of files.
  await rm(join(cache.folder, 'files'), { recursive: true, force: true });
  await packFiles(files, packFile);
  await writeFile(recordFile, JSON.stringify({ inputs, pages } satisfies CachedIndex));
  return { pages, index: 'made' };
}

/**
 * A hash of what the index is made from: Pagefind's version, its options, and every page it reads, by path.
 * A page's own hash is read from the kept output's record while the page is unchanged, and noted there.
 */
async function inputsDigest(siteDirectory: string, pagefindVersion: string, output: KeptOutput): Promise<string> {
  const files: string[] = [];
  for (const folder of indexedFolders) {
    const entries = await readdir(join(siteDirectory, folder), { withFileTypes: true }).catch(() => []);
    for (const entry of entries) {
      const file = `${folder}/${entry.name}/index.html`;
      if (entry.isDirectory() && existsSync(join(siteDirectory, file))) files.push(file);
    }
  }
  files.sort();
  const digests = new Array<string>(files.length);
  await forEachFile(files, async (file, index) => {
    const digest = (await output.noted(file, pageHashTopic)) ?? createHash('sha256').update(await readFile(join(siteDirectory, file))).digest('hex');
    output.note(file, pageHashTopic, digest);
    digests[index] = digest;
  });
  const hash = createHash('sha256').update(`pagefind@${pagefindVersion}\n${JSON.stringify(indexOptions)}\n${indexedGlob}\n`);
  files.forEach((file, index) => hash.update(`${file}\0${digests[index]}\n`));
  return hash.digest('hex');
}

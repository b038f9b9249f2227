import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';

const pagefind = vi.hoisted(() => ({
  close: vi.fn(async () => undefined),
  addDirectory: vi.fn(async () => ({ page_count: 3, errors: [] as string[] })),
  writeFiles: vi.fn<(options: { outputPath: string }) => Promise<{ errors: string[] }>>(async () => ({ errors: [] })),
}));

vi.mock('pagefind', () => ({
  createIndex: vi.fn(async () => ({ index: { addDirectory: pagefind.addDirectory, writeFiles: pagefind.writeFiles }, errors: [] })),
  close: pagefind.close,
}));

const { indexSite, indexSiteOnce } = await import('../../src/integrations/search-index.ts');

describe('the search index step', () => {
  beforeEach(() => vi.clearAllMocks());

  test('indexes the entry pages only, writes into the built site, and closes Pagefind', async () => {
    expect(await indexSite('/site/')).toBe(3);
    expect(pagefind.addDirectory).toHaveBeenCalledWith({ path: '/site/', glob: '{area,term,definition}/*/index.html' });
    expect(pagefind.writeFiles).toHaveBeenCalledWith({ outputPath: '/site/pagefind' });
    expect(pagefind.close).toHaveBeenCalledTimes(1);
  });

  test('closes Pagefind even when indexing throws', async () => {
    pagefind.addDirectory.mockRejectedValueOnce(new Error('disk full'));
    await expect(indexSite('/site/')).rejects.toThrow('disk full');
    expect(pagefind.close).toHaveBeenCalledTimes(1);
  });

  test('fails with Pagefind\'s own errors', async () => {
    pagefind.writeFiles.mockResolvedValueOnce({ errors: ['cannot write'] });
    await expect(indexSite('/site/')).rejects.toThrow('Pagefind failed: cannot write');
    expect(pagefind.close).toHaveBeenCalledTimes(1);
  });
});

describe('the search index of a rebuild', () => {
  let work: string;
  let site: string;
  let indexRuns = 0;
  const write = (file: string, text: string) => {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, text);
  };
  const cache = () => ({ folder: join(work, 'cache', 'pagefind'), pagefindVersion: '1.6.0' });
  // A fresh output folder each build, as Astro gives; the same cache folder.
  const build = async (pages: Record<string, string>, options = cache()) => {
    rmSync(site, { recursive: true, force: true });
    for (const [file, text] of Object.entries(pages)) write(join(site, file), text);
    return indexSiteOnce(`${site}/`, options);
  };
  const pages = { 'term/delta/index.html': '<h1>Delta</h1>', 'area/perpetuals/index.html': '<h1>Perpetuals</h1>', 'term/delta/resource/1/index.html': 'Sources', 'index.html': 'Home' };

  beforeEach(() => {
    vi.clearAllMocks();
    work = mkdtempSync(join(tmpdir(), 'glossary-search-index-'));
    site = join(work, 'dist');
    indexRuns = 0;
    // Pagefind's stand-in writes an index that names its run, so a copied index can be told from a new one.
    pagefind.writeFiles.mockImplementation(async ({ outputPath }) => {
      indexRuns++;
      write(join(outputPath, 'pagefind.js'), `index ${indexRuns}`);
      write(join(outputPath, 'fragment', 'en_1.pf_fragment'), `fragment ${indexRuns}`);
      return { errors: [] };
    });
  });
  afterEach(() => rmSync(work, { recursive: true, force: true }));

  const output = (file: string) => readFileSync(join(site, 'pagefind', file), 'utf8');

  test('copies the last index, every file of it, when the indexed pages are unchanged', async () => {
    expect(await build(pages)).toEqual({ pages: 3, reused: false });
    expect(await build(pages)).toEqual({ pages: 3, reused: true });
    expect(indexRuns).toBe(1);
    expect(output('pagefind.js')).toBe('index 1');
    expect(output('fragment/en_1.pf_fragment')).toBe('fragment 1');
  });

  test('indexes again when an indexed page changes, is added or is removed, and keeps only the newest index', async () => {
    await build(pages);
    await build({ ...pages, 'term/delta/index.html': '<h1>Delta (option Greek)</h1>' });
    expect(output('pagefind.js')).toBe('index 2');
    await build({ ...pages, 'definition/theta/index.html': '<h1>Theta</h1>' });
    expect(output('pagefind.js')).toBe('index 3');
    const fewer = Object.fromEntries(Object.entries(pages).filter(([file]) => file !== 'area/perpetuals/index.html'));
    await build(fewer);
    expect(output('pagefind.js')).toBe('index 4');
    await build(fewer);
    expect(output('pagefind.js')).toBe('index 4');
  });

  test('reuses the index when only pages it does not read change', async () => {
    await build(pages);
    expect(await build({ ...pages, 'index.html': 'Home, new', 'term/delta/resource/1/index.html': 'More sources' })).toEqual({ pages: 3, reused: true });
  });

  test('indexes again under another version of Pagefind', async () => {
    await build(pages);
    expect(await build(pages, { ...cache(), pagefindVersion: '1.7.0' })).toEqual({ pages: 3, reused: false });
  });

  test('does not trust a cache whose save was interrupted', async () => {
    await build(pages);
    rmSync(join(work, 'cache', 'pagefind', 'index.json'));
    expect(await build(pages)).toEqual({ pages: 3, reused: false });
  });
});

import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';

const pagefind = vi.hoisted(() => ({
  close: vi.fn(async () => undefined),
  addDirectory: vi.fn(async () => ({ page_count: 3, errors: [] as string[] })),
  getFiles: vi.fn<() => Promise<{ errors: string[]; files: { path: string; content: Uint8Array }[] }>>(async () => ({ errors: [], files: [] })),
}));

vi.mock('pagefind', () => ({
  createIndex: vi.fn(async () => ({ index: { addDirectory: pagefind.addDirectory, getFiles: pagefind.getFiles }, errors: [] })),
  close: pagefind.close,
}));

const { indexSite, indexSiteOnce } = await import('../../src/integrations/search-index.ts');
const { KeptOutput } = await import('../../src/lib/kept-output.ts');

describe('the search index step', () => {
  beforeEach(() => vi.clearAllMocks());

  test('indexes the entry pages only, hands over the index as files, and closes Pagefind', async () => {
    pagefind.getFiles.mockResolvedValueOnce({ errors: [], files: [{ path: 'pagefind.js', content: Buffer.from('entry') }] });
    expect(await indexSite('/site/')).toEqual({ pages: 3, files: [{ path: 'pagefind.js', bytes: Buffer.from('entry') }] });
    expect(pagefind.addDirectory).toHaveBeenCalledWith({ path: '/site/', glob: '{area,term,definition}/*/index.html' });
    expect(pagefind.close).toHaveBeenCalledTimes(1);
  });

  test('closes Pagefind even when indexing throws', async () => {
    pagefind.addDirectory.mockRejectedValueOnce(new Error('disk full'));
    await expect(indexSite('/site/')).rejects.toThrow('disk full');
    expect(pagefind.close).toHaveBeenCalledTimes(1);
  });

  test('fails with Pagefind\'s own errors', async () => {
    pagefind.getFiles.mockResolvedValueOnce({ errors: ['cannot build'], files: [] });
    await expect(indexSite('/site/')).rejects.toThrow('Pagefind failed: cannot build');
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
  /**
   * A build of `pages`: into an empty output folder (as a CI that keeps only the cache folder builds), or in
   * place, where, as Astro does, only the pages that differ are written again; the same cache folder.
   */
  const build = async (pages: Record<string, string>, { options = cache(), inPlace = false } = {}) => {
    if (!inPlace) rmSync(site, { recursive: true, force: true });
    const output = await KeptOutput.open(site, join(work, 'cache', 'output.json'));
    for (const [file, text] of Object.entries(pages)) {
      const path = join(site, file);
      if (!existsSync(path) || readFileSync(path, 'utf8') !== text) write(path, text);
    }
    await output.prune((file) => file in pages || file.startsWith('pagefind/'));
    const result = await indexSiteOnce(`${site}/`, options, output);
    await output.save();
    return result;
  };
  const pages = { 'term/delta/index.html': '<h1>Delta</h1>', 'area/perpetuals/index.html': '<h1>Perpetuals</h1>', 'term/delta/resource/1/index.html': 'Sources', 'index.html': 'Home' };

  beforeEach(() => {
    vi.clearAllMocks();
    work = mkdtempSync(join(tmpdir(), 'glossary-search-index-'));
    site = join(work, 'dist');
    indexRuns = 0;
    // Pagefind's stand-in makes an index that names its run, so a copied index can be told from a new one,
    // and a fragment of its own, so one left over from an earlier index would show.
    pagefind.getFiles.mockImplementation(async () => {
      indexRuns++;
      return {
        errors: [],
        files: [
          { path: 'pagefind.js', content: Buffer.from(`index ${indexRuns}`) },
          { path: `fragment/en_${indexRuns}.pf_fragment`, content: Buffer.from(`fragment ${indexRuns}`) },
        ],
      };
    });
  });
  afterEach(() => rmSync(work, { recursive: true, force: true }));

  const output = (file: string) => readFileSync(join(site, 'pagefind', file), 'utf8');
  const indexFiles = () => readdirSync(join(site, 'pagefind'), { recursive: true }).map(String).sort();

  test('unpacks the last index, every file of it, into an empty output folder when the indexed pages are unchanged', async () => {
    expect(await build(pages)).toEqual({ pages: 3, index: 'made' });
    expect(await build(pages)).toEqual({ pages: 3, index: 'unpacked' });
    expect(indexRuns).toBe(1);
    expect(output('pagefind.js')).toBe('index 1');
    expect(output('fragment/en_1.pf_fragment')).toBe('fragment 1');
  });

  test('keeps the index in place when the output folder was kept and nothing it reads changed', async () => {
    expect(await build(pages, { inPlace: true })).toEqual({ pages: 3, index: 'made' });
    expect(await build({ ...pages, 'index.html': 'Home, new' }, { inPlace: true })).toEqual({ pages: 3, index: 'kept' });
    expect(indexRuns).toBe(1);
    expect(indexFiles()).toEqual(['fragment', 'fragment/en_1.pf_fragment', 'pagefind.js']);
  });

  test('unpacks the cached index over one changed in the output folder since the last build', async () => {
    await build(pages, { inPlace: true });
    write(join(site, 'pagefind', 'pagefind.js'), 'tampered');
    expect(await build(pages, { inPlace: true })).toEqual({ pages: 3, index: 'unpacked' });
    expect(output('pagefind.js')).toBe('index 1');
  });

  test('indexes again in place when a page changes, leaving nothing of the last index', async () => {
    await build(pages, { inPlace: true });
    expect(await build({ ...pages, 'term/delta/index.html': '<h1>Delta (option Greek)</h1>' }, { inPlace: true })).toEqual({ pages: 3, index: 'made' });
    expect(indexFiles()).toEqual(['fragment', 'fragment/en_2.pf_fragment', 'pagefind.js']);
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
    expect(indexFiles()).toEqual(['fragment', 'fragment/en_4.pf_fragment', 'pagefind.js']);
  });

  test('reuses the index when only pages it does not read change', async () => {
    await build(pages);
    expect(await build({ ...pages, 'index.html': 'Home, new', 'term/delta/resource/1/index.html': 'More sources' })).toEqual({ pages: 3, index: 'unpacked' });
  });

  test('indexes again under another version of Pagefind', async () => {
    await build(pages);
    expect(await build(pages, { options: { ...cache(), pagefindVersion: '1.7.0' } })).toEqual({ pages: 3, index: 'made' });
  });

  test('does not trust a cache whose save was interrupted', async () => {
    await build(pages);
    rmSync(join(work, 'cache', 'pagefind', 'index.json'));
    expect(await build(pages)).toEqual({ pages: 3, index: 'made' });
  });
});

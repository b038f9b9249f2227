import { beforeEach, describe, expect, test, vi } from 'vitest';

const pagefind = vi.hoisted(() => ({
  close: vi.fn(async () => undefined),
  addDirectory: vi.fn(async () => ({ page_count: 3, errors: [] as string[] })),
  writeFiles: vi.fn(async () => ({ errors: [] as string[] })),
}));

vi.mock('pagefind', () => ({
  createIndex: vi.fn(async () => ({ index: { addDirectory: pagefind.addDirectory, writeFiles: pagefind.writeFiles }, errors: [] })),
  close: pagefind.close,
}));

const { indexSite } = await import('../../src/integrations/search-index.ts');

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

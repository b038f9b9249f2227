import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { copyFiles, packFiles, readPack, syncTree } from '../../src/lib/copy-files.ts';

describe('copying many files', () => {
  let work: string;
  beforeEach(() => {
    work = mkdtempSync(join(tmpdir(), 'glossary-copy-'));
  });
  afterEach(() => rmSync(work, { recursive: true, force: true }));

  test('packs files into one file and reads them back, byte for byte', async () => {
    const bytes = Buffer.from([0, 255, 10, 13, 137]);
    const files = [
      { path: 'pagefind.js', bytes: Buffer.from('entry') },
      { path: 'fragment/en_1.pf_fragment', bytes },
      { path: 'empty', bytes: Buffer.alloc(0) },
    ];
    await packFiles(files, join(work, 'cache/index.pack'));
    const read = await readPack(join(work, 'cache/index.pack'));
    expect(read.map(({ path, bytes }) => [path, Buffer.from(bytes).toString('hex')])).toEqual([
      ['empty', ''],
      ['fragment/en_1.pf_fragment', bytes.toString('hex')],
      ['pagefind.js', Buffer.from('entry').toString('hex')],
    ]);
  });

  test('refuses a pack cut short, rather than handing over part of its files', async () => {
    await packFiles([{ path: 'pagefind.js', bytes: Buffer.from('entry') }], join(work, 'out/index.pack'));
    const pack = readFileSync(join(work, 'out/index.pack'));
    writeFileSync(join(work, 'out/index.pack'), pack.subarray(0, pack.length - 2));
    await expect(readPack(join(work, 'out/index.pack'))).rejects.toThrow('is not a whole pack');
  });

  test('makes a folder hold exactly the files given, rewriting only those that differ and leaving no empty folder', async () => {
    const folder = join(work, 'index');
    mkdirSync(join(folder, 'fragment'), { recursive: true });
    writeFileSync(join(folder, 'fragment/en_same.pf_fragment'), 'same');
    writeFileSync(join(folder, 'pagefind-entry.json'), 'old entry');
    writeFileSync(join(folder, 'fragment/en_gone.pf_fragment'), 'gone');
    mkdirSync(join(folder, 'index'));
    writeFileSync(join(folder, 'index/en_gone.pf_index'), 'gone');
    // An old time on the file that stays: a rewrite would give it the present time.
    const past = new Date('2020-01-01T00:00:00Z');
    utimesSync(join(folder, 'fragment/en_same.pf_fragment'), past, past);
    const result = await syncTree(folder, [
      { path: 'fragment/en_same.pf_fragment', bytes: Buffer.from('same') },
      { path: 'pagefind-entry.json', bytes: Buffer.from('new entry') },
      { path: 'fragment/en_new.pf_fragment', bytes: Buffer.from('new') },
      { path: 'filter/en_kind.pf_filter', bytes: Buffer.from('kind') },
    ]);
    expect(result).toEqual({ written: 3, removed: 2 });
    expect(readdirSync(folder, { recursive: true }).map(String).sort()).toEqual(['filter', 'filter/en_kind.pf_filter', 'fragment', 'fragment/en_new.pf_fragment', 'fragment/en_same.pf_fragment', 'pagefind-entry.json']);
    expect(statSync(join(folder, 'fragment/en_same.pf_fragment')).mtime).toEqual(past);
    expect(readFileSync(join(folder, 'pagefind-entry.json'), 'utf8')).toBe('new entry');
    expect(existsSync(join(folder, 'fragment/en_gone.pf_fragment'))).toBe(false);
  });

  test('fills a folder that does not exist yet', async () => {
    expect(await syncTree(join(work, 'new'), [{ path: 'fragment/en_1.pf_fragment', bytes: Buffer.from('one') }])).toEqual({ written: 1, removed: 0 });
    expect(readFileSync(join(work, 'new/fragment/en_1.pf_fragment'), 'utf8')).toBe('one');
  });

  test('copies files, folders and all, byte for byte', async () => {
    writeFileSync(join(work, 'card.png'), 'png');
    await copyFiles([{ from: join(work, 'card.png'), to: join(work, 'out/term/delta/card.png') }]);
    expect(readFileSync(join(work, 'out/term/delta/card.png'), 'utf8')).toBe('png');
  });
});

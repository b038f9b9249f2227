import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { copyFiles, packTree, unpackTree } from '../../src/lib/copy-files.ts';

describe('copying many files', () => {
  let work: string;
  beforeEach(() => {
    work = mkdtempSync(join(tmpdir(), 'glossary-copy-'));
  });
  afterEach(() => rmSync(work, { recursive: true, force: true }));

  test('packs a tree into one file and unpacks it, folders and all, byte for byte', async () => {
    mkdirSync(join(work, 'from/fragment'), { recursive: true });
    writeFileSync(join(work, 'from/pagefind.js'), 'entry');
    const bytes = Buffer.from([0, 255, 10, 13, 137]);
    writeFileSync(join(work, 'from/fragment/en_1.pf_fragment'), bytes);
    writeFileSync(join(work, 'from/empty'), '');
    await packTree(join(work, 'from'), join(work, 'cache/index.pack'));
    await unpackTree(join(work, 'cache/index.pack'), join(work, 'to'));
    expect(readFileSync(join(work, 'to/pagefind.js'), 'utf8')).toBe('entry');
    expect(readFileSync(join(work, 'to/fragment/en_1.pf_fragment')).equals(bytes)).toBe(true);
    expect(readFileSync(join(work, 'to/empty'), 'utf8')).toBe('');
  });

  test('refuses a pack cut short, rather than writing part of its files', async () => {
    writeFileSync(join(work, 'pagefind.js'), 'entry');
    await packTree(work, join(work, 'out/index.pack'));
    const pack = readFileSync(join(work, 'out/index.pack'));
    writeFileSync(join(work, 'out/index.pack'), pack.subarray(0, pack.length - 2));
    await expect(unpackTree(join(work, 'out/index.pack'), join(work, 'to'))).rejects.toThrow('is not a whole pack');
  });

  test('copies files, folders and all, byte for byte', async () => {
    writeFileSync(join(work, 'card.png'), 'png');
    await copyFiles([{ from: join(work, 'card.png'), to: join(work, 'out/term/delta/card.png') }]);
    expect(readFileSync(join(work, 'out/term/delta/card.png'), 'utf8')).toBe('png');
  });
});

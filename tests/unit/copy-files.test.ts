import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { copyFiles, copyTree } from '../../src/lib/copy-files.ts';

describe('copying many files', () => {
  let work: string;
  beforeEach(() => {
    work = mkdtempSync(join(tmpdir(), 'glossary-copy-'));
  });
  afterEach(() => rmSync(work, { recursive: true, force: true }));

  test('copies a tree, folders and all, byte for byte', async () => {
    mkdirSync(join(work, 'from/fragment'), { recursive: true });
    writeFileSync(join(work, 'from/pagefind.js'), 'entry');
    const bytes = Buffer.from([0, 255, 10, 13, 137]);
    writeFileSync(join(work, 'from/fragment/en_1.pf_fragment'), bytes);
    await copyTree(join(work, 'from'), join(work, 'to'));
    expect(readFileSync(join(work, 'to/pagefind.js'), 'utf8')).toBe('entry');
    expect(readFileSync(join(work, 'to/fragment/en_1.pf_fragment')).equals(bytes)).toBe(true);
  });

  test('waits for a source still being made, and fails when one cannot be', async () => {
    writeFileSync(join(work, 'card.png'), 'png');
    const later = new Promise<string>((resolve) => setTimeout(() => resolve(join(work, 'card.png')), 20));
    await copyFiles([{ from: later, to: join(work, 'out/term/delta/card.png') }]);
    expect(readFileSync(join(work, 'out/term/delta/card.png'), 'utf8')).toBe('png');
    await expect(copyFiles([{ from: Promise.reject(new Error('A card could not be drawn: bad font')), to: join(work, 'out/x.png') }])).rejects.toThrow('bad font');
  });
});

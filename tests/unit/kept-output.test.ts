import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { KeptOutput } from '../../src/lib/kept-output.ts';

describe('the kept output folder', () => {
  let work: string;
  let folder: string;
  let record: string;
  const write = (file: string, text: string) => {
    mkdirSync(dirname(join(folder, file)), { recursive: true });
    writeFileSync(join(folder, file), text);
  };
  const files = (under = folder): string[] =>
    readdirSync(under, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => join(entry.parentPath, entry.name).slice(under.length + 1))
      .sort();
  /** A build that wrote `pages` and claims them, as Astro's list of written files does. */
  const build = async (pages: Record<string, string>) => {
    const output = await KeptOutput.open(folder, record);
    for (const [file, text] of Object.entries(pages)) write(file, text);
    const pruned = await output.prune((file) => file in pages);
    await output.save();
    return { output, pruned };
  };

  beforeEach(() => {
    work = mkdtempSync(join(tmpdir(), 'glossary-kept-output-'));
    folder = join(work, 'dist');
    record = join(work, 'cache', 'output.json');
  });
  afterEach(() => rmSync(work, { recursive: true, force: true }));

  test('empties a folder it has no record of, as Astro would, keeping a .git folder', async () => {
    write('index.html', 'someone else');
    write('term/delta/index.html', 'someone else');
    write('.git/HEAD', 'ref: refs/heads/main');
    const output = await KeptOutput.open(folder, record);
    expect(output.removed).toBe(2);
    expect(files()).toEqual(['.git/HEAD']);
    expect(existsSync(join(folder, 'term'))).toBe(false);
  });

  test('keeps what the last build left as it was, and deletes a file edited since or put there by anything else', async () => {
    await build({ 'index.html': 'home', 'term/delta/index.html': 'delta', 'term/vega/index.html': 'vega' });
    write('term/delta/index.html', 'edited by hand');
    write('term/stray/index.html', 'stray');
    const output = await KeptOutput.open(folder, record);
    expect(output.kept).toBe(2);
    expect(output.removed).toBe(2);
    expect(files()).toEqual(['index.html', 'term/vega/index.html']);
  });

  test('a file rewritten with the same bytes counts as changed: only its size and time vouch for it', async () => {
    await build({ 'index.html': 'home' });
    // Past the file system's clock tick (a few milliseconds), as any later build is.
    await new Promise((resolve) => setTimeout(resolve, 20));
    rmSync(join(folder, 'index.html'));
    write('index.html', 'home');
    expect((await KeptOutput.open(folder, record)).removed).toBe(1);
  });

  test('a file put back with its size and modification time, as a CI restores a cache with tar, counts as left', async () => {
    const first = await KeptOutput.open(folder, record);
    write('index.html', 'home');
    // Whole seconds, which every tool can set back exactly.
    const when = new Date('2026-11-30T12:00:00Z');
    utimesSync(join(folder, 'index.html'), when, when);
    await first.save();
    rmSync(folder, { recursive: true });
    write('index.html', 'home');
    utimesSync(join(folder, 'index.html'), when, when);
    const output = await KeptOutput.open(folder, record);
    expect([output.kept, output.removed]).toEqual([1, 0]);
    // Put back with another time (a restore that rounds times, an older copy), it is not trusted.
    utimesSync(join(folder, 'index.html'), new Date('2026-11-30T12:00:01Z'), new Date('2026-11-30T12:00:01Z'));
    expect((await KeptOutput.open(folder, record)).removed).toBe(1);
  });

  test('empties the folder when the record describes another output folder', async () => {
    await build({ 'index.html': 'home' });
    const elsewhere = join(work, 'elsewhere');
    mkdirSync(elsewhere);
    writeFileSync(join(elsewhere, 'index.html'), 'other');
    expect((await KeptOutput.open(elsewhere, record)).removed).toBe(1);
    expect(readdirSync(elsewhere)).toEqual([]);
  });

  test('empties the folder when the record cannot be read', async () => {
    await build({ 'index.html': 'home' });
    writeFileSync(record, '{"version": 1, "folder": ');
    expect((await KeptOutput.open(folder, record)).removed).toBe(1);
  });

  test('prunes what the last build left and this one neither wrote, claimed nor noted, and the folders it empties', async () => {
    await build({ 'index.html': 'home', 'term/delta/index.html': 'delta', 'term/theta/index.html': 'theta', 'term/theta/card.png': 'card', '_astro/site.old.css': 'old' });
    const output = await KeptOutput.open(folder, record);
    write('index.html', 'home, again');
    output.note('term/theta/card.png', 'card-source', 'abc.png');
    const pruned = await output.prune((file) => file === 'term/delta/index.html');
    expect(pruned).toBe(2);
    expect(files()).toEqual(['index.html', 'term/delta/index.html', 'term/theta/card.png']);
    expect(existsSync(join(folder, '_astro'))).toBe(false);
  });

  test('a noted fact is read back while its file is unchanged, and not once it changed or was not noted again', async () => {
    const first = await KeptOutput.open(folder, record);
    write('term/delta/card.png', 'card 1');
    write('term/vega/card.png', 'card 2');
    first.note('term/delta/card.png', 'card-source', 'one.png');
    first.note('term/vega/card.png', 'card-source', 'two.png');
    await first.save();

    const second = await KeptOutput.open(folder, record);
    expect(await second.noted('term/delta/card.png', 'card-source')).toBe('one.png');
    expect(await second.noted('term/delta/card.png', 'another topic')).toBeUndefined();
    write('term/vega/card.png', 'card 2, redrawn');
    expect(await second.noted('term/vega/card.png', 'card-source')).toBeUndefined();
    await second.save();

    const third = await KeptOutput.open(folder, record);
    expect(await third.noted('term/delta/card.png', 'card-source')).toBeUndefined();
  });

  test('a folder is intact when every file the last build left there is unchanged and nothing was added', async () => {
    await build({ 'pagefind/pagefind.js': 'index', 'pagefind/fragment/en_1': 'fragment' });
    const output = await KeptOutput.open(folder, record);
    expect(await output.intact('pagefind/')).toBe(true);
    expect(await output.intact('term/')).toBe(false);
    write('pagefind/fragment/en_2', 'another');
    expect(await output.intact('pagefind/')).toBe(false);
    rmSync(join(folder, 'pagefind/fragment/en_2'));
    write('pagefind/pagefind.js', 'index 2');
    expect(await output.intact('pagefind/')).toBe(false);
  });

  test('a build that fails before saving leaves a record that still vouches only for files it did not touch', async () => {
    await build({ 'index.html': 'home', 'term/delta/index.html': 'delta' });
    await KeptOutput.open(folder, record);
    write('term/delta/index.html', 'delta, half written');
    // No save: the build stopped here.
    const output = await KeptOutput.open(folder, record);
    expect(files()).toEqual(['index.html']);
    expect(output.kept).toBe(1);
    expect(readFileSync(join(folder, 'index.html'), 'utf8')).toBe('home');
  });
});

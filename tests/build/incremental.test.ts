/**
 * The incremental build must give what a cold build gives. A fixture is built cold; then one entry is
 * retitled (to a name another entry's body now auto-links), a `related` list changes, an entry is added (a
 * name an existing body mentions) and one is deleted; the edited content is built again twice: warm, from
 * the first build's caches, and cold, from fresh ones. Every file of the two outputs must be byte for byte
 * the same: pages, twins, charts, sitemap, feed, llms.txt, hosting files and the Pagefind index. The warm
 * build runs both ways a rebuild meets its output folder: in place, after a stray file and a page edited by
 * hand were put there, and into an empty folder with only the cache folder kept.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';
import { corpus } from '../../scripts/bench/corpus.ts';
import { buildEnvironment } from '../support/build-environment.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));

function build(content: string, cacheDir: string, outDir = mkdtempSync(join(tmpdir(), 'glossary-incremental-out-'))): { outDir: string; stdout: string } {
  const result = spawnSync(join(root, 'node_modules/.bin/astro'), ['build', '--outDir', outDir], {
    cwd: root,
    env: buildEnvironment({ GLOSSARY_CONTENT: content, GLOSSARY_CACHE: cacheDir }),
    encoding: 'utf8',
  });
  expect(result.status, result.stderr).toBe(0);
  return { outDir, stdout: result.stdout };
}

function listFiles(directory: string, prefix = ''): string[] {
  return readdirSync(join(directory, prefix), { withFileTypes: true })
    .flatMap((item) => (item.isDirectory() ? listFiles(directory, join(prefix, item.name)) : [join(prefix, item.name)]))
    .sort();
}

function edit(file: string, change: (text: string) => string): void {
  const text = readFileSync(file, 'utf8');
  const changed = change(text);
  expect(changed, `${file} did not change`).not.toBe(text);
  writeFileSync(file, changed);
}

/** The valid fixture, twenty synthetic entries, an entry with resource pages and one that only links out. */
function makeFixture(): string {
  const content = mkdtempSync(join(tmpdir(), 'glossary-incremental-content-'));
  cpSync(join(root, 'tests/fixtures/valid/content'), content, { recursive: true });
  const synthetic = corpus(20);
  for (const file of synthetic) writeFileSync(join(content, file.path), file.text);
  // More related entries than a page shows: Option Risk gets a resource page, which lists Moneyness.
  const related = ['moneyness', ...synthetic.slice(0, 13).map((file) => file.path.split('/')[1]!.replace('.mdx', '')), 'delta'];
  edit(join(content, 'area/option-risk.mdx'), (text) => text.replace('related: [delta, moneyness]', `related: [${related.join(', ')}]\nredirectFrom: [/area/risk-of-options/]`));
  writeFileSync(
    join(content, 'definition/theta.mdx'),
    ['---', 'title: Theta', "description: How much an option's value falls as one day passes with everything else unchanged.", 'related: [delta]', 'published: 2026-11-05', '---', '', '## How fast does an option decay?', '', 'Fastest in the last weeks before expiry, for an option near the strike.', ''].join('\n'),
  );
  return content;
}

function editFixture(content: string): void {
  // A title: every list that shows Moneyness changes, and Vega's body (MDX) now auto-links "implied volatility".
  edit(join(content, 'definition/moneyness.mdx'), (text) => text.replace('title: Moneyness', 'title: Implied Volatility'));
  // A related list.
  edit(join(content, 'term/delta.mdx'), (text) => text.replace('related: [option-risk, vega]', 'related: [vega, moneyness]'));
  // A new entry, whose title Option Risk's body mentions ("Convexity is gamma").
  writeFileSync(
    join(content, 'term/gamma.mdx'),
    ['---', 'title: Gamma', "description: How much an option's delta changes for a one-unit change in the price of its underlying.", 'related: [delta]', 'published: 2026-11-20', '---', '', '## Why does gamma matter?', '', 'A long option gains from large moves either way.', ''].join('\n'),
  );
  // A deleted entry: Delta loses a backlink.
  rmSync(join(content, 'definition/theta.mdx'));
}

/** Every file of `warm` is byte for byte that of `cold`, and there are no others. */
function expectSameOutput(warm: string, cold: string): void {
  const files = listFiles(cold);
  // The pages first: a stale page also changes the search index, which would hide which page it was.
  const pages = (list: string[]) => list.filter((file) => !file.startsWith('pagefind/'));
  expect(pages(listFiles(warm))).toEqual(pages(files));
  const differing = (list: string[]) => list.filter((file) => !readFileSync(join(warm, file)).equals(readFileSync(join(cold, file))));
  expect(differing(pages(files))).toEqual([]);
  expect(listFiles(warm)).toEqual(files);
  expect(differing(files)).toEqual([]);
}

test('a warm rebuild after edits is byte-identical to a cold build of the same content', { timeout: 300_000 }, () => {
  const content = makeFixture();
  const cache = mkdtempSync(join(tmpdir(), 'glossary-incremental-cache-'));
  const first = build(content, cache);
  editFixture(content);
  // Things a build must not keep from the folder it builds into: a file no build wrote, a page edited by hand.
  mkdirSync(join(first.outDir, 'term/stray'));
  writeFileSync(join(first.outDir, 'term/stray/index.html'), '<h1>Stray</h1>');
  writeFileSync(join(first.outDir, 'term/delta/index.html'), readFileSync(join(first.outDir, 'term/delta/index.html'), 'utf8').replace('Delta', 'Edited by hand'));
  // In place, as an author rebuilds: the kept output folder (lib/kept-output.ts) and Astro's cache.
  const warm = build(content, cache, first.outDir);
  // Into an empty folder from the cache folder alone, as a CI that keeps only that folder rebuilds.
  const warmFromCache = build(content, cache);
  const cold = build(content, mkdtempSync(join(tmpdir(), 'glossary-incremental-cache-')));

  // The warm builds reused pages (or this test proves nothing) and rendered the changed ones again.
  expect(warm.stdout.match(/\(cached\)/g)?.length ?? 0).toBeGreaterThan(20);
  expect(warmFromCache.stdout.match(/\(restored\)/g)?.length ?? 0).toBeGreaterThan(20);
  expect(cold.stdout).not.toMatch(/\((?:restored|cached)\)/);
  // The card cache forgets the cards no page shows any more (Moneyness under its old title, Theta's).
  expect(warm.stdout).toMatch(/deleted [1-9]\d* unused from the card cache/);

  const files = listFiles(cold.outDir);
  expect(files).toContain('term/gamma/index.html');
  expect(files).toContain('pagefind/pagefind.js');
  expect(files).not.toContain('definition/theta/index.html');
  expectSameOutput(warm.outDir, cold.outDir);
  expectSameOutput(warmFromCache.outDir, cold.outDir);
  // The edits reached the pages a reader would check.
  expect(readFileSync(join(warm.outDir, 'term/vega/index.html'), 'utf8')).toContain('<a href="/definition/moneyness/">implied volatility</a>');
  expect(readFileSync(join(warm.outDir, 'area/option-risk/index.html'), 'utf8')).toContain('<a href="/term/gamma/">gamma</a>');
  expect(readFileSync(join(warm.outDir, 'area/option-risk/resource/1/index.html'), 'utf8')).toContain('Implied Volatility');

  // With nothing changed, a rebuild in place (into the folder this cache folder last built) writes no page
  // again, copies no card, keeps the index and leaves the output as it was.
  const again = build(content, cache, warmFromCache.outDir);
  expect(again.stdout).not.toMatch(/\(restored\)/);
  expect(again.stdout).toMatch(/removed 0 files of the last build that this build did not write/);
  expect(again.stdout).toMatch(/copied 0 of [1-9]\d* social cards .*; deleted 0 unused from the card cache/);
  expect(again.stdout).toMatch(/kept the index of/);
  expectSameOutput(again.outDir, cold.outDir);
});

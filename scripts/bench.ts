/**
 * `npm run bench [sizes...]`: builds a deterministic synthetic corpus of each size (default 1,000 and
 * 10,000 entries) with the whole pipeline (pages, twins, search index), measures it, builds the same
 * corpus with Hugo as a reference, measures search in Chromium, and writes bench/RESULTS.md.
 *
 * Everything it makes goes to a temporary folder: the corpus, Astro's content cache and the built site.
 * The site's own code is used in place, pointed at the corpus by GLOSSARY_CONTENT.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { cpus, tmpdir, totalmem } from 'node:os';
import { dirname, extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { chromiumArgs, findChromium } from '../tests/support/browser.ts';
import { keystrokeToResults, median } from '../tests/support/search-timing.ts';
import { corpus } from './bench/corpus.ts';
import { searchNamesPath } from '../src/lib/urls.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const sizes = process.argv.slice(2).map(Number).filter((size) => size > 0);
const timeCommand = '/usr/bin/time';

interface Measurement {
  wallSeconds: number;
  cpuSeconds: number;
  peakRssBytes: number;
}

interface Row {
  entries: number;
  /** From empty caches: the content store, the incremental build's pages and the cards all made anew. */
  cold: Build;
  /** From an empty cache folder holding only the cards the cold build drew (the card cache a CI keeps). */
  coldCardsKept: Build;
  /** In place: the cold build's output folder and whole cache folder, after changing one entry's title. */
  titleEdit: Build;
  /** In place, with nothing changed. */
  noChange: Build;
  /** From the whole cache folder into an empty output folder (a CI that keeps only the cache), after another title edit. */
  titleEditCacheOnly: Build;
  pages: number;
  distBytes: number;
  pagefindBytes: number;
  namesBytes: number;
  namesGzipBytes: number;
  searchMedianMs: number;
  misspeltMedianMs: number;
  searchBytesPerQuery: number;
  hugo: Measurement | undefined;
  /** Pagefind's CLI over Hugo's output: Hugo plus Pagefind is the fastest static pipeline with the same search. */
  hugoPagefind: Measurement | undefined;
}

/** An `astro build` measured, with the cards it drew and the worker threads' time (its log's `cards:` line). */
interface Build extends Measurement {
  cardsDrawn: number;
  cardWorkerSeconds: number;
}

/**
 * Run a command under GNU time, for wall and CPU seconds and the peak resident set of the process tree's
 * largest member; with what the command printed, for the figures it reports itself.
 */
function measured(command: string, args: string[], env: NodeJS.ProcessEnv, cwd = root): Measurement & { stdout: string } {
  const result = spawnSync(timeCommand, ['-f', 'BENCH %e %U %S %M', command, ...args], { cwd, env: { ...process.env, ...env }, encoding: 'utf8', maxBuffer: 1 << 30 });
  const line = result.stderr.split('\n').find((text) => text.startsWith('BENCH '));
  if (result.status !== 0 || !line) throw new Error(`${command} ${args.join(' ')} failed:\n${result.stderr.slice(-3000)}`);
  const [wall, user, system, rssKilobytes] = line.split(' ').slice(1).map(Number) as [number, number, number, number];
  return { wallSeconds: wall, cpuSeconds: user + system, peakRssBytes: rssKilobytes * 1024, stdout: result.stdout };
}

function writeFiles(directory: string, files: { path: string; text: string }[]): void {
  for (const file of files) {
    const path = join(directory, file.path);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, file.text);
  }
}

function walk(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((item) => (item.isDirectory() ? walk(join(directory, item.name)) : [join(directory, item.name)]));
}

function bytesIn(directory: string): number {
  return walk(directory).reduce((total, file) => total + statSync(file).size, 0);
}

/** The same corpus as a minimal Hugo site: one template for entries, the default list for sections. */
function hugoSite(directory: string, files: { path: string; text: string }[]): void {
  writeFiles(
    join(directory, 'content'),
    files.map((file) => ({ path: file.path.replace(/\.mdx$/, '.md'), text: file.text })),
  );
  writeFileSync(join(directory, 'hugo.toml'), 'baseURL = "https://example.org/"\ndisableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT"]\n[markup.goldmark.renderer]\nunsafe = false\n');
  const layout = '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{{ .Title }}</title><meta name="description" content="{{ .Description }}"></head><body><h1>{{ .Title }}</h1><p>{{ .Description }}</p>{{ .Content }}</body></html>\n';
  writeFiles(join(directory, 'layouts', '_default'), [
    { path: 'single.html', text: layout },
    { path: 'list.html', text: '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{{ .Title }}</title></head><body><ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul></body></html>\n' },
  ]);
}

const contentTypes: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.wasm': 'application/wasm' };

/** A static server for a built site, on 127.0.0.1 only. */
function serve(directory: string): Promise<{ server: Server; origin: string }> {
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    const file = join(directory, path.endsWith('/') ? `${path}index.html` : path);
    if (!file.startsWith(directory) || !existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'Content-Type': contentTypes[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({ server, origin: `http://127.0.0.1:${(server.address() as { port: number }).port}` })));
}

const queries = ['margin', 'funding rate', 'implied', 'liquidity pool', 'oracle', 'perp', 'collateral buffer', 'settlement', 'skew', 'vault', 'rebalances', 'synthetic exposure', 'hedge', 'tranche', 'auction reserve', 'concentrated', 'leverage', 'drawdown', 'index', 'spread'];
/** Misspelt words of the corpus's titles: the names file's matching, and a second full-text search for the name meant. */
const misspeltQueries = ['colateral', 'volatilty', 'setlement', 'liquidty pool', 'implid margin', 'perpetaul', 'drawdwon', 'concentated', 'synthetc exposure', 'leverge'];

/**
 * Search as a reader meets it, in Chromium: each query typed into the header's box, timed inside the page
 * from the keydown of its last letter to the list showing its results (as tests/e2e/search.spec.ts does);
 * the medians for real words and for misspellings, and the median bytes fetched while typing a query.
 */
async function measureSearch(directory: string): Promise<{ medianMs: number; misspeltMedianMs: number; bytesPerQuery: number }> {
  const { server, origin } = await serve(directory);
  const browser = await chromium.launch({ executablePath: findChromium(), args: chromiumArgs });
  try {
    const page = await browser.newPage();
    let bytes = 0;
    page.on('requestfinished', (request) => {
      void request.sizes().then((sizes) => (bytes += sizes.responseBodySize + sizes.responseHeadersSize));
    });
    await page.goto(`${origin}/`);
    await page.locator('#site-search').focus();
    await keystrokeToResults(page, 'warm up');
    const measure = async (query: string) => {
      await page.waitForLoadState('networkidle');
      bytes = 0;
      const ms = await keystrokeToResults(page, query);
      await page.waitForLoadState('networkidle');
      return { ms, bytes };
    };
    const samples: { ms: number; bytes: number }[] = [];
    for (const query of queries) samples.push(await measure(query));
    const misspelt: number[] = [];
    for (const query of misspeltQueries) misspelt.push((await measure(query)).ms);
    return { medianMs: median(samples.map((sample) => sample.ms)), misspeltMedianMs: median(misspelt), bytesPerQuery: median(samples.map((sample) => sample.bytes)) };
  } finally {
    await browser.close();
    server.close();
  }
}

/** One `astro build` of the corpus in `work`, with the cache folder and output folder named. */
function astroBuild(work: string, cache: string, outDir: string): Build {
  const { stdout, ...measurement } = measured(join(root, 'node_modules/.bin/astro'), ['build', '--silent', '--outDir', join(work, outDir)], {
    GLOSSARY_CONTENT: join(work, 'content'),
    GLOSSARY_CACHE: join(work, cache),
    ASTRO_TELEMETRY_DISABLED: '1',
  });
  const cards = /cards: drew (\d+) in ([\d.]+) s/.exec(stdout);
  return { ...measurement, cardsDrawn: Number(cards?.[1] ?? 0), cardWorkerSeconds: Number(cards?.[2] ?? 0) };
}

async function benchmark(entries: number): Promise<Row> {
  const work = mkdtempSync(join(tmpdir(), `glossary-bench-${entries}-`));
  try {
    const files = corpus(entries);
    writeFiles(join(work, 'content'), files);
    console.log(`${entries} entries: a cold build from empty caches...`);
    const cold = astroBuild(work, 'cache', 'dist');
    const dist = join(work, 'dist');
    const pages = walk(dist).filter((file) => file.endsWith('.html')).length;
    const distBytes = bytesIn(dist);
    const pagefindBytes = bytesIn(join(dist, 'pagefind'));
    const names = readFileSync(join(dist, searchNamesPath));
    console.log(`${entries} entries: measuring search...`);
    const search = await measureSearch(dist);

    console.log(`${entries} entries: a cold build with the card cache kept...`);
    mkdirSync(join(work, 'cards-kept'));
    cpSync(join(work, 'cache', 'cards'), join(work, 'cards-kept', 'cards'), { recursive: true });
    const coldCardsKept = astroBuild(work, 'cards-kept', 'dist-cards-kept');
    rmSync(join(work, 'dist-cards-kept'), { recursive: true });

    // Rebuilds in place, as an author's machine or a CI runner that keeps its workspace builds: the cold build's
    // output folder (which the glossary keeps and prunes, src/lib/kept-output.ts) and its whole cache folder.
    console.log(`${entries} entries: a rebuild with no change...`);
    const noChange = astroBuild(work, 'cache', 'dist');
    // One entry's title: its page, its card, its twin, the pages that list it and the indexes are rendered again.
    const retitle = (file: { path: string }) => {
      const path = join(work, 'content', file.path);
      writeFileSync(path, readFileSync(path, 'utf8').replace(/^title: (.*)$/m, 'title: $1 revised'));
    };
    retitle(files[1]!);
    console.log(`${entries} entries: a rebuild after one title edit...`);
    const titleEdit = astroBuild(work, 'cache', 'dist');
    // From the cache folder alone into an empty output folder, as a CI that keeps only that folder builds.
    // The same output path as before: the code the entry and resource pages import (Astro's image pipeline,
    // for illustrations) carries the output path, so another path changes their code's hash and Astro
    // renders them all again (measured: 306 of 952 pages of content/ re-rendered into a new folder).
    rmSync(dist, { recursive: true });
    retitle(files[2]!);
    console.log(`${entries} entries: a rebuild after another title edit, from the cache folder alone...`);
    const titleEditCacheOnly = astroBuild(work, 'cache', 'dist');

    let hugo: Measurement | undefined;
    let hugoPagefind: Measurement | undefined;
    if (spawnSync('hugo', ['version']).status === 0) {
      console.log(`${entries} entries: building with Hugo, then Pagefind over its output...`);
      hugoSite(join(work, 'hugo'), files);
      hugo = measured('hugo', ['--quiet', '-d', join(work, 'hugo-public')], {}, join(work, 'hugo'));
      hugoPagefind = measured(join(root, 'node_modules/.bin/pagefind'), ['--site', join(work, 'hugo-public'), '--silent'], {});
    } else {
      console.log('Hugo is not installed (Debian: apt-get install hugo); the reference columns stay empty.');
    }
    return {
      entries,
      cold,
      coldCardsKept,
      titleEdit,
      noChange,
      titleEditCacheOnly,
      pages,
      distBytes,
      pagefindBytes,
      namesBytes: names.length,
      namesGzipBytes: gzipSync(names).length,
      searchMedianMs: search.medianMs,
      misspeltMedianMs: search.misspeltMedianMs,
      searchBytesPerQuery: search.bytesPerQuery,
      hugo,
      hugoPagefind,
    };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const seconds = (value: number) => `${value.toFixed(1)} s`;
const kilobytes = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const ratio = (value: number, base: number | undefined) => (base ? value / base : undefined);
const times = (value: number | undefined) => (value === undefined ? 'n/a' : `${value.toFixed(2)}`);
const measurement = (build: Measurement) => `${seconds(build.wallSeconds)} / ${seconds(build.cpuSeconds)} / ${megabytes(build.peakRssBytes)}`;

function buildTable(rows: Row[]): string {
  const lines = [
    '| entries | cold, empty caches | cold, card cache kept | rebuild after a title edit | rebuild, no change | title edit, cache folder only | Hugo | Hugo + Pagefind | cold (cards kept) / (Hugo + Pagefind) | title edit / cold | no change / cold | title edit, cache only / cold |',
    '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const row of rows) {
    const reference = row.hugo && row.hugoPagefind ? row.hugo.wallSeconds + row.hugoPagefind.wallSeconds : undefined;
    const cold = row.coldCardsKept.wallSeconds;
    lines.push(
      `| ${row.entries.toLocaleString('en')} | ${measurement(row.cold)} | ${measurement(row.coldCardsKept)} | ${measurement(row.titleEdit)} | ${measurement(row.noChange)} | ${measurement(row.titleEditCacheOnly)} | ${row.hugo ? seconds(row.hugo.wallSeconds) : 'n/a'} | ${reference ? seconds(reference) : 'n/a'} | ${times(ratio(cold, reference))} | ${times(ratio(row.titleEdit.wallSeconds, cold))} | ${times(ratio(row.noChange.wallSeconds, cold))} | ${times(ratio(row.titleEditCacheOnly.wallSeconds, cold))} |`,
    );
  }
  return lines.join('\n');
}

function cardTable(rows: Row[]): string {
  const lines = ['| entries | cards drawn, cold | ms per card, one core | cards drawn with the card cache kept | cards drawn after a title edit |', '| ---: | ---: | ---: | ---: | ---: |'];
  for (const { entries, cold, coldCardsKept, titleEdit } of rows) {
    const perCard = cold.cardsDrawn > 0 ? ((cold.cardWorkerSeconds * 1000) / cold.cardsDrawn).toFixed(1) : 'n/a';
    lines.push(`| ${entries.toLocaleString('en')} | ${cold.cardsDrawn.toLocaleString('en')} | ${perCard} | ${coldCardsKept.cardsDrawn} | ${titleEdit.cardsDrawn} |`);
  }
  return lines.join('\n');
}

function siteTable(rows: Row[]): string {
  const lines = [
    '| entries | pages written | dist/ | dist/pagefind/ | names file (gzip) | search median | misspelt median | bytes per query |',
    '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const row of rows) {
    lines.push(
      `| ${row.entries.toLocaleString('en')} | ${row.pages.toLocaleString('en')} | ${megabytes(row.distBytes)} | ${megabytes(row.pagefindBytes)} | ${kilobytes(row.namesBytes)} (${kilobytes(row.namesGzipBytes)}) | ${row.searchMedianMs.toFixed(1)} ms | ${row.misspeltMedianMs.toFixed(1)} ms | ${kilobytes(row.searchBytesPerQuery)} |`,
    );
  }
  return lines.join('\n');
}

async function main(): Promise<void> {
  if (!existsSync(timeCommand)) throw new Error('The benchmark needs GNU time for CPU and memory figures (Debian: apt-get install time).');
  const rows: Row[] = [];
  for (const size of sizes.length > 0 ? sizes : [1000, 10000]) rows.push(await benchmark(size));
  const machine = `${cpus().length} cores (${cpus()[0]?.model.trim() ?? 'unknown CPU'}), ${Math.round(totalmem() / 1024 ** 3)} GiB memory, Node ${process.version}`;
  const report = [
    '# Benchmark results',
    '',
    `Measured by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}: ${machine}.`,
    '',
    'Each row builds a deterministic synthetic corpus (three question sections of about 120 words, math in a fifth of the entries, five related slugs and two body links each) with the whole pipeline: content check, pages, Markdown twins, social cards, sitemap and the Pagefind index. Wall and CPU time and peak RSS come from GNU time over `astro build`.',
    '',
    '## Builds',
    '',
    'Wall / CPU / peak RSS. The cold build starts from empty caches and draws every social card. The second cold build starts from a cache folder holding only the cards the first drew (`<cacheDir>/cards/`, which a CI keeps): it is the cold build the ratios use. The rebuilds start from the first build\'s whole cache folder (Astro\'s cacheDir: the content store, the incremental build\'s pages, the cards, the search index and the record of the output folder). The first two build in place, into the output folder the cold build left, as an author\'s machine or a CI runner that keeps its workspace builds: one with no change, one after changing the title of an entry that others list. The third builds into an empty output folder after changing another title, as a CI that keeps only the cache folder builds: Astro then copies every reused page from its cache. Hugo builds the same corpus with one minimal template; Pagefind\'s CLI (the `pagefind` npm package) then indexes its output, which makes the fastest static pipeline with the same search.',
    '',
    buildTable(rows),
    '',
    '## Social cards',
    '',
    'Cards drawn by each build, and the cost of a card: the worker threads\' time over the cards drawn, which is the time of one core (the workers use both).',
    '',
    cardTable(rows),
    '',
    '## Site and search',
    '',
    'The names file holds the names the forgiving search matches, fetched when the reader reaches for search (raw, and gzipped as hosts serve it). Search is measured in Chromium against the built site as a reader meets it: each query typed into the header search box, timed from the keydown of its last letter to the list showing its results (the median of twenty queries, and of ten misspelt ones, which also need a full-text search for the name meant), and the median bytes fetched while typing a query.',
    '',
    siteTable(rows),
    '',
  ].join('\n');
  mkdirSync(join(root, 'bench'), { recursive: true });
  writeFileSync(join(root, 'bench', 'RESULTS.md'), report);
  console.log(`\n${buildTable(rows)}\n\n${cardTable(rows)}\n\n${siteTable(rows)}\n\nWritten to bench/RESULTS.md`);
}

await main();

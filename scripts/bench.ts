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
import { chromium } from '@playwright/test';
import { chromiumArgs, findChromium } from '../tests/support/browser.ts';
import { corpus } from './bench/corpus.ts';

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
  astro: Measurement;
  pages: number;
  distBytes: number;
  pagefindBytes: number;
  searchMedianMs: number;
  searchBytesPerQuery: number;
  hugo: Measurement | undefined;
  cards: CardRow;
  rebuilds: Rebuilds;
}

/** Run a command under GNU time, for wall and CPU seconds and the peak resident set of the process tree's largest member. */
function measured(command: string, args: string[], env: NodeJS.ProcessEnv, cwd = root): Measurement {
  const result = spawnSync(timeCommand, ['-f', 'BENCH %e %U %S %M', command, ...args], { cwd, env: { ...process.env, ...env }, encoding: 'utf8', maxBuffer: 1 << 30 });
  const line = result.stderr.split('\n').find((text) => text.startsWith('BENCH '));
  if (result.status !== 0 || !line) throw new Error(`${command} ${args.join(' ')} failed:\n${result.stderr.slice(-3000)}`);
  const [wall, user, system, rssKilobytes] = line.split(' ').slice(1).map(Number) as [number, number, number, number];
  return { wallSeconds: wall, cpuSeconds: user + system, peakRssBytes: rssKilobytes * 1024 };
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

/** Median time from a query to its first five results' data, and the bytes fetched for each query, in Chromium. */
async function measureSearch(directory: string): Promise<{ medianMs: number; bytesPerQuery: number }> {
  const { server, origin } = await serve(directory);
  const browser = await chromium.launch({ executablePath: findChromium(), args: chromiumArgs });
  try {
    const page = await browser.newPage();
    let bytes = 0;
    page.on('requestfinished', (request) => {
      void request.sizes().then((sizes) => (bytes += sizes.responseBodySize + sizes.responseHeadersSize));
    });
    await page.goto(`${origin}/`);
    await page.evaluate(async () => {
      const pagefindPath = '/pagefind/pagefind.js';
      const pagefind = await import(pagefindPath);
      await pagefind.init();
      Object.assign(window, { pagefind });
    });
    const samples: { ms: number; bytes: number }[] = [];
    for (const query of queries) {
      await page.waitForLoadState('networkidle');
      bytes = 0;
      const ms = await page.evaluate(async (text: string) => {
        const { pagefind } = window as unknown as { pagefind: { search(query: string): Promise<{ results: { data(): Promise<unknown> }[] }> } };
        const started = performance.now();
        const search = await pagefind.search(text);
        await Promise.all(search.results.slice(0, 5).map((result) => result.data()));
        return performance.now() - started;
      }, query);
      await page.waitForLoadState('networkidle');
      samples.push({ ms, bytes });
    }
    const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
    return { medianMs: median(samples.map((sample) => sample.ms)), bytesPerQuery: median(samples.map((sample) => sample.bytes)) };
  } finally {
    await browser.close();
    server.close();
  }
}

async function benchmark(entries: number): Promise<Row> {
  const work = mkdtempSync(join(tmpdir(), `glossary-bench-${entries}-`));
  try {
    const files = corpus(entries);
    writeFiles(join(work, 'content'), files);
    const dist = join(work, 'dist');
    console.log(`${entries} entries: building with Astro...`);
    const astro = measured(join(root, 'node_modules/.bin/astro'), ['build', '--silent', '--outDir', dist], {
      GLOSSARY_CONTENT: join(work, 'content'),
      GLOSSARY_CACHE: join(work, 'cache'),
      ASTRO_TELEMETRY_DISABLED: '1',
    });
    const rebuilds = measureRebuilds(work, astro, files);
    const pages = walk(dist).filter((file) => file.endsWith('.html')).length;
    const distBytes = bytesIn(dist);
    const pagefindBytes = bytesIn(join(dist, 'pagefind'));
    console.log(`${entries} entries: measuring search...`);
    const search = await measureSearch(dist);
    let hugo: Measurement | undefined;
    if (spawnSync('hugo', ['version']).status === 0) {
      console.log(`${entries} entries: building with Hugo...`);
      hugoSite(join(work, 'hugo'), files);
      hugo = measured('hugo', ['--quiet', '-d', join(work, 'hugo-public')], {}, join(work, 'hugo'));
    } else {
      console.log('Hugo is not installed (Debian: apt-get install hugo); the reference column stays empty.');
    }
    const cards = benchmarkCards(work, entries);
    return { entries, astro, pages, distBytes, pagefindBytes, searchMedianMs: search.medianMs, searchBytesPerQuery: search.bytesPerQuery, hugo, cards, rebuilds };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

// ---- Social cards (issue 14): the build with an empty card cache and with a kept one ----

interface CardRow {
  cold: Measurement;
  warm: Measurement;
  drawn: number;
  /** Cards drawn again by the build that kept the cache: none, when the cache works. */
  drawnWarm: number;
  workerSeconds: number;
}

/**
 * Two more builds of the corpus, each from an empty content cache: one with an empty card cache, one keeping
 * the cards the first drew (what a CI that keeps `<cacheDir>/cards/` sees). The cold build's log line gives
 * the cards drawn and the workers' time, for the cost of a card on one core.
 */
function benchmarkCards(work: string, entries: number): CardRow {
  const build = (cache: string) => {
    const env = { GLOSSARY_CONTENT: join(work, 'content'), GLOSSARY_CACHE: cache, ASTRO_TELEMETRY_DISABLED: '1' };
    const result = spawnSync('/usr/bin/time', ['-f', 'BENCH %e %U %S %M', join(root, 'node_modules/.bin/astro'), 'build', '--silent', '--outDir', join(work, 'cards-dist')], { cwd: root, env: { ...process.env, ...env }, encoding: 'utf8', maxBuffer: 1 << 30 });
    const line = result.stderr.split('\n').find((text) => text.startsWith('BENCH '));
    if (result.status !== 0 || !line) throw new Error(`the card build failed:\n${result.stderr.slice(-3000)}`);
    const [wall, user, system, rss] = line.split(' ').slice(1).map(Number) as [number, number, number, number];
    const drawnLine = /cards: drew (\d+) in ([\d.]+) s/.exec(result.stdout);
    return { measurement: { wallSeconds: wall, cpuSeconds: user + system, peakRssBytes: rss * 1024 }, drawn: Number(drawnLine?.[1] ?? 0), workerSeconds: Number(drawnLine?.[2] ?? 0) };
  };
  console.log(`${entries} entries: building with an empty card cache, then with a kept one...`);
  const cold = build(join(work, 'cards-cold'));
  const warmCache = join(work, 'cards-warm');
  mkdirSync(warmCache, { recursive: true });
  cpSync(join(work, 'cards-cold', 'cards'), join(warmCache, 'cards'), { recursive: true });
  const warm = build(warmCache);
  return { cold: cold.measurement, warm: warm.measurement, drawn: cold.drawn, drawnWarm: warm.drawn, workerSeconds: cold.workerSeconds };
}

function cardTable(rows: Row[]): string {
  const lines = [
    '| entries | cards drawn | cold card cache: wall | CPU | warm card cache: wall | CPU | cards drawn warm | ms per card, one core |',
    '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const { entries, cards } of rows) {
    lines.push(
      `| ${entries.toLocaleString('en')} | ${cards.drawn.toLocaleString('en')} | ${seconds(cards.cold.wallSeconds)} | ${seconds(cards.cold.cpuSeconds)} | ${seconds(cards.warm.wallSeconds)} | ${seconds(cards.warm.cpuSeconds)} | ${cards.drawnWarm} | ${cards.drawn > 0 ? ((cards.workerSeconds * 1000) / cards.drawn).toFixed(1) : 'n/a'} |`,
    );
  }
  return lines.join('\n');
}

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const seconds = (value: number) => `${value.toFixed(1)} s`;

function table(rows: Row[]): string {
  const lines = [
    '| entries | wall | CPU | peak RSS | ms per entry | pages written | dist/ | dist/pagefind/ | search median | bytes per query | Hugo wall | Astro / Hugo |',
    '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const row of rows) {
    lines.push(
      `| ${row.entries.toLocaleString('en')} | ${seconds(row.astro.wallSeconds)} | ${seconds(row.astro.cpuSeconds)} | ${megabytes(row.astro.peakRssBytes)} | ${((row.astro.wallSeconds * 1000) / row.entries).toFixed(1)} | ${row.pages.toLocaleString('en')} | ${megabytes(row.distBytes)} | ${megabytes(row.pagefindBytes)} | ${row.searchMedianMs.toFixed(1)} ms | ${(row.searchBytesPerQuery / 1024).toFixed(1)} KB | ${row.hugo ? seconds(row.hugo.wallSeconds) : 'n/a'} | ${row.hugo ? `${(row.astro.wallSeconds / row.hugo.wallSeconds).toFixed(1)}x` : 'n/a'} |`,
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
    'Each row builds a deterministic synthetic corpus (three question sections of about 120 words, math in a fifth of the entries, five related slugs and two body links each) with the whole pipeline: content check, pages, Markdown twins, sitemap and the Pagefind index. Wall and CPU time and peak RSS come from GNU time over `astro build`. Search is measured in Chromium against the built site: the median time from a query to its first five results, and the median bytes fetched for each of twenty queries. Hugo builds the same corpus with one minimal template, as a reference.',
    '',
    table(rows),
    '',
    '## Social cards',
    '',
    'Two more builds of each corpus from an empty content cache: with an empty card cache (every card drawn by the worker threads, on both cores, while pages render) and with the cards the first one drew kept (`<cacheDir>/cards/`, as a CI keeps it). The cost of a card is the workers\' time over the cards drawn: the time of one core.',
    '',
    cardTable(rows),
    '',
    ...rebuildsSection(rows),
  ].join('\n');
  mkdirSync(join(root, 'bench'), { recursive: true });
  writeFileSync(join(root, 'bench', 'RESULTS.md'), report);
  console.log(`\n${table(rows)}\n\n${rebuildsTable(rows)}\n\nWritten to bench/RESULTS.md`);
}

// ---------------------------------------------------------------------------------------------------------
// Rebuilds (issue 15): the cold build above, then a rebuild with no change and one after a one-entry title
// edit, each from the cold build's caches into an empty output folder (as a CI that keeps the cache folder
// builds), against Hugo plus Pagefind's CLI over Hugo's output on the same corpus.

interface Rebuilds {
  cold: Measurement;
  noChange: Measurement;
  titleEdit: Measurement;
  hugoPagefind: { hugo: Measurement; pagefind: Measurement } | undefined;
}

function hugoAvailable(): boolean {
  return spawnSync('hugo', ['version']).status === 0;
}

function measureRebuilds(work: string, cold: Measurement, files: { path: string; text: string }[]): Rebuilds {
  const rebuild = (name: string) => {
    console.log(`rebuilding (${name})...`);
    return measured(join(root, 'node_modules/.bin/astro'), ['build', '--silent', '--outDir', join(work, `dist-${name}`)], {
      GLOSSARY_CONTENT: join(work, 'content'),
      GLOSSARY_CACHE: join(work, 'cache'),
      ASTRO_TELEMETRY_DISABLED: '1',
    });
  };
  const noChange = rebuild('no-change');
  // One entry's title: its page, its twin, the pages that list it and the indexes are rendered again.
  const edited = join(work, 'content', files[1]!.path);
  writeFileSync(edited, readFileSync(edited, 'utf8').replace(/^title: (.*)$/m, 'title: $1 revised'));
  const titleEdit = rebuild('title-edit');
  let hugoPagefind: Rebuilds['hugoPagefind'];
  if (hugoAvailable()) {
    const site = join(work, 'hugo-pagefind');
    hugoSite(site, files);
    console.log('building with Hugo, then Pagefind over its output...');
    const hugo = measured('hugo', ['--quiet', '-d', join(site, 'public')], {}, site);
    const pagefind = measured(join(root, 'node_modules/.bin/pagefind'), ['--site', join(site, 'public'), '--silent'], {});
    hugoPagefind = { hugo, pagefind };
  }
  return { cold, noChange, titleEdit, hugoPagefind };
}

function rebuildsTable(rows: Row[]): string {
  const ratio = (value: number, base: number | undefined) => (base ? `${(value / base).toFixed(2)}` : 'n/a');
  const lines = [
    '| entries | cold wall | cold CPU | cold peak RSS | title edit | no change | Hugo | Hugo + Pagefind | cold / (Hugo + Pagefind) | title edit / cold | no change / cold |',
    '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const { entries, rebuilds } of rows) {
    const { cold, noChange, titleEdit, hugoPagefind } = rebuilds;
    const reference = hugoPagefind ? hugoPagefind.hugo.wallSeconds + hugoPagefind.pagefind.wallSeconds : undefined;
    lines.push(
      `| ${entries.toLocaleString('en')} | ${seconds(cold.wallSeconds)} | ${seconds(cold.cpuSeconds)} | ${megabytes(cold.peakRssBytes)} | ${seconds(titleEdit.wallSeconds)} | ${seconds(noChange.wallSeconds)} | ${hugoPagefind ? seconds(hugoPagefind.hugo.wallSeconds) : 'n/a'} | ${reference ? seconds(reference) : 'n/a'} | ${ratio(cold.wallSeconds, reference)} | ${ratio(titleEdit.wallSeconds, cold.wallSeconds)} | ${ratio(noChange.wallSeconds, cold.wallSeconds)} |`,
    );
  }
  return lines.join('\n');
}

function rebuildsSection(rows: Row[]): string[] {
  return [
    '## Rebuilds',
    '',
    'The cold build of the table above, then two rebuilds from its caches (`GLOSSARY_CACHE`, Astro\'s cacheDir: the content store and the incremental build\'s pages) into an empty output folder: one after changing the title of one entry that others list, one with no change. Hugo builds the same corpus with the minimal template, and Pagefind\'s CLI (the `pagefind` npm package) indexes its output: the fastest static pipeline with the same search.',
    '',
    rebuildsTable(rows),
    '',
  ];
}

await main();

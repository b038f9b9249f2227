/**
 * `npm run bench [sizes...]`: builds a deterministic synthetic corpus of each size (default 1,000 and
 * 10,000 entries) with the whole pipeline (pages, twins, search index), measures it, builds the same
 * corpus with Hugo as a reference, measures search in Chromium, and writes bench/RESULTS.md.
 *
 * Everything it makes goes to a temporary folder: the corpus, Astro's content cache and the built site.
 * The site's own code is used in place, pointed at the corpus by GLOSSARY_CONTENT.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
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
  astro: Measurement;
  pages: number;
  distBytes: number;
  pagefindBytes: number;
  searchMedianMs: number;
  misspeltMedianMs: number;
  searchBytesPerQuery: number;
  namesBytes: number;
  namesGzipBytes: number;
  hugo: Measurement | undefined;
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
    const pages = walk(dist).filter((file) => file.endsWith('.html')).length;
    const distBytes = bytesIn(dist);
    const pagefindBytes = bytesIn(join(dist, 'pagefind'));
    const names = readFileSync(join(dist, searchNamesPath));
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
    return {
      entries,
      astro,
      pages,
      distBytes,
      pagefindBytes,
      searchMedianMs: search.medianMs,
      misspeltMedianMs: search.misspeltMedianMs,
      searchBytesPerQuery: search.bytesPerQuery,
      namesBytes: names.length,
      namesGzipBytes: gzipSync(names).length,
      hugo,
    };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const seconds = (value: number) => `${value.toFixed(1)} s`;
const kilobytes = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

function table(rows: Row[]): string {
  const lines = [
    '| entries | wall | CPU | peak RSS | ms per entry | pages written | dist/ | dist/pagefind/ | names file (gzip) | search median | misspelt median | bytes per query | Hugo wall | Astro / Hugo |',
    '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const row of rows) {
    lines.push(
      `| ${row.entries.toLocaleString('en')} | ${seconds(row.astro.wallSeconds)} | ${seconds(row.astro.cpuSeconds)} | ${megabytes(row.astro.peakRssBytes)} | ${((row.astro.wallSeconds * 1000) / row.entries).toFixed(1)} | ${row.pages.toLocaleString('en')} | ${megabytes(row.distBytes)} | ${megabytes(row.pagefindBytes)} | ${kilobytes(row.namesBytes)} (${kilobytes(row.namesGzipBytes)}) | ${row.searchMedianMs.toFixed(1)} ms | ${row.misspeltMedianMs.toFixed(1)} ms | ${kilobytes(row.searchBytesPerQuery)} | ${row.hugo ? seconds(row.hugo.wallSeconds) : 'n/a'} | ${row.hugo ? `${(row.astro.wallSeconds / row.hugo.wallSeconds).toFixed(1)}x` : 'n/a'} |`,
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
    'Each row builds a deterministic synthetic corpus (three question sections of about 120 words, math in a fifth of the entries, five related slugs and two body links each) with the whole pipeline: content check, pages, Markdown twins, sitemap and the Pagefind index. Wall and CPU time and peak RSS come from GNU time over `astro build`. The names file holds the names the forgiving search matches, fetched when the reader reaches for search (raw, and gzipped as hosts serve it). Search is measured in Chromium against the built site, as a reader meets it: each query typed into the header search box, timed from the keydown of its last letter to the list showing its results (median of twenty queries, and of ten misspelt ones, which also need a full-text search for the name meant), and the median bytes fetched while typing a query. Hugo builds the same corpus with one minimal template, as a reference.',
    '',
    table(rows),
    '',
  ].join('\n');
  mkdirSync(join(root, 'bench'), { recursive: true });
  writeFileSync(join(root, 'bench', 'RESULTS.md'), report);
  console.log(`\n${table(rows)}\n\nWritten to bench/RESULTS.md`);
}

await main();

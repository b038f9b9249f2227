/**
 * `node scripts/preview-latency.ts [sizes...]`: how long an author waits in `npm run dev` between saving an
 * entry and seeing the change, for five kinds of edit (a body, a title on its page and on the section
 * index, a new entry, a related list). Measured over the real content/ and over synthetic corpora of the
 * given sizes (default 1,000), each median of three edits. Prints a Markdown table for the README.
 */
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { corpus } from './bench/corpus.ts';
import { pageText, projectRoot, startDevServer, waitFor } from '../tests/support/dev-server.ts';

const sizes = process.argv.slice(2).map(Number).filter((size) => size > 0);
const limit = 60_000;

interface Row {
  name: string;
  entries: number;
  timings: Record<string, number>;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

async function measure(name: string, source: string, port: number): Promise<Row> {
  const server = await startDevServer(source, port);
  try {
    const directory = join(server.contentDirectory, 'term');
    const files = readdirSync(directory).filter((file) => file.endsWith('.mdx')).sort();
    const entries = readdirSync(server.contentDirectory).reduce((count, kind) => count + readdirSync(join(server.contentDirectory, kind)).length, 0);
    const timings: Record<string, number[]> = { 'body edit': [], 'title (entry page)': [], 'title (section index)': [], 'new entry': [], 'related list': [] };
    for (let round = 0; round < 3; round++) {
      const file = files[round]!;
      const slug = file.replace(/\.mdx$/, '');
      const path = join(directory, file);
      const marker = `Latency marker ${round}`;
      // Warm the pages first, as an author's open tab would be.
      await pageText(`${server.origin}/term/${slug}/`);
      await pageText(`${server.origin}/term/`);
      let started = performance.now();
      writeFileSync(path, readFileSync(path, 'utf8').replace(/\n## /, `\n## Where is ${marker.toLowerCase()}?\n\n${marker} in the body.\n\n## `));
      await waitFor(async () => (await pageText(`${server.origin}/term/${slug}/`)).html.includes(`${marker} in the body.`), limit);
      timings['body edit']!.push(performance.now() - started);
      started = performance.now();
      writeFileSync(path, readFileSync(path, 'utf8').replace(/^title: (.*)$/m, `title: $1 ${marker}`));
      await waitFor(async () => (await pageText(`${server.origin}/term/${slug}/`)).html.includes(`${marker}</h1>`), limit);
      timings['title (entry page)']!.push(performance.now() - started);
      await waitFor(async () => (await pageText(`${server.origin}/term/`)).html.includes(marker), limit);
      timings['title (section index)']!.push(performance.now() - started);
      started = performance.now();
      const newSlug = `latency-entry-${round}`;
      writeFileSync(join(directory, `${newSlug}.mdx`), `---\ntitle: Latency Entry ${round}\ndescription: A new entry written while the preview runs, to time how soon its page appears.\nrelated: [${slug}]\npublished: 2026-12-01\n---\n\n## When does this page appear?\n\nAs soon as the file is saved.\n`);
      await waitFor(async () => (await pageText(`${server.origin}/term/${newSlug}/`)).status === 200, limit);
      timings['new entry']!.push(performance.now() - started);
      // An entry the page does not list yet (the new entry above already shows as a backlink).
      const before = (await pageText(`${server.origin}/term/${slug}/`)).html;
      const unrelated = files.map((name) => name.replace(/\.mdx$/, '')).reverse().find((other) => other !== slug && !before.includes(`href="/term/${other}/"`))!;
      started = performance.now();
      writeFileSync(path, readFileSync(path, 'utf8').replace(/^related: \[/m, `related: [${unrelated}, `));
      await waitFor(async () => (await pageText(`${server.origin}/term/${slug}/`)).html.includes(`href="/term/${unrelated}/"`), limit);
      timings['related list']!.push(performance.now() - started);
    }
    return { name, entries, timings: Object.fromEntries(Object.entries(timings).map(([kind, values]) => [kind, median(values)])) };
  } finally {
    await server.stop();
  }
}

const rows: Row[] = [await measure('content/', join(projectRoot, 'content'), 4341)];
for (const size of sizes.length > 0 ? sizes : [1000]) {
  const source = join(projectRoot, '.cache', `latency-corpus-${size}`);
  rmSync(source, { recursive: true, force: true });
  for (const file of corpus(size)) {
    const path = join(source, file.path);
    mkdirSync(join(path, '..'), { recursive: true });
    writeFileSync(path, file.text);
  }
  rows.push(await measure(`synthetic corpus`, source, 4342));
  rmSync(source, { recursive: true, force: true });
}
const kinds = Object.keys(rows[0]!.timings);
console.log(`| content | entries | ${kinds.join(' | ')} |`);
console.log(`| --- | ---: | ${kinds.map(() => '---:').join(' | ')} |`);
for (const row of rows) console.log(`| ${row.name} | ${row.entries.toLocaleString('en')} | ${kinds.map((kind) => `${(row.timings[kind]! / 1000).toFixed(2)} s`).join(' | ')} |`);

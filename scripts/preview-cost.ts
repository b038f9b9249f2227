/**
 * `node scripts/preview-cost.ts` (after a build): what previews cost, from dist/. The inline page loader on
 * every page and the preview module, raw and gzipped; what one card fetches (the entry's own page, gzipped:
 * median and largest) against the alternative of one JSON file of every entry's kind, title and description;
 * and how long Chromium takes to read a card out of the largest page with DOMParser (median of 20).
 * Prints a Markdown table for the README.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { chromiumArgs, findChromium } from '../tests/support/browser.ts';
import { distDirectory } from '../tests/support/dist.ts';
import { projectRoot } from '../tests/support/dev-server.ts';
import { checkContentFolder } from '../src/lib/content-check.ts';
import { kindLabels, kinds } from '../src/lib/kinds.ts';
import { entryPath } from '../src/lib/urls.ts';
import { previewSelectors } from '../src/lib/preview.ts';

const gzipped = (text: string) => gzipSync(text, { level: 9 }).length;
const kilobytes = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

const pages = kinds.flatMap((kind) =>
  readdirSync(join(distDirectory, kind), { withFileTypes: true })
    .filter((folder) => folder.isDirectory())
    .map((folder) => readFileSync(join(distDirectory, kind, folder.name, 'index.html'), 'utf8'))
    // Redirect pages are not entries.
    .filter((html) => html.includes('class="lead"')),
);
const loader = /<script>([^<]+)<\/script>/.exec(pages[0]!)![1]!;
const previewModule = readdirSync(join(distDirectory, 'scripts')).find((file) => file.startsWith('preview.'))!;
const moduleCode = readFileSync(join(distDirectory, 'scripts', previewModule), 'utf8');
const pageSizes = pages.map(gzipped);
const largest = pages[pageSizes.indexOf(Math.max(...pageSizes))]!;

const browser = await chromium.launch({ executablePath: findChromium(), args: chromiumArgs });
const page = await browser.newPage();
const parseTimes = await page.evaluate(
  ({ html, selectors }) =>
    Array.from({ length: 20 }, () => {
      const started = performance.now();
      const document = new DOMParser().parseFromString(html, 'text/html');
      for (const selector of Object.values(selectors)) void document.querySelector(selector)?.textContent;
      return performance.now() - started;
    }),
  { html: largest, selectors: previewSelectors },
);
await browser.close();

// The alternative: one file with what every card shows, fetched whole before the first card.
const entries = checkContentFolder(join(projectRoot, 'content'), projectRoot).entries.filter((entry) => !entry.data.draft);
const everyCard = JSON.stringify(Object.fromEntries(entries.map((entry) => [entryPath(entry.kind, entry.slug), [kindLabels[entry.kind], entry.data.title, entry.data.description]])));

console.log(`| what | raw | gzipped |
| --- | ---: | ---: |
| page loader, inline on every page | ${loader.length} B | ${gzipped(loader)} B |
| preview module, on the first intent | ${kilobytes(moduleCode.length)} | ${kilobytes(gzipped(moduleCode))} |
| one card's data: the entry's page (median of ${pages.length}) | | ${kilobytes(median(pageSizes))} |
| one card's data: the largest entry page | | ${kilobytes(Math.max(...pageSizes))} |
| alternative: every card in one JSON file (${entries.length} entries; grows with the corpus) | ${kilobytes(everyCard.length)} | ${kilobytes(gzipped(everyCard))} |

Reading a card out of the largest page in Chromium (DOMParser and three selectors): median ${median(parseTimes).toFixed(1)} ms of 20.`);

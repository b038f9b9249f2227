/**
 * Lighthouse (mobile, its defaults) over one page of each kind, served on 127.0.0.1 by Playwright's web
 * server, in the same system Chromium: performance, accessibility, best practices and SEO must each be 100.
 *
 * The performance score reads real main-thread and paint timings, and headless Chromium on a busy two-core
 * machine now and then holds a page's first paint for a second or two (seen on the largest term page in
 * about one run in ten, with the page loaded in 0.2 s). So, as Lighthouse's own guidance on variability
 * advises, a page that misses full marks is measured three times and judged by the median score of each
 * category: one stalled run cannot fail it, and a page that is really slower loses in most runs and fails.
 */
import { expect, test } from '@playwright/test';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromiumArgs, findChromium } from '../support/browser.ts';
import { median } from '../support/search-timing.ts';

const categories = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
type Scores = Record<(typeof categories)[number], number>;
const pages = { home: '/', area: '/area/portfolio-impermanent-loss/', term: '/term/gamma/', definition: '/definition/impermanent-loss/', search: '/search/?q=margin' };
const runsWhenShort = 3;

test.describe.configure({ mode: 'serial', timeout: 240_000 });

let chrome: chromeLauncher.LaunchedChrome;

test.beforeAll(async () => {
  chrome = await chromeLauncher.launch({ chromePath: findChromium(), chromeFlags: ['--headless=new', ...chromiumArgs] });
});

test.afterAll(() => {
  chrome?.kill();
});

async function measure(url: string): Promise<{ scores: Scores; failing: string[] }> {
  const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...categories] });
  const report = result!.lhr;
  const scores = Object.fromEntries(categories.map((category) => [category, Math.round((report.categories[category]?.score ?? 0) * 100)])) as Scores;
  const failing = Object.values(report.audits)
    .filter((audit) => audit.score !== null && audit.score < 1 && audit.scoreDisplayMode !== 'informative' && audit.scoreDisplayMode !== 'manual')
    .map((audit) => `${audit.id}: ${audit.score}`);
  return { scores, failing };
}

const fullMarks = Object.fromEntries(categories.map((category) => [category, 100])) as Scores;

for (const [name, path] of Object.entries(pages)) {
  test(`Lighthouse gives the ${name} page 100 in every category`, async ({ baseURL }) => {
    const runs = [await measure(`${baseURL}${path}`)];
    if (categories.some((category) => runs[0]!.scores[category] < 100)) {
      while (runs.length < runsWhenShort) runs.push(await measure(`${baseURL}${path}`));
    }
    // Audits below full marks that do not cost a point (Lighthouse's "insights") are reported, not failed.
    for (const run of runs) test.info().annotations.push({ type: 'lighthouse', description: JSON.stringify(run) });
    const medianScores = Object.fromEntries(categories.map((category) => [category, median(runs.map((run) => run.scores[category]))]));
    expect(medianScores, `runs: ${JSON.stringify(runs.map((run) => run.scores))}`).toEqual(fullMarks);
  });
}

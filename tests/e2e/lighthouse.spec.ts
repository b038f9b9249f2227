/**
 * Lighthouse (mobile, its defaults) over one page of each kind, served on 127.0.0.1 by Playwright's web
 * server, in the same system Chromium: performance, accessibility, best practices and SEO must each be 100.
 */
import { expect, test } from '@playwright/test';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromiumArgs, findChromium } from '../support/browser.ts';

const categories = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const pages = { home: '/', area: '/area/portfolio-impermanent-loss/', term: '/term/gamma/', definition: '/definition/impermanent-loss/', search: '/search/?q=margin' };

test.describe.configure({ mode: 'serial', timeout: 120_000 });

let chrome: chromeLauncher.LaunchedChrome;

test.beforeAll(async () => {
  chrome = await chromeLauncher.launch({ chromePath: findChromium(), chromeFlags: ['--headless=new', ...chromiumArgs] });
});

test.afterAll(() => {
  chrome?.kill();
});

for (const [name, path] of Object.entries(pages)) {
  test(`Lighthouse gives the ${name} page 100 in every category`, async ({ baseURL }) => {
    const result = await lighthouse(`${baseURL}${path}`, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...categories] });
    const report = result!.lhr;
    const scores = Object.fromEntries(categories.map((category) => [category, Math.round((report.categories[category]?.score ?? 0) * 100)]));
    const failing = Object.values(report.audits)
      .filter((audit) => audit.score !== null && audit.score < 1 && audit.scoreDisplayMode !== 'informative' && audit.scoreDisplayMode !== 'manual')
      .map((audit) => `${audit.id}: ${audit.score}`);
    // Audits below full marks that do not cost a point (Lighthouse's "insights") are reported, not failed.
    test.info().annotations.push({ type: 'lighthouse', description: JSON.stringify({ scores, failing }) });
    expect(scores).toEqual(Object.fromEntries(categories.map((category) => [category, 100])));
  });
}

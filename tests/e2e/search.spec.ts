import { fileURLToPath } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { checkContentFolder } from '../../src/lib/content-check.ts';
import { entryPath } from '../../src/lib/urls.ts';
import { farQuery, misspelledTitles, namedQueries, type SearchCase } from '../support/search-queries.ts';
import { keystrokeToResults, median } from '../support/search-timing.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const entries = checkContentFolder(`${root}content`, root).entries.filter((entry) => !entry.data.draft);
const box = (page: Page) => page.getByRole('combobox', { name: 'Search the glossary' });
const axeTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

function pathOfTitle(title: string): string {
  const entry = entries.find((candidate) => candidate.data.title === title);
  if (!entry) throw new Error(`No entry titled ${title} in content/`);
  return entryPath(entry.kind, entry.slug);
}

/** Each query typed into the header's box, and what came first where it was not the entry meant. */
async function firstResultMisses(page: Page, cases: readonly SearchCase[]): Promise<string[]> {
  const misses: string[] = [];
  for (const { typed, meant } of cases) {
    const [first] = await searchFor(page, typed);
    if (first !== pathOfTitle(meant)) misses.push(`${typed} -> ${first} (meant ${meant})`);
  }
  return misses;
}

/** Type a query into the header's box and wait for its results; returns the result URLs in order. */
async function searchFor(page: Page, query: string): Promise<string[]> {
  await box(page).fill(query);
  const listbox = page.locator(`#site-search-results[data-query="${query.replaceAll('"', '\\"')}"]`);
  await listbox.waitFor({ state: 'attached' });
  return listbox.getByRole('option').evaluateAll((options) => options.map((option) => option.getAttribute('data-url')!));
}

async function openSearch(page: Page): Promise<void> {
  await page.goto('/');
  await page.locator('#site-search').focus();
  await expect(box(page)).toBeVisible();
}

test('a page load fetches no search code or index; reaching for search does', async ({ page }) => {
  const fetched: string[] = [];
  page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
  await page.goto('/term/delta/');
  await page.waitForLoadState('networkidle');
  expect(fetched.filter((path) => path.startsWith('/pagefind/') || path.startsWith('/scripts/') || path.endsWith('.js'))).toEqual([]);
  await page.keyboard.press('/');
  await expect(page.locator('#site-search')).toBeFocused();
  await expect.poll(() => fetched.some((path) => path.startsWith('/scripts/search.'))).toBe(true);
  await expect.poll(() => fetched.some((path) => path.startsWith('/pagefind/'))).toBe(true);
  await expect.poll(() => fetched.includes('/search/names.json')).toBe(true);
});

test.describe('ranking', () => {
  test.describe.configure({ timeout: 120_000 });

  test('an entry\'s exact title puts that entry first', async ({ page }) => {
    await openSearch(page);
    const misses: string[] = [];
    for (const entry of entries) {
      const [first] = await searchFor(page, entry.data.title);
      if (first !== entryPath(entry.kind, entry.slug)) misses.push(`${entry.data.title} -> ${first}`);
    }
    expect(misses).toEqual([]);
  });

  test('each alias puts its entry first', async ({ page }) => {
    await openSearch(page);
    const misses: string[] = [];
    for (const entry of entries) {
      for (const alias of entry.data.aliases) {
        const [first] = await searchFor(page, alias);
        if (first !== entryPath(entry.kind, entry.slug)) misses.push(`${alias} -> ${first}`);
      }
    }
    expect(misses).toEqual([]);
  });

  test('a prefix, as people type it, still finds the entry', async ({ page }) => {
    await openSearch(page);
    expect((await searchFor(page, 'imperm'))[0]).toBe('/definition/impermanent-loss/');
    expect(await searchFor(page, 'portf marg')).toContain('/term/portfolio-margin/');
    expect(await searchFor(page, 'fund')).toContain('/term/funding-rate/');
  });

  test('acronyms, aliases, spacing variants and questions put the entry meant first', async ({ page }) => {
    await openSearch(page);
    expect(await firstResultMisses(page, namedQueries)).toEqual([]);
  });

  test('a title misspelt by one or two letters still puts its entry first', async ({ page }) => {
    await openSearch(page);
    expect(await firstResultMisses(page, misspelledTitles)).toEqual([]);
  });

  test('full-text results still follow the entry a misspelling meant', async ({ page }) => {
    await openSearch(page);
    const results = await searchFor(page, 'impermenant loss');
    expect(results[0]).toBe('/definition/impermanent-loss/');
    expect(results.length).toBeGreaterThan(3);
    await expect(page.locator('#site-search-results [role="option"]').first().locator('.search-result__excerpt mark').first()).toBeVisible();
  });

  test('a query with no match says so and suggests the A to Z', async ({ page }) => {
    await openSearch(page);
    expect(await searchFor(page, 'qqxxzzv')).toEqual([]);
    const status = page.locator('.search-popup').getByRole('status');
    await expect(status).toContainText('No entry matches “qqxxzzv”');
    await expect(status).not.toContainText('Did you mean');
    await expect(status.getByRole('link', { name: 'terms' })).toHaveAttribute('href', '/term/');
    await expect(page.locator('.search-popup .search-all')).toBeHidden();
  });

  test('filters by kind', async ({ page }) => {
    await openSearch(page);
    await searchFor(page, 'margin');
    await page.getByRole('radio', { name: 'Areas' }).check();
    await page.locator('#site-search-results[data-kind="Area"]').waitFor({ state: 'attached' });
    await expect(page.locator('#site-search-results [role="option"]').first()).toBeVisible();
    const kinds = await page.locator('#site-search-results .kind-label').allTextContents();
    expect(new Set(kinds)).toEqual(new Set(['Area']));
  });
});

test.describe('"Did you mean"', () => {
  test('a query near no name, or text, offers the closest names, announced, and the link works from the keyboard', async ({ page }) => {
    await openSearch(page);
    expect(await searchFor(page, farQuery.typed)).toEqual([]);
    const status = page.locator('.search-popup').getByRole('status');
    await expect(status).toContainText(`No entry matches “${farQuery.typed}”.`);
    await expect(status).toContainText(`Did you mean ${farQuery.meant}`);
    const suggestion = status.getByRole('link', { name: farQuery.meant, exact: true });
    await expect(suggestion).toHaveAttribute('href', pathOfTitle(farQuery.meant));
    // Tab from the box: past the button and the kind filter, to the first suggestion; the popup stays open.
    for (let step = 0; step < 6 && !(await suggestion.evaluate((link) => link === document.activeElement)); step++) await page.keyboard.press('Tab');
    await expect(suggestion).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`${pathOfTitle(farQuery.meant)}$`));
  });

  test('the search page offers them too', async ({ page }) => {
    await page.goto(`/search/?q=${farQuery.typed}`);
    const status = page.locator('#search-page').getByRole('status');
    await expect(status).toContainText(`Did you mean ${farQuery.meant}`);
    await status.getByRole('link', { name: farQuery.meant, exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`${pathOfTitle(farQuery.meant)}$`));
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`axe finds nothing while it shows, in ${colorScheme} mode`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await openSearch(page);
      await searchFor(page, farQuery.typed);
      await expect(page.locator('.search-popup').getByRole('status').getByRole('link', { name: farQuery.meant, exact: true })).toBeVisible();
      const results = await new AxeBuilder({ page }).withTags(axeTags).analyze();
      expect(results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
    });
  }
});

test.describe('the 404 page', () => {
  test('suggests the entries closest to the path tried, fetching the names but not the search index', async ({ page }) => {
    const fetched: string[] = [];
    page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
    const response = await page.goto('/term/impermenant-loss/');
    expect(response?.status()).toBe(404);
    const suggestions = page.locator('#page-suggestions');
    await expect(suggestions).toContainText('Were you looking for Impermanent Loss');
    await expect(suggestions.getByRole('link', { name: 'Impermanent Loss', exact: true })).toHaveAttribute('href', '/definition/impermanent-loss/');
    await expect(page.getByRole('main').getByRole('link', { name: 'terms', exact: true })).toHaveAttribute('href', '/term/');
    await page.waitForLoadState('networkidle');
    expect(fetched).toContain('/search/names.json');
    expect(fetched.filter((path) => path.startsWith('/pagefind/'))).toEqual([]);
  });

  test('without JavaScript it still offers search and the A to Z', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/term/impermenant-loss/');
    await expect(page.getByRole('searchbox', { name: 'Search the glossary' })).toBeVisible();
    await expect(page.getByRole('main').getByRole('link', { name: 'definitions', exact: true })).toHaveAttribute('href', '/definition/');
    await expect(page.locator('#page-suggestions')).toBeEmpty();
    await context.close();
  });
});

test('results follow keystrokes within 100 ms (median)', async ({ page }) => {
  await openSearch(page);
  await searchFor(page, 'warm up');
  const timings: number[] = [];
  for (const query of ['gam', 'vega', 'liquid', 'fundin', 'oracle', 'margin', 'delta', 'skew', 'theta', 'basis', 'insur', 'vanna', 'stress', 'mark', 'index']) timings.push(await keystrokeToResults(page, query));
  const middle = median(timings);
  test.info().annotations.push({ type: 'median keystroke to results (ms)', description: middle.toFixed(1) });
  expect(middle).toBeLessThan(100);
});

test('the search page does not move when the search code starts, with or without a query', async ({ page }) => {
  await page.addInitScript(() => {
    const shifts: number[] = [];
    Object.assign(window, { shifts });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) shifts.push((entry as PerformanceEntry & { value: number }).value);
    }).observe({ type: 'layout-shift', buffered: true });
  });
  for (const path of ['/search/', '/search/?q=margin']) {
    await page.goto(path);
    // The kind filter is what the search code inserts when it starts.
    await expect(page.locator('#search-page fieldset')).toBeVisible();
    expect(await page.evaluate(() => (window as unknown as { shifts: number[] }).shifts), path).toEqual([]);
  }
});

test('a keyboard-only walk: shortcut, type, arrows, Enter; Escape closes', async ({ page }) => {
  await page.goto('/area/perpetual-futures/');
  await page.keyboard.press('Control+k');
  await expect(box(page)).toBeFocused();
  await page.keyboard.type('funding rate');
  await page.locator('#site-search-results[data-query="funding rate"]').waitFor({ state: 'attached' });
  await expect(box(page)).toHaveAttribute('aria-expanded', 'true');
  await page.keyboard.press('ArrowDown');
  const active = await box(page).getAttribute('aria-activedescendant');
  await expect(page.locator(`#${active}`)).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Escape');
  await expect(box(page)).toHaveAttribute('aria-expanded', 'false');
  await page.keyboard.press('ArrowDown');
  await expect(box(page)).toHaveAttribute('aria-expanded', 'true');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/term\/funding-rate\/$/);
});

test('Enter without a chosen result goes to the search page, which shows the results', async ({ page }) => {
  await openSearch(page);
  await box(page).fill('liquidation');
  await box(page).press('Enter');
  await expect(page).toHaveURL(/\/search\/\?q=liquidation$/);
  const results = page.locator('.search-page-results[data-query="liquidation"] li a');
  await expect(results.first()).toHaveAttribute('href', '/term/liquidation/');
  await expect(page.getByRole('status').filter({ hasText: /results? for “liquidation”/ })).toBeVisible();
});

test('the search page shows twenty results, and "Show more results" adds the next ones with focus on the first new one', async ({ page }) => {
  const fragments: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes('/pagefind/fragment/')) fragments.push(request.url());
  });
  await page.goto('/search/?q=margin');
  const results = page.locator('.search-page-results[data-query="margin"] > li');
  await expect(results).toHaveCount(20);
  await expect(page.locator('#search-page').getByRole('status')).toHaveText('The first 20 results for “margin”');
  // Only the excerpts shown are fetched: fragments are what keep the page's main thread busy.
  expect(fragments.length).toBeLessThanOrEqual(20);
  const hrefs = () => results.locator('a').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
  const first = await hrefs();
  await page.getByRole('button', { name: 'Show more results' }).click();
  await expect(results).toHaveCount(40);
  await expect(results.nth(20).locator('a')).toBeFocused();
  // The first twenty stay where they were, and no result is listed twice.
  const all = await hrefs();
  expect(all.slice(0, 20)).toEqual(first);
  expect(new Set(all).size).toBe(40);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the search form still leads to the search page', async ({ page }) => {
    await page.goto('/term/gamma/');
    await page.locator('#site-search').fill('vega');
    await page.locator('#site-search').press('Enter');
    await expect(page).toHaveURL(/\/search\/\?q=vega$/);
    await expect(page.getByText('Search runs in your browser and needs JavaScript')).toBeVisible();
  });
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`axe finds nothing with results open, in ${colorScheme} mode`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await openSearch(page);
    await searchFor(page, 'margin');
    await page.keyboard.press('ArrowDown');
    const results = await new AxeBuilder({ page }).withTags(axeTags).analyze();
    expect(results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
  });
}

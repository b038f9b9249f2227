import { fileURLToPath } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { checkContentFolder } from '../../src/lib/content-check.ts';
import { entryPath } from '../../src/lib/urls.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const entries = checkContentFolder(`${root}content`, root).entries.filter((entry) => !entry.data.draft);
const box = (page: Page) => page.getByRole('combobox', { name: 'Search the glossary' });

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

  test('a query with no match says so and suggests the A to Z', async ({ page }) => {
    await openSearch(page);
    expect(await searchFor(page, 'qqxxzzv')).toEqual([]);
    const empty = page.locator('.search-popup .search-empty');
    await expect(empty).toContainText('No entry matches “qqxxzzv”');
    await expect(empty.getByRole('link', { name: 'terms' })).toHaveAttribute('href', '/term/');
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

test('results follow keystrokes within 100 ms (median)', async ({ page }) => {
  const timings: number[] = [];
  await openSearch(page);
  await searchFor(page, 'warm up');
  // Timed inside the page, from the keydown to the list showing that query, so the test runner's own
  // latency is not counted.
  await page.evaluate(() => {
    const timings: number[] = [];
    let typedAt = 0;
    document.getElementById('site-search')!.addEventListener('keydown', () => (typedAt = performance.now()), { capture: true });
    new MutationObserver(() => timings.push(performance.now() - typedAt)).observe(document.getElementById('site-search-results')!, { attributeFilter: ['data-query'] });
    Object.assign(window, { searchTimings: timings });
  });
  for (const query of ['gam', 'vega', 'liquid', 'fundin', 'oracle', 'margin', 'delta', 'skew', 'theta', 'basis', 'insur', 'vanna', 'stress', 'mark', 'index']) {
    await box(page).fill(query.slice(0, -1));
    await page.locator(`#site-search-results[data-query="${query.slice(0, -1)}"]`).waitFor({ state: 'attached' });
    await page.evaluate(() => ((window as unknown as { searchTimings: number[] }).searchTimings.length = 0));
    await box(page).press(query.at(-1)!);
    await page.locator(`#site-search-results[data-query="${query}"]`).waitFor({ state: 'attached' });
    const [timing] = await page.evaluate(() => (window as unknown as { searchTimings: number[] }).searchTimings);
    timings.push(timing!);
  }
  timings.sort((a, b) => a - b);
  const median = timings[Math.floor(timings.length / 2)]!;
  test.info().annotations.push({ type: 'median keystroke to results (ms)', description: median.toFixed(1) });
  expect(median).toBeLessThan(100);
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
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
    expect(results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
  });
}

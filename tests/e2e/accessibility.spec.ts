import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { readDist, siteOrigin } from '../support/dist.ts';

const axeTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

async function axeViolations(page: Page, disabledRules: string[] = []): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(axeTags).disableRules(disabledRules).analyze();
  return results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

/** Every Nth URL of the sitemap, so the sample reaches every kind of page and grows with the glossary. */
function sitemapSample(size: number): string[] {
  const paths = [...readDist('/sitemap.xml').matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]!.slice(siteOrigin.length));
  const step = Math.max(1, Math.floor(paths.length / size));
  return paths.filter((_, index) => index % step === 0).slice(0, size);
}

const pages = {
  home: '/',
  section: '/term/',
  area: '/area/non-recoverable-loss/',
  term: '/term/funding-rate/',
  definition: '/definition/impermanent-loss/',
  resource: '/area/portfolio-impermanent-loss/resource/1/',
  search: '/search/?q=margin',
  'not found': '/no-such-page/',
};

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`in ${colorScheme} mode`, () => {
    test.use({ colorScheme });
    for (const [name, path] of Object.entries(pages)) {
      test(`axe finds nothing on the ${name} page`, async ({ page }) => {
        await page.goto(path);
        expect(await axeViolations(page)).toEqual([]);
      });
    }
  });
}

/** One entry per kind of chart: axe runs with the chart scrolled into view and its table of key values open. */
const chartPages = {
  payoff: '/term/straddle/',
  Greek: '/term/gamma/',
  'impermanent-loss': '/definition/impermanent-loss/',
  'value-at-risk': '/term/value-at-risk/',
};

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`in ${colorScheme} mode, with a chart in view`, () => {
    test.use({ colorScheme });
    for (const [name, path] of Object.entries(chartPages)) {
      test(`axe finds nothing on a ${name} chart`, async ({ page }) => {
        await page.goto(path);
        const figure = page.locator('figure.chart').first();
        await figure.scrollIntoViewIfNeeded();
        await expect(figure.getByRole('img')).toBeInViewport();
        await figure.locator('summary').click();
        await expect(figure.locator('table')).toBeVisible();
        expect(await axeViolations(page)).toEqual([]);
      });
    }
  });
}

/**
 * An entry preview open over the page: by hover on an entry page, and by keyboard focus on a section's list.
 * While it is open the card covers what lies under it, links included, as any hoverable popup does (WCAG
 * 1.4.13 asks that the pointer can move onto it); axe's target-size rule counts a link under the card as
 * obscured, so it is left out here; the same pages at rest are checked with it above.
 */
const withCardOpen = ['target-size'];
for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`in ${colorScheme} mode, with a preview open`, () => {
    test.use({ colorScheme });
    test('axe finds nothing with a card shown for a body link under the pointer', async ({ page }) => {
      await page.goto('/definition/impermanent-loss/');
      await page.locator('.prose a[href^="/term/"]').first().hover();
      await expect(page.getByRole('tooltip')).toBeVisible();
      expect(await axeViolations(page, withCardOpen)).toEqual([]);
    });

    test('axe finds nothing with a card shown for a focused link of a section list', async ({ page }) => {
      await page.goto('/term/');
      const link = page.locator('.entry-list a[href^="/term/"]').first();
      // Keyboard focus: the link before it, then Tab.
      await page.locator('.letter-nav a').last().focus();
      for (let presses = 0; presses < 10 && !(await link.evaluate((element) => element === document.activeElement)); presses++) await page.keyboard.press('Tab');
      await expect(link).toBeFocused();
      const tooltip = page.getByRole('tooltip');
      await expect(tooltip).toBeVisible();
      await expect(link).toHaveAccessibleDescription(/\S/);
      expect(await axeViolations(page, withCardOpen)).toEqual([]);
    });
  });
}

// One test per colour scheme, so the two run side by side: each is 24 axe runs, over a minute on a busy machine.
for (const colorScheme of ['light', 'dark'] as const) {
  test(`axe finds nothing on a sample of the sitemap, in ${colorScheme} mode`, async ({ page }) => {
    test.setTimeout(180_000);
    const sample = sitemapSample(24);
    expect(sample.length).toBeGreaterThan(10);
    const found: string[] = [];
    await page.emulateMedia({ colorScheme });
    for (const path of sample) {
      await page.goto(path);
      for (const violation of await axeViolations(page)) found.push(`${path} ${violation}`);
    }
    expect(found).toEqual([]);
  });
}

test('the skip link moves focus to the main content', async ({ page }) => {
  await page.goto('/definition/impermanent-loss/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
});

/** The hosting headers (dist/_headers) applied as a host would, and the pages held to their CSP in Chromium. Their text is checked in tests/dist/site.test.ts. */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { distDirectory } from '../support/dist.ts';

/** The headers `_headers` sets for every path (its `/*` block). */
function headersForAllPaths(): Record<string, string> {
  const block = readFileSync(`${distDirectory}_headers`, 'utf8').split('\n\n')[0]!.split('\n');
  expect(block[0]).toBe('/*');
  return Object.fromEntries(block.slice(1).map((line) => line.trim().split(/: (.*)/s).slice(0, 2) as [string, string]));
}

test.beforeEach(async ({ page }) => {
  const headers = headersForAllPaths();
  expect(headers['Content-Security-Policy']).toContain("script-src 'self'");
  await page.route('**/*', async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, headers: { ...response.headers(), ...headers } });
  });
  await page.addInitScript(() => {
    const violations: string[] = [];
    document.addEventListener('securitypolicyviolation', (event) => violations.push(`${event.violatedDirective} ${event.blockedURI}`));
    Object.assign(window, { cspViolations: violations });
  });
});

const violations = (page: import('@playwright/test').Page) => page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);

test('pages with math, the search box and the search page run under the Content-Security-Policy with no violation', async ({ page }) => {
  for (const path of ['/', '/definition/impermanent-loss/', '/term/gamma/', '/area/']) {
    await page.goto(path);
    await page.waitForLoadState('networkidle');
    expect(await violations(page), path).toEqual([]);
  }
  await page.locator('#site-search').focus();
  await page.locator('#site-search').fill('gamma');
  await page.locator('#site-search-results[data-query="gamma"]').waitFor({ state: 'attached' });
  expect(await violations(page)).toEqual([]);
  await page.goto('/search/?q=vega');
  await page.locator('.search-page-results[data-query="vega"]').waitFor({ state: 'attached' });
  expect(await violations(page)).toEqual([]);
});

test('an entry preview loads, fetches its page and draws its card under the Content-Security-Policy with no violation', async ({ page }) => {
  await page.goto('/definition/impermanent-loss/');
  await page.locator('.prose a[href^="/term/"]').first().hover();
  await expect(page.getByRole('tooltip')).toBeVisible();
  // Its styles arrived with it: the card floats over the page.
  await expect(page.getByRole('tooltip')).toHaveCSS('position', 'absolute');
  expect(await violations(page)).toEqual([]);
});

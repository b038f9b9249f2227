/** Previews of entries on hover and keyboard focus (src/scripts/preview.ts), and the copy buttons the page loader runs. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { checkContentFolder } from '../../src/lib/content-check.ts';
import { kindLabels } from '../../src/lib/kinds.ts';
import { closeDelay, fetchDelay, openDelay } from '../../src/lib/preview.ts';
import { entryFromPath } from '../../src/lib/urls.ts';
import { distDirectory } from '../support/dist.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const entries = new Map(checkContentFolder(`${root}content`, root).entries.map((entry) => [entry.slug, entry]));

/** What the card for a link to `path` must say, from the entry's own file. */
function expectedCard(path: string): string[] {
  const entry = entries.get(entryFromPath(path)!.slug)!;
  return [kindLabels[entry.kind], entry.data.title, entry.data.description];
}

const card = (page: Page) => page.getByRole('tooltip');
const cardLines = (page: Page) => card(page).locator('p');
/** The first link in an entry's body to another entry. */
const bodyLink = (page: Page) => page.locator('.prose a[href^="/term/"], .prose a[href^="/definition/"], .prose a[href^="/area/"]').first();

async function boxes(page: Page, selector: string) {
  return page.locator(selector).evaluateAll((elements) => elements.map((element) => JSON.stringify(element.getBoundingClientRect())));
}

function overlaps(a: { x: number; y: number; width: number; height: number }, b: { x: number; y: number; width: number; height: number }): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

async function tabTo(page: Page, link: Locator): Promise<void> {
  const href = await link.getAttribute('href');
  for (let presses = 0; presses < 60; presses++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((target) => document.activeElement?.getAttribute('href') === target, href)) return;
  }
  throw new Error(`Tab never reached ${href}`);
}

test('a page load fetches no preview code or data; the first rest on a link to an entry fetches both', async ({ page }) => {
  const fetched: string[] = [];
  page.on('request', (request) => {
    if (['script', 'fetch', 'xhr'].includes(request.resourceType())) fetched.push(`${request.resourceType()} ${new URL(request.url()).pathname}`);
  });
  await page.goto('/definition/impermanent-loss/');
  await page.waitForLoadState('networkidle');
  expect(fetched).toEqual([]);
  // Resting on links that lead to no other entry (a section, the page itself) is no reason to load anything.
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Terms' }).hover();
  await page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: 'Impermanent Loss' }).hover();
  await page.waitForTimeout(600);
  expect(fetched).toEqual([]);
  const link = bodyLink(page);
  const target = (await link.getAttribute('href'))!;
  await link.hover();
  await expect(card(page)).toBeVisible();
  expect(fetched.filter((line) => line.startsWith('script ')).map((line) => line.replace(/\.[0-9a-f]{12}\.js$/, '.js'))).toEqual(['script /scripts/preview.js']);
  expect(fetched.filter((line) => line.startsWith('fetch '))).toEqual([`fetch ${target}`]);
});

test('resting the pointer on a body link shows the entry\'s kind, title and description without moving the page; Escape closes it', async ({ page }) => {
  await page.goto('/definition/impermanent-loss/');
  const link = bodyLink(page);
  const target = (await link.getAttribute('href'))!;
  const content = 'main, main > :not([role="tooltip"]), .prose > *';
  const before = await boxes(page, content);
  await link.hover();
  await expect(cardLines(page)).toHaveText(expectedCard(target));
  await expect(link).toHaveAttribute('aria-describedby', (await card(page).getAttribute('id'))!);
  // Out of the flow: nothing on the page moved; and it leaves the link itself in view.
  await expect(card(page)).toHaveCSS('position', 'absolute');
  expect(await boxes(page, content)).toEqual(before);
  expect(overlaps((await card(page).boundingBox())!, (await link.boundingBox())!)).toBe(false);
  // Escape dismisses it where the pointer is (WCAG 1.4.13), and it stays dismissed while the pointer rests there.
  await page.keyboard.press('Escape');
  await expect(card(page)).toBeHidden();
  await expect(link).not.toHaveAttribute('aria-describedby');
  await page.waitForTimeout(600);
  await expect(card(page)).toBeHidden();
});

test.describe('timing, on a fake clock', () => {
  /** Open an entry page with the browser's timers under the test's control, and hover its first body link once the preview module is in. */
  async function hoverWithClock(page: Page): Promise<Locator> {
    await page.clock.install({ time: new Date('2026-12-02T08:00:00Z') });
    await page.goto('/definition/impermanent-loss/');
    // From here on, time moves only when the test says so.
    await page.clock.pauseAt(new Date('2026-12-02T09:00:00Z'));
    const link = bodyLink(page);
    const moduleLoaded = page.waitForResponse((response) => new URL(response.url()).pathname.startsWith('/scripts/preview.'));
    await link.hover();
    await moduleLoaded;
    return link;
  }

  test('the page is fetched once the pointer has rested a little, and the card opens once it has rested on the link', async ({ page }) => {
    const fetched: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'fetch') fetched.push(new URL(request.url()).pathname);
    });
    const link = await hoverWithClock(page);
    // Real time waits give a fetch time to be sent, or a card time to show, had either come too early.
    await page.clock.runFor(fetchDelay - 50);
    await page.waitForTimeout(300);
    expect(fetched).toEqual([]);
    await page.clock.runFor(100);
    await expect.poll(() => fetched).toEqual([await link.getAttribute('href')]);
    await page.waitForTimeout(300);
    await expect(card(page)).toBeHidden();
    await page.clock.runFor(openDelay - fetchDelay);
    await expect(card(page)).toBeVisible();
  });

  test('passing over a link shows nothing', async ({ page }) => {
    await hoverWithClock(page);
    await page.mouse.move(2, 2);
    await page.clock.runFor(openDelay * 3);
    await page.waitForTimeout(300);
    await expect(card(page)).toBeHidden();
  });

  test('the card stays a moment after the pointer leaves, long enough to reach it, and while the pointer is on it', async ({ page }) => {
    const link = await hoverWithClock(page);
    await page.clock.runFor(openDelay + 100);
    await expect(card(page)).toBeVisible();
    // Off the link, on the way to the card: still there within the grace period.
    const linkBox = (await link.boundingBox())!;
    await page.mouse.move(linkBox.x - 40, linkBox.y + linkBox.height / 2);
    await page.clock.runFor(closeDelay - 100);
    await expect(card(page)).toBeVisible();
    // On the card: it stays for as long as the pointer does.
    const box = (await card(page).boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.clock.runFor(closeDelay * 5);
    await expect(card(page)).toBeVisible();
    // Away from both: gone once the grace period is over.
    await page.mouse.move(2, 2);
    await page.clock.runFor(closeDelay - 100);
    await expect(card(page)).toBeVisible();
    await page.clock.runFor(200);
    await expect(card(page)).toBeHidden();
    await expect(link).not.toHaveAttribute('aria-describedby');
  });
});

test('keyboard focus on a link opens its card and describes the link by it; moving focus on closes it', async ({ page }) => {
  await page.goto('/definition/impermanent-loss/');
  const link = bodyLink(page);
  await tabTo(page, link);
  await expect(cardLines(page)).toHaveText(expectedCard((await link.getAttribute('href'))!));
  const id = (await card(page).getAttribute('id'))!;
  await expect(link).toHaveAttribute('aria-describedby', id);
  await expect(link).toHaveAccessibleDescription(expectedCard((await link.getAttribute('href'))!).join(' '));
  await page.keyboard.press('Escape');
  await expect(card(page)).toBeHidden();
  await expect(link).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(link).not.toHaveAttribute('aria-describedby');
  const next = page.locator(':focus');
  const nextHref = await next.getAttribute('href');
  // The next stop is another link to an entry (its card opens) or something else (none does).
  if (nextHref && entryFromPath(nextHref)) await expect(cardLines(page)).toHaveText(expectedCard(nextHref));
  else await expect(card(page)).toBeHidden();
});

test('a click with the mouse follows the link as before', async ({ page }) => {
  await page.goto('/definition/impermanent-loss/');
  const link = bodyLink(page);
  const target = (await link.getAttribute('href'))!;
  await link.click();
  await expect(page).toHaveURL(new RegExp(`${target}$`));
});

test.describe('on a touch screen', () => {
  test.use({ hasTouch: true, isMobile: true, viewport: { width: 360, height: 740 } });

  test('a tap follows the link and opens no card', async ({ page }) => {
    const fetched: string[] = [];
    page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
    await page.goto('/definition/impermanent-loss/');
    const link = bodyLink(page);
    const target = (await link.getAttribute('href'))!;
    await link.tap();
    await expect(page).toHaveURL(new RegExp(`${target}$`));
    expect(fetched.filter((path) => path.startsWith('/scripts/preview.'))).toEqual([]);
  });
});

test('on a 320 px screen the card fits, and over a link near the bottom it opens above the link', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto('/definition/impermanent-loss/');
  const link = bodyLink(page);
  // Bring the link to the bottom of the screen.
  await link.evaluate((element) => window.scrollBy(0, element.getBoundingClientRect().bottom - window.innerHeight + 8));
  await link.hover();
  await expect(card(page)).toBeVisible();
  const cardBox = (await card(page).boundingBox())!;
  const linkBox = (await link.boundingBox())!;
  expect(cardBox.x).toBeGreaterThanOrEqual(0);
  expect(cardBox.x + cardBox.width).toBeLessThanOrEqual(320);
  expect(cardBox.y + cardBox.height).toBeLessThanOrEqual(linkBox.y);
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
});

test('a hostile title and description are shown as text, never run', async ({ page }) => {
  await page.goto('/definition/impermanent-loss/');
  const link = bodyLink(page);
  const target = (await link.getAttribute('href'))!;
  const title = '</p><img src=x onerror="window.injected=1"><script>window.injected=1</script>';
  const description = 'A description <b>in bold</b> & <iframe src="/"></iframe> that must stay text.';
  const entities = (text: string) => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
  await page.route(`**${target}`, (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><title>x</title><header class="entry__header"><p class="kind-label">Term</p><h1>${entities(title)}</h1><p class="lead">${entities(description)}</p></header>`,
    }),
  );
  await link.hover();
  await expect(cardLines(page)).toHaveText(['Term', title, description]);
  await expect(card(page).locator('img, script, b, iframe')).toHaveCount(0);
  expect(await page.evaluate(() => (window as { injected?: number }).injected)).toBeUndefined();
});

test('a link whose page is not an entry (a failed fetch) shows no card', async ({ page }) => {
  await page.goto('/definition/impermanent-loss/');
  const link = bodyLink(page);
  await page.route(`**${(await link.getAttribute('href'))!}`, (route) => route.fulfill({ status: 404, contentType: 'text/html', body: '<h1>Page not found</h1>' }));
  await link.hover();
  await page.waitForTimeout(900);
  await expect(card(page)).toBeHidden();
});

test.describe('copy buttons', () => {
  /** A page shaped as the citation markup will be (a button naming the element whose text it copies), carrying the site's own loader. */
  const loader = /<script>([^<]+)<\/script>/.exec(readFileSync(`${distDirectory}index.html`, 'utf8'))![1]!;
  const citationPage = `<!doctype html><html lang="en"><title>Cite</title><main>
    <pre id="citation-text">Impermanent Loss. Greeks.live Glossary. https://term.greeks.live/definition/impermanent-loss/</pre>
    <button type="button" class="copy-button" data-copy="citation-text" hidden>Copy</button>
    </main><script>${loader}</script></html>`;

  test('are shown where the Clipboard API exists, and copy their target\'s text, saying so for two seconds', async ({ page, context, baseURL }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL! });
    await page.route('**/cite-test/', (route) => route.fulfill({ contentType: 'text/html', body: citationPage }));
    await page.goto('/cite-test/');
    const button = page.getByRole('button', { name: 'Copy' });
    await expect(button).toBeVisible();
    await button.click();
    await expect(page.getByRole('button', { name: 'Copied' })).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('Impermanent Loss. Greeks.live Glossary. https://term.greeks.live/definition/impermanent-loss/');
    await expect(page.getByRole('button', { name: 'Copy', exact: true })).toBeVisible({ timeout: 3000 });
  });

  test('stay hidden without the Clipboard API, leaving the text to select', async ({ page }) => {
    await page.addInitScript(() => Object.defineProperty(Navigator.prototype, 'clipboard', { get: () => undefined }));
    await page.route('**/cite-test/', (route) => route.fulfill({ contentType: 'text/html', body: citationPage }));
    await page.goto('/cite-test/');
    await expect(page.locator('.copy-button')).toBeHidden();
    await expect(page.locator('#citation-text')).toBeVisible();
  });
});

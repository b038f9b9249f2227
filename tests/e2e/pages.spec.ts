import { expect, test } from '@playwright/test';

test.describe('entry page', () => {
  test('shows the title, kind, lead, breadcrumbs, question sections and sources', async ({ page }) => {
    await page.goto('/definition/impermanent-loss/');
    await expect(page).toHaveTitle('Impermanent Loss ⎊ Definition ⎊ Greeks.live');
    await expect(page.locator('h1')).toHaveCount(1);
    await expect(page.locator('h1')).toHaveText('Impermanent Loss');
    await expect(page.locator('.entry__header .kind-label')).toHaveText('Definition');
    const description = await page.locator('meta[name="description"]').getAttribute('content');
    await expect(page.locator('.lead')).toHaveText(description!);

    const crumbs = page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link');
    await expect(crumbs).toHaveText(['Home', 'Definition', 'Impermanent Loss']);
    await expect(crumbs.nth(1)).toHaveAttribute('href', '/definition/');
    await expect(crumbs.nth(2)).toHaveAttribute('aria-current', 'page');

    const questions = page.locator('.prose h2');
    expect(await questions.count()).toBeGreaterThanOrEqual(2);
    for (const text of await questions.allTextContents()) expect(text).toMatch(/\?$/);

    await expect(page.getByRole('heading', { name: 'Sources' })).toBeVisible();
    expect(await page.locator('.sources a[href^="http"]').count()).toBeGreaterThan(0);
    await expect(page.getByText(/Also known as: .*IL/)).toBeVisible();
  });

  test('renders mathematics at build time and loads the KaTeX stylesheet only where there is math', async ({ page }) => {
    const stylesheets: string[] = [];
    page.on('response', (response) => {
      if (response.url().includes('/katex/')) stylesheets.push(`${response.status()} ${response.url()}`);
    });
    await page.goto('/definition/impermanent-loss/');
    expect(await page.locator('.katex').count()).toBeGreaterThan(0);
    expect(await page.locator('.katex-error').count()).toBe(0);
    // The impermanent-loss formula is typeset, with its TeX kept for screen readers and copying.
    expect(await page.locator('.katex annotation', { hasText: '\\sqrt' }).count()).toBeGreaterThan(0);
    expect(stylesheets.some((line) => line.startsWith('200 ') && line.endsWith('katex.css'))).toBe(true);
    // KaTeX's own layout rules are applied: the MathML copy is visually hidden.
    await expect(page.locator('.katex-mathml').first()).toHaveCSS('position', 'absolute');

    await page.goto('/definition/');
    await expect(page.locator('link[href*="katex"]')).toHaveCount(0);
  });

  test('links related entries with their kind and description', async ({ page }) => {
    await page.goto('/area/non-recoverable-loss/');
    const related = page.locator('.related .entry-list > li');
    expect(await related.count()).toBeGreaterThan(3);
    const first = related.first();
    await expect(first.locator('a')).toHaveAttribute('href', /^\/(area|term|definition)\/[a-z0-9-]+\/$/);
    await expect(first.locator('.kind-label')).toHaveText(/^(Area|Term|Definition)$/);
    await expect(first.locator('p')).not.toBeEmpty();
  });

  test('fetches no JavaScript on load: the only script is the inline page loader', async ({ page }) => {
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(request.url());
    });
    for (const path of ['/', '/area/', '/definition/impermanent-loss/', '/area/portfolio-impermanent-loss/']) {
      await page.goto(path);
      await page.waitForLoadState('networkidle');
      const code = page.locator('script:not([type="application/ld+json"])');
      await expect(code).toHaveCount(1);
      await expect(code).not.toHaveAttribute('src');
      // Search, previews and copy buttons on every page: a few hundred bytes once gzipped (tests/dist holds the pages' budgets).
      expect((await code.textContent())!.length).toBeLessThan(1280);
    }
    expect(scripts).toEqual([]);
  });

  test('fits a phone screen without sideways scrolling, down to 320 px', async ({ page }) => {
    for (const width of [360, 320]) {
      await page.setViewportSize({ width, height: 740 });
      for (const path of ['/', '/definition/impermanent-loss/', '/area/portfolio-impermanent-loss/', '/search/?q=gamma']) {
        await page.goto(path);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow, `${path} at ${width} px`).toBeLessThanOrEqual(0);
      }
    }
  });
});

test.describe('charts', () => {
  test('a chart is an image with a name, a description and its key values, drawn before any script runs', async ({ page }) => {
    await page.goto('/term/straddle/');
    const chart = page.getByRole('img', { name: 'Long BTC straddle, 30-day 100,000 strike' });
    await expect(chart).toBeVisible();
    // The description screen readers get is the browser's, from the SVG's <desc> (Playwright's own
    // computation does not read <desc>, so ask Chromium's accessibility tree).
    const client = await page.context().newCDPSession(page);
    const { nodes } = (await client.send('Accessibility.getFullAXTree')) as { nodes: { role?: { value: string }; name?: { value: string }; description?: { value: string } }[] };
    const image = nodes.find((node) => node.role?.value === 'image' && node.name?.value === 'Long BTC straddle, 30-day 100,000 strike');
    expect(image?.description?.value).toMatch(/Break-evens at USD 88,580 and USD 111,420\./);
    const figure = page.locator('figure.chart');
    await figure.getByText('key values').click();
    await expect(figure.getByRole('row', { name: /88,580/ })).toBeVisible();
    await expect(figure.getByRole('columnheader')).toHaveText(['BTC price (USD)', 'Profit at expiry (USD)', 'Profit today (USD)', 'Note']);
  });

  test('reads at 320 px: as wide as the text, labels no smaller than 8 px, nothing past the edge of the screen', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    for (const path of ['/term/straddle/', '/term/liquidation-price/', '/term/gamma/']) {
      await page.goto(path);
      const box = (await page.locator('figure.chart svg').boundingBox())!;
      expect(box.width, path).toBeGreaterThan(270);
      // The viewBox is 360 × 240, so the height follows from the width before anything loads: no layout shift.
      expect(box.height / box.width, path).toBeCloseTo(240 / 360, 2);
      const smallest = await page.locator('figure.chart svg text').evaluateAll((texts) => Math.min(...texts.map((text) => (text as SVGTextElement).getBoundingClientRect().height)));
      expect(smallest, path).toBeGreaterThanOrEqual(8);
      // The figure stays on screen, its table of key values opened included (it scrolls inside itself).
      await page.locator('figure.chart summary').click();
      const right = await page.locator('figure.chart').evaluate((figure) => Math.max(figure.getBoundingClientRect().right, figure.querySelector('table')!.getBoundingClientRect().right));
      expect(right, path).toBeLessThanOrEqual(320);
    }
  });

  test('each chart is published as an SVG file beside its page, linked from the Markdown twin', async ({ page, request, baseURL }) => {
    const twin = await (await request.get('/term/straddle.md')).text();
    const link = /!\[Long BTC straddle[^\]]*\]\((https:\/\/[^)]+\/term\/straddle\/chart-1\.svg)\)/.exec(twin);
    expect(link).not.toBeNull();
    const response = await request.get('/term/straddle/chart-1.svg');
    expect(response.headers()['content-type']).toContain('image/svg+xml');
    expect(await response.text()).toContain('<title>Long BTC straddle, 30-day 100,000 strike</title>');
    // It draws on its own, as an image in another page.
    await page.setContent(`<img src="${baseURL}/term/straddle/chart-1.svg" alt="" width="360" height="240">`);
    expect(await page.locator('img').evaluate((image) => (image as HTMLImageElement).decode().then(() => (image as HTMLImageElement).naturalWidth))).toBeGreaterThan(0);
  });
});

test.describe('index pages', () => {
  test('a section lists every entry of its kind A to Z, with letter jump links', async ({ page }) => {
    await page.goto('/definition/');
    await expect(page).toHaveTitle('Definition ⎊ Greeks.live');
    const titles = await page.locator('.entry-list > li > a').allTextContents();
    expect(titles.length).toBeGreaterThan(5);
    expect(titles).toEqual([...titles].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' })));
    expect(titles).toContain('Impermanent Loss');
    for (const href of await page.locator('.letter-nav a').evaluateAll((links) => links.map((link) => link.getAttribute('href')))) {
      await expect(page.locator(href!)).toHaveCount(1);
    }
  });

  test('the home page shows the areas, recent entries and an A to Z of everything', async ({ page }) => {
    await page.goto('/');
    await expect(page.locator('h1')).toHaveCount(1);
    const areas = page.getByRole('region', { name: 'Areas' });
    await expect(areas.getByRole('link', { name: 'Non-Recoverable Loss' })).toHaveAttribute('href', '/area/non-recoverable-loss/');
    await expect(areas.getByRole('link', { name: 'Portfolio Impermanent Loss' })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Recently updated' }).getByRole('listitem').first()).toBeVisible();
    await expect(page.getByRole('region', { name: 'Every entry, A to Z' }).getByRole('link', { name: 'Impermanent Loss', exact: true })).toBeVisible();
  });

  test('an unknown address gets a real 404 page', async ({ page }) => {
    const response = await page.goto('/term/no-such-term/');
    expect(response?.status()).toBe(404);
    await expect(page.locator('h1')).toHaveText('Page not found');
  });
});

/** Reading aids in Chromium: the questions' links to themselves, "On this page" and "Cite this entry". */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';

/** Where an element sits on the page (not the viewport), so scrolling does not count as moving. */
const placeOnPage = (locator: Locator) =>
  locator.evaluate((element) => {
    const box = element.getBoundingClientRect();
    return { x: box.x + window.scrollX, y: box.y + window.scrollY, width: box.width, height: box.height };
  });
const sidewaysOverflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

test.describe('a question heading', () => {
  test('shows its link on keyboard focus and on hover, without moving anything, and the link leads to the question', async ({ page }) => {
    await page.goto('/term/gamma/');
    const question = page.locator('.prose .question').nth(1);
    const heading = question.getByRole('heading', { level: 2 });
    const link = question.getByRole('link');
    // The heading is the question alone; the link says what it is, and which question on focus.
    await expect(heading).toHaveAccessibleName('Why does gamma peak near the money and near expiry?');
    await expect(link).toHaveAccessibleName('Link to this question');
    await expect(link).toHaveAccessibleDescription('Why does gamma peak near the money and near expiry?');
    await expect(link).toHaveCSS('opacity', '0');
    const headingBox = await placeOnPage(heading);
    const linkBox = await placeOnPage(link);

    // Tabbing on from the first question's link reaches this one (past any links in the first answer).
    await page.locator('.prose .question-link').first().focus();
    for (let presses = 0; presses < 40 && !(await link.evaluate((element) => element === document.activeElement)); presses++) await page.keyboard.press('Tab');
    await expect(link).toBeFocused();
    await expect(link).toHaveCSS('opacity', '1');
    await expect(link).toHaveCSS('outline-style', 'solid');
    expect(await placeOnPage(heading)).toEqual(headingBox);
    expect(await placeOnPage(link)).toEqual(linkBox);

    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/term\/gamma\/#why-does-gamma-peak-near-the-money-and-near-expiry$/);
    await expect(heading).toBeInViewport();

    // Focus elsewhere and the mark hides again; a pointer resting on the question shows it.
    await page.locator('h1').click();
    await expect(link).toHaveCSS('opacity', '0');
    await heading.hover();
    await expect(link).toHaveCSS('opacity', '1');
    expect(await placeOnPage(heading)).toEqual(headingBox);
  });
});

test.describe('On this page', () => {
  test('fits a 320 px screen above the first question, and takes the reader to each question', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto('/term/concentrated-liquidity/');
    const contents = page.getByRole('navigation', { name: 'On this page' });
    await expect(contents).toBeInViewport();
    const links = contents.getByRole('link');
    await expect(links).toHaveText(await page.locator('.prose h2').allTextContents());
    expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
    for (const box of await links.evaluateAll((elements) => elements.map((element) => element.getBoundingClientRect().toJSON() as DOMRect))) {
      expect(box.right).toBeLessThanOrEqual(320);
    }
    const firstQuestion = (await page.locator('.prose h2').first().boundingBox())!;
    expect((await contents.boundingBox())!.y).toBeLessThan(firstQuestion.y);

    await links.last().click();
    const last = page.locator('.prose h2').last();
    await expect(page).toHaveURL(new RegExp(`#${await last.getAttribute('id')}$`));
    await expect(last).toBeInViewport();
  });

  test('is absent from an entry with fewer than four questions', async ({ page }) => {
    await page.goto('/area/risk-measures/');
    await expect(page.locator('.prose h2')).toHaveCount(3);
    await expect(page.getByRole('navigation', { name: 'On this page' })).toHaveCount(0);
  });
});

test.describe('Cite this entry', () => {
  test('opens to the citation as selectable text that fits a 320 px screen', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto('/term/concentrated-liquidity/');
    const citation = page.getByRole('region', { name: 'Cite this entry' });
    const plain = citation.locator('#cite-plain');
    await expect(plain).toBeHidden();
    await citation.getByText('Cite this entry').click();
    await expect(plain).toBeVisible();
    await expect(plain).toHaveText(/^Greeks\.live\. “Concentrated Liquidity\.” Greeks\.live Glossary of Crypto Derivatives and DeFi Risk\. Published November 21, 2026\. .*https:\/\/term\.greeks\.live\/term\/concentrated-liquidity\/\.$/);
    await expect(citation.locator('#cite-bibtex')).toContainText('@misc{greekslive-concentrated-liquidity,');
    expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
    for (const id of ['cite-plain', 'cite-bibtex']) {
      expect((await citation.locator(`#${id}`).boundingBox())!.x + (await citation.locator(`#${id}`).boundingBox())!.width, id).toBeLessThanOrEqual(320);
    }
    // A reader selects it as it is: the selection is the citation, line breaks of the wrapped screen aside.
    await plain.selectText();
    expect(await page.evaluate(() => window.getSelection()?.toString())).toBe(await plain.textContent());
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });
    test('the citation still opens, and there are no copy buttons that could not work', async ({ page }) => {
      await page.goto('/term/gamma/');
      const citation = page.getByRole('region', { name: 'Cite this entry' });
      await citation.getByText('Cite this entry').click();
      await expect(citation.locator('#cite-bibtex')).toBeVisible();
      await expect(citation.getByRole('button')).toHaveCount(0);
      await expect(citation.locator('button.copy-button')).toHaveCount(2);
    });
  });
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`axe finds nothing with "On this page", a focused question link and the open citation, in ${colorScheme} mode`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await page.goto('/term/gamma/');
    await page.getByRole('region', { name: 'Cite this entry' }).getByText('Cite this entry').click();
    await page.locator('.question-link').first().focus();
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
    expect(results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
  });
}

/**
 * Search latency as a reader meets it, for the end-to-end test and `npm run bench` alike: the time from
 * the keydown of a query's last letter in the header's box to the results list showing that query,
 * measured inside the page so that the test runner's own latency is not counted.
 */
import type { Page } from '@playwright/test';

interface TimedWindow {
  searchTimings?: number[];
}

/** Type `query` into the header's box (all but its last letter first) and return the last keystroke's time to results, in ms. */
export async function keystrokeToResults(page: Page, query: string): Promise<number> {
  const box = page.locator('#site-search');
  const shown = (text: string) => page.locator(`#site-search-results[data-query="${text.replaceAll('"', '\\"')}"]`).waitFor({ state: 'attached' });
  await box.fill(query.slice(0, -1));
  if (query.length > 1) await shown(query.slice(0, -1));
  await page.evaluate(() => {
    const timed = window as TimedWindow;
    if (timed.searchTimings) {
      timed.searchTimings.length = 0;
      return;
    }
    const timings: number[] = [];
    let typedAt = 0;
    document.getElementById('site-search')!.addEventListener('keydown', () => (typedAt = performance.now()), { capture: true });
    new MutationObserver(() => timings.push(performance.now() - typedAt)).observe(document.getElementById('site-search-results')!, { attributeFilter: ['data-query'] });
    timed.searchTimings = timings;
  });
  await box.press(query.at(-1)!);
  await shown(query);
  const [timing] = await page.evaluate(() => (window as TimedWindow).searchTimings!);
  return timing!;
}

export function median(values: readonly number[]): number {
  return [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
}

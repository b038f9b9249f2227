/**
 * The author's live preview: `astro dev` over a fixture, edited as an author would edit it. Each kind of
 * edit must reach every page that shows it without a restart, and a content error must reach the browser's
 * error overlay with its file and line, then clear when fixed. The times are logged, not asserted (the
 * README's figures come from `node scripts/preview-latency.ts`); the generous limit only catches "never".
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { chromiumArgs, findChromium } from '../support/browser.ts';
import { pageText, projectRoot, startDevServer, waitFor, type DevServer } from '../support/dev-server.ts';

const limit = 15_000;
let server: DevServer;

beforeAll(async () => {
  server = await startDevServer(join(projectRoot, 'tests/fixtures/valid/content'), 4331);
}, 90_000);

afterAll(async () => {
  await server?.stop();
});

function edit(file: string, change: (text: string) => string): void {
  const path = join(server.contentDirectory, file);
  writeFileSync(path, change(readFileSync(path, 'utf8')));
}

async function shows(path: string, text: string): Promise<number> {
  const took = await waitFor(async () => (await pageText(`${server.origin}${path}`)).html.includes(text), limit);
  console.log(`live preview: ${path} shows "${text}" after ${Math.round(took)} ms`);
  return took;
}

describe('astro dev', { timeout: 60_000 }, () => {
  test('shows an edit to a body', async () => {
    edit('term/delta.mdx', (text) => text.replace('The option gains about half', 'The option gains roughly half'));
    await shows('/term/delta/', 'The option gains roughly half');
  });

  test('shows an edit to a title on the entry, the section index and the pages that list it', async () => {
    edit('term/delta.mdx', (text) => text.replace('title: Delta', 'title: Delta Renamed'));
    await shows('/term/delta/', '<h1');
    await shows('/term/delta/', 'Delta Renamed</h1>');
    await shows('/term/', 'Delta Renamed');
    await shows('/term/vega/', 'Delta Renamed');
  });

  test('shows a new entry, and forgets a deleted one', async () => {
    writeFileSync(
      join(server.contentDirectory, 'term/theta.mdx'),
      '---\ntitle: Theta\ndescription: How much an option loses in value as one day passes with nothing else changing.\nrelated: [delta]\npublished: 2026-11-05\n---\n\n## What is theta?\n\nThe time decay of an option.\n',
    );
    await shows('/term/theta/', 'The time decay of an option.');
    await shows('/term/', 'Theta');
    rmSync(join(server.contentDirectory, 'term/theta.mdx'));
    await waitFor(async () => (await pageText(`${server.origin}/term/theta/`)).status === 404, limit);
    await waitFor(async () => !(await pageText(`${server.origin}/term/`)).html.includes('>Theta<'), limit);
  });

  test('shows a change to related, aliases and redirects', async () => {
    edit('definition/moneyness.mdx', (text) => text.replace(/^published:/m, 'related: [vega]\naliases: [Strike Ratio]\nredirectFrom: [/definition/strike-ratio/]\npublished:'));
    await shows('/definition/moneyness/', 'Strike Ratio');
    await shows('/definition/strike-ratio/', 'url=/definition/moneyness/');
    const html = (await pageText(`${server.origin}/definition/moneyness/`)).html;
    expect(html.slice(html.indexOf('class="related"'))).toContain('href="/term/vega/"');
  });

  test('shows a content error in the terminal and in the browser overlay with its file and line, until it is fixed', async () => {
    edit('term/vega.mdx', (text) => text.replace('related: [delta]', 'related: [delta, gamma-typo]'));
    const line = 'vega.mdx:4: related[1]: "gamma-typo" is not an entry';
    await waitFor(async () => server.output().includes(line), limit);
    // The terminal can report the problem a moment before the pages do.
    await waitFor(async () => (await pageText(`${server.origin}/term/delta/`)).status === 500, limit);
    const browser = await chromium.launch({ executablePath: findChromium(), args: chromiumArgs });
    try {
      const page = await browser.newPage();
      await page.goto(`${server.origin}/term/delta/`);
      // The overlay draws its message inside a shadow root.
      const overlayText = () => page.evaluate(() => document.querySelector('vite-error-overlay')?.shadowRoot?.textContent ?? '');
      await expect.poll(overlayText, { timeout: limit }).toContain(line);
      edit('term/vega.mdx', (text) => text.replace('related: [delta, gamma-typo]', 'related: [delta]'));
      await waitFor(async () => (await pageText(`${server.origin}/term/delta/`)).status === 200, limit);
    } finally {
      await browser.close();
    }
  });
});

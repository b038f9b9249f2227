/** Quality gates over the built files: valid HTML and the page-weight budgets. */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { expect, test } from 'vitest';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { distFiles, fileFor, pathOf } from '../support/dist.ts';
import { attribute, elements, findAll, hasClass, parseHtml, textOf } from '../support/html.ts';

const kilobyte = 1024;
const pages = distFiles()
  .filter((file) => file.endsWith('.html'))
  .map((file) => {
    const html = readFileSync(file, 'utf8');
    return { file, path: pathOf(file), html, document: parseHtml(html) };
  });
const isRedirectPage = (page: (typeof pages)[number]) => elements(page.document, 'meta').some((meta) => attribute(meta, 'httpEquiv') === 'refresh');
const entryPages = pages.filter((page) => /^\/(area|term|definition)\/[a-z0-9-]+\/$/.test(page.path) && !isRedirectPage(page));
const gzipped = (text: string | Buffer) => gzipSync(text, { level: 9 }).length;

test('every built page is valid HTML', { timeout: 120_000 }, async () => {
  const validator = new HtmlValidate(new FileSystemConfigLoader());
  const problems: string[] = [];
  for (const { file, path } of pages) {
    const report = await validator.validateFile(file);
    for (const result of report.results) for (const message of result.messages) problems.push(`${path}:${message.line}:${message.column} ${message.ruleId} ${message.message}`);
  }
  expect(problems).toEqual([]);
});

// 14 KB until every related entry's JSON-LD Article named its social card as an ImageObject (about 20 bytes
// gzipped a part, 240 on a page with twelve): the half kilobyte added keeps the same headroom as before.
test('an entry page is at most 14.5 KB of HTML, gzipped', () => {
  expect(entryPages.length).toBeGreaterThan(50);
  const heavy = entryPages.map(({ path, html }) => ({ path, size: gzipped(html) })).filter(({ size }) => size > 14.5 * kilobyte);
  expect(heavy).toEqual([]);
});

test('the home page and the section indexes are at most 40 KB of HTML, gzipped', () => {
  const indexes = pages.filter((page) => ['/', '/area/', '/term/', '/definition/'].includes(page.path));
  expect(indexes).toHaveLength(4);
  expect(indexes.map(({ path, html }) => ({ path, size: gzipped(html) })).filter(({ size }) => size > 40 * kilobyte)).toEqual([]);
});

test('pages load KaTeX CSS only when they have math, and at most 10 KB of CSS gzipped otherwise', () => {
  let withMath = 0;
  for (const { path, document } of pages) {
    const linked = elements(document, 'link').filter((link) => attribute(link, 'rel') === 'stylesheet').map((link) => attribute(link, 'href')!);
    const inline = elements(document, 'style').map(textOf).join('');
    const hasMath = findAll(document, (node) => hasClass(node, 'katex')).length > 0;
    expect(linked.some((href) => href.includes('/katex/')), path).toBe(hasMath);
    if (hasMath) {
      withMath++;
      continue;
    }
    const css = linked.map((href) => readFileSync(fileFor(href)!, 'utf8')).join('') + inline;
    expect(gzipped(css), path).toBeLessThanOrEqual(10 * kilobyte);
  }
  expect(withMath).toBeGreaterThan(10);
});

test('KaTeX fonts ship as woff2 only', () => {
  const fonts = distFiles().filter((file) => /\.(woff2?|ttf|otf|eot)$/.test(file));
  expect(fonts.length).toBeGreaterThan(0);
  expect(fonts.filter((file) => !file.endsWith('.woff2'))).toEqual([]);
  const katexCss = distFiles().find((file) => file.endsWith('/katex.css'))!;
  expect(readFileSync(katexCss, 'utf8')).not.toMatch(/\.(woff|ttf)\)/);
});

/** Quality gates over the built files: valid HTML and the page-weight budgets. */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { expect, test } from 'vitest';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { distFiles, fileFor, pathOf } from '../support/dist.ts';
import { attribute, elements, parseHtml, textOf } from '../support/html.ts';

const kilobyte = 1024;
const htmlFiles = distFiles().filter((file) => file.endsWith('.html'));
const entryPages = htmlFiles.filter((file) => /^\/(area|term|definition)\/[a-z0-9-]+\/$/.test(pathOf(file)) && !readFileSync(file, 'utf8').includes('http-equiv="refresh"'));
const gzipped = (text: string | Buffer) => gzipSync(text, { level: 9 }).length;

test('every built page is valid HTML', { timeout: 120_000 }, async () => {
  const validator = new HtmlValidate(new FileSystemConfigLoader());
  const problems: string[] = [];
  for (const file of htmlFiles) {
    const report = await validator.validateFile(file);
    for (const result of report.results) for (const message of result.messages) problems.push(`${pathOf(file)}:${message.line}:${message.column} ${message.ruleId} ${message.message}`);
  }
  expect(problems).toEqual([]);
});

test('an entry page is at most 14 KB of HTML, gzipped', () => {
  expect(entryPages.length).toBeGreaterThan(50);
  const heavy = entryPages.map((file) => ({ path: pathOf(file), size: gzipped(readFileSync(file)) })).filter(({ size }) => size > 14 * kilobyte);
  expect(heavy).toEqual([]);
});

/** The CSS a page loads: linked stylesheets and inline style elements. */
function stylesheetsOf(html: string): { linked: string[]; inline: string } {
  const document = parseHtml(html);
  const linked = elements(document, 'link')
    .filter((link) => attribute(link, 'rel') === 'stylesheet')
    .map((link) => attribute(link, 'href')!);
  const inline = elements(document, 'style').map(textOf).join('');
  return { linked, inline };
}

test('pages load KaTeX CSS only when they have math, and at most 10 KB of CSS gzipped otherwise', () => {
  let withMath = 0;
  for (const file of htmlFiles) {
    const html = readFileSync(file, 'utf8');
    const { linked, inline } = stylesheetsOf(html);
    const hasMath = html.includes('class="katex"');
    const linksKatex = linked.some((href) => href.includes('/katex/'));
    expect(linksKatex, pathOf(file)).toBe(hasMath);
    if (hasMath) {
      withMath++;
      continue;
    }
    const css = linked.map((href) => readFileSync(fileFor(href)!, 'utf8')).join('') + inline;
    expect(gzipped(css), pathOf(file)).toBeLessThanOrEqual(10 * kilobyte);
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

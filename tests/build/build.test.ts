/**
 * Real Astro builds of the fixture sites: every error fixture must stop the build with exactly the lines
 * the content check reports (pinned in tests/unit/content-check.test.ts), and hostile text must come out inert.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, test } from 'vitest';
import { checkContentFolder } from '../../src/lib/content-check.ts';
import { formatProblem, isError, sortProblems } from '../../src/lib/problems.ts';
import { htmlToHast } from 'satteri';
import { buildPageScripts } from '../../src/integrations/page-scripts.ts';
import { buildEnvironment } from '../support/build-environment.ts';

interface HtmlNode {
  type: string;
  tagName?: string;
  value?: string;
  properties?: Record<string, unknown>;
  children?: HtmlNode[];
}

function findAll(node: HtmlNode, match: (node: HtmlNode) => boolean): HtmlNode[] {
  return [...(match(node) ? [node] : []), ...(node.children ?? []).flatMap((child) => findAll(child, match))];
}

function textOf(node: HtmlNode): string {
  return node.type === 'text' ? (node.value ?? '') : (node.children ?? []).map(textOf).join('');
}

const root = fileURLToPath(new URL('../..', import.meta.url));
const fixtures = join(root, 'tests/fixtures');

function build(fixture: string) {
  const outDir = mkdtempSync(join(tmpdir(), `glossary-${fixture}-`));
  const result = spawnSync(join(root, 'node_modules/.bin/astro'), ['build', '--outDir', outDir], {
    cwd: root,
    // A fresh cache each time: what is built comes from the fixture alone.
    env: buildEnvironment({ GLOSSARY_CONTENT: `tests/fixtures/${fixture}/content`, GLOSSARY_CACHE: mkdtempSync(join(tmpdir(), 'glossary-cache-')) }),
    encoding: 'utf8',
  });
  return { status: result.status, stderr: result.stderr, stdout: result.stdout, outDir };
}

const errorFixtures = readdirSync(fixtures).filter((name) => !['valid', 'hostile', 'orphan', 'many-orphans', 'editor-encoding', 'illustrated'].includes(name));

describe('a build over content with mistakes', () => {
  test.each(errorFixtures)('%s: fails with one line per problem', (fixture) => {
    const expected = sortProblems(checkContentFolder(join(fixtures, fixture, 'content'), root).problems.filter(isError)).map(formatProblem);
    expect(expected.length).toBeGreaterThan(0);
    const result = build(fixture);
    expect(result.status).not.toBe(0);
    const reported = result.stderr.split('\n').filter((line) => line.startsWith('tests/fixtures/'));
    expect(reported).toEqual(expected);
    // The count names the folder that was built.
    expect(result.stderr).toMatch(new RegExp(`${expected.length} errors?(, \\d+ warnings?)? in tests/fixtures/${fixture}/content/`));
    // A real build: a few seconds on a quiet machine, more under load; the assertions, not the clock, are the test.
  }, 60_000);
});

describe('a build over valid content', () => {
  test('succeeds', { timeout: 60_000 }, () => {
    const result = build('valid');
    expect(result.stderr).not.toMatch(/error/i);
    expect(result.status).toBe(0);
    expect(readFileSync(join(result.outDir, 'term/delta/index.html'), 'utf8')).toContain('<h1');
    // Plain Markdown entries are rendered by the loader; an entry that uses MDX still goes through the MDX compiler.
    expect(result.stdout).toMatch(/3 entries in plain Markdown, 1 for the MDX compiler/);
    const vega = readFileSync(join(result.outDir, 'term/vega/index.html'), 'utf8');
    expect(vega).toContain('a year has 365 days');
    expect(vega).toContain('<abbr title="implied volatility">IV</abbr>');
    expect(vega).toContain('class="katex"');
    expect(vega).toContain('<a href="/term/delta/">delta</a>');
    // Its chart: inline SVG with a title and description, a standalone file beside the page, an image in the twin.
    expect(vega).toMatch(/<figure class="chart"[^>]*><svg viewBox="0 0 360 240" role="img"[^>]*><title>Vega near the strike<\/title><desc>Vega of a call/);
    const svg = readFileSync(join(result.outDir, 'term/vega/chart-1.svg'), 'utf8');
    expect(svg).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(svg).toContain('<title>Vega near the strike</title>');
    const twin = readFileSync(join(result.outDir, 'term/vega.md'), 'utf8');
    expect(twin).toMatch(/\n!\[Vega near the strike\. Vega of a call struck at 100, [^\]]+\]\(https:\/\/term\.greeks\.live\/term\/vega\/chart-1\.svg\)\n/);
    expect(twin).not.toContain('<GreekChart');
  });

  test('prints hostile text in titles and descriptions as inert text', { timeout: 60_000 }, async () => {
    const result = build('hostile');
    expect(result.status).toBe(0);
    const html = readFileSync(join(result.outDir, 'term/hostile/index.html'), 'utf8');
    const document = htmlToHast(html) as unknown as HtmlNode;
    const elements = (tagName: string) => findAll(document, (node) => node.tagName === tagName);
    // No element was injected: the scripts are the five JSON-LD blocks and the page loader, and there is no img or b at all.
    const scripts = elements('script');
    expect(scripts.filter((node) => node.properties?.['type'] === 'application/ld+json')).toHaveLength(5);
    expect(scripts.filter((node) => node.properties?.['type'] !== 'application/ld+json').map(textOf)).toEqual([(await buildPageScripts(pathToFileURL(root))).loaderScript]);
    expect(elements('img')).toEqual([]);
    expect(elements('b')).toEqual([]);
    // The reader sees the text exactly as written.
    expect(textOf(elements('h1')[0]!)).toBe('</script><script>alert(1)</script>');
    expect(textOf(elements('title')[0]!)).toBe('</script><script>alert(1)</script> ⎊ Term ⎊ Greeks.live');
    // So does the citation: as text in the plain form, escaped for LaTeX in BibTeX.
    const citation = (id: string) => textOf(findAll(document, (node) => node.properties?.['id'] === id)[0]!);
    expect(citation('cite-plain')).toContain('“</script><script>alert(1)</script>.”');
    expect(citation('cite-bibtex')).toContain('  title = {{\\textless{}/script\\textgreater{}\\textless{}script\\textgreater{}alert(1)\\textless{}/script\\textgreater{}}},\n');
    // Each JSON-LD block still parses and carries the text unchanged.
    const blocks = scripts.filter((node) => node.properties?.['type'] === 'application/ld+json').map((node) => JSON.parse(textOf(node)) as Record<string, unknown>);
    expect(blocks.find((block) => block['@type'] === 'Article')).toMatchObject({ headline: '</script><script>alert(1)</script>' });
    expect(blocks.find((block) => block['@type'] === 'DefinedTerm')).toMatchObject({
      name: '</script><script>alert(1)</script>',
      description: 'A hostile description <img src=x onerror=alert(1)> that must come out as inert text.',
      alternateName: ['<b>bold</b>'],
    });
    // The Markdown twin prints the same text as entities, so a Markdown renderer shows it and runs nothing.
    const twin = readFileSync(join(result.outDir, 'term/hostile.md'), 'utf8');
    expect(twin.split('\n')[0]).toBe('# &lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt; ⎊ Term ⎊ Greeks.live');
    expect(twin.replace(/```json[\s\S]*?```/g, '')).not.toMatch(/<(script|img|b)\b/);
    // The search's names file carries the names as data, unchanged; the search code prints them as text.
    expect(JSON.parse(readFileSync(join(result.outDir, 'search/names.json'), 'utf8'))).toEqual({ term: [['hostile', '</script><script>alert(1)</script>', '<b>bold</b>']] });
  });
});

describe('a build with an illustration', () => {
  test('shows it as a lazy figure in modern formats with its size, alt and caption, and draws it on the card', { timeout: 120_000 }, () => {
    const result = build('illustrated');
    expect(result.status, result.stderr).toBe(0);
    const document = htmlToHast(readFileSync(join(result.outDir, 'term/volatility-smile/index.html'), 'utf8')) as unknown as HtmlNode;
    const figure = findAll(document, (node) => node.tagName === 'figure' && String(node.properties?.['className']) === 'illustration')[0]!;
    expect(figure).toBeDefined();
    const sources = findAll(figure, (node) => node.tagName === 'source').map((node) => node.properties?.['type']);
    expect(sources).toEqual(['image/avif', 'image/webp']);
    const image = findAll(figure, (node) => node.tagName === 'img')[0]!;
    expect(image.properties).toMatchObject({ alt: 'Implied volatility against strike, lowest at the money and rising towards both wings', loading: 'lazy', width: 640, height: 400 });
    // Every file the figure names was written by Astro's image pipeline.
    const srcsets = findAll(figure, (node) => node.tagName === 'source' || node.tagName === 'img').flatMap((node) => String(node.properties?.['srcSet'] ?? '').split(', '));
    for (const candidate of srcsets.filter(Boolean)) expect(existsSync(join(result.outDir, candidate.split(' ')[0]!)), candidate).toBe(true);
    expect(textOf(findAll(figure, (node) => node.tagName === 'figcaption')[0]!)).toBe('A smile on a 30-day BTC chain, with illustrative numbers.');
    // The card with the picture is larger than the one without, and both keep to the budget.
    const pictured = readFileSync(join(result.outDir, 'term/volatility-smile/card.png'));
    const plain = readFileSync(join(result.outDir, 'term/skew/card.png'));
    expect(pictured.length).toBeGreaterThan(plain.length + 10_000);
    expect(pictured.length).toBeLessThan(100 * 1024);
  });
});

describe('the build of content/', () => {
  test('is reproducible: two builds give byte-identical files', { timeout: 120_000 }, () => {
    const first = buildContent();
    const second = buildContent();
    const files = listFiles(first);
    expect(files.length).toBeGreaterThan(100);
    expect(listFiles(second)).toEqual(files);
    const differing = files.filter((file) => !readFileSync(join(first, file)).equals(readFileSync(join(second, file))));
    expect(differing).toEqual([]);
  });
});

/** Build the real content into a fresh folder, from a fresh content cache, so nothing carries over. */
function buildContent(): string {
  const outDir = mkdtempSync(join(tmpdir(), 'glossary-site-'));
  const cacheDir = mkdtempSync(join(tmpdir(), 'glossary-cache-'));
  const result = spawnSync(join(root, 'node_modules/.bin/astro'), ['build', '--outDir', outDir], {
    cwd: root,
    env: buildEnvironment({ GLOSSARY_CACHE: cacheDir }),
    encoding: 'utf8',
  });
  expect(result.status, result.stderr).toBe(0);
  return outDir;
}

function listFiles(directory: string, prefix = ''): string[] {
  return readdirSync(join(directory, prefix), { withFileTypes: true })
    .flatMap((item) => (item.isDirectory() ? listFiles(directory, join(prefix, item.name)) : [join(prefix, item.name)]))
    .sort();
}

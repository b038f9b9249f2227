import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { checkContentFolder, contentChecker, type CheckResult } from '../../src/lib/content-check.ts';
import { formatProblem, formatReport, isError, problemCodes, sortProblems, type Problem } from '../../src/lib/problems.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** The check's report for a fixture site, one line per problem, as an author would read it. */
function problemsOf(fixture: string) {
  return checkContentFolder(`${root}tests/fixtures/${fixture}/content`, `${root}tests/fixtures/${fixture}`).problems;
}

function report(fixture: string, severity: 'error' | 'warning' = 'error'): string[] {
  return sortProblems(problemsOf(fixture).filter((problem) => isError(problem) === (severity === 'error'))).map(formatProblem);
}

/** The codes and lines of a fixture's errors: what a tool reading the report relies on. */
function codes(fixture: string): string[] {
  return sortProblems(problemsOf(fixture).filter(isError)).map((problem) => `${problem.code}@${problem.line ?? '-'}`);
}

describe('content check', () => {
  test('passes a valid site', () => {
    expect(report('valid')).toEqual([]);
    expect(report('valid', 'warning')).toEqual([]);
  });

  test('errors if a required field is missing', () => {
    expect(report('missing-field')).toMatchInlineSnapshot(`
      [
        "content/term/no-title.mdx: title: is required; add a line such as title: Impermanent Loss [field/required]",
      ]
    `);
  });

  test('errors on an unknown key instead of dropping it, with a did-you-mean', () => {
    expect(report('unknown-key')).toMatchInlineSnapshot(`
      [
        "content/term/typo.mdx:5: relatd: is not a known field; did you mean "related"? [field/unknown]",
      ]
    `);
  });

  test('errors if the description is out of range', () => {
    expect(report('description-length')).toMatchInlineSnapshot(`
      [
        "content/term/short.mdx:3: description: is 10 characters; it must be 50 to 200: say what the term is in a full sentence [description/length]",
      ]
    `);
  });

  test('errors on an impossible date instead of rolling it over', () => {
    expect(report('impossible-date')).toMatchInlineSnapshot(`
      [
        "content/term/leap.mdx:4: published: "2024-02-30" is not a real calendar date [date/impossible]",
      ]
    `);
  });

  test('errors on a related slug that is no entry, with a did-you-mean', () => {
    expect(report('unknown-related')).toMatchInlineSnapshot(`
      [
        "content/term/pool.mdx:5: related[0]: "impermanent-los" is not an entry; did you mean "impermanent-loss"? [related/unknown]",
      ]
    `);
  });

  test('errors on a slug used by two kinds', () => {
    expect(report('duplicate-slug')).toMatchInlineSnapshot(`
      [
        "content/term/funding.mdx: file: the slug "funding" is taken by content/area/funding.mdx; slugs are unique across kinds, so rename one file [file/duplicate-slug]",
      ]
    `);
  });

  test('errors on an entry relating to itself', () => {
    expect(report('self-related')).toMatchInlineSnapshot(`
      [
        "content/term/gamma.mdx:5: related[0]: "gamma" is this entry itself; remove it [related/self]",
      ]
    `);
  });

  test('errors on a slug key, since the file name is the slug', () => {
    expect(report('slug-key')).toMatchInlineSnapshot(`
      [
        "content/term/vega.mdx:5: slug: is not a field: the file name is the slug ("vega"); remove the line, or rename the file [field/slug]",
      ]
    `);
  });

  test('errors on files the loader would skip: a .md file, a sub-folder, an unknown kind folder', () => {
    expect(report('skipped-files')).toMatchInlineSnapshot(`
      [
        "content/glossary: file: "glossary" is not a kind folder; use one of area, term, definition, or move its files there [file/unknown-kind]",
        "content/term/greeks: file: sub-folders are not read; move its entries up into content/term/ [file/nested]",
        "content/term/rho.md: file: is not read by the site; rename it to rho.mdx [file/not-mdx]",
      ]
    `);
  });

  test('errors on TeX that does not parse, with file and line', () => {
    expect(report('bad-tex')).toMatchInlineSnapshot(`
      [
        "content/term/convexity.mdx:9: body: TeX does not parse: Unexpected end of input in a macro argument, expected '}' at end of input: …V}{\\partial S^2 [body/tex]",
      ]
    `);
  });

  test('errors on a price read as math', () => {
    expect(report('price-as-math')).toMatchInlineSnapshot(`
      [
        "content/term/premium.mdx:9: body: "$5 and that one $" reads as math because a $ directly before a digit opens a formula; write money as USD 5 or \\$5 (for a formula that starts with a number, brace it: \${5}...$) [body/price-as-math]",
      ]
    `);
  });

  test('errors on a section heading that is not a question', () => {
    expect(report('not-a-question')).toMatchInlineSnapshot(`
      [
        "content/term/basis.mdx:7: body: heading "Overview" is not a question; every H2 asks what its section answers, so end it with "?" [body/heading]",
      ]
    `);
  });

  test('errors on a body link that leads nowhere', () => {
    expect(report('broken-link')).toMatchInlineSnapshot(`
      [
        "content/term/mark.mdx:9: body: link "/term/index-prise/" leads nowhere; did you mean "/definition/index-price/"? [body/link-nowhere]",
        "content/term/mark.mdx:9: body: link "/glossary/old/" is not an entry page; link entries as /<kind>/<slug>/ [body/link-nowhere]",
      ]
    `);
  });

  test('errors on a redirect that collides with a page or another redirect', () => {
    expect(report('redirect-collision')).toMatchInlineSnapshot(`
      [
        "content/term/alpha.mdx:5: redirectFrom[0]: "/term/beta/" is the page of content/term/beta.mdx; a redirect cannot replace a real page, so remove it [redirect/page]",
        "content/term/beta.mdx:5: redirectFrom[0]: "/term/old/" is also redirected by content/term/alpha.mdx; keep it in one entry only [redirect/repeat]",
      ]
    `);
  });

  test('errors on MDX that does not parse, with file and line', () => {
    expect(report('bad-mdx')).toMatchInlineSnapshot(`
      [
        "content/term/angle.mdx:9: body: is not valid MDX: Unexpected character after \`<\`, expected a valid JSX tag (note: to create a link in MDX, use \`[text](url)\`); a literal < or { must be escaped as \\< or \\{ [body/mdx]",
      ]
    `);
  });

  test('errors on a component that is not a chart, with a did-you-mean', () => {
    expect(report('chart-unknown')).toMatchInlineSnapshot(`
      [
        "content/term/payoff.mdx:11: body: <PayofChart> is not a chart component; did you mean "PayoffChart"? [chart/unknown]",
      ]
    `);
  });

  test('errors on a negative strike, at the line of the leg', () => {
    expect(report('chart-negative-strike')).toMatchInlineSnapshot(`
      [
        "content/term/payoff.mdx:14: body: <PayoffChart> legs[1].strike: is -100; it must be greater than 0 [chart/parameter]",
      ]
    `);
  });

  test('errors on an unknown Greek, with a did-you-mean', () => {
    expect(report('chart-unknown-greek')).toMatchInlineSnapshot(`
      [
        "content/term/gamma.mdx:11: body: <GreekChart> greek: "gama" is not one of delta, gamma, vega, theta, rho, vanna, charm, vomma, speed, color, zomma; did you mean "gamma"? [chart/parameter]",
      ]
    `);
  });

  test('errors on a leg without a type, at the line of the leg', () => {
    expect(report('chart-leg-without-type')).toMatchInlineSnapshot(`
      [
        "content/term/payoff.mdx:15: body: <PayoffChart> legs[1]: has no type; write type: 'call', 'put' or 'underlying' [chart/parameter]",
      ]
    `);
  });

  test('errors on a chart inside a paragraph', () => {
    expect(report('chart-inline')).toMatchInlineSnapshot(`
      [
        "content/term/payoff.mdx:9: body: <PayoffChart> sits inside a paragraph; put it on lines of its own, with a blank line before and after [chart/inline]",
      ]
    `);
  });

  test('errors on a prop that is code rather than data, without running it', () => {
    expect(report('chart-not-data')).toMatchInlineSnapshot(`
      [
        "content/term/theta.mdx:15: body: <GreekChart> days: arithmetic is not read: write the resulting number [chart/not-data]",
      ]
    `);
  });

  test('warns about an entry no other entry reaches', () => {
    expect(report('orphan', 'warning')).toMatchInlineSnapshot(`
      [
        "warning: content/term/alpha.mdx: related: no other entry relates or links to this one; add it to the related list of an entry that should lead here [entry/orphan]",
      ]
    `);
    expect(report('orphan')).toEqual([]);
  });

  test('reports every problem of every file at once', () => {
    expect(report('many-problems')).toMatchInlineSnapshot(`
      [
        "content/term/first.mdx:3: description: is 10 characters; it must be 50 to 200: say what the term is in a full sentence [description/length]",
        "content/term/first.mdx:5: relatd: is not a known field; did you mean "related"? [field/unknown]",
        "content/term/second.mdx:6: related[0]: "second" is this entry itself; remove it [related/self]",
        "content/term/second.mdx:7: related[1]: "thirdd" is not an entry; use the file name of an existing entry [related/unknown]",
        "content/term/second.mdx:10: body: heading "Overview" is not a question; every H2 asks what its section answers, so end it with "?" [body/heading]",
      ]
    `);
  });

  test('errors on links and sources that are not web pages, site paths or e-mail addresses', () => {
    expect(codes('unsafe-links')).toEqual(['url/scheme@9', 'body/link-scheme@14', 'body/link-scheme@14', 'body/link-scheme@14']);
    expect(report('unsafe-links')).toMatchInlineSnapshot(`
      [
        "content/term/clickbait.mdx:9: sources[1].url: "javascript:alert(1)" must be an absolute http(s) URL [url/scheme]",
        "content/term/clickbait.mdx:14: body: link "javascript:alert(document.cookie)" is not a web page, a site path or a mailto: address; link https:// pages and entries (/<kind>/<slug>/) only [body/link-scheme]",
        "content/term/clickbait.mdx:14: body: link "data:text/html,hi" is not a web page, a site path or a mailto: address; link https:// pages and entries (/<kind>/<slug>/) only [body/link-scheme]",
        "content/term/clickbait.mdx:14: body: link "//evil.example/" is not a web page, a site path or a mailto: address; link https:// pages and entries (/<kind>/<slug>/) only [body/link-scheme]",
      ]
    `);
  });

  test('errors on an update dated before the first publication', () => {
    expect(codes('date-order')).toEqual(['date/order@5']);
    expect(report('date-order')).toMatchInlineSnapshot(`
      [
        "content/term/backdated.mdx:5: updated: "2026-11-02" is earlier than published; an entry cannot change before it first appears, so fix either date [date/order]",
      ]
    `);
  });

  test('errors on an illustration whose local file does not exist', () => {
    expect(codes('missing-image')).toEqual(['image/missing@6']);
    expect(report('missing-image')).toMatchInlineSnapshot(`
      [
        "content/term/pictured.mdx:6: image.src: "/images/no-such-chart.png" names no file (looked for public/images/no-such-chart.png); add the image or fix the path [image/missing]",
      ]
    `);
  });

  test('accepts a byte-order mark and CRLF line endings', () => {
    expect(report('editor-encoding')).toEqual([]);
    expect(report('editor-encoding', 'warning')).toEqual([]);
  });

  test('gives every kind of problem its own code and line', () => {
    // Each item of a list has its own line.
    expect(codes('many-problems')).toEqual(['description/length@3', 'field/unknown@5', 'related/self@6', 'related/unknown@7', 'body/heading@10']);
    expect(codes('unknown-related')).toEqual(['related/unknown@5']);
    expect(codes('impossible-date')).toEqual(['date/impossible@4']);
    expect(codes('bad-tex')).toEqual(['body/tex@9']);
  });

  test('summarises warnings past the first ten of a kind, and says how to list them all', () => {
    const problems = problemsOf('many-orphans');
    expect(problems).toHaveLength(12);
    const lines = formatReport(problems, 'tests/fixtures/many-orphans/content/').split('\n');
    expect(lines.filter((line) => line.includes('[entry/orphan]'))).toHaveLength(10);
    expect(lines.at(-2)).toBe('warning: ... and 2 more entry/orphan warnings; npm run check:content -- --all lists every one');
    expect(lines.at(-1)).toBe('0 errors, 12 warnings in tests/fixtures/many-orphans/content/');
    expect(formatReport(problems, 'content/', { allWarnings: true }).split('\n').filter((line) => line.includes('[entry/orphan]'))).toHaveLength(12);
  });

  test('every code has a fix in the README error table', () => {
    const readme = readFileSync(`${root}README.md`, 'utf8');
    const missing = Object.keys(problemCodes).filter((code) => !readme.includes(`| \`${code}\` |`));
    expect(missing).toEqual([]);
  });
});

describe('check results kept between builds', () => {
  let work: string;
  const keptFile = () => join(work, 'cache', 'glossary-check.json');
  const copyFixture = (fixture: string) => cpSync(`${root}tests/fixtures/${fixture}`, join(work, 'site'), { recursive: true });
  const check = (codeKey = 'code 1') => contentChecker(join(work, 'site'), { file: keptFile(), codeKey })(join(work, 'site', 'content'));
  const lines = (result: CheckResult) => sortProblems(result.problems).map(formatProblem);

  beforeEach(() => {
    work = mkdtempSync(join(tmpdir(), 'glossary-kept-check-'));
  });
  afterEach(() => rmSync(work, { recursive: true, force: true }));

  test('a later build uses the kept result of a file whose text is unchanged, and checks a changed file again', () => {
    copyFixture('valid');
    const first = check();
    // A kept result is trusted for its text: a problem planted in it shows that it, not a new check, was used.
    const kept = JSON.parse(readFileSync(keptFile(), 'utf8')) as { files: Record<string, { result: { problems: Problem[] } }> };
    const planted: Problem = { code: 'body/heading', file: 'content/term/delta.mdx', line: 1, field: 'body', message: 'planted' };
    kept.files['content/term/delta.mdx']!.result.problems.push(planted);
    writeFileSync(keptFile(), JSON.stringify(kept));
    expect(lines(check())).toEqual([formatProblem(planted)]);
    // The same entries as a first check: the text comes back from the file, the rest from the record.
    expect(check().entries).toEqual(first.entries);
    // Another code, or a changed text, and the file is checked again.
    expect(lines(check('code 2'))).toEqual([]);
    writeFileSync(keptFile(), JSON.stringify(kept));
    const delta = join(work, 'site/content/term/delta.mdx');
    writeFileSync(delta, readFileSync(delta, 'utf8').replace('## How is delta defined?', '## Delta'));
    expect(lines(check())).toEqual([expect.stringContaining('heading "Delta" is not a question')]);
  });

  test('an illustration is looked for on every build, though the text that names it is unchanged', () => {
    copyFixture('missing-image');
    expect(check().problems.map((problem) => problem.code)).toEqual(['image/missing']);
    mkdirSync(join(work, 'site/public/images'), { recursive: true });
    writeFileSync(join(work, 'site/public/images/no-such-chart.png'), 'png');
    expect(check().problems).toEqual([]);
  });

  test('forgets a deleted file', () => {
    copyFixture('valid');
    check();
    rmSync(join(work, 'site/content/term/vega.mdx'));
    check();
    expect(Object.keys((JSON.parse(readFileSync(keptFile(), 'utf8')) as { files: object }).files)).not.toContain('content/term/vega.mdx');
  });
});

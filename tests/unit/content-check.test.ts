import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { checkContentFolder } from '../../src/lib/content-check.ts';
import { formatProblem, isError, sortProblems } from '../../src/lib/problems.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** The check's report for a fixture site, one line per problem, as an author would read it. */
function report(fixture: string, severity: 'error' | 'warning' = 'error'): string[] {
  const { problems } = checkContentFolder(`${root}tests/fixtures/${fixture}/content`, `${root}tests/fixtures/${fixture}`);
  return sortProblems(problems.filter((problem) => isError(problem) === (severity === 'error'))).map(formatProblem);
}

describe('content check', () => {
  test('passes a valid site', () => {
    expect(report('valid')).toEqual([]);
    expect(report('valid', 'warning')).toEqual([]);
  });

  test('errors if a required field is missing', () => {
    expect(report('missing-field')).toMatchInlineSnapshot(`
      [
        "content/term/no-title.mdx: title: is required; add a line such as title: Impermanent Loss",
      ]
    `);
  });

  test('errors on an unknown key instead of dropping it, with a did-you-mean', () => {
    expect(report('unknown-key')).toMatchInlineSnapshot(`
      [
        "content/term/typo.mdx:5: relatd: is not a known field; did you mean "related"?",
      ]
    `);
  });

  test('errors if the description is out of range', () => {
    expect(report('description-length')).toMatchInlineSnapshot(`
      [
        "content/term/short.mdx:3: description: is 10 characters; it must be 50 to 200: say what the term is in a full sentence",
      ]
    `);
  });

  test('errors on an impossible date instead of rolling it over', () => {
    expect(report('impossible-date')).toMatchInlineSnapshot(`
      [
        "content/term/leap.mdx:4: published: "2024-02-30" is not a real calendar date",
      ]
    `);
  });

  test('errors on a related slug that is no entry, with a did-you-mean', () => {
    expect(report('unknown-related')).toMatchInlineSnapshot(`
      [
        "content/term/pool.mdx:5: related[0]: "impermanent-los" is not an entry; did you mean "impermanent-loss"?",
      ]
    `);
  });

  test('errors on a slug used by two kinds', () => {
    expect(report('duplicate-slug')).toMatchInlineSnapshot(`
      [
        "content/term/funding.mdx: file: the slug "funding" is taken by content/area/funding.mdx; slugs are unique across kinds, so rename one file",
      ]
    `);
  });

  test('errors on an entry relating to itself', () => {
    expect(report('self-related')).toMatchInlineSnapshot(`
      [
        "content/term/gamma.mdx:5: related[0]: "gamma" is this entry itself; remove it",
      ]
    `);
  });

  test('errors on a slug key, since the file name is the slug', () => {
    expect(report('slug-key')).toMatchInlineSnapshot(`
      [
        "content/term/vega.mdx:5: slug: is not a field: the file name is the slug ("vega"); remove the line, or rename the file",
      ]
    `);
  });

  test('errors on files the loader would skip: a .md file, a sub-folder, an unknown kind folder', () => {
    expect(report('skipped-files')).toMatchInlineSnapshot(`
      [
        "content/glossary: file: "glossary" is not a kind folder; use one of area, term, definition, or move its files there",
        "content/term/greeks: file: sub-folders are not read; move its entries up into content/term/",
        "content/term/rho.md: file: is not read by the site; rename it to rho.mdx",
      ]
    `);
  });

  test('errors on TeX that does not parse, with file and line', () => {
    expect(report('bad-tex')).toMatchInlineSnapshot(`
      [
        "content/term/convexity.mdx:9: body: TeX does not parse: Unexpected end of input in a macro argument, expected '}' at end of input: …V}{\\partial S^2",
      ]
    `);
  });

  test('errors on a price read as math', () => {
    expect(report('price-as-math')).toMatchInlineSnapshot(`
      [
        "content/term/premium.mdx:9: body: "$5 and that one $" reads as math because a $ directly before a digit opens a formula; write money as USD 5 or \\$5 (for a formula that starts with a number, brace it: \${5}...$)",
      ]
    `);
  });

  test('errors on a section heading that is not a question', () => {
    expect(report('not-a-question')).toMatchInlineSnapshot(`
      [
        "content/term/basis.mdx:7: body: heading "Overview" is not a question; every H2 asks what its section answers, so end it with "?"",
      ]
    `);
  });

  test('errors on a body link that leads nowhere', () => {
    expect(report('broken-link')).toMatchInlineSnapshot(`
      [
        "content/term/mark.mdx:9: body: link "/term/index-prise/" leads nowhere; did you mean "/definition/index-price/"?",
        "content/term/mark.mdx:9: body: link "/glossary/old/" is not an entry page; link entries as /<kind>/<slug>/",
      ]
    `);
  });

  test('errors on a redirect that collides with a page or another redirect', () => {
    expect(report('redirect-collision')).toMatchInlineSnapshot(`
      [
        "content/term/alpha.mdx:5: redirectFrom[0]: "/term/beta/" is the page of content/term/beta.mdx; a redirect cannot replace a real page, so remove it",
        "content/term/beta.mdx:5: redirectFrom[0]: "/term/old/" is also redirected by content/term/alpha.mdx; keep it in one entry only",
      ]
    `);
  });

  test('errors on MDX that does not parse, with file and line', () => {
    expect(report('bad-mdx')).toMatchInlineSnapshot(`
      [
        "content/term/angle.mdx:9: body: is not valid MDX: Unexpected character after \`<\`, expected a valid JSX tag (note: to create a link in MDX, use \`[text](url)\`); a literal < or { must be escaped as \\< or \\{",
      ]
    `);
  });

  test('warns about an entry no other entry reaches', () => {
    expect(report('orphan', 'warning')).toMatchInlineSnapshot(`
      [
        "warning: content/term/alpha.mdx: related: no other entry relates or links to this one; add it to the related list of an entry that should lead here",
      ]
    `);
    expect(report('orphan')).toEqual([]);
  });

  test('reports every problem of every file at once', () => {
    expect(report('many-problems')).toMatchInlineSnapshot(`
      [
        "content/term/first.mdx:3: description: is 10 characters; it must be 50 to 200: say what the term is in a full sentence",
        "content/term/first.mdx:5: relatd: is not a known field; did you mean "related"?",
        "content/term/second.mdx:5: related[0]: "second" is this entry itself; remove it",
        "content/term/second.mdx:5: related[1]: "thirdd" is not an entry; use the file name of an existing entry",
        "content/term/second.mdx:8: body: heading "Overview" is not a question; every H2 asks what its section answers, so end it with "?"",
      ]
    `);
  });
});

import { describe, expect, test } from 'vitest';
import { checkFiles } from '../../src/lib/content-check.ts';
import { lintEntries } from '../../src/lib/content-lint.ts';
import { formatProblem } from '../../src/lib/problems.ts';

const filler = (words: number, prefix: string) => Array.from({ length: words }, (_, index) => `${prefix}${index}`).join(' ');

function entryFile(slug: string, body: string, extra = '') {
  return {
    file: `content/term/${slug}.mdx`,
    kind: 'term' as const,
    slug,
    source: `---\ntitle: ${slug}\ndescription: A description of this entry long enough to pass the schema check.\npublished: 2026-11-01\n${extra}---\n\n${body}\n`,
  };
}

describe('the editorial lint', () => {
  test('asks for enough sections, words and sources', () => {
    const { entries } = checkFiles([entryFile('thin', '## What is it?\n\nToo little.')]);
    expect(lintEntries(entries).map(formatProblem)).toEqual([
      'content/term/thin.mdx: body: has 1 question sections; a term needs at least 3 [lint/sections]',
      'content/term/thin.mdx: body: has 2 words; an entry has 250 to 900: add the mechanism, an example or the caveats [lint/length]',
      'content/term/thin.mdx: sources: is empty; cite at least one source, primary where one exists [lint/sources]',
    ]);
  });

  test('finds a sentence repeated in another entry', () => {
    const shared = 'Funding transfers value between longs and shorts every eight hours on most venues.';
    const body = (slug: string) => `## What is ${slug}?\n\n${shared} ${filler(100, `X${slug}a`)}\n\n## Why?\n\n${filler(100, `X${slug}b`)}.\n\n## How?\n\n${filler(100, `X${slug}c`)}.`;
    const sources = 'sources:\n  - title: A paper\n    url: https://example.org/paper\n';
    const { entries } = checkFiles([entryFile('first', body('first'), sources), entryFile('second', body('second'), sources)]);
    expect(lintEntries(entries).map(formatProblem)).toEqual([
      'content/term/second.mdx:10: body: repeats a sentence that stands in content/term/first.mdx: "funding transfers value between longs and shorts every eight hours on most venue..."; say it once, or say it differently [lint/repeated-sentence]',
    ]);
  });
});

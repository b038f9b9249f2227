import { describe, expect, test } from 'vitest';
import { corpus } from '../../scripts/bench/corpus.ts';
import { checkFiles } from '../../src/lib/content-check.ts';
import { countWords } from '../../src/lib/markdown.ts';
import { formatProblem, isError } from '../../src/lib/problems.ts';
import type { Kind } from '../../src/lib/schema.ts';

describe('the benchmark corpus', () => {
  const files = corpus(200);

  test('is the same on every run', () => {
    expect(corpus(200)).toEqual(files);
  });

  test('follows the content contract: it passes the content check', () => {
    const sources = files.map((file) => {
      const [kind, name] = file.path.split('/') as [Kind, string];
      return { file: `content/${file.path}`, kind, slug: name.replace(/\.mdx$/, ''), source: file.text };
    });
    const { entries, problems } = checkFiles(sources);
    expect(problems.filter(isError).map(formatProblem)).toEqual([]);
    expect(entries).toHaveLength(200);
    const first = entries[0]!;
    expect(first.body.sections).toHaveLength(3);
    expect(countWords(first.body.sections[1]!.text)).toBeGreaterThan(100);
    expect(first.data.related).toHaveLength(5);
    expect(entries.filter((entry) => entry.body.formulas.length > 0)).toHaveLength(40);
    expect(entries.every((entry) => entry.body.links.length === 2)).toBe(true);
  });
});

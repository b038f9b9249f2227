import { describe, expect, test } from 'vitest';
import { countWords, readBody } from '../../src/lib/markdown.ts';

const source = `---
title: Example
---

## What is the formula?

Loss is $\\frac{2\\sqrt{r}}{1+r} - 1$ for a **50/50** pool — see [delta](/term/delta/).

$$
x \\cdot y = k
$$

## Which cases matter?

- a price rise
- a price fall
`;

describe('reading an entry body', () => {
  const body = readBody(source);

  test('splits the body into question sections at each H2, with file line numbers', () => {
    expect(body.sections.map((section) => [section.question, section.line])).toEqual([
      ['What is the formula?', 5],
      ['Which cases matter?', 13],
    ]);
  });

  test('gives each answer as plain text, with math as its TeX source', () => {
    expect(body.sections[0]!.text).toBe('Loss is \\frac{2\\sqrt{r}}{1+r} - 1 for a 50/50 pool — see delta.\n\nx \\cdot y = k');
    expect(body.sections[1]!.text).toBe('a price rise\na price fall');
  });

  test('keeps each answer as the author wrote it, for the Markdown twin', () => {
    expect(body.sections[0]!.markdown).toBe('Loss is $\\frac{2\\sqrt{r}}{1+r} - 1$ for a **50/50** pool — see [delta](/term/delta/).\n\n$$\nx \\cdot y = k\n$$');
  });

  test('collects links and formulas with their lines', () => {
    expect(body.links).toEqual([{ url: '/term/delta/', line: 7 }]);
    expect(body.formulas.map((formula) => [formula.display, formula.line])).toEqual([
      [false, 7],
      [true, 9],
    ]);
    expect(body.usesMdx).toBe(false);
  });

  test('flags a dollar sign directly before a digit', () => {
    const prices = readBody('## Cost?\n\nIt costs $5 and then $10 more.\n');
    expect(prices.formulas.map((formula) => formula.opensWithDigit)).toEqual([true]);
    const braced = readBody('## Scaling?\n\nIt scales as ${1}/\\sqrt{T}$.\n');
    expect(braced.formulas.map((formula) => formula.opensWithDigit)).toEqual([false]);
  });

  test('notices MDX syntax', () => {
    expect(readBody('## Q?\n\nA {1 + 1} here.\n').usesMdx).toBe(true);
  });

  test('counts words, not symbols', () => {
    expect(countWords('Impermanent loss — in a 50/50 pool, $x$ = 2.')).toBe(8);
  });
});

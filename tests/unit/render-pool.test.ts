import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { linkTarget } from '../../src/lib/autolink.ts';
import { markdownRenderer } from '../../src/lib/render.ts';
import { renderPool } from '../../src/lib/render-pool.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const targets = [linkTarget({ kind: 'term', slug: 'delta', title: 'Delta', aliases: [] }), linkTarget({ kind: 'term', slug: 'gamma', title: 'Gamma', aliases: [] })];
const bodies = Array.from({ length: 40 }, (_, index) => [
  `## What is case ${index}?`,
  '',
  `Delta and gamma move together: $\\Gamma = \\partial \\Delta / \\partial S$ and **${index}** in bold.`,
  '',
  index % 2 === 0 ? '$$\nV = \\frac{1}{2}\\Gamma S^2\n$$' : '- a list item\n- another',
  '',
].join('\n'));

describe('rendering bodies in worker threads', () => {
  test('gives what the main thread gives, each body its own answer, with many in flight on two workers', async () => {
    const onMainThread = await markdownRenderer(targets);
    const pooled = renderPool(root, targets, 2);
    const file = (index: number) => `${root}content/term/case-${index}.mdx`;
    const [expected, actual] = await Promise.all([
      Promise.all(bodies.map((body, index) => onMainThread(body, file(index)))),
      Promise.all(bodies.map((body, index) => pooled(body, file(index)))),
    ]);
    expect(actual).toEqual(expected);
    expect(actual[3]!.html).toContain('<a href="/term/delta/">Delta</a>');
    expect(actual[3]!.headings).toEqual([expect.objectContaining({ slug: 'what-is-case-3', text: 'What is case 3?' })]);
  });

  test('a body that cannot be rendered fails with the reason, and the worker goes on', async () => {
    const pooled = renderPool(root, targets, 1);
    await expect(pooled(undefined as unknown as string, `${root}content/term/broken.mdx`)).rejects.toThrow('A body could not be rendered');
    expect((await pooled('Plain text.', `${root}content/term/plain.mdx`)).html).toBe('<p>Plain text.</p>\n');
  });
});

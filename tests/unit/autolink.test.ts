import { describe, expect, test } from 'vitest';
import { linkableTextNodes, linkMatcher, linkMentions, type LinkTarget } from '../../src/lib/autolink.ts';
import { parseSource } from '../../src/lib/markdown.ts';

const targets: LinkTarget[] = [
  { slug: 'portfolio-margin', path: '/term/portfolio-margin/', names: ['Portfolio Margin', 'Portfolio Margining'] },
  { slug: 'portfolio-margin-calculation', path: '/term/portfolio-margin-calculation/', names: ['Portfolio Margin Calculation'] },
  { slug: 'impermanent-loss', path: '/definition/impermanent-loss/', names: ['Impermanent Loss', 'IL'] },
  { slug: 'delta', path: '/term/delta/', names: ['Delta'] },
  { slug: 'speed', path: '/term/speed/', names: ['Speed', 'DgammaDspot'] },
];
const matcher = linkMatcher(targets);
const links = (text: string, self = 'none', linked = new Set<string>()) =>
  linkMentions(text, matcher, linked, self).flatMap((segment) => ('target' in segment ? [`${segment.text}->${segment.target.slug}`] : []));

describe('auto-links', () => {
  test('link the first mention only, whatever its case', () => {
    expect(links('Impermanent loss grows; impermanent loss again; IL once more.')).toEqual(['Impermanent loss->impermanent-loss']);
  });

  test('prefer the longest name', () => {
    expect(links('The portfolio margin calculation uses a grid.')).toEqual(['portfolio margin calculation->portfolio-margin-calculation']);
  });

  test('match whole words only', () => {
    expect(links('Deltas, ILLIQUID markets and deltaic plains.')).toEqual([]);
    expect(links('Hedge the delta.')).toEqual(['delta->delta']);
  });

  test('link a name that is also an everyday word only as the entry writes it', () => {
    expect(links('The speed of a liquidation cascade, a beta launch.')).toEqual([]);
    expect(links('Speed is the third derivative.')).toEqual(['Speed->speed']);
    expect(links('The speed of it; then Speed, the Greek.')).toEqual(['Speed->speed']);
  });

  test('never link the entry to itself', () => {
    expect(links('Delta is the first Greek.', 'delta')).toEqual([]);
  });

  test('skip headings, links, code and math, and honour the off switch', () => {
    const root = parseSource(
      [
        '## What is delta?',
        '',
        'See [delta](/term/delta/) and `IL` and $IL$.',
        '',
        '{/* autolink off */}',
        '',
        'Impermanent loss here stays plain.',
        '',
        '{/* autolink on */}',
        '',
        'Portfolio margin is linked.',
      ].join('\n'),
    );
    const { textNodes, linkedSlugs } = linkableTextNodes(root);
    expect(textNodes.map((node) => node.value)).toEqual(['See ', ' and ', ' and ', '.', 'Portfolio margin is linked.']);
    // The explicit link counts as the first mention.
    expect([...linkedSlugs]).toEqual(['delta']);
  });

  test('leave ambiguous names unlinked', () => {
    const shared = linkMatcher([
      { slug: 'a', path: '/term/a/', names: ['Skew'] },
      { slug: 'b', path: '/term/b/', names: ['Skew'] },
    ]);
    expect(linkMentions('Skew matters.', shared, new Set(), 'x')).toEqual([{ text: 'Skew matters.' }]);
  });
});

/**
 * A deterministic synthetic corpus in the content contract, for the benchmark: entries of every kind, three
 * question sections of about 120 words each, math in a fifth of them, five related slugs and two body links
 * each. The same size always gives the same files, so runs compare.
 */
import type { Kind } from '../../src/lib/schema.ts';

export interface CorpusFile {
  /** Relative to the content folder: `term/bench-term-17.mdx`. */
  path: string;
  text: string;
}

/** mulberry32: a small, fast, seedable generator; quality is ample for filler text. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}

const nouns = ['margin', 'funding', 'volatility', 'liquidity', 'collateral', 'oracle', 'premium', 'spread', 'basis', 'hedge', 'exposure', 'skew', 'pool', 'vault', 'position', 'index', 'settlement', 'leverage', 'drawdown', 'tranche', 'curve', 'reserve', 'auction', 'buffer', 'rebate'];
const adjectives = ['implied', 'realised', 'cross', 'isolated', 'dynamic', 'perpetual', 'inverse', 'linear', 'concentrated', 'net', 'gross', 'forward', 'residual', 'systemic', 'tiered', 'synthetic', 'adaptive', 'weighted'];
const verbs = ['measures', 'offsets', 'amplifies', 'caps', 'transfers', 'absorbs', 'prices', 'rebalances', 'settles', 'limits', 'reflects', 'tracks'];
const fillers = ['the', 'a', 'each', 'every', 'its', 'that', 'this', 'any'];
const connectors = ['when', 'because', 'while', 'unless', 'after', 'before', 'as'];
const questionOpeners = ['How does', 'Why does', 'When does', 'What limits', 'Who bears', 'How is'];
const kinds: Kind[] = ['area', 'term', 'term', 'definition', 'definition'];

function pick<T>(next: () => number, items: readonly T[]): T {
  return items[Math.floor(next() * items.length)]!;
}

function sentence(next: () => number): string {
  const words = [pick(next, fillers), pick(next, adjectives), pick(next, nouns), pick(next, verbs), pick(next, fillers), pick(next, nouns), pick(next, connectors), pick(next, fillers), pick(next, adjectives), pick(next, nouns), pick(next, verbs)];
  const text = words.join(' ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

/** About `words` words of prose, in sentences of eleven. */
function paragraph(next: () => number, words: number): string {
  return Array.from({ length: Math.round(words / 11) }, () => sentence(next)).join(' ');
}

export function entryName(index: number): { kind: Kind; slug: string; title: string } {
  const kind = kinds[index % kinds.length]!;
  const next = random(index + 1);
  const title = `${pick(next, adjectives)} ${pick(next, nouns)} ${index}`.replace(/^\w/, (letter) => letter.toUpperCase());
  return { kind, slug: `bench-${kind}-${index}`, title };
}

export function corpus(size: number): CorpusFile[] {
  return Array.from({ length: size }, (_, index) => {
    const { kind, slug, title } = entryName(index);
    const next = random(1_000_003 * (index + 1));
    // Seven distinct other entries (fewer in a tiny corpus): five related, two linked from the body.
    const others = new Set<number>();
    while (others.size < Math.min(7, size - 1)) {
      const other = Math.floor(next() * size);
      if (other !== index) others.add(other);
    }
    const related = [...others].slice(0, 5).map((other) => entryName(other).slug);
    const linked = [...others].slice(5, 7).map((other) => entryName(other));
    const hasMath = index % 5 === 0;
    const sections = [0, 1, 2].map((section) => {
      const topic = `${pick(next, adjectives)} ${pick(next, nouns)}`;
      let body = paragraph(next, 120);
      if (section === 1 && linked.length > 0) body += ` See [${linked[0]!.title}](/${linked[0]!.kind}/${linked[0]!.slug}/) for the contrast.`;
      if (section === 2 && linked.length > 1) body += ` Compare [${linked[1]!.title}](/${linked[1]!.kind}/${linked[1]!.slug}/).`;
      if (hasMath && section === 0) body += `\n\nWith notional $N$ and rate $r_${index % 9}$, the payment is\n\n$$\nP = N \\cdot r \\cdot \\frac{\\Delta t}{365}\n$$`;
      return `## ${pick(next, questionOpeners)} ${title.toLowerCase()} affect the ${topic}?\n\n${body}`;
    });
    const description = `${title} ${pick(next, verbs)} the ${pick(next, adjectives)} ${pick(next, nouns)} of a position; a synthetic entry for the benchmark.`;
    const text = [
      '---',
      `title: ${title}`,
      `description: ${description}`,
      `related: [${related.join(', ')}]`,
      'published: 2026-01-01',
      'sources:',
      '  - title: Synthetic source',
      `    url: https://example.org/${slug}`,
      '---',
      '',
      sections.join('\n\n'),
      '',
    ].join('\n');
    return { path: `${kind}/${slug}.mdx`, text };
  });
}

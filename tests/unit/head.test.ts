import { describe, expect, test } from 'vitest';
import { headTags, pageTitle } from '../../src/lib/head.ts';

describe('head tags', () => {
  test('titles follow the reference pattern', () => {
    expect(pageTitle({ title: 'Delta', kindLabel: 'Term' })).toBe('Delta ⎊ Term ⎊ Greeks.live');
    expect(pageTitle({ title: 'Portfolio Impermanent Loss', kindLabel: 'Area', extra: 'Resource 1' })).toBe('Portfolio Impermanent Loss ⎊ Area ⎊ Resource 1');
    expect(pageTitle({})).toMatch(/^Greeks\.live ⎊ /);
  });

  test('give a canonical URL, a description, Open Graph and Twitter cards', () => {
    const tags = headTags({ title: 'Delta', kindLabel: 'Term', description: 'What delta is.', path: '/term/delta/', type: 'article' });
    const find = (key: string, value: string) => tags.find((tag) => tag.attributes[key] === value)?.attributes;
    expect(find('rel', 'canonical')).toEqual({ rel: 'canonical', href: 'https://term.greeks.live/term/delta/' });
    expect(find('name', 'description')?.['content']).toBe('What delta is.');
    expect(find('property', 'og:type')?.['content']).toBe('article');
    expect(find('property', 'og:title')?.['content']).toBe('Delta ⎊ Term ⎊ Greeks.live');
    expect(find('name', 'twitter:card')?.['content']).toBe('summary');
    expect(find('property', 'og:image')).toBeUndefined();
  });

  test('name the social card with its size, type and alt text, for Open Graph and a large Twitter card', () => {
    const image = { url: 'https://term.greeks.live/term/delta/card.png', width: 1200, height: 630, type: 'image/png', alt: 'Delta: term in the Greeks.live glossary' };
    const tags = headTags({ description: 'x', path: '/term/delta/', image });
    const content = (key: string, value: string) => tags.find((tag) => tag.attributes[key] === value)?.attributes['content'];
    expect(content('property', 'og:image')).toBe(image.url);
    expect(content('property', 'og:image:width')).toBe('1200');
    expect(content('property', 'og:image:height')).toBe('630');
    expect(content('property', 'og:image:type')).toBe('image/png');
    expect(content('property', 'og:image:alt')).toBe(image.alt);
    expect(content('name', 'twitter:image')).toBe(image.url);
    expect(content('name', 'twitter:image:alt')).toBe(image.alt);
    expect(content('name', 'twitter:card')).toBe('summary_large_image');
  });
});

test('a page kept out of search engines names no canonical address', () => {
  const tags = headTags({ title: 'Page not found', description: 'x', path: '/404/', noindex: true });
  expect(tags.find((tag) => tag.attributes['rel'] === 'canonical')).toBeUndefined();
  expect(tags.find((tag) => tag.attributes['name'] === 'robots')?.attributes['content']).toBe('noindex');
});

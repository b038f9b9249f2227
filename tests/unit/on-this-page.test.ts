import { describe, expect, test } from 'vitest';
import { onThisPage, onThisPageMinimum } from '../../src/lib/on-this-page.ts';

const heading = (depth: number, text: string, slug = text.toLowerCase().replace(/\W+/g, '-')) => ({ depth, text, slug });

describe('On this page', () => {
  test('lists nothing for an entry with fewer than four questions', () => {
    expect(onThisPageMinimum).toBe(4);
    expect(onThisPage([heading(2, 'One?'), heading(2, 'Two?'), heading(2, 'Three?'), heading(3, 'A detail')])).toEqual([]);
  });

  test('lists every question (H2) in order, with the id the heading has, and nothing else', () => {
    const headings = [heading(2, 'How is it priced?'), heading(3, 'A detail'), heading(2, 'Why does it peak?'), heading(2, 'Who uses it?'), heading(2, 'What “breaks”  it?', 'what-breaks-it')];
    expect(onThisPage(headings)).toEqual([
      { id: 'how-is-it-priced-', question: 'How is it priced?' },
      { id: 'why-does-it-peak-', question: 'Why does it peak?' },
      { id: 'who-uses-it-', question: 'Who uses it?' },
      { id: 'what-breaks-it', question: 'What “breaks” it?' },
    ]);
  });
});

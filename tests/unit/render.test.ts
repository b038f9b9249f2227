import { describe, expect, test } from 'vitest';
import { markdownProcessor, markdownRenderer, markdownSettings, questionLinkLabel } from '../../src/lib/render.ts';
import { parseHtml, elements, attribute, textOf, type HtmlNode } from '../support/html.ts';

const body = `## How is gamma calculated?

As the second derivative.

## What does “short gamma” mean?

Losing on big moves.

### A detail

More.

## How is gamma calculated?

Asked twice, linked apart.
`;

/** Each question's wrapper: the heading, then its link, side by side. */
function questions(html: string): { heading: HtmlNode; link: HtmlNode }[] {
  return elements(parseHtml(html), 'div')
    .filter((div) => attribute(div, 'className') === 'question')
    .map((div) => {
      const [heading, link] = (div.children ?? []).filter((child) => child.type === 'element');
      return { heading: heading!, link: link! };
    });
}

describe('question headings', () => {
  test('in a plain body, each H2 is followed by a link to its own id, named for what it does', async () => {
    const render = await markdownRenderer([]);
    const { html, headings } = await render(body, '/content/term/gamma.mdx');
    const found = questions(html);
    expect(found.map(({ heading }) => [heading.tagName, attribute(heading, 'id')])).toEqual([
      ['h2', 'how-is-gamma-calculated'],
      ['h2', 'what-does-short-gamma-mean'],
      ['h2', 'how-is-gamma-calculated-1'],
    ]);
    for (const { heading, link } of found) {
      expect(link.tagName).toBe('a');
      expect(attribute(link, 'href')).toBe(`#${attribute(heading, 'id')}`);
      expect(attribute(link, 'ariaLabel')).toBe(questionLinkLabel);
      // Its description is the question; the heading itself holds nothing but the question.
      expect(attribute(link, 'ariaDescribedBy')).toBe(attribute(heading, 'id'));
      expect(elements(heading, 'a')).toEqual([]);
      expect(textOf(link)).toBe('');
    }
    expect(textOf(found[1]!.heading)).toBe('What does “short gamma” mean?');
    // The headings the renderer reports carry the ids the page has, and the question's text alone.
    expect(headings.filter((heading) => heading.depth === 2)).toEqual([
      { depth: 2, slug: 'how-is-gamma-calculated', text: 'How is gamma calculated?' },
      { depth: 2, slug: 'what-does-short-gamma-mean', text: 'What does “short gamma” mean?' },
      { depth: 2, slug: 'how-is-gamma-calculated-1', text: 'How is gamma calculated?' },
    ]);
    // Other headings keep their ids and get no link.
    expect(html).toContain('<h3 id="a-detail">A detail</h3>');
  });

  test('the ids start afresh in each body', async () => {
    const render = await markdownRenderer([]);
    await render(body, '/content/term/gamma.mdx');
    expect((await render(body, '/content/term/vega.mdx')).headings[0]!.slug).toBe('how-is-gamma-calculated');
  });

  test('an MDX body compiles to the same heading, id and link', async () => {
    const renderer = await markdownProcessor(() => []).createMdxRenderer!(markdownSettings, { optimize: false });
    const { code } = await renderer.process(body, '/content/term/gamma.mdx', {});
    expect(code).toMatch(/_jsxs\(_components\.div, \{\s*class: "question",\s*children: \[_jsx\(_components\.h2, \{\s*id: "how-is-gamma-calculated"/);
    expect(code).toMatch(/_jsx\(_components\.a, \{\s*class: "question-link",\s*href: "#how-is-gamma-calculated",\s*"aria-label": "Link to this question",\s*"aria-describedby": "how-is-gamma-calculated"/);
    expect(code).toContain('"slug":"how-is-gamma-calculated-1"');
  });
});

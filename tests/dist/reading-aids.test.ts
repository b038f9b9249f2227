/** The entry pages' reading aids as built: "On this page", each question's link to itself, and "Cite this entry". */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { distFiles, pathOf, siteOrigin } from '../support/dist.ts';
import { attribute, elements, findAll, hasClass, jsonLdBlocks, parseHtml, textOf, type HtmlNode } from '../support/html.ts';

const entryPages = distFiles()
  .filter((file) => /\/(area|term|definition)\/[a-z0-9-]+\/index\.html$/.test(file))
  .map((file) => ({ path: pathOf(file), document: parseHtml(readFileSync(file, 'utf8')) }))
  .filter(({ document }) => !elements(document, 'meta').some((meta) => attribute(meta, 'httpEquiv') === 'refresh'));

/** Every element in document order, each with its parent. */
function elementsInOrder(document: HtmlNode): { node: HtmlNode; parent: HtmlNode | undefined }[] {
  const found: { node: HtmlNode; parent: HtmlNode | undefined }[] = [];
  const visit = (node: HtmlNode, parent: HtmlNode | undefined) => {
    if (node.type === 'element') found.push({ node, parent });
    for (const child of node.children ?? []) visit(child, node.type === 'element' ? node : parent);
  };
  visit(document, undefined);
  return found;
}

const childElements = (node: HtmlNode) => (node.children ?? []).filter((child) => child.type === 'element');
const byClass = (document: HtmlNode, name: string) => findAll(document, (node) => hasClass(node, name));
/** The body's questions: the H2s of the rendered body. */
const questionsOf = (document: HtmlNode) => elements(byClass(document, 'prose')[0]!, 'h2');

test('the built site has entries with and without "On this page"', () => {
  expect(entryPages.length).toBeGreaterThan(50);
  const withContents = entryPages.filter(({ document }) => questionsOf(document).length >= 4);
  expect(withContents.length).toBeGreaterThan(50);
  expect(withContents.length).toBeLessThan(entryPages.length);
});

describe('question headings', () => {
  test('every question has a link to itself beside it, with a name and no text, and nothing inside the heading', () => {
    const problems: string[] = [];
    for (const { path, document } of entryPages) {
      const order = elementsInOrder(document);
      const questions = questionsOf(document);
      expect(questions.length, path).toBeGreaterThan(0);
      for (const heading of questions) {
        const id = attribute(heading, 'id');
        const wrapper = order.find(({ node }) => node === heading)?.parent;
        const [first, link, ...rest] = wrapper ? childElements(wrapper) : [];
        const fine =
          id !== undefined &&
          wrapper !== undefined &&
          hasClass(wrapper, 'question') &&
          first === heading &&
          rest.length === 0 &&
          link?.tagName === 'a' &&
          attribute(link, 'href') === `#${id}` &&
          attribute(link, 'ariaLabel') === 'Link to this question' &&
          attribute(link, 'ariaDescribedBy') === id &&
          textOf(link) === '' &&
          elements(heading, 'a').length === 0;
        if (!fine) problems.push(`${path} ${id ?? textOf(heading)}`);
      }
    }
    expect(problems).toEqual([]);
  });
});

describe('On this page', () => {
  test('an entry with four or more questions opens with them, each linking the heading it names; a shorter one has none', () => {
    for (const { path, document } of entryPages) {
      const questions = questionsOf(document);
      const navigation = elements(document, 'nav').filter((nav) => attribute(nav, 'ariaLabelledBy') === 'on-this-page');
      if (questions.length < 4) {
        expect(navigation, path).toEqual([]);
        continue;
      }
      expect(navigation, path).toHaveLength(1);
      const [nav] = navigation as [HtmlNode];
      // Named by its visible label.
      const label = findAll(document, (node) => attribute(node, 'id') === 'on-this-page');
      expect(label.map(textOf), path).toEqual(['On this page']);
      const links = elements(nav, 'a');
      expect(links.map((link) => textOf(link)), path).toEqual(questions.map((heading) => textOf(heading)));
      for (const link of links) {
        // Every link resolves to exactly one element of the page: its question.
        const id = attribute(link, 'href')!.replace(/^#/, '');
        const targets = findAll(document, (node) => attribute(node, 'id') === id);
        expect(targets.map((node) => node.tagName), `${path} ${id}`).toEqual(['h2']);
      }
      // It comes after the lead and before the first question.
      const order = elementsInOrder(document).map(({ node }) => node);
      const lead = byClass(document, 'lead')[0]!;
      expect(order.indexOf(nav), path).toBeGreaterThan(order.indexOf(lead));
      expect(order.indexOf(nav), path).toBeLessThan(order.indexOf(questions[0]!));
    }
  });
});

/** The parts of the entry's JSON-LD Article these tests read. */
interface StructuredArticle {
  '@id': string;
  url: string;
  headline: string;
  datePublished: string;
  dateModified: string;
  author: { '@type': string; name: string };
  publisher: { '@type': string; name: string; url: string };
  isPartOf: { name: string };
}

describe('Cite this entry', () => {
  test('the citation, the dates the page shows and the JSON-LD Article state the same title, URL and dates', () => {
    for (const { path, document } of entryPages) {
      const url = `${siteOrigin}${path}`;
      const title = textOf(elements(document, 'h1')[0]!);
      const times = elements(byClass(document, 'dates')[0]!, 'time');
      const article = jsonLdBlocks(document).find((block) => block['@type'] === 'Article') as unknown as StructuredArticle;
      expect(article, path).toMatchObject({ '@id': url, url, headline: title, author: { '@type': 'Organization', name: 'Greeks.live' }, publisher: { '@type': 'Organization', name: 'Greeks.live', url: 'https://greeks.live/' } });
      expect(article.datePublished.slice(0, 10), path).toBe(attribute(times[0]!, 'dateTime'));
      expect(article.dateModified.slice(0, 10), path).toBe(attribute(times.at(-1)!, 'dateTime'));

      const section = findAll(document, (node) => node.tagName === 'section' && hasClass(node, 'citation'))[0]!;
      expect(textOf(findAll(document, (node) => attribute(node, 'id') === attribute(section, 'ariaLabelledBy'))[0]!), path).toBe('Cite this entry');
      const plain = textOf(findAll(section, (node) => attribute(node, 'id') === 'cite-plain')[0]!);
      const bibtex = textOf(findAll(section, (node) => attribute(node, 'id') === 'cite-bibtex')[0]!);
      expect(plain, path).toContain(`“${title}`);
      expect(plain, path).toContain(article.isPartOf.name);
      expect(plain.endsWith(` ${url}.`), path).toBe(true);
      // The dates in the same words as the dates line above it.
      for (const time of times) expect(plain, path).toContain(textOf(time));
      expect(bibtex, path).toMatch(new RegExp(`^@misc\\{greekslive-${path.split('/')[2]},\\n`));
      expect(bibtex, path).toContain(`\n  url = {${url}},\n`);
      expect(bibtex, path).toContain(`\n  year = {${article.dateModified.slice(0, 4)}},\n`);
      // A copy button for each, hidden until the page loader shows it, pointing at its text.
      const buttons = elements(section, 'button');
      expect(buttons.map((button) => [attribute(button, 'type'), attribute(button, 'dataCopy'), attribute(button, 'hidden') !== undefined, textOf(button)]), path).toEqual([
        ['button', 'cite-plain', true, 'Copy'],
        ['button', 'cite-bibtex', true, 'Copy'],
      ]);
    }
  });
});

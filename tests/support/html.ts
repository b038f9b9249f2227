/** Reading built HTML as a tree (with Sätteri's HTML parser, the engine the site renders with), not with regexes. */
import { htmlToHast } from 'satteri';

export interface HtmlNode {
  type: string;
  tagName?: string;
  value?: string;
  properties?: Record<string, unknown>;
  children?: HtmlNode[];
}

export function parseHtml(html: string): HtmlNode {
  return htmlToHast(html) as unknown as HtmlNode;
}

export function findAll(node: HtmlNode, match: (node: HtmlNode) => boolean): HtmlNode[] {
  const found: HtmlNode[] = [];
  const visit = (current: HtmlNode) => {
    if (match(current)) found.push(current);
    for (const child of current.children ?? []) visit(child);
  };
  visit(node);
  return found;
}

export function elements(node: HtmlNode, tagName: string): HtmlNode[] {
  return findAll(node, (candidate) => candidate.tagName === tagName);
}

export function textOf(node: HtmlNode): string {
  return node.type === 'text' ? (node.value ?? '') : (node.children ?? []).map(textOf).join('');
}

/** An attribute as text (the parser keeps `class` as a list). */
export function attribute(node: HtmlNode, name: string): string | undefined {
  const value = node.properties?.[name];
  if (value === undefined || value === null || value === false) return undefined;
  return Array.isArray(value) ? value.join(' ') : String(value);
}

export function hasClass(node: HtmlNode, name: string): boolean {
  return (attribute(node, 'className') ?? '').split(' ').includes(name);
}

/** The JSON-LD blocks of a page, parsed. */
export function jsonLdBlocks(document: HtmlNode): Record<string, unknown>[] {
  return elements(document, 'script')
    .filter((script) => attribute(script, 'type') === 'application/ld+json')
    .map((script) => JSON.parse(textOf(script)) as Record<string, unknown>);
}

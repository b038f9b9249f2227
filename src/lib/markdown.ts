/**
 * Reading an entry's source: one parse with Sätteri (the engine Astro renders with), from which come the
 * question sections, their plain text, the body's links and its mathematics. The FAQ JSON-LD, the Markdown
 * twin, the backlinks and the content check all read this, so they agree with the rendered page.
 */
import { mdxToMdast } from 'satteri';
import type { ChartUse } from './charts/index.ts';

/** The parts of an mdast node this module reads. */
export interface MarkdownNode {
  type: string;
  value?: string;
  url?: string;
  depth?: number;
  /** MDX JSX elements: the element's name (null for a fragment) and its attributes. */
  name?: string | null;
  attributes?: JsxAttributeNode[];
  children?: MarkdownNode[];
  position?: { start: { line: number; offset?: number }; end: { line: number; offset?: number } };
}

/** An attribute of an MDX JSX element: `name="text"`, `name={expression}`, a bare `name`, or a spread `{...x}`. */
export interface JsxAttributeNode {
  type: 'mdxJsxAttribute' | 'mdxJsxExpressionAttribute';
  name?: string;
  value?: string | null | { type: 'mdxJsxAttributeValueExpression'; value: string };
}

/** A JSX element in a body, as the content check reads it (chart components live here). */
export interface JsxElement {
  name: string;
  attributes: JsxAttributeNode[];
  /** A block of its own (flow), rather than inside a paragraph (text). */
  block: boolean;
  line: number;
  /** Where the element starts and ends in the file. */
  start: number;
  end: number;
}

export interface Section {
  /** The H2 text: a question such as "How is the funding payment calculated?". */
  question: string;
  /** The 1-based line of the H2 in the file. */
  line: number;
  /** The answer as the author wrote it, in Markdown (math as `$...$`). */
  markdown: string;
  /** The answer as plain text: no markup, math as its TeX source. */
  text: string;
  /** Where the answer starts and ends in the file. */
  start: number;
  end: number;
}

export interface BodyLink {
  url: string;
  line: number;
}

export interface MathFormula {
  tex: string;
  display: boolean;
  line: number;
  /** True when the opening `$` is directly followed by a digit: the usual sign of a price read as math. */
  opensWithDigit: boolean;
}

export interface ParsedBody {
  sections: Section[];
  /** Text before the first H2: it belongs to no question. */
  preamble: string;
  links: BodyLink[];
  formulas: MathFormula[];
  /** MDX in the body (JSX, expressions, imports): such entries need the MDX compiler. */
  usesMdx: boolean;
  /** Named JSX elements (components and HTML), in order. */
  elements: JsxElement[];
}

export const markdownFeatures = { math: true } as const;

/**
 * A section as the graph keeps it: its answer is not copied as Markdown but found in the body by its
 * offsets, which keeps Astro's content store (serialized into the build) small.
 */
export interface AnalysedSection extends Omit<Section, 'markdown' | 'start' | 'end'> {
  /** Where the answer starts and ends in the body (the file without its frontmatter). */
  start: number;
  end: number;
}

/** What the glossary graph needs of a body: computed from the check's one parse, and stored with the entry. */
export interface BodyAnalysis {
  sections: AnalysedSection[];
  /** The URLs the body links to, in order. */
  links: string[];
  hasMath: boolean;
  usesMdx: boolean;
  /**
   * The charts in the body, in order, with their offsets in the body (they become chart-1.svg, chart-2.svg...).
   * Absent when there are none, so plain entries, nearly all of them, store nothing more.
   */
  charts?: ChartUse[];
}

/** The analysis of a parsed file whose body starts `bodyOffset` characters into it (after the frontmatter). */
export function analyse(body: ParsedBody & { charts?: readonly ChartUse[] }, bodyOffset = 0): BodyAnalysis {
  const sections = body.sections.map(({ question, line, text, start, end }) => ({ question, line, text, start: start - bodyOffset, end: end - bodyOffset }));
  const analysis: BodyAnalysis = { sections, links: body.links.map((link) => link.url), hasMath: body.formulas.length > 0, usesMdx: body.usesMdx };
  if (body.charts && body.charts.length > 0) analysis.charts = body.charts.map((chart) => ({ ...chart, start: chart.start - bodyOffset, end: chart.end - bodyOffset }));
  return analysis;
}


/** Parse a whole `.mdx` file (frontmatter included, so line numbers are the file's). Throws on MDX syntax errors. */
export function parseSource(source: string): MarkdownNode {
  return mdxToMdast(source, { features: markdownFeatures }) as unknown as MarkdownNode;
}

const mdxNodeTypes = new Set(['mdxJsxFlowElement', 'mdxJsxTextElement', 'mdxFlowExpression', 'mdxTextExpression', 'mdxjsEsm']);

export function readBody(source: string, root: MarkdownNode = parseSource(source)): ParsedBody {
  const sections: Section[] = [];
  const preambleNodes: MarkdownNode[] = [];
  let current: { heading: MarkdownNode; nodes: MarkdownNode[] } | undefined;
  const flush = () => {
    if (!current) return;
    sections.push({
      question: plainText(current.heading).trim(),
      line: current.heading.position?.start.line ?? 0,
      ...sourceRange(current.nodes),
      markdown: sliceSource(source, current.nodes),
      text: blocksToText(current.nodes),
    });
  };
  for (const node of root.children ?? []) {
    if (node.type === 'yaml' || node.type === 'toml') continue;
    if (node.type === 'heading' && node.depth === 2) {
      flush();
      current = { heading: node, nodes: [] };
    } else if (current) {
      current.nodes.push(node);
    } else {
      preambleNodes.push(node);
    }
  }
  flush();

  const links: BodyLink[] = [];
  const formulas: MathFormula[] = [];
  const elements: JsxElement[] = [];
  let usesMdx = false;
  walk(root, (node) => {
    if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name) {
      elements.push({
        name: node.name,
        attributes: node.attributes ?? [],
        block: node.type === 'mdxJsxFlowElement',
        line: node.position?.start.line ?? 0,
        start: node.position?.start.offset ?? 0,
        end: node.position?.end.offset ?? 0,
      });
    }
    if (node.type === 'link' && node.url) links.push({ url: node.url, line: node.position?.start.line ?? 0 });
    if (node.type === 'math' || node.type === 'inlineMath') {
      const offset = node.position?.start.offset;
      formulas.push({
        tex: node.value ?? '',
        display: node.type === 'math',
        line: node.position?.start.line ?? 0,
        opensWithDigit: node.type === 'inlineMath' && offset !== undefined && /\$\d/.test(source.slice(offset, offset + 2)),
      });
    }
    if (mdxNodeTypes.has(node.type)) usesMdx = true;
  });
  return { sections, preamble: blocksToText(preambleNodes), links, formulas, usesMdx, elements };
}

export function walk(node: MarkdownNode, visit: (node: MarkdownNode) => void): void {
  visit(node);
  for (const child of node.children ?? []) walk(child, visit);
}

/** The text a reader would read aloud: math as its TeX, code as written, markup dropped. */
export function plainText(node: MarkdownNode): string {
  if (node.type === 'math' || node.type === 'inlineMath' || node.type === 'text' || node.type === 'inlineCode') {
    return node.value ?? '';
  }
  if (node.type === 'break') return ' ';
  if (node.type === 'code' || node.type === 'html' || node.type === 'mdxjsEsm') return '';
  return (node.children ?? []).map(plainText).join('');
}

const blockTypes = new Set(['paragraph', 'heading', 'list', 'listItem', 'blockquote', 'table', 'tableRow', 'math', 'code']);

/** Plain text of a run of blocks: one paragraph a block, one line a list item or table row. */
function blocksToText(nodes: readonly MarkdownNode[]): string {
  const parts: string[] = [];
  for (const node of nodes) {
    if (node.type === 'list' || node.type === 'table') {
      parts.push((node.children ?? []).map((item) => collapse(item.type === 'tableRow' ? rowText(item) : plainText(item))).join('\n'));
    } else if (blockTypes.has(node.type) || node.type.startsWith('mdx')) {
      const text = collapse(plainText(node));
      if (text) parts.push(text);
    }
  }
  return parts.join('\n\n');
}

function rowText(row: MarkdownNode): string {
  return (row.children ?? []).map((cell) => collapse(plainText(cell))).join(' | ');
}

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function sourceRange(nodes: readonly MarkdownNode[]): { start: number; end: number } {
  const start = nodes[0]?.position?.start.offset;
  const end = nodes.at(-1)?.position?.end.offset;
  return start === undefined || end === undefined ? { start: 0, end: 0 } : { start, end };
}

function sliceSource(source: string, nodes: readonly MarkdownNode[]): string {
  const start = nodes[0]?.position?.start.offset;
  const end = nodes.at(-1)?.position?.end.offset;
  return start === undefined || end === undefined ? '' : source.slice(start, end).trim();
}

/** Words in a text, as the length rules count them. */
export function countWords(text: string): number {
  return text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

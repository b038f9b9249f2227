/**
 * Auto-links, as an encyclopedia reader expects: the first mention of another entry's title or alias in an
 * entry's prose links to it. Whole words, case-insensitive, longest match first; never the entry itself;
 * never inside headings, links, code or math; an explicit link counts as the first mention. Authors can
 * switch it off for a passage with `{/* autolink off *\/}` ... `{/* autolink on *\/}`.
 */
import type { MdastPluginDefinition, PluginFactoryContext } from 'satteri';
import type { MarkdownNode } from './markdown.ts';
import { slugFromPath } from './graph.ts';

export interface LinkTarget {
  slug: string;
  path: string;
  /** The titles and aliases that name the entry. */
  names: readonly string[];
}

export interface LinkMatcher {
  pattern: RegExp | undefined;
  /** A lowercased name to its entry. */
  byName: ReadonlyMap<string, LinkTarget>;
}

export type Segment = { text: string } | { text: string; target: LinkTarget };

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** One case-insensitive pattern over every name, longest first, so "Portfolio Margin Calculation" beats "Portfolio Margin". */
export function linkMatcher(targets: readonly LinkTarget[]): LinkMatcher {
  const byName = new Map<string, LinkTarget>();
  for (const target of targets) {
    for (const name of target.names) {
      const key = name.toLowerCase();
      // A name two entries share is ambiguous: link neither rather than guess.
      if (byName.has(key) && byName.get(key) !== target) byName.set(key, { slug: '', path: '', names: [] });
      else byName.set(key, target);
    }
  }
  const names = [...byName.keys()].filter((name) => byName.get(name)!.slug !== '').sort((a, b) => b.length - a.length || a.localeCompare(b));
  const pattern = names.length === 0 ? undefined : new RegExp(`(?<![\\p{L}\\p{N}])(?:${names.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`, 'giu');
  return { pattern, byName };
}

/**
 * Split a run of prose into text and links: each target linked at its first mention only (tracked in
 * `linked`), and never `self`.
 */
export function linkMentions(text: string, matcher: LinkMatcher, linked: Set<string>, self: string): Segment[] {
  if (!matcher.pattern) return [{ text }];
  const segments: Segment[] = [];
  let last = 0;
  for (const match of text.matchAll(matcher.pattern)) {
    const target = matcher.byName.get(match[0].toLowerCase());
    if (!target || target.slug === self || linked.has(target.slug)) continue;
    linked.add(target.slug);
    if (match.index > last) segments.push({ text: text.slice(last, match.index) });
    segments.push({ text: match[0], target });
    last = match.index + match[0].length;
  }
  if (last < text.length) segments.push({ text: text.slice(last) });
  return segments;
}

/** Nodes whose text is not prose to link: headings, links, code, math, JSX. */
const skippedTypes = new Set(['heading', 'link', 'linkReference', 'inlineCode', 'code', 'math', 'inlineMath', 'html', 'mdxJsxFlowElement', 'mdxJsxTextElement', 'yaml', 'toml', 'definition', 'image']);

const switchPattern = /^\s*\/\*\s*autolink\s+(on|off)\s*\*\/\s*$/i;

/** The text nodes of a document that may take links, in reading order, honouring the off/on switches. */
export function linkableTextNodes(root: MarkdownNode): { textNodes: MarkdownNode[]; linkedSlugs: Set<string> } {
  const textNodes: MarkdownNode[] = [];
  const linkedSlugs = new Set<string>();
  let enabled = true;
  const visit = (node: MarkdownNode) => {
    if (node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') {
      const state = switchPattern.exec(node.value ?? '')?.[1];
      if (state) enabled = state.toLowerCase() === 'on';
      return;
    }
    if (node.type === 'link' && node.url) {
      const slug = slugFromPath(node.url);
      if (slug) linkedSlugs.add(slug);
    }
    if (skippedTypes.has(node.type)) return;
    if (node.type === 'text') {
      if (enabled) textNodes.push(node);
      return;
    }
    for (const child of node.children ?? []) visit(child);
  };
  visit(root);
  return { textNodes, linkedSlugs };
}

/**
 * The Sätteri plugin. `targets` is read when each document is compiled, so it can be filled after the
 * config is loaded (by the content check, which runs first).
 */
export function autolinkPlugin(targets: () => readonly LinkTarget[]) {
  let matcher: LinkMatcher | undefined;
  let matcherFor: readonly LinkTarget[] | undefined;
  return (context: PluginFactoryContext): MdastPluginDefinition => {
    const current = targets();
    if (matcherFor !== current) {
      matcher = linkMatcher(current);
      matcherFor = current;
    }
    const self = context.fileURL?.pathname.split('/').at(-1)?.replace(/\.mdx?$/, '') ?? '';
    return {
      name: 'glossary-autolink',
      before(root, visitor) {
        const { textNodes, linkedSlugs } = linkableTextNodes(root as unknown as MarkdownNode);
        // An entry may mention itself freely; its own names are never links.
        linkedSlugs.add(self);
        for (const node of textNodes) {
          const segments = linkMentions(node.value ?? '', matcher!, linkedSlugs, self);
          if (segments.length === 1 && !('target' in segments[0]!)) continue;
          visitor.replaceNode(
            node as never,
            segments.map((segment) =>
              'target' in segment
                ? { type: 'link', url: segment.target.path, title: null, children: [{ type: 'text', value: segment.text }] }
                : { type: 'text', value: segment.text },
            ) as never,
          );
        }
      },
    };
  };
}

/**
 * Auto-links, as an encyclopedia reader expects: the first mention of another entry's title or alias in an
 * entry's prose links to it. Whole words, case-insensitive, longest match first; never the entry itself;
 * never inside headings, links, code or math; an explicit link counts as the first mention. Authors can
 * switch it off for a passage with `{/* autolink off *\/}` ... `{/* autolink on *\/}`.
 */
import type { MdastPluginDefinition, PluginFactoryContext } from 'satteri';
import type { MarkdownNode } from './markdown.ts';
import { entryFromPath, entryPath } from './urls.ts';
import type { Kind } from './schema.ts';

export interface LinkTarget {
  slug: string;
  path: string;
  /** The titles and aliases that name the entry. */
  names: readonly string[];
}

/** An entry as auto-links see it: its page, and its title and aliases as the names that mention it. */
export function linkTarget(entry: { kind: Kind; slug: string; title: string; aliases: readonly string[] }): LinkTarget {
  return { slug: entry.slug, path: entryPath(entry.kind, entry.slug), names: [entry.title, ...entry.aliases] };
}

export interface LinkCandidate {
  /** The name, lowercased. */
  name: string;
  /** For a name that is also an everyday word, the only spelling that links (as the entry writes it). */
  exactly: string | undefined;
  wordCount: number;
  target: LinkTarget;
}

/** The names that start with one word: looked up by the text they would span, most words first. */
export interface CandidateGroup {
  /** The names' lengths in words, most first: the longest mention wins. */
  wordCounts: readonly number[];
  byName: ReadonlyMap<string, LinkCandidate>;
}

export interface LinkMatcher {
  /** Names by their first word: the candidates to try where that word starts. */
  byFirstWord: ReadonlyMap<string, CandidateGroup>;
}

/**
 * Entry names that are also ordinary English words in this field's prose ("the speed of a cascade", "a beta
 * launch"): they link only when written as the entry writes them (Speed, Beta), never in lowercase prose.
 */
const everydayWords = new Set(['speed', 'color', 'colour', 'beta', 'carry', 'roll', 'forward', 'long', 'short', 'spread', 'depth', 'volume', 'notional', 'maker', 'taker', 'hedge']);

export type Segment = { text: string } | { text: string; target: LinkTarget };

const wordPattern = /[\p{L}\p{N}]+/gu;

/** The words of a text with where they start and end. */
function wordsOf(text: string): { word: string; start: number; end: number }[] {
  return [...text.matchAll(wordPattern)].map((match) => ({ word: match[0].toLowerCase(), start: match.index, end: match.index + match[0].length }));
}

/**
 * The words of a text, lowercased, as matching sees them (the cache keys find mentions with the same words).
 * The same words as `wordsOf` finds, without their positions: every build reads every body this way.
 */
export function wordsIn(text: string): string[] {
  return (text.match(wordPattern) ?? []).map((word) => word.toLowerCase());
}

/**
 * An index of every name by its first word. Matching walks the words of a text once and tries only the
 * names that start with each word, so its cost does not grow with the size of the glossary (a single
 * pattern of ten thousand alternatives did).
 */
export function linkMatcher(targets: readonly LinkTarget[]): LinkMatcher {
  const byName = new Map<string, { target: LinkTarget | null; spelling: string }>();
  for (const target of targets) {
    for (const spelling of target.names) {
      const key = spelling.toLowerCase();
      const known = byName.get(key);
      // A name two entries share is ambiguous: link neither rather than guess.
      byName.set(key, { target: known && known.target !== target ? null : target, spelling });
    }
  }
  const byFirstWord = new Map<string, { wordCounts: number[]; byName: Map<string, LinkCandidate> }>();
  for (const [name, { target, spelling }] of byName) {
    const words = wordsOf(name);
    // Only names that begin and end with a letter or digit can be matched as whole words.
    if (!target || words.length === 0 || words[0]!.start !== 0 || words.at(-1)!.end !== name.length) continue;
    const group = byFirstWord.get(words[0]!.word) ?? { wordCounts: [] as number[], byName: new Map<string, LinkCandidate>() };
    group.byName.set(name, { name, exactly: words.length === 1 && everydayWords.has(name) ? spelling : undefined, wordCount: words.length, target });
    if (!group.wordCounts.includes(words.length)) group.wordCounts.push(words.length);
    byFirstWord.set(words[0]!.word, group);
  }
  for (const group of byFirstWord.values()) group.wordCounts.sort((a, b) => b - a);
  return { byFirstWord };
}

/**
 * Split a run of prose into text and links: each target linked at its first mention only (tracked in
 * `linked`), and never `self`. The longest name wins where names overlap, and a name that is not linked
 * (already linked, or the entry itself) still hides the shorter names inside it.
 */
export function linkMentions(text: string, matcher: LinkMatcher, linked: Set<string>, self: string): Segment[] {
  const words = wordsOf(text);
  // Most runs of prose name no entry: one cheap pass finds that out before any segment is made.
  if (!words.some(({ word }) => matcher.byFirstWord.has(word))) return [{ text }];
  const segments: Segment[] = [];
  let last = 0;
  for (let index = 0; index < words.length; index++) {
    const group = matcher.byFirstWord.get(words[index]!.word);
    if (!group) continue;
    const start = words[index]!.start;
    // The text each length of name would span is looked up, so a word that starts many names (as "implied"
    // may in a big glossary) costs a few lookups rather than a comparison with each of them.
    let found: LinkCandidate | undefined;
    for (const wordCount of group.wordCounts) {
      const end = words[index + wordCount - 1]?.end;
      if (end === undefined) continue;
      const written = text.slice(start, end);
      const candidate = group.byName.get(written.toLowerCase());
      if (candidate && (candidate.exactly === undefined || written === candidate.exactly)) {
        found = candidate;
        break;
      }
    }
    if (!found) continue;
    const end = start + found.name.length;
    index += found.wordCount - 1;
    const { target } = found;
    if (target.slug === self || linked.has(target.slug)) continue;
    linked.add(target.slug);
    if (start > last) segments.push({ text: text.slice(last, start) });
    segments.push({ text: text.slice(start, end), target });
    last = end;
  }
  if (last < text.length || segments.length === 0) segments.push({ text: text.slice(last) });
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
      const slug = entryFromPath(node.url)?.slug;
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

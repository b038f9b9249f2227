/**
 * The one Markdown configuration: Sätteri with GitHub-flavoured Markdown, math, auto-links, KaTeX and a
 * link from each question heading to itself.
 * astro.config.mjs hands the same processor to Astro, which compiles the bodies that use MDX with it;
 * plain-Markdown bodies (most entries) are rendered at page time by the very renderer Astro would make
 * from it, heading ids and all. Rendering at page time rather than in the content loader keeps HTML out
 * of Astro's data store, which is serialized into the build as JavaScript: at ten thousand entries that
 * cost more than the rendering itself.
 */
import { pathToFileURL } from 'node:url';
import { satteri, satteriHeadingIdsPlugin } from '@astrojs/markdown-satteri';
import type { MarkdownHeading } from 'astro';
import type { AstroMarkdownOptions } from '@astrojs/internal-helpers/markdown';
import type { HastPluginDefinition } from 'satteri';
import { autolinkPlugin, type LinkTarget } from './autolink.ts';
import { markdownFeatures } from './markdown.ts';
import { katexMathPlugin } from './math.ts';

/** Astro's own Markdown settings for the site; entries have no code to highlight. */
export const markdownSettings = { syntaxHighlight: false } as const satisfies AstroMarkdownOptions;

/** The accessible name of a question's link to itself; its description is the question. */
export const questionLinkLabel = 'Link to this question';

/**
 * Each question (H2) gets a link to itself, `<a class="question-link" href="#id">`, beside the heading rather
 * than inside it: the heading's name stays the question alone, and reading on, a screen reader says "Link to
 * this question" rather than the question a second time (the question is the link's description, which it
 * announces on focus). The link has no text of its own (CSS draws its mark), so the heading text Astro
 * records and search indexes is unchanged. Sätteri pipelines run Astro's heading-id plugin last; run first
 * here as well, it gives each heading the id the page ends with (its second run keeps the id).
 */
const questionLinksPlugin: HastPluginDefinition = {
  name: 'question-links',
  element: {
    filter: ['h2'],
    visit(heading, context) {
      const id = heading.properties['id'];
      if (typeof id !== 'string') return;
      context.wrapNode(heading, {
        type: 'element',
        tagName: 'div',
        properties: { className: ['question'] },
        children: [{ type: 'element', tagName: 'a', properties: { className: ['question-link'], href: `#${id}`, ariaLabel: questionLinkLabel, ariaDescribedBy: [id] }, children: [] }],
      });
    },
  },
};

/** The processor, over the names auto-links look for (read when each body is compiled). */
export function markdownProcessor(targets: () => readonly LinkTarget[]) {
  return satteri({
    features: markdownFeatures,
    mdastPlugins: [autolinkPlugin(targets), katexMathPlugin],
    hastPlugins: [satteriHeadingIdsPlugin(), questionLinksPlugin],
  });
}

/** A body rendered as HTML, with its headings (ids and text) as Astro records them for MDX bodies too. */
export interface RenderedMarkdown {
  html: string;
  headings: MarkdownHeading[];
}

/** A renderer over one set of link targets (the whole glossary's names), reused for every plain body. */
export async function markdownRenderer(targets: readonly LinkTarget[]): Promise<(body: string, filePath: string) => Promise<RenderedMarkdown>> {
  const renderer = await markdownProcessor(() => targets).createRenderer(markdownSettings);
  return async (body, filePath) => {
    // The file's URL tells the auto-link plugin which entry it is in, so the entry never links itself.
    const { code, metadata } = await renderer.render(body, { fileURL: pathToFileURL(filePath) });
    return { html: code, headings: metadata.headings };
  };
}

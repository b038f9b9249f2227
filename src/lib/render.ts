/**
 * Rendering a plain-Markdown entry body to HTML, at page time, with the plugins the MDX path uses:
 * auto-links, KaTeX, and heading ids made as Astro makes them (github-slugger), so both paths print the
 * same page. Doing it here rather than in the content loader keeps rendered HTML out of Astro's data
 * store, which is serialized into the build as JavaScript: at ten thousand entries that cost more than
 * the rendering itself.
 */
import { pathToFileURL } from 'node:url';
import GithubSlugger from 'github-slugger';
import { markdownToHtml, type HastPluginDefinition } from 'satteri';
import { autolinkPlugin, type LinkTarget } from './autolink.ts';
import { markdownFeatures } from './markdown.ts';
import { katexMathPlugin } from './math.ts';

/** Ids for h2 to h6, from their text, unique within the page. */
function headingIdsPlugin(): HastPluginDefinition {
  const slugger = new GithubSlugger();
  return {
    name: 'heading-ids',
    element: {
      filter: ['h2', 'h3', 'h4', 'h5', 'h6'],
      visit(node, context) {
        if (typeof node.properties?.['id'] !== 'string') context.setProperty(node, 'id', slugger.slug(context.textContent(node)));
      },
    },
  };
}

/** A renderer over one set of link targets (the whole glossary's names), reused for every entry. */
export function markdownRenderer(targets: readonly LinkTarget[]): (body: string, slug: string) => Promise<string> {
  const autolinks = autolinkPlugin(() => targets);
  return async (body, slug) => {
    // Synchronous with these plugins; typed as possibly a promise, since a plugin may be async.
    const result = await markdownToHtml(body, {
      features: { ...markdownFeatures, gfm: true, smartPunctuation: true, frontmatter: false },
      mdastPlugins: [autolinks, katexMathPlugin],
      hastPlugins: [headingIdsPlugin()],
      // The auto-link plugin knows the entry it is in from the file name.
      fileURL: pathToFileURL(`/entries/${slug}.mdx`),
    });
    return result.html;
  };
}

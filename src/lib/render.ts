/**
 * The one Markdown configuration: Sätteri with GitHub-flavoured Markdown, math, auto-links and KaTeX.
 * astro.config.mjs hands the same processor to Astro, which compiles the bodies that use MDX with it;
 * plain-Markdown bodies (most entries) are rendered at page time by the very renderer Astro would make
 * from it, heading ids and all. Rendering at page time rather than in the content loader keeps HTML out
 * of Astro's data store, which is serialized into the build as JavaScript: at ten thousand entries that
 * cost more than the rendering itself.
 */
import { pathToFileURL } from 'node:url';
import { satteri } from '@astrojs/markdown-satteri';
import type { AstroMarkdownOptions } from '@astrojs/internal-helpers/markdown';
import { autolinkPlugin, type LinkTarget } from './autolink.ts';
import { markdownFeatures } from './markdown.ts';
import { katexMathPlugin } from './math.ts';

/** Astro's own Markdown settings for the site; entries have no code to highlight. */
export const markdownSettings = { syntaxHighlight: false } as const satisfies AstroMarkdownOptions;

/** The processor, over the names auto-links look for (read when each body is compiled). */
export function markdownProcessor(targets: () => readonly LinkTarget[]) {
  return satteri({ features: markdownFeatures, mdastPlugins: [autolinkPlugin(targets), katexMathPlugin] });
}

/** A renderer over one set of link targets (the whole glossary's names), reused for every plain body. */
export async function markdownRenderer(targets: readonly LinkTarget[]): Promise<(body: string, filePath: string) => Promise<string>> {
  const renderer = await markdownProcessor(() => targets).createRenderer(markdownSettings);
  // The file's URL tells the auto-link plugin which entry it is in, so the entry never links itself.
  return async (body, filePath) => (await renderer.render(body, { fileURL: pathToFileURL(filePath) })).code;
}

// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import { katexMathPlugin } from './src/lib/math.ts';
import { autolinkPlugin, linkTarget } from './src/lib/autolink.ts';
import { contentDirectory, site } from './src/lib/site.ts';
import { entryPath } from './src/lib/urls.ts';
import { contentCheck } from './src/integrations/content-check.ts';
import { hostingFiles } from './src/integrations/hosting-files.ts';
import { searchIndex } from './src/integrations/search-index.ts';

/** @type {readonly import('./src/lib/content-check.ts').CheckedEntry[]} */
let checkedEntries = [];
/** Old paths that are redirects, not pages: the sitemap leaves them out. */
let redirectPaths = new Set();
/** Page path to its last change, for the sitemap's lastmod. */
const lastModified = new Map();
/** Every entry's names, for auto-links; filled by the content check before any page is compiled. */
/** @type {import('./src/lib/autolink.ts').LinkTarget[]} */
let linkTargets = [];

export default defineConfig({
  site: site.url,
  // Astro keeps loaded entries in a data store under cacheDir; a build of another content folder (a test
  // fixture, the benchmark corpus) gets a store of its own, so no entry leaks from one build into another.
  // GLOSSARY_CACHE names a cache folder outright (the reproducibility test builds from an empty one).
  cacheDir:
    process.env['GLOSSARY_CACHE'] ??
    (contentDirectory === './content' ? './node_modules/.astro' : `./node_modules/.astro/${contentDirectory.replace(/[^\w]+/g, '_')}`),
  trailingSlash: 'always',
  build: {
    // The site's stylesheet is small (about 2 KB gzipped): inlined, it costs no render-blocking request.
    inlineStylesheets: 'always',
    // Rendering a page is quick; writing it is not. Eight pages in flight keep the disk busy while the
    // next ones render (10,000 entries: about 30 s of page generation instead of 45 s at the default 1).
    concurrency: 8,
  },
  markdown: {
    processor: satteri({ features: { math: true }, mdastPlugins: [autolinkPlugin(() => linkTargets), katexMathPlugin] }),
  },
  integrations: [
    contentCheck((entries) => {
      checkedEntries = entries;
      redirectPaths = new Set(entries.flatMap((entry) => entry.data.redirectFrom));
      linkTargets = entries.map((entry) => linkTarget({ kind: entry.kind, slug: entry.slug, title: entry.data.title, aliases: entry.data.aliases }));
      for (const entry of entries) {
        const date = entry.data.updated ?? entry.data.published;
        lastModified.set(entryPath(entry.kind, entry.slug), date);
        // The home page and a section change whenever one of their entries does.
        for (const index of ['/', `/${entry.kind}/`]) if (!(lastModified.get(index) >= date)) lastModified.set(index, date);
      }
    }),
    mdx(),
    sitemap({
      // Redirect pages and the search page are not pages to list (endpoints such as the twins never are).
      filter: (url) => {
        const path = new URL(url).pathname;
        return path !== '/search/' && !redirectPaths.has(path);
      },
      serialize: (item) => {
        const path = new URL(item.url).pathname.replace(/resource\/\d+\/$/, '');
        const date = lastModified.get(path);
        return date ? { ...item, lastmod: date } : item;
      },
    }),
    searchIndex(),
    hostingFiles(() => checkedEntries.flatMap((entry) => entry.data.redirectFrom.map((from) => ({ from, to: entryPath(entry.kind, entry.slug) })))),
  ],
  vite: {
    build: {
      rolldownOptions: {
        onwarn(warning, warn) {
          // Astro's MDX output carries a "use astro:head-inject" directive that the bundler warns about for
          // every .mdx file; it is harmless (known upstream) and would bury real warnings.
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
});

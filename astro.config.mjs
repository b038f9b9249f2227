// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import { katexMathPlugin } from './src/lib/math.ts';
import { site } from './src/lib/site.ts';
import { contentCheck } from './src/integrations/content-check.ts';

export default defineConfig({
  site: site.url,
  trailingSlash: 'always',
  markdown: {
    processor: satteri({ features: { math: true }, mdastPlugins: [katexMathPlugin] }),
  },
  integrations: [contentCheck(), mdx()],
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

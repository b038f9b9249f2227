import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'zod';
import { entrySchema } from './lib/schema.ts';
import { datesToText } from './lib/frontmatter-dates.ts';
import { contentDirectory } from './lib/site.ts';

export const collections = {
  entries: defineCollection({
    // One folder per kind, no deeper: the content check reports any file this pattern would skip.
    loader: glob({ pattern: '*/*.mdx', base: contentDirectory }),
    schema: z.preprocess(datesToText, entrySchema),
  }),
};

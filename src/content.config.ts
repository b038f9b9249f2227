import { defineCollection } from 'astro:content';
import { z } from 'zod';
import { entrySchema } from './lib/schema.ts';
import { datesToText } from './lib/frontmatter-dates.ts';
import { contentDirectory } from './lib/site.ts';
import { entryLoader } from './lib/entry-loader.ts';

export const collections = {
  entries: defineCollection({
    // One folder per kind, no deeper: the content check reports any file the loader would skip.
    loader: entryLoader({ base: contentDirectory }),
    schema: z.preprocess(datesToText, entrySchema),
  }),
};

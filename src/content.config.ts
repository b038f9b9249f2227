import { defineCollection } from 'astro:content';
import { z } from 'zod';
import { entryFields } from './lib/schema.ts';
import { contentDirectory } from './lib/site.ts';
import { entryLoader, type StoredAnalysis } from './lib/entry-loader.ts';


export const collections = {
  entries: defineCollection({
    // The loader runs the content check, the one validation of every file (the schema below is not run
    // again): it gives the entries their types, with the body's analysis the check computed.
    loader: entryLoader({ base: contentDirectory }),
    schema: entryFields.extend({ analysis: z.custom<StoredAnalysis>() }),
  }),
};

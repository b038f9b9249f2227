import { defineCollection } from 'astro:content';
import { z } from 'zod';
import { entryFields } from './lib/schema.ts';
import { contentDirectory } from './lib/site.ts';
import { entryLoader, type StoredAnalysis } from './lib/entry-loader.ts';

export const collections = {
  entries: defineCollection({
    // The loader runs the content check, the one validation of every file: the schema gives the entries
    // their types, and is run only on an entry with a local illustration, whose file image() resolves into
    // Astro's image pipeline (the page then has its ImageMetadata; an https illustration stays a URL).
    loader: entryLoader({ base: contentDirectory }),
    schema: ({ image }) =>
      entryFields.extend({
        analysis: z.custom<StoredAnalysis>(),
        illustrationFile: z.string().optional(),
        image: entryFields.shape.image.unwrap().extend({ src: z.union([image(), z.string()]) }).optional(),
      }),
  }),
};

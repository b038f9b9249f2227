/**
 * The frontmatter of a glossary entry: the authors' interface. The same schema runs in the content
 * check (over every file, before Astro's build) and in `src/content.config.ts`, so the two never disagree.
 */
import { z } from 'zod';

/** The kinds of entry, each a folder under `content/` and a section of the site. */
export const kinds = ['area', 'term', 'definition'] as const;
export type Kind = (typeof kinds)[number];

/** How each kind is named in breadcrumbs, labels and titles. */
export const kindLabels: Record<Kind, string> = { area: 'Area', term: 'Term', definition: 'Definition' };

export function isKind(value: string): value is Kind {
  return (kinds as readonly string[]).includes(value);
}

/** A slug is the file name: lowercase words joined by single hyphens. */
export const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const descriptionLength = { min: 50, max: 200 } as const;

/** A calendar date written `YYYY-MM-DD` that exists: `2024-02-30` is refused, not rolled over to March. */
export const isoDate = z
  .string({ error: 'must be a date written YYYY-MM-DD' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'must be a date written YYYY-MM-DD' })
  .refine(isRealDate, { error: 'is not a real calendar date' });

export function isRealDate(text: string): boolean {
  const [year, month, day] = text.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

const nonEmptyText = z.string().trim().min(1, { error: 'must not be empty' });

/** A site path such as `/term/old-name/`: absolute, lowercase, ending in a slash. */
const sitePath = z
  .string()
  .regex(/^\/(?:[a-z0-9-]+\/)+$/, { error: 'must be a site path such as /term/old-name/ (lowercase, leading and trailing slash)' });

const webUrl = z.url({ protocol: /^https?$/, error: 'must be an absolute http(s) URL' });

export const entrySchema = z.strictObject({
  /** The term as readers know it; the page's one H1 and the first part of its `<title>`. */
  title: nonEmptyText,
  /**
   * A one-line definition in plain text, 50 to 200 characters: the lead under the title, the meta
   * description, the summary in every list and the text search shows.
   */
  description: z
    .string()
    .trim()
    .min(descriptionLength.min, { error: `must be at least ${descriptionLength.min} characters` })
    .max(descriptionLength.max, { error: `must be at most ${descriptionLength.max} characters` })
    .refine((text) => !/[`$\n]|\]\(|\*\*/.test(text), {
      error: 'must be plain text (no Markdown, math or line breaks)',
    }),
  /** Other names of the term (acronyms, synonyms); shown as "Also known as", searched, and auto-linked. Default: none. */
  aliases: z.array(nonEmptyText).default([]),
  /** Slugs of entries a reader should see next, in order; they lead the related list. Default: none. */
  related: z.array(z.string().regex(slugPattern, { error: 'must be an entry slug such as impermanent-loss' })).default([]),
  /** Old site paths that should lead here, each becoming a redirect. Default: none. */
  redirectFrom: z.array(sitePath).default([]),
  /** The day the entry was first published, `YYYY-MM-DD`. */
  published: isoDate,
  /** The day the entry last changed in substance, `YYYY-MM-DD`. Default: the published date. */
  updated: isoDate.optional(),
  /** A draft is checked but left out of the build. Default: false. */
  draft: z.boolean().default(false),
  /** An illustration: `src` (a site path or URL), required `alt` text, optional `caption`. Default: none. */
  image: z
    .strictObject({
      src: nonEmptyText,
      alt: nonEmptyText,
      caption: nonEmptyText.optional(),
    })
    .optional(),
  /** Where the facts come from, primary first: each a `title` and an absolute `url`. Default: none. */
  sources: z.array(z.strictObject({ title: nonEmptyText, url: webUrl })).default([]),
});

export type EntryData = z.output<typeof entrySchema>;
export const entryFields = Object.keys(entrySchema.shape);

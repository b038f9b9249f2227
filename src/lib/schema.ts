/**
 * The frontmatter of a glossary entry: the authors' interface. The content check validates every file
 * with it, once, in the content loader; `src/content.config.ts` takes the entry's types from it.
 */
import { z } from 'zod';

export { kinds, kindLabels, isKind, type Kind } from './kinds.ts';

/** A slug is the file name: lowercase words joined by single hyphens. */
export const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const descriptionLength = { min: 50, max: 200 } as const;

/** What to add when a required field is missing: the content check prints it after "is required". */
export const fieldHints: Readonly<Record<string, string>> = {
  title: 'add a line such as title: Impermanent Loss',
  description: `add a one-line definition of ${descriptionLength.min} to ${descriptionLength.max} characters`,
  published: 'add the first publication day, such as published: 2026-11-21',
};

const datePattern = /^\d{4}-\d{2}-\d{2}$/;

/** A calendar date written `YYYY-MM-DD` that exists: `2024-02-30` is refused, not rolled over to March. */
export const isoDate = z.iso.date({
  error: (issue) => (typeof issue.input === 'string' && datePattern.test(issue.input) ? 'is not a real calendar date' : 'must be a date written YYYY-MM-DD'),
});

const nonEmptyText = z.string().trim().min(1, { error: 'must not be empty' });

/** A site path such as `/term/old-name/`: absolute, lowercase, ending in a slash. */
const sitePath = z
  .string()
  .regex(/^\/(?:[a-z0-9-]+\/)+$/, { error: 'must be a site path such as /term/old-name/ (lowercase, leading and trailing slash)' });

const webUrl = z.url({ protocol: /^https?$/, error: 'must be an absolute http(s) URL' });

/** The fields of an entry, each checked on its own. */
export const entryFields = z.strictObject({
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
  /**
   * An illustration: `src` (a file in content/images/ named from the entry as `../images/smile.png`, a site
   * path under public/ such as `/images/smile.png`, or an https URL), required `alt` text, optional
   * `caption`. Shown under the body as a figure, and drawn on the social card when it is a local file. Default: none.
   */
  image: z
    .strictObject({
      src: z.union([webUrl, z.string().regex(/^(?:\/|\.{1,2}\/)[\w./-]+$/)], { error: 'must be an https URL, a site path such as /images/smile.png, or a path relative to this file' }),
      alt: nonEmptyText,
      caption: nonEmptyText.optional(),
    })
    .optional(),
  /** Where the facts come from, primary first: each a `title` and an absolute `url`. Default: none. */
  sources: z.array(z.strictObject({ title: nonEmptyText, url: webUrl })).default([]),
});

/** The frontmatter of an entry: its fields, and the rules between them. */
export const entrySchema = entryFields.refine((entry) => entry.updated === undefined || entry.updated >= entry.published, {
  path: ['updated'],
  error: 'is earlier than published; an entry cannot change before it first appears, so fix either date',
  // Checked whenever both dates are well formed, even if other fields have problems: every problem at once.
  when: (payload) => {
    const { published, updated } = (payload.value ?? {}) as { published?: unknown; updated?: unknown };
    return typeof published === 'string' && typeof updated === 'string' && datePattern.test(published) && datePattern.test(updated);
  },
});

export type EntryData = z.output<typeof entrySchema>;
export const fieldNames = Object.keys(entryFields.shape);
/** The fields of each nested object, for a did-you-mean on a nested key. */
export const nestedFields: Readonly<Record<string, readonly string[]>> = { image: ['src', 'alt', 'caption'], sources: ['title', 'url'] };

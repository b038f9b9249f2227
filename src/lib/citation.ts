/**
 * An entry's suggested citation. Its facts (title, author, site, URL, dates) are gathered once, by
 * `entryCitation`; the page prints them in two forms and its JSON-LD Article (lib/jsonld.ts) states them,
 * so the three always agree. The plain form follows the Chicago Manual of Style (17th edition, 14.206: a
 * web page, in the bibliography, with a corporate author); the BibTeX form is a @misc record. No access date:
 * a static page cannot know when it is read, so the reader adds one if their style wants it.
 */
import { longDate, updatedDate } from './dates.ts';
import type { GlossaryEntry } from './graph.ts';
import { site } from './site.ts';
import { absoluteUrl, homePath } from './urls.ts';

/** A person or organization with a home page. */
export interface Party {
  name: string;
  url: string;
}

export interface Citation {
  /** The BibTeX key: the site's name and the slug, as `greekslive-gamma`. */
  key: string;
  /** The entry's title, as its page heads it. */
  title: string;
  /** Entries are the site's, not signed by a person: the site is the (corporate) author. */
  author: Party;
  /** The website the entry belongs to: the glossary. */
  website: Party;
  publisher: Party;
  /** The entry's canonical URL. */
  url: string;
  published: Date;
  /** The last change in substance: the version the reader cites. */
  modified: Date;
}

export function entryCitation(entry: Pick<GlossaryEntry, 'slug' | 'title' | 'path' | 'published' | 'modified'>): Citation {
  const home = absoluteUrl(homePath);
  return {
    key: `${site.name.toLowerCase().replace(/[^a-z0-9]/g, '')}-${entry.slug}`,
    title: entry.title,
    author: { name: site.name, url: home },
    website: { name: site.glossaryName, url: home },
    publisher: { name: site.publisher.name, url: site.publisher.url },
    url: absoluteUrl(entry.path),
    published: entry.published,
    modified: entry.modified,
  };
}

/** A title or name on one line, as it is cited. */
function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Text closed with a period, unless it ends in its own stop. */
function closed(text: string): string {
  return /[.?!]$/.test(text) ? text : `${text}.`;
}

/** The dates as the citation states them, one sentence each: the update only when there was one. */
function dateSentences(citation: Citation): string[] {
  const updated = updatedDate(citation);
  return [`Published ${longDate(citation.published)}`, ...(updated ? [`Last modified ${longDate(updated)}`] : [])];
}

/**
 * `Greeks.live. “Gamma.” Greeks.live Glossary of Crypto Derivatives and DeFi Risk. Published November 21, 2026.
 * Last modified December 1, 2026. https://term.greeks.live/term/gamma/.` Chicago puts the period inside the
 * quotation marks unless the title ends in its own, and turns quotation marks within a title into single ones.
 */
export function citationText(citation: Citation): string {
  const title = oneLine(citation.title).replaceAll('“', '‘').replaceAll('”', '’').replaceAll('"', "'");
  return [closed(oneLine(citation.author.name)), `“${closed(title)}”`, closed(oneLine(citation.website.name)), ...dateSentences(citation).map(closed), closed(citation.url)].join(' ');
}

/**
 * Characters that mean something to BibTeX or LaTeX, as text commands. Braces become commands too (not `\{`),
 * because BibTeX counts every brace in a field, escaped or not: one stray brace would end the field early or
 * swallow the rest of the file.
 */
const bibtexReplacements: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '{': '\\textbraceleft{}',
  '}': '\\textbraceright{}',
  '#': '\\#',
  $: '\\$',
  '%': '\\%',
  '&': '\\&',
  _: '\\_',
  '~': '\\textasciitilde{}',
  '^': '\\textasciicircum{}',
  '<': '\\textless{}',
  '>': '\\textgreater{}',
};

/** Text made safe as the value of a braced BibTeX field: printed by LaTeX exactly as written. */
export function bibtexText(text: string): string {
  return oneLine(text).replace(/[\\{}#$%&_~^<>]/g, (character) => bibtexReplacements[character]!);
}

const bibtexMonths = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'] as const;

/**
 * A BibTeX @misc record. The author and title sit in double braces: the author is an organization (not a
 * surname and initials), and the title keeps its capitals in styles that lower-case titles. The year and
 * month are those of the version cited, the last change; the note gives both dates in words.
 */
export function citationBibtex(citation: Citation): string {
  const fields: [string, string][] = [
    ['author', `{{${bibtexText(citation.author.name)}}}`],
    ['title', `{{${bibtexText(citation.title)}}}`],
    ['howpublished', `{${bibtexText(citation.website.name)}}`],
    ['year', `{${citation.modified.getUTCFullYear()}}`],
    // A month macro, unbraced, as BibTeX styles expect it.
    ['month', bibtexMonths[citation.modified.getUTCMonth()]!],
    // The URL is the site's own (an origin and a slug): nothing in it needs escaping, and url fields are read verbatim.
    ['url', `{${citation.url}}`],
    ['note', `{${bibtexText(dateSentences(citation).join('. '))}}`],
  ];
  return [`@misc{${citation.key},`, ...fields.map(([name, value]) => `  ${name} = ${value},`), '}'].join('\n');
}

/** The two forms a page prints. */
export interface CitationTexts {
  plain: string;
  bibtex: string;
}

export function citationTexts(citation: Citation): CitationTexts {
  return { plain: citationText(citation), bibtex: citationBibtex(citation) };
}

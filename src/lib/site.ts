/**
 * The site's identity, in one place. Every title, URL, feed and JSON-LD node reads it from here.
 * `SITE_URL` may override the URL at build time (for a staging host); it must be absolute.
 */
export const site = {
  /** The name shown in titles, breadcrumbs, feeds and as the JSON-LD publisher. */
  name: 'Greeks.live',
  /** The glossary's own name, as the DefinedTermSet and the home page call it. */
  glossaryName: 'Greeks.live Glossary of Crypto Derivatives and DeFi Risk',
  /** One line on what the site is: the home page lead, its meta description and the feed's description. */
  tagline:
    'Precise definitions of crypto derivatives and DeFi risk terms, with the mathematics, worked examples and primary sources.',
  /** The absolute origin every canonical URL is built on, without a trailing slash. */
  url: (process.env['SITE_URL'] ?? 'https://term.greeks.live').replace(/\/+$/, ''),
  /** The organization that publishes the glossary. */
  publisher: {
    name: 'Greeks.live',
    url: 'https://greeks.live/',
  },
  /** The language of every page, for `<html lang>` and `inLanguage`. */
  language: 'en',
} as const;

/** The separator the reference site puts between the parts of a page title. */
export const titleSeparator = ' ⎊ ';

/**
 * The folder the entries are read from, relative to the project root. `GLOSSARY_CONTENT` points a build at
 * another folder: the tests' fixture sites and the benchmark's synthetic corpus.
 */
export const contentDirectory = process.env['GLOSSARY_CONTENT'] ?? './content';

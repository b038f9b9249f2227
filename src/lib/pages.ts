/**
 * What each entry-based page shows, computed once from the graph: the breadcrumbs, the head, the related
 * entries on the page and the JSON-LD. The HTML page and its Markdown twin both read this, so they agree.
 */
import { relatedOnPage, resourcePages, type Glossary, type GlossaryEntry, type ResourcePage } from './graph.ts';
import type { PageMeta } from './head.ts';
import { pageTitle } from './head.ts';
import { breadcrumbList, collectionDescription, collectionPage, definedTerm, definedTermSet, entryArticle, faqPage, organization, website, type Crumb } from './jsonld.ts';
import { citationTexts, entryCitation, type CitationTexts } from './citation.ts';
import { site } from './site.ts';
import { homePath, sectionPath } from './urls.ts';
import { kindLabels, kinds, type Kind } from './schema.ts';
import { card, cardImage, entryCard, type Card } from './cards/card.ts';

export interface EntryPage {
  entry: GlossaryEntry;
  meta: PageMeta;
  /** The social card: the entry's own, on its page and on its resource pages. */
  card: Card;
  crumbs: Crumb[];
  /** The related entries this page links to. */
  related: GlossaryEntry[];
  /** The first resource page, when the entry has more related entries than its page shows. */
  allRelatedPath: string | undefined;
  /** The JSON-LD objects of the page, in the reference pages' order. */
  structuredData: object[];
  /** The entry page's suggested citation, whose facts its JSON-LD Article states; resource pages have none. */
  citation?: CitationTexts;
}

export interface EntryResourcePage extends EntryPage {
  resource: ResourcePage;
  pageCount: number;
}

export function entryCrumbs(entry: GlossaryEntry): Crumb[] {
  return [
    { name: 'Home', path: homePath },
    { name: entry.kindLabel, path: sectionPath(entry.kind) },
    { name: entry.title, path: entry.path },
  ];
}

/** Each entry's page data, computed once: the HTML page and its Markdown twin both ask for it. */
const entryPages = new WeakMap<GlossaryEntry, EntryPage>();

export function entryPage(entry: GlossaryEntry): EntryPage {
  const known = entryPages.get(entry);
  if (known) return known;
  const page = buildEntryPage(entry);
  entryPages.set(entry, page);
  return page;
}

function buildEntryPage(entry: GlossaryEntry): EntryPage {
  const pageCard = entryCard(entry);
  const image = cardImage(pageCard);
  const meta: PageMeta = {
    title: entry.title,
    kindLabel: entry.kindLabel,
    description: entry.description,
    path: entry.path,
    image,
    type: 'article',
    published: entry.published,
    modified: entry.modified,
  };
  const crumbs = entryCrumbs(entry);
  const related = entry.related.slice(0, relatedOnPage);
  const citation = entryCitation(entry);
  const structuredData = [
    breadcrumbList(crumbs),
    faqPage(entry.sections),
    collectionPage({ headline: pageTitle(meta), description: collectionDescription(entry), path: entry.path, image, parts: related }),
    definedTerm(entry),
    entryArticle(citation, image),
  ].filter((item): item is NonNullable<typeof item> => item !== undefined);
  return { entry, meta, card: pageCard, crumbs, related, allRelatedPath: resourcePages(entry)[0]?.path, structuredData, citation: citationTexts(citation) };
}

const entryResourcePageLists = new WeakMap<GlossaryEntry, EntryResourcePage[]>();

/** Each entry's resource pages, computed once for the HTML pages and their twins. */
export function entryResourcePages(entry: GlossaryEntry): EntryResourcePage[] {
  const known = entryResourcePageLists.get(entry);
  if (known) return known;
  const pages = buildEntryResourcePages(entry);
  entryResourcePageLists.set(entry, pages);
  return pages;
}

/** An entry's resource page by its number (from 1). */
export function entryResourcePage(entry: GlossaryEntry, number: number): EntryResourcePage {
  const page = entryResourcePages(entry)[number - 1];
  if (!page) throw new Error(`${entry.path} has no resource page ${number}`);
  return page;
}

function buildEntryResourcePages(entry: GlossaryEntry): EntryResourcePage[] {
  const pages = resourcePages(entry);
  const { card: pageCard, meta: entryMeta } = entryPage(entry);
  return pages.map((resource) => {
    const extra = `Resource ${resource.number}`;
    const meta: PageMeta = {
      title: entry.title,
      kindLabel: entry.kindLabel,
      extra,
      description: entry.description,
      path: resource.path,
      image: entryMeta.image,
      type: 'website',
    };
    const crumbs = [...entryCrumbs(entry), { name: extra, path: resource.path }];
    const structuredData = [
      breadcrumbList(crumbs),
      collectionPage({ headline: pageTitle(meta), description: collectionDescription(entry), path: resource.path, image: entryMeta.image!, parts: resource.items }),
      definedTerm(entry),
    ];
    return { entry, meta, card: pageCard, crumbs, related: resource.items, allRelatedPath: undefined, structuredData, resource, pageCount: pages.length };
  });
}

const sectionIntroductions: Record<Kind, string> = {
  area: 'Areas are the broad subjects of the glossary; each one maps the terms and definitions that belong to it.',
  term: 'Terms are the named mechanisms, models and measures of derivatives and DeFi risk, each explained with its mathematics.',
  definition: 'Definitions are the short, precise meanings of the building blocks that the terms and areas rest on.',
};

export interface SectionPage {
  heading: string;
  meta: PageMeta;
  card: Card;
  crumbs: Crumb[];
  structuredData: object[];
}

/** A kind's index: every entry of that kind A to Z. */
export function sectionPage(kind: Kind, entries: readonly GlossaryEntry[]): SectionPage {
  const heading = `${kindLabels[kind]}s A to Z`;
  const path = sectionPath(kind);
  // The card leaves out the count, so adding an entry does not draw the section's card again.
  const sectionCard = card(path, { title: heading, label: 'Section', description: sectionIntroductions[kind] });
  const meta: PageMeta = { title: kindLabels[kind], description: `${sectionIntroductions[kind]} ${entries.length} in all.`, path, image: cardImage(sectionCard) };
  const crumbs = [
    { name: 'Home', path: homePath },
    { name: kindLabels[kind], path },
  ];
  const structuredData = [
    breadcrumbList(crumbs),
    collectionPage({ headline: pageTitle(meta), description: meta.description, path, image: meta.image!, parts: entries }),
  ];
  return { heading, meta, card: sectionCard, crumbs, structuredData };
}

/** How many entries the home page lists as recently updated. */
const recentCount = 8;

export interface HomePage {
  heading: string;
  meta: PageMeta;
  card: Card;
  recent: GlossaryEntry[];
  structuredData: object[];
}

const homeHeading = 'Crypto derivatives and DeFi risk, defined';
const homeCard = card(homePath, { title: homeHeading, label: 'Glossary', description: site.tagline });

export function homePage(glossary: Glossary): HomePage {
  return {
    heading: homeHeading,
    meta: { description: site.tagline, path: homePath, image: cardImage(homeCard) },
    card: homeCard,
    recent: glossary.recentlyUpdated.slice(0, recentCount),
    structuredData: [website(), organization(), definedTermSet()],
  };
}

/** Every card the site publishes, each once: the home page's, each section's and each entry's (resource pages reuse it). */
export function siteCards(glossary: Glossary): Card[] {
  // An entry's card is made alone: the rest of its page (structured data and all) is made only if rendered.
  return [homePage(glossary).card, ...kinds.map((kind) => sectionPage(kind, glossary.byKind[kind]).card), ...glossary.entries.map(entryCard)];
}

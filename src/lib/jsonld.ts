/**
 * schema.org JSON-LD, built by pure functions typed with schema-dts, in the shapes of the reference pages
 * (BreadcrumbList, FAQPage, CollectionPage with Article parts) plus the glossary vocabulary schema.org made
 * for this (DefinedTerm in a DefinedTermSet). Every URL is absolute and ends in a slash.
 */
import type { Article, BreadcrumbList, CollectionPage, DefinedTerm, DefinedTermSet, FAQPage, ImageObject, Organization, WebSite, WithContext } from 'schema-dts';
import type { GlossaryEntry } from './graph.ts';
import { cardImage, entryCard, type CardImage } from './cards/card.ts';
import type { Section } from './markdown.ts';

/** What the FAQ reads of a section: its question and its answer as plain text. */
type FaqSection = Pick<Section, 'question' | 'text'>;
import { site } from './site.ts';
import { absoluteUrl, homePath, searchPath } from './urls.ts';

export interface Crumb {
  name: string;
  path: string;
}

const context = 'https://schema.org' as const;
const organizationId = `${absoluteUrl(homePath)}#organization`;
const websiteId = `${absoluteUrl(homePath)}#website`;
export const definedTermSetId = `${absoluteUrl(homePath)}#glossary`;

export function breadcrumbList(crumbs: readonly Crumb[]): WithContext<BreadcrumbList> {
  return {
    '@context': context,
    '@type': 'BreadcrumbList',
    itemListElement: crumbs.map((crumb, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      name: crumb.name,
      item: absoluteUrl(crumb.path),
    })),
  };
}

/** One Question per question section; undefined when the page has none (an empty FAQPage is invalid). */
export function faqPage(sections: readonly FaqSection[]): WithContext<FAQPage> | undefined {
  if (sections.length === 0) return undefined;
  return {
    '@context': context,
    '@type': 'FAQPage',
    mainEntity: sections.map((section) => ({
      '@type': 'Question',
      name: section.question,
      acceptedAnswer: { '@type': 'Answer', text: section.text },
    })),
  };
}

/** An entry as a part of a collection page: the shape of the reference pages' `hasPart` items. */
export function articlePart(entry: GlossaryEntry): Article {
  const url = absoluteUrl(entry.path);
  return {
    '@type': 'Article',
    '@id': url,
    url,
    headline: entry.title,
    description: entry.description,
    datePublished: entry.published.toISOString(),
    dateModified: entry.modified.toISOString(),
    author: { '@type': 'Organization', name: site.name, url: absoluteUrl(homePath) },
    image: imageObject(cardImage(entryCard(entry))),
  };
}

/**
 * The reference pages' image shape: url, size in pixels and caption. schema-dts types a size as a Distance
 * text ("1200 px"); crawlers read a plain number as pixels, which is what the reference pages print.
 */
export function imageObject(image: CardImage): ImageObject {
  return { '@type': 'ImageObject', url: image.url, width: image.width, height: image.height, caption: image.alt } as unknown as ImageObject;
}

export interface CollectionPageInput {
  /** The page's full `<title>`. */
  headline: string;
  description: string;
  path: string;
  /** The page's social card. */
  image: CardImage;
  /** Exactly the related entries the reader sees linked on this page. */
  parts: readonly GlossaryEntry[];
}

export function collectionPage(input: CollectionPageInput): WithContext<CollectionPage> {
  return {
    '@context': context,
    '@type': 'CollectionPage',
    headline: input.headline,
    description: input.description,
    url: absoluteUrl(input.path),
    publisher: { '@type': 'Organization', name: site.publisher.name },
    image: imageObject(input.image),
    hasPart: input.parts.map(articlePart),
  };
}

/**
 * The collection page's description as the reference pages make it: the first section's facet, ` ⎊ `,
 * then the first two sentences of that section. Falls back to the entry's description.
 */
export function collectionDescription(entry: Pick<GlossaryEntry, 'sections' | 'description'>): string {
  const first = entry.sections[0];
  if (!first) return entry.description;
  return `${questionFacet(first.question)} ⎊ ${firstSentences(first.text, 2)}`;
}

/** "What is the Asset of Non-Recoverable Loss?" gives "Asset"; any other question is its own facet. */
export function questionFacet(question: string): string {
  const facet = /^What (?:is|are) the (.+?) of .+\?$/i.exec(question)?.[1];
  return facet ?? question.replace(/\?$/, '');
}

const sentenceSegmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

export function firstSentences(text: string, count: number): string {
  const firstParagraph = text.split('\n\n')[0] ?? '';
  return [...sentenceSegmenter.segment(firstParagraph)]
    .slice(0, count)
    .map((segment) => segment.segment.trim())
    .join(' ');
}

export function definedTerm(entry: GlossaryEntry): WithContext<DefinedTerm> {
  const url = absoluteUrl(entry.path);
  return {
    '@context': context,
    '@type': 'DefinedTerm',
    '@id': `${url}#term`,
    name: entry.title,
    description: entry.description,
    url,
    ...(entry.aliases.length > 0 ? { alternateName: entry.aliases } : {}),
    inDefinedTermSet: { '@type': 'DefinedTermSet', '@id': definedTermSetId, name: site.glossaryName, url: absoluteUrl(homePath) },
  };
}

export function definedTermSet(): WithContext<DefinedTermSet> {
  return {
    '@context': context,
    '@type': 'DefinedTermSet',
    '@id': definedTermSetId,
    name: site.glossaryName,
    description: site.tagline,
    url: absoluteUrl(homePath),
    publisher: { '@id': organizationId },
  };
}

export function organization(): WithContext<Organization> {
  return { '@context': context, '@type': 'Organization', '@id': organizationId, name: site.publisher.name, url: site.publisher.url };
}

export function website(): WithContext<WebSite> {
  return {
    '@context': context,
    '@type': 'WebSite',
    '@id': websiteId,
    name: site.glossaryName,
    url: absoluteUrl(homePath),
    inLanguage: site.language,
    publisher: { '@id': organizationId },
    potentialAction: {
      '@type': 'SearchAction',
      target: { '@type': 'EntryPoint', urlTemplate: `${absoluteUrl(searchPath)}?q={search_term_string}` },
      // schema-dts lacks Google's `query-input` property, which is what makes the template usable.
      ...({ 'query-input': 'required name=search_term_string' } as object),
    },
  };
}

/**
 * JSON for a `<script type="application/ld+json">`: `<` escaped so no text can close the element,
 * and `>`, `&` and the two JavaScript line separators escaped for good measure.
 */
export function serializeJsonLd(data: object, indent?: number): string {
  return JSON.stringify(data, null, indent)
    .replaceAll('<', '\\u003c')
    .replaceAll('>', '\\u003e')
    .replaceAll('&', '\\u0026')
    .replaceAll('\u2028', '\\u2028')
    .replaceAll('\u2029', '\\u2029');
}

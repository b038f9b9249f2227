/**
 * Social cards as data: what a page's card shows, where it is published, how it is laid out, and the key it
 * is cached under. Pure: lib/pages.ts derives each page's card from the page itself, the card route and the
 * head read that one value, and lib/cards/draw.ts turns the layout into a PNG.
 */
import { createHash } from 'node:crypto';
import { site } from '../site.ts';
import { absoluteUrl } from '../urls.ts';
import type { GlossaryEntry } from '../graph.ts';

/** Open Graph's recommended size: what X, Telegram, Discord and Slack show without cropping. */
export const cardSize = { width: 1200, height: 630 } as const;
export const cardType = 'image/png';

/** What a card shows, and nothing else: its cache key is a hash of exactly this. */
export interface CardContent {
  /** The large line: an entry's title, a section's heading, the home page's heading. */
  title: string;
  /** The small capitals over the title: the entry's kind, "Section", "Glossary". */
  label: string;
  /** Its start is shown under the title, cut with an ellipsis where it runs long. */
  description: string;
  /** A local illustration drawn beside the text: the absolute path of its file. */
  pictureFile?: string | undefined;
}

export interface Card {
  /** The site path of the PNG: beside the page, so `/term/delta/` has `/term/delta/card.png`. */
  path: string;
  content: CardContent;
  /** Text for og:image:alt and the ImageObject's caption: what the card says, in one line. */
  alt: string;
}

/** The site path of the card of the page at `pagePath` (which ends in a slash). */
export function cardPath(pagePath: string): string {
  return `${pagePath}card.png`;
}

export function card(pagePath: string, content: CardContent): Card {
  return { path: cardPath(pagePath), content, alt: `${content.title}: ${content.label.toLowerCase()} in the ${site.name} glossary` };
}

/**
 * An entry's card, the one its page, its resource pages and every list's JSON-LD part name. A local
 * illustration is its picture; an https one is not fetched at build, so that card has none.
 */
export function entryCard(entry: Pick<GlossaryEntry, 'path' | 'title' | 'kindLabel' | 'description' | 'illustration'>): Card {
  return card(entry.path, { title: entry.title, label: entry.kindLabel, description: entry.description, pictureFile: entry.illustration?.file });
}

/** A card as the head and the JSON-LD name it: absolute URL, size and type. */
export interface CardImage {
  url: string;
  width: number;
  height: number;
  type: string;
  alt: string;
}

export function cardImage(page: Card): CardImage {
  return { url: absoluteUrl(page.path), ...cardSize, type: cardType, alt: page.alt };
}

/**
 * The key a drawn card is kept under: a hash of what it shows (the picture by its bytes, not its path) and of
 * the renderer (layout code, font, libraries), so a change to either draws it again and nothing else does.
 */
export function cardKey(content: CardContent, renderer: string, pictureDigest?: string): string {
  const { pictureFile, ...shown } = content;
  const picture = pictureFile === undefined ? null : (pictureDigest ?? '');
  return createHash('sha256').update(JSON.stringify([renderer, shown, picture])).digest('hex').slice(0, 32);
}

/** The layout's measures, in pixels of the 1200 x 630 card. */
export const cardLayout = {
  padding: { top: 56, side: 72, bottom: 52 },
  /** The picture beside the text when the entry has a local illustration: a square, and the gap before it. */
  picture: 380,
  pictureGap: 48,
  /** Title sizes, largest first: a title takes the largest that fits in two lines, or the last in three. */
  titleSizes: [80, 72, 64, 56, 48],
  titleLineHeight: 1.12,
  descriptionSize: 32,
  descriptionLineHeight: 1.4,
} as const;

/**
 * Inter Bold's mean advance is about 0.56 em over English titles; the estimate only picks a size, and the
 * renderer wraps with the real metrics, clamped to the line count, so a wider title still cannot overflow.
 */
const boldAdvance = 0.58;

/** Words greedily on lines of at most `lineCharacters`; a word longer than a line is broken (as the renderer does). */
export function wrapWords(text: string, lineCharacters: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    let rest = word;
    while (rest.length > lineCharacters) {
      if (line) lines.push(line);
      lines.push(rest.slice(0, lineCharacters));
      rest = rest.slice(lineCharacters);
      line = '';
    }
    if (!line) line = rest;
    else if (line.length + 1 + rest.length <= lineCharacters) line += ` ${rest}`;
    else {
      lines.push(line);
      line = rest;
    }
  }
  if (line) lines.push(line);
  return lines;
}

export interface TitleFit {
  fontSize: number;
  /** The lines the title is clamped to: two at a large size, three at the smallest. */
  lines: number;
}

/** The title's size: the largest that fits in two lines of the text column, else the smallest in three (then an ellipsis). */
export function fitTitle(title: string, columnWidth: number): TitleFit {
  for (const fontSize of cardLayout.titleSizes) {
    if (wrapWords(title, Math.floor(columnWidth / (fontSize * boldAdvance))).length <= 2) return { fontSize, lines: 2 };
  }
  return { fontSize: cardLayout.titleSizes.at(-1)!, lines: 3 };
}

/** The width of the text column: the card less its margins, and less the picture when there is one. */
export function textColumnWidth(hasPicture: boolean): number {
  const full = cardSize.width - 2 * cardLayout.padding.side;
  return hasPicture ? full - cardLayout.picture - cardLayout.pictureGap : full;
}

/** A node of the tree satori draws: plain objects, never parsed from markup, so any text stays text. */
export interface CardNode {
  type: 'div' | 'img';
  props: { style: Record<string, string | number>; children?: string | CardNode[]; src?: string; width?: number; height?: number };
}

const colours = { text: '#1a1d21', muted: '#4a525c', accent: '#0b3d5c', surface: '#f3f5f7', background: '#ffffff' } as const;

/** Inter's subsets, each loaded as a family of its own that satori falls back through: a "Δ" or "ł" draws, not a box. */
export const cardFontSubsets = ['latin', 'latin-ext', 'greek'] as const;
export type CardFontSubset = (typeof cardFontSubsets)[number];

export function cardFontName(subset: CardFontSubset): string {
  return subset === 'latin' ? 'Inter' : `Inter ${subset}`;
}

function node(style: Record<string, string | number>, children?: string | CardNode[]): CardNode {
  return { type: 'div', props: children === undefined ? { style } : { style, children } };
}

/**
 * The card as a tree for satori: the site's name and the label on top, the title and the start of the
 * description in the middle, the site's host at the foot, and the picture (given as a data URL) on the right.
 */
export function cardTree(content: CardContent, pictureDataUrl?: string): CardNode {
  const hasPicture = pictureDataUrl !== undefined;
  const title = fitTitle(content.title, textColumnWidth(hasPicture));
  const { padding } = cardLayout;
  const text = node({ display: 'flex', flexDirection: 'column', flexGrow: 1, flexShrink: 1, minWidth: 0, justifyContent: 'center' }, [
    node({ fontSize: title.fontSize, fontWeight: 700, lineHeight: cardLayout.titleLineHeight, lineClamp: title.lines, wordBreak: 'break-word', color: colours.text }, content.title),
    node(
      { fontSize: cardLayout.descriptionSize, lineHeight: cardLayout.descriptionLineHeight, lineClamp: title.lines === 3 ? 2 : 3, wordBreak: 'break-word', color: colours.muted, marginTop: 28 },
      content.description,
    ),
  ]);
  const middle = node({ display: 'flex', flexGrow: 1, alignItems: 'center', minHeight: 0 }, [
    text,
    ...(hasPicture
      ? [
          {
            type: 'img' as const,
            props: { src: pictureDataUrl, width: cardLayout.picture, height: cardLayout.picture, style: { marginLeft: cardLayout.pictureGap, borderRadius: 16, objectFit: 'cover', flexShrink: 0 } },
          },
        ]
      : []),
  ]);
  return node(
    {
      width: cardSize.width,
      height: cardSize.height,
      boxSizing: 'border-box',
      display: 'flex',
      flexDirection: 'column',
      padding: `${padding.top}px ${padding.side}px ${padding.bottom}px`,
      borderTop: `16px solid ${colours.accent}`,
      background: colours.background,
      fontFamily: cardFontSubsets.map((subset) => `"${cardFontName(subset)}"`).join(', '),
      color: colours.text,
    },
    [
      node({ display: 'flex', justifyContent: 'space-between', alignItems: 'center', fontSize: 30, fontWeight: 700, color: colours.accent }, [
        node({}, `${site.name} Glossary`),
        node({ fontSize: 26, letterSpacing: 2, textTransform: 'uppercase', color: colours.muted }, content.label),
      ]),
      middle,
      node({ display: 'flex', fontSize: 26, color: colours.muted, paddingTop: 12, borderTop: `2px solid ${colours.surface}` }, new URL(site.url).host),
    ],
  );
}

/**
 * Entry previews, the parts that need no browser: which links get a preview, where the card goes, and how
 * long the pointer must rest. The page loader and the preview module (src/scripts/) both read it, so it
 * imports nothing but the entry paths.
 */
import { entryPathPattern } from './entry-paths.ts';

/** The parts of a URL (a `Location`, an `HTMLAnchorElement`, a `URL`) that say where a link leads. */
export interface Place {
  origin: string;
  pathname: string;
}

/**
 * Whether a link deserves a preview: it leads to an entry page on this site, and not to the page the reader is
 * on (its breadcrumb, or a link to one of its own sections).
 */
export function isPreviewable(link: Place, page: Place): boolean {
  return link.origin === page.origin && link.pathname !== page.pathname && entryPathPattern.test(link.pathname);
}

/**
 * Whether an event on a previewable link asks for its card: a mouse or pen over it (a touch never: a tap
 * follows the link), or focus that the browser shows as keyboard focus (a click's focus is not asking).
 */
export function asksForPreview(event: { type: string; pointerType?: string }, link: { matches(selector: string): boolean }): boolean {
  return event.pointerType ? event.pointerType !== 'touch' : link.matches(':focus-visible');
}

/** What a card shows, read from the entry's own page. */
export interface Preview {
  kind: string;
  title: string;
  description: string;
}

/** Where the card reads each part on an entry page (src/layouts/Entry.astro). */
export const previewSelectors: Record<keyof Preview, string> = {
  kind: '.entry__header .kind-label',
  title: '.entry__header h1',
  description: '.entry__header .lead',
};

/** A preview from a parsed entry page, or undefined for a page that is not one (a redirect, a 404). */
export function readPreview(page: { querySelector(selector: string): { textContent: string | null } | null }): Preview | undefined {
  const text = (part: keyof Preview) => page.querySelector(previewSelectors[part])?.textContent?.trim() ?? '';
  const preview = { kind: text('kind'), title: text('title'), description: text('description') };
  return preview.title && preview.description ? preview : undefined;
}

/** How long a pointer rests on a link before its card opens: long enough to pass over links, short enough to feel asked for. */
export const openDelay = 400;
/** A pointer that has rested this long will likely stay: the page is fetched now, so the card is ready when the open delay is over (Wikipedia's previews do the same). */
export const fetchDelay = 150;
/** How long a card stays after the pointer leaves its link or itself, so the pointer can cross the gap (WCAG 1.4.13: hoverable). */
export const closeDelay = 300;

export interface Box {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

export interface Placement {
  /** Viewport coordinates of the card's top left corner. */
  top: number;
  left: number;
  side: 'below' | 'above';
}

/**
 * Where a card of `size` goes for a link at `link` (both in viewport coordinates) in a `viewport`: under the
 * link, or over it when there is not room under it and there is more over it; never on the link itself;
 * aligned with the link's left edge but kept `margin` inside the screen's sides.
 */
export function placeCard(link: Box, size: { width: number; height: number }, viewport: { width: number; height: number }, gap = 6, margin = 8): Placement {
  const roomBelow = viewport.height - link.bottom - gap;
  const roomAbove = link.top - gap;
  const side = size.height > roomBelow && roomAbove > roomBelow ? 'above' : 'below';
  const top = side === 'below' ? link.bottom + gap : link.top - gap - size.height;
  const left = Math.max(margin, Math.min(link.left, viewport.width - margin - size.width));
  return { top, left, side };
}

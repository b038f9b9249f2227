/**
 * Previews of entries, in the browser: a card with the kind, title and description of the entry a link leads
 * to, when a mouse or pen rests on the link or keyboard focus lands on it (Wikipedia's page previews are the
 * model). The page loader imports this module on the first such intent and hands it that event.
 *
 * The card's text comes from the entry's own page, fetched when first wanted (same origin, so the CSP allows
 * it, and the click that often follows finds the page in the HTTP cache) and read with DOMParser; one fetch
 * per page, aborted when the reader moves on before it arrives. The card is a tooltip (WCAG 1.4.13): it is
 * described by the link while open, stays while the pointer is on the link or the card, and Escape closes
 * it without moving anything. It floats over the page (absolute, never in the flow), so nothing shifts.
 */
import previewStyles from '../styles/preview.css';
import { adoptStylesheet } from './stylesheets.ts';
import { asksForPreview, closeDelay, fetchDelay, openDelay, placeCard, isPreviewable, readPreview, type Preview } from '../lib/preview.ts';

const cardId = 'entry-preview';

/** Each entry page's preview, by path: fetched once, undefined for a page that is not an entry. */
const previews = new Map<string, Promise<Preview | undefined>>();

/** The link whose card is showing, and its own `aria-describedby` to restore when the card closes. */
let open: { link: HTMLAnchorElement; describedBy: string | null } | undefined;
/** The link a card is on its way for: the timers of its fetch and of its opening, and the fetch to abort. */
let coming: { link: HTMLAnchorElement; timers: number[]; fetching: AbortController } | undefined;
let closeTimer: number | undefined;
/** The link whose card Escape closed: it stays closed until the reader leaves the link. */
let dismissed: HTMLAnchorElement | undefined;
let card: HTMLElement | undefined;

function loadPreview(path: string, signal: AbortSignal): Promise<Preview | undefined> {
  let preview = previews.get(path);
  if (!preview) {
    preview = fetch(path, { signal })
      .then((response) => (response.ok ? response.text() : ''))
      .then((html) => readPreview(new DOMParser().parseFromString(html, 'text/html')));
    previews.set(path, preview);
    // An aborted or failed fetch is not an answer: the next intent tries again.
    preview.catch(() => previews.delete(path));
  }
  return preview;
}

function entryLink(target: EventTarget | null): HTMLAnchorElement | undefined {
  const link = target instanceof Element ? target.closest<HTMLAnchorElement>('a[href]') : null;
  return link && isPreviewable(link, location) ? link : undefined;
}

/** Whether the reader is still on the link: the pointer over it, or keyboard focus (a pointer's focus is not asking). */
function wanted(link: HTMLAnchorElement): boolean {
  return link !== dismissed && (link.matches(':hover') || link.matches(':focus-visible'));
}

function cancelComing(): void {
  if (!coming) return;
  for (const timer of coming.timers) clearTimeout(timer);
  coming.fetching.abort();
  coming = undefined;
}

function intend(link: HTMLAnchorElement, delay: number): void {
  clearTimeout(closeTimer);
  if (open?.link === link || coming?.link === link) return;
  cancelComing();
  const fetching = new AbortController();
  let preview: Promise<Preview | undefined> | undefined;
  const fetchPreview = () => (preview ??= loadPreview(link.pathname, fetching.signal));
  const openCard = () =>
    fetchPreview().then(
      (found) => {
        if (coming !== current) return;
        coming = undefined;
        if (found && wanted(link)) show(link, found);
      },
      () => undefined,
    );
  const current = { link, fetching, timers: [window.setTimeout(fetchPreview, Math.min(fetchDelay, delay)), window.setTimeout(openCard, delay)] };
  coming = current;
}

function line(className: string, text: string): HTMLElement {
  const paragraph = document.createElement('p');
  paragraph.className = className;
  // Text only: a title or description is shown as written, never read as markup.
  paragraph.textContent = text;
  return paragraph;
}

function cardElement(): HTMLElement {
  if (card) return card;
  adoptStylesheet(previewStyles);
  card = document.createElement('div');
  card.id = cardId;
  card.className = 'entry-preview';
  card.setAttribute('role', 'tooltip');
  card.hidden = true;
  // Inside the main landmark, where the links it describes are, so no content sits outside a landmark.
  (document.querySelector('main') ?? document.body).append(card);
  return card;
}

function show(link: HTMLAnchorElement, preview: Preview): void {
  close();
  const element = cardElement();
  element.replaceChildren(line('kind-label', preview.kind), line('entry-preview__title', preview.title), line('entry-preview__description', preview.description));
  element.hidden = false;
  const viewport = { width: document.documentElement.clientWidth, height: document.documentElement.clientHeight };
  const place = placeCard(link.getBoundingClientRect(), { width: element.offsetWidth, height: element.offsetHeight }, viewport);
  // CSSOM, not a style attribute: the card is placed in page coordinates, so it scrolls with its link.
  element.style.top = `${place.top + window.scrollY}px`;
  element.style.left = `${place.left + window.scrollX}px`;
  open = { link, describedBy: link.getAttribute('aria-describedby') };
  link.setAttribute('aria-describedby', [open.describedBy, cardId].filter(Boolean).join(' '));
}

function close(): void {
  clearTimeout(closeTimer);
  if (!open || !card) return;
  card.hidden = true;
  if (open.describedBy === null) open.link.removeAttribute('aria-describedby');
  else open.link.setAttribute('aria-describedby', open.describedBy);
  open = undefined;
}

/** Close after a grace period, unless by then the reader is back on the link (or still focused on it) or on the card. */
function closeSoon(): void {
  clearTimeout(closeTimer);
  closeTimer = window.setTimeout(() => {
    if (open && !wanted(open.link) && !card?.matches(':hover')) close();
  }, closeDelay);
}

function onPointerOver(event: PointerEvent): void {
  if (card?.contains(event.target as Node)) {
    clearTimeout(closeTimer);
    return;
  }
  const link = entryLink(event.target);
  if (link && link !== dismissed && asksForPreview(event, link)) intend(link, openDelay);
}

function onPointerOut(event: PointerEvent): void {
  const related = event.relatedTarget as Node | null;
  if (card?.contains(event.target as Node)) {
    if (!card.contains(related)) closeSoon();
    return;
  }
  const link = entryLink(event.target);
  // Moving between the parts of one link (its text and an inline formula, say) is not leaving it.
  if (!link || link.contains(related)) return;
  leave(link);
}

/** The reader left `link` (the pointer, or focus when `at once`): a card on its way is called off, an open one closes. */
function leave(link: HTMLAnchorElement, atOnce = false): void {
  if (link === dismissed) dismissed = undefined;
  if (coming?.link === link) cancelComing();
  if (open?.link === link) {
    if (atOnce) close();
    else closeSoon();
  }
}

function onFocusIn(event: FocusEvent): void {
  const link = entryLink(event.target);
  if (link && asksForPreview(event, link)) intend(link, 0);
}

function onFocusOut(event: FocusEvent): void {
  const link = entryLink(event.target);
  // A card the pointer still rests on stays, as it would for a mouse reader.
  if (link && !link.matches(':hover')) leave(link, true);
}

function onKeyDown(event: KeyboardEvent): void {
  if (event.key !== 'Escape' || !(open || coming)) return;
  dismissed = open?.link ?? coming?.link;
  cancelComing();
  close();
}

/** Take over from the page loader, starting with the event that loaded this module. */
export function start(event: Event): void {
  document.addEventListener('pointerover', onPointerOver);
  document.addEventListener('pointerout', onPointerOut);
  document.addEventListener('focusin', onFocusIn);
  document.addEventListener('focusout', onFocusOut);
  document.addEventListener('keydown', onKeyDown);
  // A new size can move the link from under its card.
  window.addEventListener('resize', close);
  if (event instanceof FocusEvent) onFocusIn(event);
  else if (event instanceof PointerEvent) onPointerOver(event);
}

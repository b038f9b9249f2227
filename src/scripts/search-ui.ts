/**
 * The search box, in the browser: results as the reader types, in a listbox under the header's search
 * field (the WAI-ARIA combobox pattern), and the full list on /search/. Loaded only when the reader
 * reaches for search (see scripts/page-loader.ts); the form works without it by going to /search/?q=.
 *
 * Why not Pagefind's Component UI: a glossary reader types a name, and the entry with that exact title or
 * alias must come first (lib/search-ranking.ts reorders Pagefind's results). The Component UI renders
 * Pagefind's order as it is and brings its own stylesheet; this module is smaller, takes the site's styles,
 * and keeps the one combobox the accessibility tests walk with a keyboard.
 */
import searchStyles from '../styles/search.css';
import { adoptStylesheet } from './stylesheets.ts';
import { relevantResults } from '../lib/search-ranking.ts';
import { kinds, kindLabels } from '../lib/kinds.ts';
import { sectionPath } from '../lib/urls.ts';

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
}

interface PagefindModule {
  options(options: object): Promise<void>;
  init(): Promise<void>;
  debouncedSearch(query: string, options?: object, delay?: number): Promise<{ results: { data(): Promise<PagefindResultData> }[] } | null>;
}

interface Hit {
  url: string;
  title: string;
  aliases: string | undefined;
  kind: string;
  excerpt: string;
}

/** How many results Pagefind's order is read for, so an exact name match is found even when it is not first. */
const candidateCount = 10;
const popupResultCount = 8;
const pageResultCount = 50;

let pagefindPromise: Promise<PagefindModule> | undefined;

function loadPagefind(): Promise<PagefindModule> {
  pagefindPromise ??= (async () => {
    // A runtime path, not a module the bundler can see: the index is written after the site is built.
    const pagefindPath = '/pagefind/pagefind.js';
    const pagefind = (await import(/* @vite-ignore */ pagefindPath)) as PagefindModule;
    await pagefind.options({ ranking: { metaWeights: { title: 10, aliases: 8, description: 1 } } });
    await pagefind.init();
    return pagefind;
  })();
  return pagefindPromise;
}

/** Search, with the exact-name promotion; `null` when a newer keystroke has superseded this one. */
async function search(query: string, kind: string, limit: number): Promise<Hit[] | null> {
  const pagefind = await loadPagefind();
  // A short debounce: enough to skip the keystrokes of a fast typist, too short for anyone to notice.
  const response = await pagefind.debouncedSearch(query, kind ? { filters: { kind } } : {}, 20);
  if (!response) return null;
  const data = await Promise.all(response.results.slice(0, Math.max(candidateCount, limit)).map((result) => result.data()));
  const hits = data.map((item) => ({
    url: item.url,
    title: item.meta['title'] ?? item.url,
    aliases: item.meta['aliases'],
    kind: item.filters['kind']?.[0] ?? '',
    excerpt: item.excerpt,
  }));
  return relevantResults(query, hits).slice(0, limit);
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Record<string, string> = {}, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  if (text !== undefined) node.textContent = text;
  return node;
}

/** One result's content: the title and kind as text (raw metadata), the excerpt as Pagefind's escaped HTML. */
function resultContent(hit: Hit, container: HTMLElement): void {
  const title = element('span', { class: 'search-result__title' }, hit.title);
  const kind = element('span', { class: 'kind-label' }, hit.kind);
  const excerpt = element('span', { class: 'search-result__excerpt' });
  excerpt.innerHTML = hit.excerpt;
  container.append(title, ' ', kind, excerpt);
}

function kindFilter(name: string, onChange: () => void): { fieldset: HTMLFieldSetElement; value: () => string } {
  const fieldset = element('fieldset', { class: 'search-filter' });
  fieldset.append(element('legend', { class: 'visually-hidden' }, 'Kind of entry'));
  // The filter's values are the kind labels the pages give Pagefind (data-pagefind-filter="kind").
  for (const kind of ['', ...kinds.map((name) => kindLabels[name])]) {
    const label = element('label');
    const radio = element('input', { type: 'radio', name, value: kind });
    if (kind === '') radio.checked = true;
    radio.addEventListener('change', onChange);
    label.append(radio, ` ${kind ? `${kind}s` : 'All'}`);
    fieldset.append(label);
  }
  const value = () => fieldset.querySelector<HTMLInputElement>('input:checked')?.value ?? '';
  return { fieldset, value };
}

function noResults(query: string): HTMLElement {
  const message = element('p', { class: 'search-empty' }, `No entry matches “${query}”. `);
  const browse = element('span', {}, 'Browse the A to Z of ');
  kinds.forEach((kind, index) => {
    browse.append(element('a', { href: sectionPath(kind) }, `${kindLabels[kind].toLowerCase()}s`), index < kinds.length - 2 ? ', ' : index === kinds.length - 2 ? ' or ' : '.');
  });
  message.append(browse);
  return message;
}

/** The header's search field as a combobox with a popup listbox of results. */
function startCombobox(input: HTMLInputElement): void {
  const form = input.form!;
  const listboxId = 'site-search-results';
  const popup = element('div', { class: 'search-popup', hidden: '' });
  const status = element('p', { class: 'search-status', role: 'status' });
  const listbox = element('ul', { id: listboxId, role: 'listbox', 'aria-label': 'Search results' });
  const filter = kindFilter('site-search-kind', () => void update());
  const all = element('a', { class: 'search-all' }, 'All results');
  popup.append(filter.fieldset, status, listbox, all);
  form.append(popup);
  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-controls', listboxId);
  input.setAttribute('aria-expanded', 'false');

  let options: HTMLElement[] = [];
  let active = -1;

  const setOpen = (open: boolean) => {
    popup.hidden = !open;
    input.setAttribute('aria-expanded', String(open));
    if (!open) setActive(-1);
  };
  const setActive = (index: number) => {
    options[active]?.setAttribute('aria-selected', 'false');
    active = index;
    const option = options[active];
    if (option) {
      option.setAttribute('aria-selected', 'true');
      input.setAttribute('aria-activedescendant', option.id);
      option.scrollIntoView({ block: 'nearest' });
    } else {
      input.removeAttribute('aria-activedescendant');
    }
  };

  async function update(): Promise<void> {
    const query = input.value.trim();
    if (!query) {
      setOpen(false);
      return;
    }
    const hits = await search(query, filter.value(), popupResultCount);
    if (hits === null || query !== input.value.trim()) return;
    listbox.replaceChildren();
    popup.querySelector('.search-empty')?.remove();
    options = hits.map((hit, index) => {
      const option = element('li', { id: `${listboxId}-${index}`, role: 'option', 'aria-selected': 'false', 'data-url': hit.url, class: 'search-result' });
      resultContent(hit, option);
      option.addEventListener('mousedown', (event) => event.preventDefault());
      option.addEventListener('click', () => window.location.assign(hit.url));
      return option;
    });
    listbox.append(...options);
    active = -1;
    input.removeAttribute('aria-activedescendant');
    status.textContent = hits.length === 0 ? '' : `${hits.length}${hits.length === popupResultCount ? ' or more' : ''} results`;
    if (hits.length === 0) listbox.before(noResults(query));
    all.href = `/search/?q=${encodeURIComponent(query)}`;
    all.hidden = hits.length === 0;
    // What the list now shows, for tests and for anyone debugging a stale list.
    listbox.dataset['query'] = query;
    listbox.dataset['kind'] = filter.value();
    setOpen(true);
  }

  input.addEventListener('input', () => void update());
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (popup.hidden) {
        void update();
        return;
      }
      event.preventDefault();
      if (options.length === 0) return;
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((active + step + options.length) % options.length);
    } else if (event.key === 'Enter' && active >= 0 && options[active]) {
      event.preventDefault();
      window.location.assign(options[active]!.dataset['url']!);
    } else if (event.key === 'Escape') {
      // Escape closes the list first (keeping the text, which the browser would clear), then clears.
      if (!popup.hidden) {
        event.preventDefault();
        setOpen(false);
      } else {
        input.value = '';
      }
    }
  });
  // Submit the query alone: the kind filter inside the form is for the list, not for the search page.
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    window.location.assign(`${form.action}?q=${encodeURIComponent(input.value.trim())}`);
  });
  form.addEventListener('focusout', (event) => {
    if (!form.contains(event.relatedTarget as Node | null)) setOpen(false);
  });
  input.addEventListener('focus', () => {
    if (input.value.trim() && popup.hidden) void update();
  });
  if (input.value.trim() && document.activeElement === input) void update();
}

/** The /search/ page: the full list of results for `?q=`, with a filter by kind. */
function startSearchPage(region: HTMLElement, input: HTMLInputElement): void {
  const query = new URLSearchParams(window.location.search).get('q')?.trim() ?? '';
  if (!input.value) input.value = query;
  const status = region.querySelector<HTMLElement>('[role="status"]')!;
  const list = region.querySelector<HTMLElement>('.search-page-results')!;
  const filter = kindFilter('search-page-kind', () => void show());
  region.querySelector('.search-fallback')?.remove();
  list.before(filter.fieldset);
  async function show(): Promise<void> {
    if (!query) {
      status.textContent = 'Type a term in the search box above.';
      return;
    }
    status.textContent = `Searching for “${query}”…`;
    const hits = await search(query, filter.value(), pageResultCount);
    if (hits === null) return;
    list.replaceChildren(
      ...hits.map((hit) => {
        const item = element('li', { class: 'search-result' });
        const link = element('a', { href: hit.url });
        resultContent(hit, link);
        item.append(link);
        return item;
      }),
    );
    region.querySelector('.search-empty')?.remove();
    status.textContent = hits.length === 0 ? '' : `${hits.length} result${hits.length === 1 ? '' : 's'} for “${query}”`;
    if (hits.length === 0) list.before(noResults(query));
    list.dataset['query'] = query;
    list.dataset['kind'] = filter.value();
  }
  void show();
}

let started = false;

export function start(): void {
  if (started) return;
  started = true;
  adoptStylesheet(searchStyles);
  const input = document.getElementById('site-search') as HTMLInputElement | null;
  if (!input) return;
  void loadPagefind();
  startCombobox(input);
  const page = document.getElementById('search-page');
  if (page) startSearchPage(page, input);
}

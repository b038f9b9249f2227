/**
 * The search box, in the browser: results as the reader types, in a listbox under the header's search
 * field (the WAI-ARIA combobox pattern), and the full list on /search/. Loaded only when the reader
 * reaches for search (see scripts/page-loader.ts); the form works without it by going to /search/?q=.
 *
 * Why not Pagefind's Component UI: a glossary reader types a name, often misspelt, and the entry it names
 * must come first. The names file is matched with slips forgiven (lib/name-matching.ts) and those entries
 * go ahead of Pagefind's full-text results (lib/search-ranking.ts); when nothing matches, the closest names
 * are offered. The Component UI renders Pagefind's order as it is and brings its own stylesheet; this module
 * is smaller, takes the site's styles, and keeps the one combobox the accessibility tests walk with a keyboard.
 *
 * On the 404 page it starts at once and offers the entries closest to the path the reader tried.
 */
import searchStyles from '../styles/search.css';
import { adoptStylesheet } from './stylesheets.ts';
import { mergeResults, type FullTextResults } from '../lib/search-ranking.ts';
import { closestEntries, matchNames, nameIndex, promotedMatches, queryFromPath, searchText, type NameIndex, type NameMatch } from '../lib/name-matching.ts';
import { readNamesFile, type NamesFile } from '../lib/search-names.ts';
import { kinds, kindLabels } from '../lib/kinds.ts';
import { searchNamesPath, sectionPath } from '../lib/urls.ts';

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
}

interface PagefindModule {
  options(options: object): Promise<void>;
  init(): Promise<void>;
  search(query: string, options?: object): Promise<PagefindResponse>;
  debouncedSearch(query: string, options?: object, delay?: number): Promise<PagefindResponse | null>;
}

interface PagefindResponse {
  results: { data(): Promise<PagefindResultData> }[];
}

interface Hit {
  url: string;
  title: string;
  kind: string;
  excerpt: string;
}

interface Found {
  hits: Hit[];
  /** The closest names, when nothing was found: "Did you mean ...?" */
  suggestions: NameMatch[];
  /** Whether a larger limit would find more than `hits`. */
  more: boolean;
}

/** How many results of Pagefind's order are read, so a name match is likely to find its excerpt among them. */
const candidateCount = 10;
const popupResultCount = 8;
/**
 * The search page reads results twenty at a time, "Show more results" reading the next twenty: each result's
 * excerpt is a fragment Pagefind fetches and decodes on the main thread, and fifty at once kept a phone busy
 * for a quarter of a second (Lighthouse's total blocking time) for results most readers never scroll to.
 */
const pageResultStep = 20;
const suggestionCount = 3;

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

let namesPromise: Promise<NameIndex> | undefined;

/** The names file, fetched once; without it, search still has Pagefind's results. */
function loadNames(): Promise<NameIndex> {
  namesPromise ??= fetch(searchNamesPath)
    .then((response) => (response.ok ? (response.json() as Promise<NamesFile>) : {}))
    .then((file) => nameIndex(readNamesFile(file)))
    .catch(() => nameIndex([]));
  return namesPromise;
}

async function fullTextHits(response: PagefindResponse, count: number): Promise<Hit[]> {
  const data = await Promise.all(response.results.slice(0, count).map((result) => result.data()));
  return data.map((item) => ({ url: item.url, title: item.meta['title'] ?? item.url, kind: item.filters['kind']?.[0] ?? '', excerpt: item.excerpt }));
}

/** Name matches first, then full-text results; `null` when a newer keystroke has superseded this one. */
async function search(query: string, kind: string, limit: number): Promise<Found | null> {
  const [pagefind, names] = await Promise.all([loadPagefind(), loadNames()]);
  const text = searchText(query);
  const options = kind ? { filters: { kind } } : {};
  // A short debounce: enough to skip the keystrokes of a fast typist, too short for anyone to notice.
  const response = await pagefind.debouncedSearch(text, options, 20);
  if (!response) return null;
  const count = Math.max(candidateCount, limit);
  const promoted = promotedMatches(matchNames(names, query).filter((match) => !kind || kindLabels[match.entry.kind] === kind));
  // A misspelt name finds little in full text, so the name meant is searched too, beside the query's own
  // results: it brings the entry's excerpt and the pages about what the reader meant, which go first.
  const meant = promoted[0]?.tier === 'typo' || promoted[0]?.tier === 'words' ? promoted[0].entry.title : undefined;
  const [queryHits, meantHits] = await Promise.all([fullTextHits(response, count), meant ? pagefind.search(meant, options).then((results) => fullTextHits(results, count)) : []]);
  const searches: FullTextResults<Hit>[] = [...(meant ? [{ query: meant, hits: meantHits }] : []), { query: text, hits: queryHits }];
  const nameHits = promoted.map(({ entry }) => ({ url: entry.path, title: entry.title, kind: kindLabels[entry.kind], excerpt: '' }));
  const merged = mergeResults(nameHits, searches);
  const hits = merged.slice(0, limit);
  const more = merged.length > limit || response.results.length > count;
  return { hits, more, suggestions: hits.length === 0 ? closestEntries(names, query, suggestionCount) : [] };
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

/** Links in a sentence: "A", "A or B", "A, B or C". */
function linkList(links: readonly { href: string; text: string }[]): (HTMLElement | string)[] {
  return links.flatMap(({ href, text }, index) => [...(index === 0 ? [] : [index === links.length - 1 ? ' or ' : ', ']), element('a', { href }, text)]);
}

function suggestionLinks(suggestions: readonly NameMatch[]): (HTMLElement | string)[] {
  return linkList(suggestions.map(({ entry }) => ({ href: entry.path, text: entry.title })));
}

/**
 * What a search that found nothing says, for a status region to announce, a line each: what was not found,
 * the closest names as links (if any are close), and the A to Z. Line breaks rather than blocks, so that it
 * fits in the status paragraph and costs every page no CSS.
 */
function noResults(query: string, suggestions: readonly NameMatch[]): (HTMLElement | string)[] {
  const lines: (HTMLElement | string)[][] = [[`No entry matches “${query}”.`]];
  if (suggestions.length > 0) lines.push(['Did you mean ', ...suggestionLinks(suggestions), '?']);
  lines.push(['Browse the A to Z of ', ...linkList(kinds.map((kind) => ({ href: sectionPath(kind), text: `${kindLabels[kind].toLowerCase()}s` }))), '.']);
  return lines.flatMap((line, index) => (index === 0 ? line : [element('br'), ...line]));
}

/** Show `found` in a status region: the count, or what to try instead. */
function announce(status: HTMLElement, query: string, found: Found, counted: string): void {
  if (found.hits.length > 0) status.textContent = counted;
  else status.replaceChildren(...noResults(query, found.suggestions));
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
    const found = await search(query, filter.value(), popupResultCount);
    if (found === null || query !== input.value.trim()) return;
    const hits = found.hits;
    listbox.replaceChildren();
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
    announce(status, query, found, `${hits.length}${hits.length === popupResultCount ? ' or more' : ''} results`);
    // An empty listbox is not shown: the status says what to try instead.
    listbox.hidden = hits.length === 0;
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

/** The /search/ page: the results for `?q=`, twenty at a time, with a filter by kind. */
function startSearchPage(region: HTMLElement, input: HTMLInputElement): void {
  const query = new URLSearchParams(window.location.search).get('q')?.trim() ?? '';
  if (!input.value) input.value = query;
  const status = region.querySelector<HTMLElement>('[role="status"]')!;
  const list = region.querySelector<HTMLElement>('.search-page-results')!;
  let limit = pageResultStep;
  const filter = kindFilter('search-page-kind', () => {
    limit = pageResultStep;
    void show();
  });
  const showMore = element('button', { type: 'button', class: 'search-more', hidden: '' }, 'Show more results');
  showMore.addEventListener('click', () => {
    const shown = list.children.length;
    limit += pageResultStep;
    // The button goes away under the reader's focus when the last results arrive, so focus moves to the
    // first new result, where reading goes on.
    void show().then(() => list.querySelectorAll('a')[shown]?.focus());
  });
  region.querySelector('.search-fallback')?.remove();
  list.before(filter.fieldset);
  list.after(showMore);
  async function show(): Promise<void> {
    if (!query) {
      status.textContent = 'Type a term in the search box above.';
      return;
    }
    if (list.children.length === 0) status.textContent = `Searching for “${query}”…`;
    const found = await search(query, filter.value(), limit);
    if (found === null) return;
    const hits = found.hits;
    showMore.hidden = !found.more;
    list.replaceChildren(
      ...hits.map((hit) => {
        const item = element('li', { class: 'search-result' });
        const link = element('a', { href: hit.url });
        resultContent(hit, link);
        item.append(link);
        return item;
      }),
    );
    announce(status, query, found, found.more ? `The first ${hits.length} results for “${query}”` : `${hits.length} result${hits.length === 1 ? '' : 's'} for “${query}”`);
    list.dataset['query'] = query;
    list.dataset['kind'] = filter.value();
  }
  void show();
}

/** The 404 page: the entries closest to the path the reader tried, in its status region. */
async function suggestForMissingPage(region: HTMLElement): Promise<void> {
  const suggestions = closestEntries(await loadNames(), queryFromPath(window.location.pathname), suggestionCount);
  if (suggestions.length === 0) return;
  const message = element('p', { class: 'lead' }, 'Were you looking for ');
  message.append(...suggestionLinks(suggestions), '?');
  region.replaceChildren(message);
}

let started = false;

export function start(): void {
  if (started) return;
  started = true;
  adoptStylesheet(searchStyles);
  const input = document.getElementById('site-search') as HTMLInputElement | null;
  if (!input) return;
  const missingPage = document.getElementById('page-suggestions');
  // The reader reached for search: fetch what it needs now. The 404 page starts this module on load for
  // its suggestions, which need only the names; there the full-text index waits for the search box.
  if (missingPage) {
    void suggestForMissingPage(missingPage);
    input.addEventListener('focus', () => void loadPagefind(), { once: true });
  } else {
    void loadPagefind();
    void loadNames();
  }
  startCombobox(input);
  const page = document.getElementById('search-page');
  if (page) startSearchPage(page, input);
}

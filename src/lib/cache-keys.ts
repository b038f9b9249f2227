/**
 * Cache keys for Astro's incremental build (`experimental.incrementalBuild`): a page whose key and code are
 * unchanged since the last build is copied from the cache instead of rendered. So a key must cover
 * everything the page shows: its own entry (the digest of its file), what it shows of every entry it lists
 * (title, description, kind, dates, image), the names its body may auto-link, and the facts every page shows
 * (the site's URL, the page loader). Each key is a hash of exactly those inputs, made here
 * alone; routes only return it.
 *
 * What a key need not cover, because Astro checks it beside the key: the page's code and everything it
 * imports (a hash of the module graph), the config, the lockfile, and the compiled MDX of an entry.
 */
import { createHash } from 'node:crypto';
import { wordsIn, type LinkTarget } from './autolink.ts';
import { relatedOnPage, type GlossaryEntry, type ResourcePage } from './graph.ts';

/** What every page shows whatever its entry. */
export interface SiteFacts {
  siteUrl: string;
  /** The inline page loader's hash: every page carries the loader, and the loader the modules' hashed paths. */
  loaderHash: string;
}

/** What a build knows of an entry beyond the graph: the digest of its file and the names its body mentions. */
export interface EntrySources {
  digest(entry: GlossaryEntry): string;
  /** The auto-link names the entry's text contains (see `mentionedNames`). */
  mentions(entry: GlossaryEntry): readonly MentionedName[];
}

function hash(facts: SiteFacts, shown: unknown): string {
  return createHash('sha256').update(JSON.stringify([facts, shown])).digest('base64url');
}

/** An entry as any list shows it: in related lists, the A to Z, JSON-LD parts and twins. */
export function listedEntry(entry: GlossaryEntry): unknown[] {
  return [entry.path, entry.title, entry.kindLabel, entry.description, entry.published.toISOString(), entry.modified.toISOString(), entry.data.image ?? null];
}

/**
 * An entry's page and its Markdown twin: the entry itself, the related entries on the page and how many
 * there are in all (the link to the resource pages), and the names the body may link.
 */
export function entryPageKey(facts: SiteFacts, sources: EntrySources, entry: GlossaryEntry): string {
  return hash(facts, [sources.digest(entry), entry.related.slice(0, relatedOnPage).map(listedEntry), entry.related.length, sources.mentions(entry)]);
}

/** A resource page of an entry and its twin: the entry's head and lead, and the page's share of the list. */
export function resourcePageKey(facts: SiteFacts, sources: EntrySources, entry: GlossaryEntry, resource: ResourcePage, pageCount: number): string {
  return hash(facts, [sources.digest(entry), resource.number, pageCount, resource.items.map(listedEntry)]);
}

/** A chart's standalone SVG: drawn from the entry's body alone. */
export function chartKey(facts: SiteFacts, sources: EntrySources, entry: GlossaryEntry, number: number): string {
  return hash(facts, [sources.digest(entry), number]);
}

/** A page that lists entries and nothing else of them: a section index, an old path's redirect page. */
export function listKey(facts: SiteFacts, name: string, entries: readonly GlossaryEntry[]): string {
  return hash(facts, [name, entries.map(listedEntry)]);
}

/** A page made from site-wide facts alone (a hosting file, a stylesheet): `shown` names what else it shows. */
export function siteKey(facts: SiteFacts, shown: unknown): string {
  return hash(facts, shown);
}

/** A name that auto-links, and every entry that claims it (two or more: it is ambiguous, and links none). */
export type MentionedName = readonly [name: string, spellingsAndPaths: readonly string[]];

/**
 * Which auto-link names a text may contain: a name can be linked only where all its words occur, so a body's
 * links depend on those names alone. Renaming an entry thus changes the keys of the entries that mention its
 * old or new name, not of every page. Names are found through their rarest word, so the cost grows with
 * the words of a body, not with the size of the glossary.
 */
export function mentionedNames(targets: readonly LinkTarget[]): (texts: readonly string[]) => MentionedName[] {
  const claims = new Map<string, string[]>();
  for (const target of targets) {
    for (const spelling of target.names) {
      const name = spelling.toLowerCase();
      const list = claims.get(name) ?? [];
      list.push(`${spelling} ${target.path}`);
      claims.set(name, list);
    }
  }
  const named = [...claims].map(([name, list]) => ({ name, words: [...new Set(wordsIn(name))], claims: list.sort() }));
  const frequency = new Map<string, number>();
  for (const { words } of named) for (const word of words) frequency.set(word, (frequency.get(word) ?? 0) + 1);
  const byRarestWord = new Map<string, typeof named>();
  for (const item of named) {
    const rarest = item.words.reduce<string | undefined>((best, word) => (best === undefined || frequency.get(word)! < frequency.get(best)! ? word : best), undefined);
    if (rarest === undefined) continue;
    const list = byRarestWord.get(rarest) ?? [];
    list.push(item);
    byRarestWord.set(rarest, list);
  }
  return (texts) => {
    const words = new Set(texts.flatMap(wordsIn));
    const found: MentionedName[] = [];
    for (const word of words) {
      for (const item of byRarestWord.get(word) ?? []) {
        if (item.words.every((other) => words.has(other))) found.push([item.name, item.claims]);
      }
    }
    return found.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  };
}

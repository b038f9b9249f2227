/**
 * The one module that reads the content collection. It builds the glossary graph from what the content
 * loader stored (the check's one parse of each body), once per build, and hands pages what they need;
 * routes never call getCollection. In `astro dev` the graph is built again whenever the stored content
 * changes, and a content error stored by the loader is thrown, so the browser shows it in the overlay.
 */
import { getCollection, render, type CollectionEntry } from 'astro:content';
import { AstroError } from 'astro/errors';
import { resolve } from 'node:path';
import { buildGlossary, resourcePages, type Glossary, type GlossaryEntry, type ResourcePage } from './graph.ts';
import { markdownRenderer, type RenderedMarkdown } from './render.ts';
import { readFileSync } from 'node:fs';
import { cacheDirectory, projectRoot } from 'virtual:glossary/cache';
import { problemsId, readLinkTargets, sectionTextsFile } from './entry-loader.ts';
import { isKind } from './schema.ts';
import { loaderHash } from 'virtual:glossary/scripts';
import { site } from './site.ts';
import { chartKey, entryPageKey, listKey, mentionedNames, resourcePageKey, siteKey, type EntrySources, type SiteFacts } from './cache-keys.ts';

interface Loaded {
  glossary: Glossary;
  renderMarkdown: (body: string, filePath: string) => Promise<RenderedMarkdown>;
  collectionEntries: ReadonlyMap<string, CollectionEntry<'entries'>>;
  sources: EntrySources;
  entryPageKeys: Map<GlossaryEntry, string>;
}

let loaded: { key: string; value: Promise<Loaded> } | undefined;

async function load(): Promise<Loaded> {
  // A build reads the collection once; dev reads it on every request and rebuilds when an entry changed.
  if (loaded && !import.meta.env.DEV) return loaded.value;
  const entries = await getCollection('entries');
  const problems = entries.find((entry) => entry.id === problemsId);
  if (problems) {
    const lines = (problems.data as unknown as { lines: string[] }).lines;
    throw new AstroError(`The content check found ${lines.length === 1 ? 'a problem' : `${lines.length} problems`}:\n${lines.join('\n')}`, 'Fix each line; the page comes back as soon as the file is saved.');
  }
  const key = import.meta.env.DEV ? entries.map((entry) => `${entry.id}:${entry.digest ?? ''}`).join('\n') : '';
  if (loaded?.key !== key) loaded = { key, value: loadGlossary(entries) };
  return loaded.value;
}

export async function getGlossary(): Promise<Glossary> {
  return (await load()).glossary;
}

async function loadGlossary(entries: CollectionEntry<'entries'>[]): Promise<Loaded> {
  const collectionEntries = new Map<string, CollectionEntry<'entries'>>();
  const texts = JSON.parse(readFileSync(sectionTextsFile(cacheDirectory), 'utf8')) as Record<string, string[]>;
  const inputs = entries.map((entry) => {
    const [kind, slug] = entry.id.split('/') as [string, string];
    if (!isKind(kind)) throw new Error(`content/${entry.id}: not in a kind folder`);
    collectionEntries.set(entry.id, entry);
    const { analysis, illustrationFile, image, ...fields } = entry.data;
    const sections = analysis.sections.map((section, index) => ({ ...section, text: texts[entry.id]?.[index] ?? '' }));
    const illustration = image && { ...image, file: illustrationFile === undefined ? undefined : resolve(projectRoot, illustrationFile) };
    // The illustration travels as Astro resolved it, apart from the author's other fields.
    return { kind, slug, data: fields, analysis: { ...analysis, sections }, illustration };
  });
  const glossary = buildGlossary(inputs);
  // The names the loader wrote for the MDX compile: plain and MDX bodies link exactly the same names.
  const targets = readLinkTargets(cacheDirectory)();
  return { glossary, renderMarkdown: await markdownRenderer(targets), collectionEntries, sources: entrySources(collectionEntries, targets), entryPageKeys: new Map() };
}

function entrySources(collectionEntries: ReadonlyMap<string, CollectionEntry<'entries'>>, targets: Parameters<typeof mentionedNames>[0]): EntrySources {
  const mentionsIn = mentionedNames(targets);
  const mentions = new Map<string, ReturnType<typeof mentionsIn>>();
  return {
    digest: (entry) => String(collectionEntries.get(entry.id)?.digest ?? ''),
    mentions: (entry) => {
      let found = mentions.get(entry.id);
      if (!found) {
        // The source and the sections' plain text: a name the Markdown writes with an entity or an escape is in the latter.
        found = mentionsIn([collectionEntries.get(entry.id)?.body ?? '', ...entry.sections.map((section) => section.text)]);
        mentions.set(entry.id, found);
      }
      return found;
    },
  };
}

/** Each page's key for the incremental build (lib/cache-keys.ts), for routes to return from getStaticPaths. */
export async function pageKeys() {
  const { sources, entryPageKeys } = await load();
  const facts: SiteFacts = { siteUrl: site.url, loaderHash };
  return {
    // An entry's page and its twin share the key: made once for both routes.
    entryPage: (entry: GlossaryEntry) => {
      let key = entryPageKeys.get(entry);
      if (key === undefined) {
        key = entryPageKey(facts, sources, entry);
        entryPageKeys.set(entry, key);
      }
      return key;
    },
    resourcePage: (entry: GlossaryEntry, resource: ResourcePage, pageCount: number) => resourcePageKey(facts, sources, entry, resource, pageCount),
    chart: (entry: GlossaryEntry, number: number) => chartKey(facts, sources, entry, number),
    list: (name: string, entries: readonly GlossaryEntry[]) => listKey(facts, name, entries),
    site: (shown: unknown) => siteKey(facts, shown),
  };
}

/**
 * Every entry's resource pages as their route and its twin list them: the entry and the page's number, with
 * the page's key. The page itself (lib/pages.ts, `entryResourcePage`) is made only when it is rendered, so a
 * rebuild that reuses it does not build its structured data.
 */
export async function resourcePagePaths() {
  const [glossary, keys] = await Promise.all([getGlossary(), pageKeys()]);
  return glossary.entries.flatMap((entry) => {
    const pages = resourcePages(entry);
    return pages.map((resource) => ({
      params: { kind: entry.kind, slug: entry.slug, page: String(resource.number) },
      props: { entry, number: resource.number },
      cacheKey: keys.resourcePage(entry, resource, pages.length),
    }));
  });
}

/** An entry's Markdown body, as the author wrote it (for its twin). */
export async function entryBody(entry: GlossaryEntry): Promise<string> {
  const { collectionEntries } = await load();
  return collectionEntries.get(entry.id)?.body ?? '';
}

/**
 * An entry's body for its page: HTML for plain Markdown, or the compiled MDX component; either way with its
 * headings as the renderer gave them ids (what "On this page" links to).
 */
export async function renderEntry(entry: GlossaryEntry): Promise<RenderedMarkdown | Awaited<ReturnType<typeof render>>> {
  const { renderMarkdown, collectionEntries } = await load();
  const collectionEntry = collectionEntries.get(entry.id);
  if (!collectionEntry) throw new Error(`No collection entry for ${entry.id}`);
  if (entry.usesMdx) return render(collectionEntry);
  return renderMarkdown(collectionEntry.body ?? '', resolve(collectionEntry.filePath ?? `${entry.id}.mdx`));
}

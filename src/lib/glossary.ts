/**
 * The one module that reads the content collection. It builds the glossary graph from what the content
 * loader stored (the check's one parse of each body), once per build, and hands pages what they need;
 * routes never call getCollection. In `astro dev` the graph is built again whenever the stored content
 * changes, and a content error stored by the loader is thrown, so the browser shows it in the overlay.
 */
import { getCollection, render, type CollectionEntry } from 'astro:content';
import { AstroError } from 'astro/errors';
import { resolve } from 'node:path';
import { buildGlossary, type Glossary, type GlossaryEntry } from './graph.ts';
import { markdownRenderer, type RenderedMarkdown } from './render.ts';
import { readFileSync } from 'node:fs';
import { cacheDirectory } from 'virtual:glossary/cache';
import { problemsId, readLinkTargets, sectionTextsFile } from './entry-loader.ts';
import { isKind } from './schema.ts';

interface Loaded {
  glossary: Glossary;
  renderMarkdown: (body: string, filePath: string) => Promise<RenderedMarkdown>;
  collectionEntries: ReadonlyMap<string, CollectionEntry<'entries'>>;
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
    const { analysis, ...data } = entry.data;
    const sections = analysis.sections.map((section, index) => ({ ...section, text: texts[entry.id]?.[index] ?? '' }));
    return { kind, slug, data, analysis: { ...analysis, sections } };
  });
  const glossary = buildGlossary(inputs);
  // The names the loader wrote for the MDX compile: plain and MDX bodies link exactly the same names.
  return { glossary, renderMarkdown: await markdownRenderer(readLinkTargets(cacheDirectory)()), collectionEntries };
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

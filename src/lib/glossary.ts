/**
 * The one module that reads the content collection. It builds the glossary graph once per build
 * (module state, shared by every page) and hands pages what they need; routes never call getCollection.
 */
import { getCollection, render, type CollectionEntry } from 'astro:content';
import { buildGlossary, type Glossary, type GlossaryEntry } from './graph.ts';
import { readBody } from './markdown.ts';
import { markdownRenderer } from './render.ts';
import { isKind } from './schema.ts';

let glossaryPromise: Promise<Glossary> | undefined;
const collectionEntries = new Map<string, CollectionEntry<'entries'>>();

export function getGlossary(): Promise<Glossary> {
  glossaryPromise ??= loadGlossary();
  return glossaryPromise;
}

async function loadGlossary(): Promise<Glossary> {
  const entries = await getCollection('entries');
  const inputs = entries.map((entry) => {
    const [kind, slug] = entry.id.split('/') as [string, string];
    if (!isKind(kind)) throw new Error(`content/${entry.id}: not in a kind folder`);
    collectionEntries.set(`${kind}/${slug}`, entry);
    return { kind, slug, data: entry.data, body: readBody(entry.body ?? '') };
  });
  const glossary = buildGlossary(inputs);
  renderMarkdown = markdownRenderer(glossary.entries.map((entry) => ({ slug: entry.slug, path: entry.path, names: [entry.title, ...entry.aliases] })));
  return glossary;
}

let renderMarkdown: ((body: string, slug: string) => Promise<string>) | undefined;

/** An entry's body for its page: HTML for plain Markdown, or the compiled MDX component. */
export async function renderEntry(entry: GlossaryEntry): Promise<{ html: string } | Awaited<ReturnType<typeof render>>> {
  await getGlossary();
  const collectionEntry = collectionEntries.get(entry.id);
  if (!collectionEntry) throw new Error(`No collection entry for ${entry.id}`);
  return entry.usesMdx ? render(collectionEntry) : { html: await renderMarkdown!(collectionEntry.body ?? '', entry.slug) };
}

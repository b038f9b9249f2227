/**
 * The one module that reads the content collection. It builds the glossary graph once per build
 * (module state, shared by every page) and hands pages what they need; routes never call getCollection.
 */
import { getCollection, render, type CollectionEntry } from 'astro:content';
import { buildGlossary, type Glossary, type GlossaryEntry } from './graph.ts';
import { readBody } from './markdown.ts';
import { markdownRenderer } from './render.ts';
import { linkTarget } from './autolink.ts';
import { isKind } from './schema.ts';

/** The graph, and the Markdown renderer that links to its entries: both built once, together. */
let loaded: Promise<{ glossary: Glossary; renderMarkdown: (body: string, slug: string) => Promise<string> }> | undefined;
const collectionEntries = new Map<string, CollectionEntry<'entries'>>();

function load() {
  loaded ??= loadGlossary();
  return loaded;
}

export async function getGlossary(): Promise<Glossary> {
  return (await load()).glossary;
}

async function loadGlossary() {
  const entries = await getCollection('entries');
  const inputs = entries.map((entry) => {
    const [kind, slug] = entry.id.split('/') as [string, string];
    if (!isKind(kind)) throw new Error(`content/${entry.id}: not in a kind folder`);
    collectionEntries.set(`${kind}/${slug}`, entry);
    return { kind, slug, data: entry.data, body: readBody(entry.body ?? '') };
  });
  const glossary = buildGlossary(inputs);
  return { glossary, renderMarkdown: markdownRenderer(glossary.entries.map(linkTarget)) };
}

/** An entry's body for its page: HTML for plain Markdown, or the compiled MDX component. */
export async function renderEntry(entry: GlossaryEntry): Promise<{ html: string } | Awaited<ReturnType<typeof render>>> {
  const { renderMarkdown } = await load();
  const collectionEntry = collectionEntries.get(entry.id);
  if (!collectionEntry) throw new Error(`No collection entry for ${entry.id}`);
  return entry.usesMdx ? render(collectionEntry) : { html: await renderMarkdown(collectionEntry.body ?? '', entry.slug) };
}

/**
 * The names file (`searchNamesPath`): every entry's title and aliases with its kind and slug, for the
 * forgiving name search in the browser (lib/name-matching.ts). Written once per build from the glossary
 * graph; read by the search code when the reader reaches for search, and by the 404 page.
 *
 * Compact because it is fetched whole: entries are grouped by kind, each one `[slug, title, ...aliases]`,
 * and the path is made from kind and slug by the same function as every other entry link.
 */
import { kinds, type Kind } from './kinds.ts';
import type { NamedEntry } from './name-matching.ts';
import { entryPath } from './urls.ts';

export type NamesFile = Partial<Record<Kind, string[][]>>;

/** The names file for these entries, in their order. */
export function namesFile(entries: readonly { kind: Kind; slug: string; title: string; aliases: readonly string[] }[]): NamesFile {
  const file: NamesFile = {};
  for (const entry of entries) (file[entry.kind] ??= []).push([entry.slug, entry.title, ...entry.aliases]);
  return file;
}

/** The entries a names file describes; rows that are not `[slug, title, ...]` are skipped, not guessed at. */
export function readNamesFile(file: NamesFile): NamedEntry[] {
  return kinds.flatMap((kind) =>
    (file[kind] ?? [])
      .filter((row) => Array.isArray(row) && row.length >= 2 && row.every((value) => typeof value === 'string'))
      .map(([slug, title, ...aliases]) => ({ kind, path: entryPath(kind, slug!), title: title!, aliases })),
  );
}

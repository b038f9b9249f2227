/**
 * An entry's page path, made and recognised. Apart from lib/urls.ts, which re-exports both, only the browser's
 * page loader imports this module directly: it has no dependencies, so the loader on every page stays small.
 */
import type { Kind } from './kinds.ts';

export function entryPath(kind: Kind, slug: string): string {
  return `/${kind}/${slug}/`;
}

/**
 * An entry's path, with or without a fragment: `/term/delta/`, `/term/delta/#how`. The kinds are written out,
 * not joined from `kinds` at run time, because the page loader carries this pattern on every page;
 * tests/unit/preview.test.ts holds it to `kinds`.
 */
export const entryPathPattern = /^\/(area|term|definition)\/([a-z0-9-]+)\/(?:#.*)?$/;

/** The entry an internal link points at (`/term/delta/`, `/term/delta/#how`), or undefined for any other URL. */
export function entryFromPath(url: string): { kind: Kind; slug: string } | undefined {
  const match = entryPathPattern.exec(url);
  return match ? { kind: match[1] as Kind, slug: match[2]! } : undefined;
}

/**
 * How the search box combines its two sources: the entries whose names the query matches
 * (lib/name-matching.ts), which go first, and Pagefind's full-text results, which follow, less the ones that
 * only matched by accident.
 */

/** The words Pagefind highlighted in an excerpt: the words of the page that matched the query. */
export function markedWords(excerptHtml: string): string[] {
  return [...excerptHtml.matchAll(/<mark>([^<]*)<\/mark>/g)].map((match) => wordKey(match[1]!)).filter(Boolean);
}

function wordKey(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/**
 * Whether a result really answers the query. When no indexed word starts with a query word, Pagefind falls
 * back to the longest indexed word the query word starts with: helpful for "liquidations" (finds
 * "liquidation"), noise for "xylophone" (finds "x"). A match counts when the page's word extends the query
 * word, or covers at least half of it and three letters. A result with no highlighted words is kept.
 */
export function answersQuery(query: string, excerptHtml: string): boolean {
  const marks = markedWords(excerptHtml);
  if (marks.length === 0) return true;
  const terms = query.split(/\s+/).map(wordKey).filter(Boolean);
  return terms.some((term) =>
    marks.some((mark) => mark.startsWith(term) || (term.startsWith(mark) && mark.length >= 3 && mark.length * 2 >= term.length)),
  );
}

/** A full-text search's results, with the query they answer. */
export interface FullTextResults<T> {
  query: string;
  hits: readonly T[];
}

/**
 * The list to show: the name matches first, each with its full-text excerpt where a search found it too,
 * then the full-text results in the order given that really answer their query; each entry once.
 */
export function mergeResults<T extends { url: string; excerpt: string }>(nameHits: readonly T[], searches: readonly FullTextResults<T>[]): T[] {
  const byUrl = new Map<string, T>();
  for (const { hits } of searches) for (const hit of hits) if (!byUrl.has(hit.url)) byUrl.set(hit.url, hit);
  const merged = nameHits.map((hit) => byUrl.get(hit.url) ?? hit);
  const shown = new Set(merged.map((hit) => hit.url));
  for (const { query, hits } of searches) {
    for (const hit of hits) {
      if (shown.has(hit.url) || !answersQuery(query, hit.excerpt)) continue;
      shown.add(hit.url);
      merged.push(hit);
    }
  }
  return merged;
}

/**
 * What the search box adds to Pagefind's ranking: a reader who types an entry's exact name (its title or
 * an alias, in any case) gets that entry first, whatever the body text scores.
 */

export interface RankedResult {
  url: string;
  title: string;
  /** The entry's aliases, as the index stores them: one comma-separated string. */
  aliases?: string | undefined;
}

/** Lowercase, single spaces, no surrounding punctuation: how names are compared. */
export function normalizeName(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\u2010-\u2015]/g, '-')
    .replace(/\s+/g, ' ')
    .replace(/^[\s"'“”‘’.,;:!?]+|[\s"'“”‘’.,;:!?]+$/g, '');
}

export function namesOf(result: RankedResult): string[] {
  return [result.title, ...(result.aliases ? result.aliases.split(',') : [])].map(normalizeName).filter(Boolean);
}

/** Results with exact name matches moved to the front, in their original order; the rest keep theirs. */
export function promoteExactMatches<T extends RankedResult>(query: string, results: readonly T[]): T[] {
  const wanted = normalizeName(query);
  if (!wanted) return [...results];
  const exact = results.filter((result) => namesOf(result).includes(wanted));
  return [...exact, ...results.filter((result) => !exact.includes(result))];
}

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

/** The results to show: exact name matches first, then the rest that really answer the query. */
export function relevantResults<T extends RankedResult & { excerpt: string }>(query: string, results: readonly T[]): T[] {
  const wanted = normalizeName(query);
  return promoteExactMatches(query, results).filter((result) => namesOf(result).includes(wanted) || answersQuery(query, result.excerpt));
}

/**
 * Forgiving search over the glossary's names (every title and alias): what Pagefind's full-text search
 * cannot do, since it has no typo tolerance. A reader who types a name, the start of one, or one with a
 * slip of the finger gets that entry; one who types something nowhere near gets the closest names to choose
 * from. Pure and dependency-free: the browser's search code runs it, on the names file
 * (lib/search-names.ts), at every keystroke.
 */
import { isKind, type Kind } from './kinds.ts';

/** One entry as the names file describes it. */
export interface NamedEntry {
  kind: Kind;
  path: string;
  title: string;
  aliases: readonly string[];
}

/**
 * How well a name matches, best first: the same name; the start of it; one or two slips; each word with its
 * own slips; and, only for suggestions, a name within half its letters.
 */
export type MatchTier = 'exact' | 'prefix' | 'typo' | 'words' | 'close';
const tierOrder: readonly MatchTier[] = ['exact', 'prefix', 'typo', 'words', 'close'];

export interface NameMatch {
  entry: NamedEntry;
  /** The title or alias that matched, as written. */
  name: string;
  tier: MatchTier;
  /** Letters changed, added, dropped or swapped to reach the name (or the start of it). */
  edits: number;
}

interface IndexedName {
  entry: NamedEntry;
  name: string;
  isTitle: boolean;
  words: string[];
  /** The words run together: "Black-Scholes", "black scholes" and "blackscholes" all compare equal. */
  compact: string;
}

export interface NameIndex {
  names: IndexedName[];
}

/** Lowercase words without accents or punctuation: "Gambler's Ruin" is `gamblers ruin`, "Black-76" is `black 76`. */
export function nameWords(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’‘]/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

export function nameIndex(entries: readonly NamedEntry[]): NameIndex {
  const names: IndexedName[] = [];
  for (const entry of entries) {
    for (const [position, name] of [entry.title, ...entry.aliases].entries()) {
      const words = nameWords(name);
      if (words.length > 0) names.push({ entry, name, isTitle: position === 0, words, compact: words.join('') });
    }
  }
  return { names };
}

// Phrasings of a question around the name a reader is after: "what is gamma", "how does funding work".
const questionOpening = /^(?:(?:what|how|why|when|where|who|which)(?: (?:is|are|was|were|does|do|did|can|should|to))?|whats|define|definition of|meaning of|explain)(?: (?:a|an|the))?(?: |$)/;
const questionClosing = / (?:work|works|mean|means|meaning|definition|explained|calculated|used)$/;

/** The words a query is about: a question's own words dropped, unless nothing would be left. */
export function queryWords(query: string): string[] {
  const text = nameWords(query).join(' ');
  const stripped = text.replace(questionOpening, '').replace(questionClosing, '');
  return nameWords(stripped === text || stripped.trim() === '' ? text : stripped);
}

/** The query as it is worth sending to full-text search: the question's phrasing left out. */
export function searchText(query: string): string {
  const words = queryWords(query);
  return words.join(' ') === nameWords(query).join(' ') ? query.trim() : words.join(' ');
}

/**
 * How many slips a typed word of this length may hold: none up to three letters (so "MEV" is never read as
 * "MVE" or "EV"), one up to seven, two beyond.
 */
export function allowedEdits(length: number): number {
  return length <= 3 ? 0 : length <= 7 ? 1 : 2;
}

// Rows of the distance table, kept between calls: matching runs over every name at every keystroke.
let rows = [new Int32Array(0), new Int32Array(0), new Int32Array(0)] as const;

/**
 * The Damerau-Levenshtein distance (optimal string alignment: a swap of neighbours is one edit) from `typed`
 * to `target`, or to the closest start of `target` when `toPrefix`; any distance above `limit` is reported
 * as `limit + 1`. Only the band of the table within `limit` of its diagonal can hold such a distance, so
 * only that band is computed, and the work stops at the first row that has left it.
 */
export function editDistance(typed: string, target: string, limit: number, toPrefix = false): number {
  const compared = toPrefix ? target.slice(0, typed.length + limit) : target;
  const beyond = limit + 1;
  const width = compared.length + 1;
  if (!toPrefix && Math.abs(typed.length - compared.length) > limit) return beyond;
  if (compared.length === 0) return Math.min(typed.length, beyond);
  if (rows[0].length < width + 1) rows = [new Int32Array(width * 2), new Int32Array(width * 2), new Int32Array(width * 2)];
  let [beforePrevious, previous, current] = rows;
  for (let column = 0; column <= width; column++) previous[column] = column <= limit ? column : beyond;
  let first = 0;
  let last = Math.min(compared.length, limit);
  for (let row = 1; row <= typed.length; row++) {
    first = Math.max(1, row - limit);
    last = Math.min(compared.length, row + limit);
    if (first > last) return beyond;
    current[first - 1] = first === 1 && row <= limit ? row : beyond;
    let rowBest = current[first - 1]!;
    for (let column = first; column <= last; column++) {
      const same = typed[row - 1] === compared[column - 1];
      let distance = Math.min(previous[column]! + 1, current[column - 1]! + 1, previous[column - 1]! + (same ? 0 : 1));
      if (row > 1 && column > 1 && typed[row - 1] === compared[column - 2] && typed[row - 2] === compared[column - 1]) {
        distance = Math.min(distance, beforePrevious[column - 2]! + 1);
      }
      current[column] = distance;
      rowBest = Math.min(rowBest, distance);
    }
    // The next row reads one column further; what lies outside the band is out of reach.
    current[last + 1] = beyond;
    if (rowBest > limit) return beyond;
    [beforePrevious, previous, current] = [previous, current, beforePrevious];
  }
  let distance: number = beyond;
  if (toPrefix) for (let column = typed.length === 0 ? 0 : first - 1; column <= last; column++) distance = Math.min(distance, previous[column]!);
  else distance = previous[compared.length]!;
  return Math.min(distance, beyond);
}

/** Short words that join a name's real words ("Value at Risk"); a query may leave them out or get them wrong. */
const joiningWords = new Set(['a', 'an', 'and', 'at', 'for', 'in', 'of', 'on', 'or', 'the', 'to', 'vs', 'versus', 'with']);

/** A query, read once, with the distances from its words to the names' words remembered: names share most words. */
interface Query {
  words: string[];
  compact: string;
  /** The words that carry meaning: joining words left out. */
  terms: string[];
  /** Whether a name may match word by word: always for several words; for one, only when it is misspelt. */
  byWords: boolean;
  distances: Map<string, number>[];
}

function readQuery(index: NameIndex, words: string[]): Query {
  const terms = words.filter((word) => !joiningWords.has(word));
  // One correctly spelt word is left to full-text search, which ranks the names that contain it better.
  const byWords = terms.length > 1 || (terms.length === 1 && !index.names.some((name) => name.words.some((word) => word.startsWith(terms[0]!))));
  return { words, compact: words.join(''), terms, byWords, distances: terms.map(() => new Map()) };
}

function termDistance(query: Query, termIndex: number, word: string, limit: number): number {
  const remembered = query.distances[termIndex]!;
  let distance = remembered.get(word);
  if (distance === undefined) remembered.set(word, (distance = editDistance(query.terms[termIndex]!, word, limit)));
  return distance;
}

interface Candidate {
  tier: MatchTier;
  edits: number;
  /** Matched only the start of the name (a typo in a query still being typed). */
  partial: boolean;
}

/**
 * Each meaningful query word matched to a different word of the name, in any order, allowing each its own
 * slips, and the last one (still being typed) to be the start of a word. The total edits, or undefined.
 */
function wordsMatch(query: Query, name: IndexedName): number | undefined {
  const free = [...name.words];
  let edits = 0;
  for (const [termIndex, term] of query.terms.entries()) {
    const last = termIndex === query.terms.length - 1;
    const limit = allowedEdits(term.length);
    let best = -1;
    let bestEdits = limit + 1;
    for (const [position, word] of free.entries()) {
      const wordEdits = last && term.length >= 3 && word.startsWith(term) ? 0 : termDistance(query, termIndex, word, limit);
      if (wordEdits < bestEdits) {
        best = position;
        bestEdits = wordEdits;
      }
    }
    if (best < 0) return undefined;
    free.splice(best, 1);
    edits += bestEdits;
  }
  return edits;
}

function candidate(query: Query, name: IndexedName): Candidate | undefined {
  const { words, compact } = query;
  if (name.compact === compact) return { tier: 'exact', edits: 0, partial: false };
  if (name.compact.startsWith(compact)) return { tier: 'prefix', edits: 0, partial: true };
  // "vol smile", "portf marg": each word starts the name's word in the same place.
  if (words.length > 1 && words.every((word, index) => name.words[index]?.startsWith(word))) return { tier: 'prefix', edits: 0, partial: true };
  const limit = allowedEdits(compact.length);
  if (limit > 0) {
    const edits = editDistance(compact, name.compact, limit);
    if (edits <= limit) return { tier: 'typo', edits, partial: false };
    // Only a long query is read as the misspelt start of a name: "rate" is not a slip for "ratio".
    if (compact.length >= 8) {
      const prefixEdits = editDistance(compact, name.compact, limit, true);
      if (prefixEdits <= limit) return { tier: 'typo', edits: prefixEdits, partial: true };
    }
  }
  if (query.byWords) {
    const edits = wordsMatch(query, name);
    if (edits !== undefined) return { tier: 'words', edits, partial: false };
  }
  return undefined;
}

interface Ranked extends NameMatch {
  partial: boolean;
  isTitle: boolean;
}

/** Best first: tier, fewest edits, whole names before starts, titles before aliases, shorter, then A to Z. */
function compareRanked(a: Ranked, b: Ranked): number {
  return (
    tierOrder.indexOf(a.tier) - tierOrder.indexOf(b.tier) ||
    a.edits - b.edits ||
    Number(a.partial) - Number(b.partial) ||
    Number(b.isTitle) - Number(a.isTitle) ||
    a.name.length - b.name.length ||
    a.entry.title.localeCompare(b.entry.title)
  );
}

/** Each entry once, by its best-matching name. */
function bestPerEntry(ranked: Ranked[]): NameMatch[] {
  const seen = new Set<NamedEntry>();
  const matches: NameMatch[] = [];
  for (const { entry, name, tier, edits } of ranked.sort(compareRanked)) {
    if (seen.has(entry)) continue;
    seen.add(entry);
    matches.push({ entry, name, tier, edits });
  }
  return matches;
}

/** The query's words: as typed if they are a name ("What-If Analysis" would be), else without a question's phrasing. */
function wordsOf(index: NameIndex, query: string): string[] {
  const asTyped = nameWords(query);
  const compact = asTyped.join('');
  return index.names.some((name) => name.compact === compact) ? asTyped : queryWords(query);
}

/** Every entry one of whose names the query matches, best first. */
export function matchNames(index: NameIndex, query: string): NameMatch[] {
  const parsed = readQuery(index, wordsOf(index, query));
  if (!parsed.compact) return [];
  const ranked: Ranked[] = [];
  for (const name of index.names) {
    const found = candidate(parsed, name);
    if (found) ranked.push({ entry: name.entry, name: name.name, isTitle: name.isTitle, ...found });
  }
  return bestPerEntry(ranked);
}

/** How many near matches go ahead of the full-text results when no name matches exactly. */
export const promotedMatchCount = 3;

/**
 * The matches that go ahead of the full-text results: every exact match, or else the few best of the best
 * tier found. The rest are left to full-text search, which ranks by what the pages say.
 */
export function promotedMatches(matches: readonly NameMatch[]): NameMatch[] {
  const best = matches[0]?.tier;
  if (!best) return [];
  const sameTier = matches.filter((match) => match.tier === best);
  return best === 'exact' ? sameTier : sameTier.slice(0, promotedMatchCount);
}

/** Within half its letters: the most a name may differ from the query and still be suggested. */
const halfOf = (length: number) => Math.floor((length - 1) / 2);

/**
 * How far a name is from the query, as the share of letters changed (0 is the same), whole or word by word
 * (each query word against the name's nearest word); undefined when half or more would have to change.
 */
function closeness(query: Query, name: IndexedName): number | undefined {
  const longest = Math.max(query.compact.length, name.compact.length);
  let score = editDistance(query.compact, name.compact, halfOf(longest)) / longest;
  if (query.terms.length > 1) {
    let total = 0;
    for (const [termIndex, term] of query.terms.entries()) {
      const limit = halfOf(term.length + 2);
      // Shares of the longer of the two words; a word further than `limit` counts as wholly changed.
      total += Math.min(...name.words.map((word) => Math.min(1, termDistance(query, termIndex, word, limit) / Math.max(term.length, word.length))));
    }
    score = Math.min(score, total / query.terms.length);
  }
  return score < 0.5 ? score : undefined;
}

/**
 * The entries a reader most likely meant, for "Did you mean ...?" and the 404 page: the name matches first,
 * then the names closest to the query, up to `count`.
 */
export function closestEntries(index: NameIndex, query: string, count: number): NameMatch[] {
  const matches = matchNames(index, query).slice(0, count);
  const parsed = readQuery(index, wordsOf(index, query));
  if (matches.length >= count || parsed.compact.length < 3) return matches;
  const scored: { match: NameMatch; score: number; isTitle: boolean }[] = [];
  for (const name of index.names) {
    const score = closeness(parsed, name);
    if (score !== undefined) scored.push({ match: { entry: name.entry, name: name.name, tier: 'close', edits: Math.round(score * parsed.compact.length) }, score, isTitle: name.isTitle });
  }
  scored.sort((a, b) => a.score - b.score || Number(b.isTitle) - Number(a.isTitle) || a.match.name.length - b.match.name.length);
  const chosen = new Set(matches.map((match) => match.entry));
  for (const { match } of scored) {
    if (matches.length >= count) break;
    if (chosen.has(match.entry)) continue;
    chosen.add(match.entry);
    matches.push(match);
  }
  return matches;
}

/**
 * What a reader who reached a missing page was looking for, from its path: the entry slug's words
 * (`/term/impermenant-loss/` is "impermenant loss"), or the last part of another path.
 */
export function queryFromPath(path: string): string {
  let decoded = path;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    // A malformed escape ("%E0") is read as typed.
  }
  const parts = decoded
    .split('/')
    .map((part) => part.replace(/\.(html?|md)$/, ''))
    .filter((part) => /\p{L}/u.test(part));
  const kindPosition = parts.findIndex(isKind);
  const slug = kindPosition >= 0 && parts[kindPosition + 1] ? parts[kindPosition + 1]! : (parts.at(-1) ?? '');
  return nameWords(slug).join(' ');
}

import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { checkContentFolder } from '../../src/lib/content-check.ts';
import {
  allowedEdits,
  closestEntries,
  editDistance,
  matchNames,
  nameIndex,
  nameWords,
  promotedMatches,
  promotedMatchCount,
  queryFromPath,
  queryWords,
  searchText,
} from '../../src/lib/name-matching.ts';
import { namesFile, readNamesFile } from '../../src/lib/search-names.ts';
import { farQuery, misspelledTitles, namedQueries } from '../support/search-queries.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const entries = checkContentFolder(`${root}content`, root).entries.filter((entry) => !entry.data.draft);
// The index the browser builds: from the names file, as written and read.
const names = nameIndex(readNamesFile(JSON.parse(JSON.stringify(namesFile(entries.map((entry) => ({ ...entry, title: entry.data.title, aliases: entry.data.aliases })))))));
const firstTitle = (query: string) => promotedMatches(matchNames(names, query))[0]?.entry.title;

describe('edit distance', () => {
  test('counts a changed, added, dropped or swapped letter as one edit', () => {
    expect(editDistance('gama', 'gamma', 2)).toBe(1);
    expect(editDistance('gammma', 'gamma', 2)).toBe(1);
    expect(editDistance('gamna', 'gamma', 2)).toBe(1);
    expect(editDistance('gmama', 'gamma', 2)).toBe(1);
    expect(editDistance('impermenant', 'impermanent', 2)).toBe(2);
  });

  test('reports anything beyond the limit as limit + 1', () => {
    expect(editDistance('vega', 'theta', 1)).toBe(2);
    expect(editDistance('liquidation', 'liq', 2)).toBe(3);
    expect(editDistance('abc', '', 5)).toBe(3);
  });

  test('measures to the closest start of the name when asked', () => {
    expect(editDistance('impermenantl', 'impermanentloss', 2, true)).toBe(2);
    expect(editDistance('liquidaton', 'liquidationprice', 2, true)).toBe(1);
    expect(editDistance('liquidaton', 'liquidationprice', 2)).toBe(3);
  });

  test('agrees with the whole table on random words', () => {
    const full = (a: string, b: string): number => {
      const table = Array.from({ length: a.length + 1 }, (_, row) => Array.from({ length: b.length + 1 }, (_, column) => (row === 0 ? column : column === 0 ? row : 0)));
      for (let row = 1; row <= a.length; row++) {
        for (let column = 1; column <= b.length; column++) {
          const cells = table as number[][];
          cells[row]![column] = Math.min(cells[row - 1]![column]! + 1, cells[row]![column - 1]! + 1, cells[row - 1]![column - 1]! + (a[row - 1] === b[column - 1] ? 0 : 1));
          if (row > 1 && column > 1 && a[row - 1] === b[column - 2] && a[row - 2] === b[column - 1]) cells[row]![column] = Math.min(cells[row]![column]!, cells[row - 2]![column - 2]! + 1);
        }
      }
      return table[a.length]![b.length]!;
    };
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const word = () => Array.from({ length: Math.floor(next() * 12) }, () => 'abcde'[Math.floor(next() * 5)]).join('');
    for (let trial = 0; trial < 3000; trial++) {
      const [typed, target, limit] = [word(), word(), Math.floor(next() * 6)];
      expect(editDistance(typed, target, limit), `${typed} ${target} ${limit}`).toBe(Math.min(full(typed, target), limit + 1));
      const closestStart = Math.min(...Array.from({ length: target.length + 1 }, (_, end) => full(typed, target.slice(0, end))));
      expect(editDistance(typed, target, limit, true), `${typed} ${target} ${limit} prefix`).toBe(Math.min(closestStart, limit + 1));
    }
  });
});

describe('reading names and queries', () => {
  test('compares words without case, accents, hyphens or apostrophes', () => {
    expect(nameWords("Gambler's Ruin")).toEqual(['gamblers', 'ruin']);
    expect(nameWords('Black-Scholes Model')).toEqual(['black', 'scholes', 'model']);
    expect(nameWords('  Délta–Neutral ')).toEqual(['delta', 'neutral']);
    expect(nameWords('x*y=k')).toEqual(['x', 'y', 'k']);
  });

  test('drops the phrasing of a question, never the whole query', () => {
    expect(queryWords('what is gamma')).toEqual(['gamma']);
    expect(queryWords("What's the funding rate?")).toEqual(['funding', 'rate']);
    expect(queryWords('how does funding work')).toEqual(['funding']);
    expect(queryWords('how is the mark price calculated')).toEqual(['mark', 'price']);
    expect(queryWords('what does IL mean')).toEqual(['il']);
    expect(queryWords('what is')).toEqual(['what', 'is']);
    expect(queryWords('volatility smile')).toEqual(['volatility', 'smile']);
  });

  test('sends full-text search the question\'s subject, and any other query as typed', () => {
    expect(searchText('what is gamma?')).toBe('gamma');
    expect(searchText(' Black-Scholes ')).toBe('Black-Scholes');
  });

  test('allows no slips in a three-letter word, one up to seven letters, two beyond', () => {
    expect([3, 4, 7, 8, 15].map(allowedEdits)).toEqual([0, 1, 1, 2, 2]);
  });
});

describe('matching names', () => {
  test('every title and alias of content/ puts its entry first', () => {
    const misses = entries.flatMap((entry) => [entry.data.title, ...entry.data.aliases].filter((name) => firstTitle(name) !== entry.data.title).map((name) => `${name} -> ${firstTitle(name)}`));
    expect(misses).toEqual([]);
  });

  test('acronyms, aliases, spacing and questions find their entry', () => {
    expect(namedQueries.map(({ typed }) => `${typed} -> ${firstTitle(typed)}`)).toEqual(namedQueries.map(({ typed, meant }) => `${typed} -> ${meant}`));
  });

  test('misspelt titles of content/ find their entry', () => {
    expect(misspelledTitles.map(({ typed }) => `${typed} -> ${firstTitle(typed)}`)).toEqual(misspelledTitles.map(({ typed, meant }) => `${typed} -> ${meant}`));
  });

  test('ranks the exact name, then starts of names, then slips, then words', () => {
    expect(matchNames(names, 'gamma').slice(0, 3).map((match) => [match.entry.title, match.tier])).toEqual([
      ['Gamma', 'exact'],
      ['Gamma Exposure', 'prefix'],
      ['Gamma Scalping', 'prefix'],
    ]);
    expect(matchNames(names, 'liquidaton')[0]).toMatchObject({ name: 'Liquidation', tier: 'typo', edits: 1 });
    expect(matchNames(names, 'scalpng')[0]).toMatchObject({ name: 'Gamma Scalping', tier: 'words', edits: 1 });
    expect(matchNames(names, 'smile volatility')[0]).toMatchObject({ name: 'Volatility Smile', tier: 'words', edits: 0 });
  });

  test('does not fuzz a three-letter query into another name', () => {
    expect(matchNames(names, 'MVE')).toEqual([]);
    expect(matchNames(names, 'ITN')).toEqual([]);
  });

  test('leaves a correctly spelt word inside names to full-text search', () => {
    expect(matchNames(names, 'condor')).toEqual([]);
  });

  test('promotes every exact match, or the few best of the best tier', () => {
    const exact = promotedMatches(matchNames(names, 'delta'));
    expect(exact.map((match) => match.tier)).toEqual(['exact']);
    const typos = promotedMatches(matchNames(names, 'liquidaton'));
    expect(typos).toHaveLength(promotedMatchCount);
    expect(new Set(typos.map((match) => match.tier))).toEqual(new Set(['typo']));
    expect(promotedMatches([])).toEqual([]);
  });
});

describe('closest entries', () => {
  test('offers the names within half their letters when nothing matches', () => {
    expect(matchNames(names, farQuery.typed)).toEqual([]);
    expect(closestEntries(names, farQuery.typed, 3)[0]).toMatchObject({ tier: 'close' });
    expect(closestEntries(names, farQuery.typed, 3)[0]!.entry.title).toBe(farQuery.meant);
  });

  test('offers nothing for a query near no name', () => {
    expect(closestEntries(names, 'qqxxzzv', 3)).toEqual([]);
    expect(closestEntries(names, 'xylophone', 3)).toEqual([]);
  });

  test('puts matches first, each entry once', () => {
    const closest = closestEntries(names, 'impermenant loss', 3);
    expect(closest.map((match) => match.entry.title)).toEqual(['Impermanent Loss', 'Impermanent Loss Mitigation', 'Impermanent Loss Protection']);
  });
});

describe('the path of a missing page', () => {
  test('reads the slug of an entry path as words', () => {
    expect(queryFromPath('/term/impermenant-loss/')).toBe('impermenant loss');
    expect(queryFromPath('/definition/funding-rate/resource/2/')).toBe('funding rate');
    expect(queryFromPath('/glossary/black_scholes.html')).toBe('black scholes');
    expect(queryFromPath('/%E0%A4%A/')).toBe('e0 a4 a');
  });

  test('leads to the entry the reader meant', () => {
    expect(closestEntries(names, queryFromPath('/term/impermenant-loss/'), 3)[0]!.entry.path).toBe('/definition/impermanent-loss/');
    expect(closestEntries(names, queryFromPath('/term/liquidation-prise/'), 3)[0]!.entry.title).toBe('Liquidation Price');
  });
});

describe('the names file', () => {
  test('groups entries by kind and makes their paths from kind and slug', () => {
    const file = namesFile([
      { kind: 'term', slug: 'delta', title: 'Delta', aliases: ['Hedge Ratio'] },
      { kind: 'definition', slug: 'beta', title: 'Beta', aliases: [] },
    ]);
    expect(file).toEqual({ term: [['delta', 'Delta', 'Hedge Ratio']], definition: [['beta', 'Beta']] });
    expect(readNamesFile(file)).toEqual([
      { kind: 'term', path: '/term/delta/', title: 'Delta', aliases: ['Hedge Ratio'] },
      { kind: 'definition', path: '/definition/beta/', title: 'Beta', aliases: [] },
    ]);
  });

  test('skips rows it cannot read', () => {
    expect(readNamesFile({ term: [['delta'], ['gamma', 'Gamma'], [1, 'One'] as unknown as string[]] })).toEqual([{ kind: 'term', path: '/term/gamma/', title: 'Gamma', aliases: [] }]);
  });
});

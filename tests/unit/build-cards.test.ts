import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { planCards, writePlannedCards } from '../../src/lib/cards/build-cards.ts';
import { KeptOutput } from '../../src/lib/kept-output.ts';

describe('writing the planned cards into the output', () => {
  let work: string;
  const output = () => KeptOutput.open(join(work, 'dist'), join(work, 'cache', 'output.json'));
  beforeEach(() => {
    work = mkdtempSync(join(tmpdir(), 'glossary-build-cards-'));
    mkdirSync(join(work, 'cards'));
  });
  afterEach(() => rmSync(work, { recursive: true, force: true }));

  test('waits for a card still being drawn, and copies one again only when its cached file changed', async () => {
    writeFileSync(join(work, 'cards/a1.png'), 'card a');
    const later = (file: string) => new Promise<string>((resolve) => setTimeout(() => resolve(join(work, 'cards', file)), 20));
    let kept = await output();
    planCards([{ path: '/term/delta/card.png', file: later('a1.png') }]);
    expect(await writePlannedCards(kept)).toEqual({ cards: 1, copied: 1, forgotten: 0 });
    expect(readFileSync(join(work, 'dist/term/delta/card.png'), 'utf8')).toBe('card a');
    await kept.save();

    kept = await output();
    planCards([{ path: '/term/delta/card.png', file: later('a1.png') }]);
    expect(await writePlannedCards(kept)).toEqual({ cards: 1, copied: 0, forgotten: 0 });
    await kept.save();

    // The title changed: the card maker drew a new card under a new key.
    writeFileSync(join(work, 'cards/b2.png'), 'card b');
    kept = await output();
    planCards([{ path: '/term/delta/card.png', file: later('b2.png') }]);
    expect(await writePlannedCards(kept)).toEqual({ cards: 1, copied: 1, forgotten: 1 });
    expect(readFileSync(join(work, 'dist/term/delta/card.png'), 'utf8')).toBe('card b');
  });

  test('deletes from the card cache the cards this build did not use, and nothing else there', async () => {
    for (const name of ['a1.png', 'b2.png', 'c3.png']) writeFileSync(join(work, 'cards', name), name);
    // A card a worker is still writing, under its temporary name.
    writeFileSync(join(work, 'cards/d4.png.123.7.tmp'), 'half a card');
    planCards([
      { path: '/card.png', file: Promise.resolve(join(work, 'cards/a1.png')) },
      { path: '/term/card.png', file: Promise.resolve(join(work, 'cards/c3.png')) },
    ]);
    expect(await writePlannedCards(await output())).toEqual({ cards: 2, copied: 2, forgotten: 1 });
    expect(readdirSync(join(work, 'cards')).sort()).toEqual(['a1.png', 'c3.png', 'd4.png.123.7.tmp']);
  });

  test('fails when a card cannot be drawn, not the process before then', async () => {
    planCards([{ path: '/term/delta/card.png', file: Promise.reject(new Error('A card could not be drawn: bad font')) }]);
    await new Promise((resolve) => setTimeout(resolve, 10));
    await expect(writePlannedCards(await output())).rejects.toThrow('bad font');
  });
});

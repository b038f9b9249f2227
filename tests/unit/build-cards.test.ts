import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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
  });
  afterEach(() => rmSync(work, { recursive: true, force: true }));

  test('waits for a card still being drawn, and copies one again only when its cached file changed', async () => {
    writeFileSync(join(work, 'a.png'), 'card a');
    writeFileSync(join(work, 'b.png'), 'card b');
    const later = (file: string) => new Promise<string>((resolve) => setTimeout(() => resolve(join(work, file)), 20));
    let kept = await output();
    planCards([{ path: '/term/delta/card.png', file: later('a.png') }]);
    expect(await writePlannedCards(kept)).toEqual({ cards: 1, copied: 1 });
    expect(readFileSync(join(work, 'dist/term/delta/card.png'), 'utf8')).toBe('card a');
    await kept.save();

    kept = await output();
    planCards([{ path: '/term/delta/card.png', file: later('a.png') }]);
    expect(await writePlannedCards(kept)).toEqual({ cards: 1, copied: 0 });
    await kept.save();

    kept = await output();
    planCards([{ path: '/term/delta/card.png', file: later('b.png') }]);
    expect(await writePlannedCards(kept)).toEqual({ cards: 1, copied: 1 });
    expect(readFileSync(join(work, 'dist/term/delta/card.png'), 'utf8')).toBe('card b');
  });

  test('fails when a card cannot be drawn, not the process before then', async () => {
    planCards([{ path: '/term/delta/card.png', file: Promise.reject(new Error('A card could not be drawn: bad font')) }]);
    await new Promise((resolve) => setTimeout(resolve, 10));
    await expect(writePlannedCards(await output())).rejects.toThrow('bad font');
  });
});

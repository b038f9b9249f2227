import { describe, expect, test } from 'vitest';
import { asksForPreview, isPreviewable, placeCard, readPreview } from '../../src/lib/preview.ts';
import { entryFromPath, entryPath, entryPathPattern } from '../../src/lib/entry-paths.ts';
import { kinds } from '../../src/lib/kinds.ts';

const page = new URL('https://term.greeks.live/definition/impermanent-loss/');
const link = (href: string) => new URL(href, page);

describe('entry paths', () => {
  // The pattern writes the kinds out (the page loader carries it on every page): it must name exactly these.
  test('the pattern names exactly the kinds, so every entry path is recognised and nothing else', () => {
    expect(entryPathPattern.source.startsWith(`^\\/(${kinds.join('|')})\\/`)).toBe(true);
    for (const kind of kinds) expect(entryFromPath(entryPath(kind, 'gamma-2'))).toEqual({ kind, slug: 'gamma-2' });
    expect(entryFromPath('/term/gamma/#why')).toEqual({ kind: 'term', slug: 'gamma' });
    for (const path of ['/terms/gamma/', '/term/gamma', '/term/Gamma/', '/term/gamma/resource/1/', '/search/']) expect(entryFromPath(path), path).toBeUndefined();
  });
});

describe('isPreviewable', () => {
  test('is true for a link to another entry of any kind, with or without a fragment', () => {
    expect(isPreviewable(link('/term/gamma/'), page)).toBe(true);
    expect(isPreviewable(link('/area/amm-liquidity/'), page)).toBe(true);
    expect(isPreviewable(link('/definition/arbitrage/#how-does-it-work'), page)).toBe(true);
  });

  test('is false for the page itself, a section of it, and pages that are not entries', () => {
    for (const href of ['/definition/impermanent-loss/', '#how-does-impermanent-loss-arise', '/', '/term/', '/search/?q=gamma', '/term/gamma/resource/1/', '/term/gamma/chart-1.svg', '/term/gamma.md', '/rss.xml']) {
      expect(isPreviewable(link(href), page), href).toBe(false);
    }
  });

  test('is false for another site, even at an entry path', () => {
    expect(isPreviewable(link('https://example.com/term/gamma/'), page)).toBe(false);
  });
});

describe('asksForPreview', () => {
  const focused = (visible: boolean) => ({ matches: (selector: string) => selector === ':focus-visible' && visible });

  test('a mouse or pen over a link asks; a touch never does', () => {
    expect(asksForPreview({ type: 'pointerover', pointerType: 'mouse' }, focused(false))).toBe(true);
    expect(asksForPreview({ type: 'pointerover', pointerType: 'pen' }, focused(false))).toBe(true);
    expect(asksForPreview({ type: 'pointerover', pointerType: 'touch' }, focused(true))).toBe(false);
  });

  test('focus asks only when it is keyboard focus', () => {
    expect(asksForPreview({ type: 'focusin' }, focused(true))).toBe(true);
    expect(asksForPreview({ type: 'focusin' }, focused(false))).toBe(false);
  });
});

describe('readPreview', () => {
  const pageWith = (parts: Record<string, string>) => ({
    querySelector: (selector: string) => (selector in parts ? { textContent: parts[selector]! } : null),
  });

  test('reads the kind, title and lead of an entry page, trimmed', () => {
    const entryPage = pageWith({ '.entry__header .kind-label': 'Term', '.entry__header h1': ' Gamma\n', '.entry__header .lead': 'The rate of change of delta.' });
    expect(readPreview(entryPage)).toEqual({ kind: 'Term', title: 'Gamma', description: 'The rate of change of delta.' });
  });

  test('gives nothing for a page without a title or a lead', () => {
    expect(readPreview(pageWith({ '.entry__header h1': 'Page not found' }))).toBeUndefined();
    expect(readPreview(pageWith({}))).toBeUndefined();
  });
});

describe('placeCard', () => {
  const viewport = { width: 1000, height: 800 };
  const size = { width: 350, height: 120 };

  test('puts the card under the link, at its left edge', () => {
    expect(placeCard({ top: 100, bottom: 120, left: 200, right: 300 }, size, viewport)).toEqual({ top: 126, left: 200, side: 'below' });
  });

  test('puts it over a link with no room under it', () => {
    expect(placeCard({ top: 700, bottom: 720, left: 200, right: 300 }, size, viewport)).toEqual({ top: 574, left: 200, side: 'above' });
  });

  test('keeps it under when there is even less room over the link', () => {
    const short = { width: 1000, height: 200 };
    expect(placeCard({ top: 60, bottom: 80, left: 10, right: 50 }, size, short).side).toBe('below');
  });

  test('keeps it inside the screen near the right edge and on a 320 px screen', () => {
    expect(placeCard({ top: 100, bottom: 120, left: 900, right: 980 }, size, viewport).left).toBe(1000 - 8 - 350);
    expect(placeCard({ top: 100, bottom: 120, left: 250, right: 300 }, { width: 304, height: 120 }, { width: 320, height: 640 }).left).toBe(8);
  });

  test('never covers the link', () => {
    for (const top of [0, 100, 390, 700, 780]) {
      const link = { top, bottom: top + 20, left: 100, right: 200 };
      const place = placeCard(link, size, viewport);
      const cardBottom = place.top + size.height;
      expect(cardBottom <= link.top || place.top >= link.bottom, `link at ${top}`).toBe(true);
    }
  });
});

import { describe, expect, test } from 'vitest';
import { cardKey, cardLayout, cardSize, fitTitle, textColumnWidth, wrapWords, type CardContent } from '../../src/lib/cards/card.ts';
import { drawCard, drawCardSvg, loadFonts, type LaidOutNode } from '../../src/lib/cards/draw.ts';
import { rendererVersion } from '../../src/lib/cards/pool.ts';

const content: CardContent = { title: 'Impermanent Loss', label: 'Term', description: 'The shortfall of a liquidity position in a constant-function AMM against simply holding the deposited tokens.' };
const fonts = loadFonts();

describe('card layout', () => {
  test('wraps words greedily, breaking only a word longer than a line', () => {
    expect(wrapWords('Loss Versus Rebalancing', 12)).toEqual(['Loss Versus', 'Rebalancing']);
    expect(wrapWords('a  b c', 3)).toEqual(['a b', 'c']);
    expect(wrapWords('Supercalifragilistic', 8)).toEqual(['Supercal', 'ifragili', 'stic']);
  });

  test('a short title takes the largest size; a longer one shrinks; a very long one takes three lines at the smallest', () => {
    const width = textColumnWidth(false);
    expect(fitTitle('Delta', width)).toEqual({ fontSize: cardLayout.titleSizes[0], lines: 2 });
    const medium = fitTitle('Cross-Protocol Portfolio Margin Calculation Engine', width);
    expect(medium.fontSize).toBeLessThan(cardLayout.titleSizes[0]);
    expect(medium.lines).toBe(2);
    expect(fitTitle('A title far longer than any entry should have, written to see the card shrink and clamp it at three lines', width)).toEqual({ fontSize: cardLayout.titleSizes.at(-1), lines: 3 });
    // A picture narrows the column, so the same title may need a smaller size, never a larger one.
    expect(fitTitle('Concentrated Liquidity Provision', textColumnWidth(true)).fontSize).toBeLessThanOrEqual(fitTitle('Concentrated Liquidity Provision', width).fontSize);
  });

  test.each([
    ['a long title', 'Volatility Surface Arbitrage Constraints Across Strikes, Expiries and Venues in Crypto Options Markets'],
    ['one unbroken word', 'Supercalifragilisticexpialidocious'.repeat(4)],
    ['hostile markup', '</script><script>alert(1)</script> <img src=x onerror=alert(1)>'],
  ])('%s stays inside the card, in at most its line count', async (_, title) => {
    const nodes: LaidOutNode[] = [];
    await drawCardSvg({ ...content, title, description: title.repeat(3) }, { fonts, onNode: (node) => nodes.push(node) });
    const fit = fitTitle(title, textColumnWidth(false));
    const right = cardSize.width - cardLayout.padding.side;
    // The first node is the card itself; every other box keeps to the margins.
    for (const node of nodes.slice(1)) {
      expect(node.left + node.width, `${node.type} at ${node.left}`).toBeLessThanOrEqual(right + 1);
      expect(node.top + node.height).toBeLessThanOrEqual(cardSize.height);
    }
    const titleNode = nodes.find((node) => node.textContent === title);
    expect(titleNode).toBeDefined();
    expect(titleNode!.height).toBeLessThanOrEqual(fit.lines * fit.fontSize * cardLayout.titleLineHeight + 1);
  });

  test('hostile text is drawn as text: the SVG holds paths, no markup of its own', async () => {
    const svg = await drawCardSvg({ ...content, title: '</script><script>alert(1)</script>', description: '<img src=x onerror=alert(1)> and more text to fill the line.' }, { fonts });
    expect(svg).not.toMatch(/<script|<img|onerror/);
  });

  test('a card is a 1200x630 PNG under 100 KB', async () => {
    const png = await drawCard(content, { fonts });
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
    expect(png.length).toBeLessThan(100 * 1024);
  });
});

describe('card key', () => {
  const renderer = rendererVersion(process.cwd());

  test('changes with what the card shows and with the renderer', () => {
    const key = cardKey(content, renderer);
    expect(cardKey({ ...content, title: 'Impermanent Loss!' }, renderer)).not.toBe(key);
    expect(cardKey({ ...content, label: 'Area' }, renderer)).not.toBe(key);
    expect(cardKey({ ...content, description: `${content.description} More.` }, renderer)).not.toBe(key);
    expect(cardKey(content, `${renderer}x`)).not.toBe(key);
    expect(cardKey({ ...content, pictureFile: '/a.png' }, renderer, 'digest-1')).not.toBe(cardKey({ ...content, pictureFile: '/a.png' }, renderer, 'digest-2'));
  });

  test("does not change with what the card does not show: the body, the dates, the picture's path", () => {
    // The key is computed from the card's content alone, which holds no body or date: an entry's body edit leaves it as it was.
    expect(cardKey({ ...content }, renderer)).toBe(cardKey(content, renderer));
    expect(cardKey({ ...content, pictureFile: '/old/a.png' }, renderer, 'same')).toBe(cardKey({ ...content, pictureFile: '/new/a.png' }, renderer, 'same'));
  });
});

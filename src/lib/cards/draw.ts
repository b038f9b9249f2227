/**
 * Draws a card: satori lays the tree out and turns its text into paths, resvg rasterises the SVG to PNG.
 * Inter comes from @fontsource/inter as WOFF (satori reads TTF, OTF and WOFF, not WOFF2); nothing is
 * downloaded. The worker pool (lib/cards/pool.ts) calls this off the main thread; tests call it directly.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import satori, { type Font } from 'satori';
import { Resvg } from '@resvg/resvg-js';
import sharp from 'sharp';
import { cardFontName, cardFontSubsets, cardLayout, cardSize, cardTree, type CardContent } from './card.ts';

const require = createRequire(import.meta.url);

/** A card over this size is re-encoded with a palette: a photograph on it is what makes it large. */
const paletteThreshold = 90 * 1024;

export function loadFonts(): Font[] {
  return ([400, 700] as const).flatMap((weight) =>
    cardFontSubsets.map((subset) => ({
      name: cardFontName(subset),
      weight,
      style: 'normal' as const,
      data: readFileSync(require.resolve(`@fontsource/inter/files/inter-${subset}-${weight}-normal.woff`)),
    })),
  );
}

/** The picture, cropped square and scaled to its place on the card, as a data URL satori embeds. */
async function pictureDataUrl(file: string): Promise<string> {
  const jpeg = await sharp(file).resize(cardLayout.picture, cardLayout.picture, { fit: 'cover' }).flatten({ background: '#ffffff' }).jpeg({ quality: 80 }).toBuffer();
  return `data:image/jpeg;base64,${jpeg.toString('base64')}`;
}

export interface LaidOutNode {
  type: string;
  left: number;
  top: number;
  width: number;
  height: number;
  /** The text of a node that holds text. */
  textContent?: string | undefined;
}

export interface DrawOptions {
  fonts: Font[];
  /** Called with every laid-out node: the layout tests read the boxes. */
  onNode?: (node: LaidOutNode) => void;
}

export async function drawCardSvg(content: CardContent, options: DrawOptions): Promise<string> {
  const picture = content.pictureFile === undefined ? undefined : await pictureDataUrl(content.pictureFile);
  const tree = cardTree(content, picture);
  return satori(tree as unknown as Parameters<typeof satori>[0], { ...cardSize, fonts: options.fonts, ...(options.onNode ? { onNodeDetected: options.onNode } : {}) });
}

export async function drawCard(content: CardContent, options: DrawOptions): Promise<Buffer> {
  const svg = await drawCardSvg(content, options);
  const png = new Resvg(svg, { fitTo: { mode: 'original' } }).render().asPng();
  // Text on flat colour compresses to about 50 KB as it is; only a photograph needs the palette (and its cost).
  if (png.length <= paletteThreshold) return png;
  return sharp(png).png({ palette: true, compressionLevel: 9 }).toBuffer();
}

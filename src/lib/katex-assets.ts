/**
 * KaTeX's stylesheet and fonts, served from the site under a versioned path (so they can be cached for
 * good) and linked only from pages that have math. The stylesheet is trimmed to woff2, which every
 * supported browser reads, so no woff or ttf file is ever shipped.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const katexDirectory = join(dirname(require.resolve('katex/package.json')), 'dist');
const katexVersion = (JSON.parse(readFileSync(join(katexDirectory, '..', 'package.json'), 'utf8')) as { version: string }).version;

/** The folder every KaTeX asset is served from; it names the version, so its files never change. */
export const katexBasePath = `/katex/${katexVersion}/`;
export const katexStylesheetPath = `${katexBasePath}katex.css`;

/**
 * KaTeX's CSS with only woff2 sources. It keeps KaTeX's `font-display: block`: swapping fonts in would
 * shift every formula's layout as the glyph metrics change, and the prose around it renders meanwhile.
 */
export function katexStylesheet(): string {
  return readFileSync(join(katexDirectory, 'katex.min.css'), 'utf8').replace(
    /,url\(fonts\/[\w-]+\.woff\) format\("woff"\),url\(fonts\/[\w-]+\.ttf\) format\("truetype"\)/g,
    '',
  );
}

/** The fonts nearly every formula uses (upright and italic), preloaded so they arrive with the stylesheet. */
export const katexPreloadFonts = ['KaTeX_Main-Regular.woff2', 'KaTeX_Math-Italic.woff2'].map((name) => `${katexBasePath}fonts/${name}`);

export function katexFontNames(): string[] {
  return readdirSync(join(katexDirectory, 'fonts')).filter((name) => name.endsWith('.woff2')).sort();
}

export function katexFont(name: string): Uint8Array<ArrayBuffer> {
  return new Uint8Array(readFileSync(join(katexDirectory, 'fonts', name)));
}

/** Reading the built site from dist/, for the tests that check it as files. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const distDirectory = fileURLToPath(new URL('../../dist/', import.meta.url));
export const siteOrigin = 'https://term.greeks.live';

export function distFiles(directory = distDirectory): string[] {
  return readdirSync(directory).flatMap((name) => {
    const path = join(directory, name);
    return statSync(path).isDirectory() ? distFiles(path) : [path];
  });
}

/** The site path a built file is served at. */
export function pathOf(file: string): string {
  const relative = file.slice(distDirectory.length - 1);
  return relative.endsWith('/index.html') ? relative.slice(0, -'index.html'.length) : relative;
}

export function readDist(path: string): string {
  return readFileSync(fileFor(path)!, 'utf8');
}

/** The file a site path resolves to, as a static host resolves it, or undefined. */
export function fileFor(path: string): string | undefined {
  const clean = decodeURI(path.split(/[?#]/)[0]!);
  const candidates = clean.endsWith('/') ? [join(distDirectory, clean, 'index.html')] : [join(distDirectory, clean), join(distDirectory, clean, 'index.html')];
  return candidates.find((candidate) => existsSync(candidate) && statSync(candidate).isFile());
}

/** `_redirects` as a map from old path to target. */
export function redirects(): Map<string, string> {
  const lines = readFileSync(join(distDirectory, '_redirects'), 'utf8').trim().split('\n');
  return new Map(lines.map((line) => line.split(' ') as [string, string]));
}

/**
 * The search code, bundled once per build with esbuild from the project's own files: the search module
 * (served at a path named by its hash, so it can be cached for good) and the inline loader every page
 * carries, whose hash the Content-Security-Policy allows. Pages, the module's route and `_headers` all
 * read this one result through the `virtual:glossary/search` module.
 */
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { buildSync } from 'esbuild';

export interface SearchScripts {
  /** The module's site path: `/search/ui.<hash>.js`. */
  modulePath: string;
  moduleCode: string;
  /** The inline loader, minified. */
  loaderScript: string;
  /** The loader's CSP source: `'sha256-...'`. */
  loaderHash: string;
  /** The files the bundle was made from, for a dev server to watch. */
  inputs: string[];
}

export function buildSearchScripts(root: URL): SearchScripts {
  const bundle = (file: string, format: 'esm' | 'iife') => {
    const result = buildSync({
      entryPoints: [fileURLToPath(new URL(file, root))],
      bundle: true,
      format,
      minify: true,
      write: false,
      metafile: true,
      target: 'es2022',
      legalComments: 'none',
      // lib/site.ts reads SITE_URL at build time; in the browser there is no process, and no need of it.
      define: { 'process.env': '{}' },
    });
    return { code: result.outputFiles[0]!.text.trim(), inputs: Object.keys(result.metafile.inputs).map((input) => fileURLToPath(new URL(input, root))) };
  };
  const module = bundle('src/scripts/search-ui.ts', 'esm');
  const modulePath = `/search/ui.${createHash('sha256').update(module.code).digest('hex').slice(0, 12)}.js`;
  // The loader is a classic inline script, wrapped so that its names stay out of the page's global scope.
  const loader = bundle('src/scripts/search-loader.ts', 'iife');
  return {
    modulePath,
    moduleCode: module.code,
    loaderScript: loader.code,
    loaderHash: `'sha256-${createHash('sha256').update(loader.code).digest('base64')}'`,
    inputs: [...module.inputs, ...loader.inputs],
  };
}

/**
 * The pages' code, bundled once per build with esbuild from the project's own files: the modules loaded on
 * the reader's intent (search, previews), each served at a path named by its hash so it can be cached for
 * good, and the inline loader every page carries, which knows those paths and whose hash the
 * Content-Security-Policy allows. Pages, the modules' route and `_headers` all read this one result through
 * the `virtual:glossary/scripts` module.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build, transformSync, type BuildOptions, type Plugin } from 'esbuild';

export interface PageModule {
  /** The module's site path: `/scripts/<name>.<hash>.js`. */
  path: string;
  code: string;
}

export interface PageScripts {
  modules: PageModule[];
  /** The inline loader, minified. */
  loaderScript: string;
  /** The loader's CSP source: `'sha256-...'`. */
  loaderHash: string;
  /** The files the bundle was made from, for a dev server to watch. */
  inputs: string[];
}

/** The modules loaded on intent, by the name the loader knows them by (`pageModules` in scripts/page-loader.ts). */
const moduleFiles = { search: 'src/scripts/search-ui.ts', preview: 'src/scripts/preview.ts' };

/**
 * A module's stylesheet, imported as text (minified) for the module to adopt when it first draws: pages inline
 * only global.css, and what only a module's own elements need travels with the module.
 */
const stylesheetAsText: Plugin = {
  name: 'stylesheet-as-text',
  setup(stylesheets) {
    stylesheets.onLoad({ filter: /\.css$/ }, ({ path }) => ({ contents: transformSync(readFileSync(path, 'utf8'), { loader: 'css', minify: true }).code.trim(), loader: 'text' }));
  },
};

export async function buildPageScripts(root: URL): Promise<PageScripts> {
  const bundle = async (file: string, format: 'esm' | 'iife', options: Pick<BuildOptions, 'define' | 'tsconfigRaw'> = {}) => {
    const result = await build({
      entryPoints: [fileURLToPath(new URL(file, root))],
      bundle: true,
      format,
      minify: true,
      write: false,
      metafile: true,
      target: 'es2022',
      legalComments: 'none',
      plugins: [stylesheetAsText],
      // lib/site.ts reads SITE_URL at build time; in the browser there is no process, and no need of it.
      ...options,
      define: { 'process.env': '{}', ...options.define },
    });
    return { code: result.outputFiles[0]!.text.trim(), inputs: Object.keys(result.metafile.inputs).map((input) => fileURLToPath(new URL(input, root))) };
  };
  const built = await Promise.all(
    Object.entries(moduleFiles).map(async ([name, file]) => {
      const { code, inputs } = await bundle(file, 'esm');
      return { name, path: `/scripts/${name}.${createHash('sha256').update(code).digest('hex').slice(0, 12)}.js`, code, inputs };
    }),
  );
  // The loader is a classic inline script, wrapped so that its names stay out of the page's global scope. The
  // paths arrive as an object, not as string constants: esbuild would try to bundle an import of a constant.
  const pageModules = JSON.stringify(Object.fromEntries(built.map(({ name, path }) => [name, path])));
  // Every page carries it, so not even a "use strict" it does not need (the project's strict tsconfig would add one).
  const loader = await bundle('src/scripts/page-loader.ts', 'iife', { define: { pageModules }, tsconfigRaw: { compilerOptions: { alwaysStrict: false } } });
  return {
    modules: built.map(({ path, code }) => ({ path, code })),
    loaderScript: loader.code,
    loaderHash: `'sha256-${createHash('sha256').update(loader.code).digest('base64')}'`,
    inputs: [...built.flatMap(({ inputs }) => inputs), ...loader.inputs],
  };
}

/**
 * The content loader. Most entries are plain Markdown in an .mdx file: no JSX, no expressions, no imports.
 * Those are rendered here with Sätteri's Markdown pipeline (the same plugins: auto-links, KaTeX, heading
 * ids), which is several times faster than compiling each file as an MDX module through Vite. An entry that
 * does use MDX is left to the MDX integration, exactly as Astro's glob loader would leave it.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Loader } from 'astro/loaders';
import * as yaml from 'js-yaml';
import { readContentFolder } from './content-check.ts';
import { readBody } from './markdown.ts';

const frontmatterPattern = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

export interface EntryLoaderOptions {
  /** The content folder, relative to the project root. */
  base: string;
}

/** The code that shapes rendered HTML: when it changes, cached renderings are stale. */
const renderingModules = ['src/lib/autolink.ts', 'src/lib/math.ts', 'src/lib/markdown.ts', 'node_modules/katex/package.json', 'node_modules/satteri/package.json'];

export function entryLoader(options: EntryLoaderOptions): Loader {
  return {
    name: 'glossary-entries',
    load: async ({ store, parseData, renderMarkdown, config, logger }) => {
      const root = config.root.pathname;
      const directory = resolve(root, options.base);
      // The content check has reported every file this skips; here they are simply not entries.
      const parsed = readContentFolder(directory, root).files.map((file) => {
        const match = frontmatterPattern.exec(file.source);
        return {
          ...file,
          path: join(directory, file.kind, `${file.slug}.mdx`),
          body: match ? file.source.slice(match[0].length) : file.source,
          raw: (match ? yaml.load(match[1]!) : {}) as Record<string, unknown>,
        };
      });
      // An entry's page also depends on every entry's names (auto-links) and on the rendering code, so
      // those are part of each digest: a renamed entry or a changed plugin re-renders every page.
      const context = createHash('sha256')
        .update(JSON.stringify(parsed.map((file) => [file.slug, file.kind, file.raw['title'], file.raw['aliases']])))
        .update(renderingModules.map((path) => readFileSync(resolve(root, path), 'utf8')).join('\0'))
        .digest('hex');
      const untouched = new Set(store.keys());
      let rendered = 0;
      let deferred = 0;
      for (const file of parsed) {
        const id = `${file.kind}/${file.slug}`;
        untouched.delete(id);
        const digest = createHash('sha256').update(context).update('\0').update(file.source).digest('hex').slice(0, 16);
        const existing = store.get(id);
        if (existing?.digest === digest) {
          if (existing.deferredRender && existing.filePath) store.addModuleImport(existing.filePath);
          continue;
        }
        const { body, raw, path } = file;
        const filePath = relative(root, path).split('\\').join('/');
        const data = await parseData({ id, data: raw, filePath: path });
        if (readBody(body).usesMdx) {
          store.set({ id, data, body, filePath, digest, deferredRender: true });
          deferred++;
        } else {
          store.set({ id, data, body, filePath, digest, rendered: await renderMarkdown(body, { fileURL: pathToFileURL(path) }) });
          rendered++;
        }
      }
      for (const id of untouched) store.delete(id);
      logger.info(`${rendered} entries rendered as Markdown, ${deferred} left to the MDX compiler, ${parsed.length - rendered - deferred} unchanged`);
    },
  };
}

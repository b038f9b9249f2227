/**
 * The content loader. Most entries are plain Markdown in an .mdx file: no JSX, no expressions, no imports.
 * Those are stored as data and body only and rendered at page time by lib/render.ts with Sätteri's
 * Markdown pipeline, several times faster than compiling each file as an MDX module through Vite. An entry
 * that does use MDX is left to the MDX integration, exactly as Astro's glob loader would leave it.
 */
import { createHash } from 'node:crypto';
import { join, relative, resolve } from 'node:path';
import type { Loader } from 'astro/loaders';
import * as yaml from 'js-yaml';
import { readContentFolder } from './content-check.ts';
import { readBody, splitFrontmatter } from './markdown.ts';

export interface EntryLoaderOptions {
  /** The content folder, relative to the project root. */
  base: string;
}

export function entryLoader(options: EntryLoaderOptions): Loader {
  return {
    name: 'glossary-entries',
    load: async ({ store, parseData, config, logger }) => {
      const root = config.root.pathname;
      const directory = resolve(root, options.base);
      // The content check has reported every file this skips; here they are simply not entries.
      const { files } = readContentFolder(directory, root);
      const untouched = new Set(store.keys());
      let plain = 0;
      let deferred = 0;
      for (const file of files) {
        const id = `${file.kind}/${file.slug}`;
        untouched.delete(id);
        const digest = createHash('sha256').update(file.source).digest('hex').slice(0, 16);
        const existing = store.get(id);
        if (existing?.digest === digest) {
          if (existing.deferredRender && existing.filePath) store.addModuleImport(existing.filePath);
          continue;
        }
        const { frontmatter, body } = splitFrontmatter(file.source);
        const path = join(directory, file.kind, `${file.slug}.mdx`);
        const filePath = relative(root, path).split('\\').join('/');
        const data = await parseData({ id, data: (frontmatter === undefined ? {} : yaml.load(frontmatter)) as Record<string, unknown>, filePath: path });
        if (readBody(body).usesMdx) {
          store.set({ id, data, body, filePath, digest, deferredRender: true });
          deferred++;
        } else {
          store.set({ id, data, body, filePath, digest });
          plain++;
        }
      }
      for (const id of untouched) store.delete(id);
      logger.info(`${plain} entries in plain Markdown, ${deferred} for the MDX compiler, ${files.length - plain - deferred} unchanged`);
    },
  };
}

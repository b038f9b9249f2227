/**
 * The content loader: the one read of the content. It runs the content check over the whole folder
 * (which parses every file's frontmatter and body once), and stores what the rest of the site needs:
 * the validated data, the body to render, and the body's analysis (question sections, links, math), so
 * the glossary graph never parses a body again.
 *
 * Bodies that are plain Markdown (most of them) are rendered at page time by lib/render.ts; a body that
 * uses MDX is left to the MDX integration, as Astro's glob loader would leave it (`deferredRender`).
 *
 * Why not Astro's `glob({ deferRender: true })` loader: the content check must read every file anyway (it
 * sees across files, and reports all problems at once), so a glob loader would be a second read and a second
 * parse of every body; this loader stores what the one read found.
 *
 * In `astro build` a content error stops the build with the whole report. In `astro dev` the loader
 * watches the folder and checks again on every change (re-parsing only the changed files); a problem is
 * printed in the terminal and stored, so every page shows it in the error overlay until it is fixed.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { AstroError } from 'astro/errors';
import { contentChecker, illustrationFile, type CheckResult } from './content-check.ts';
import { splitFrontmatter } from './content-frontmatter.ts';
import { analyse, type AnalysedSection, type BodyAnalysis } from './markdown.ts';
import { folderLabel, formatProblem, formatReport, isError, plural, type Problem } from './problems.ts';
import { linkTarget, type LinkTarget } from './autolink.ts';
import type { EntryData } from './schema.ts';

/**
 * The analysis as the content store keeps it: the sections' answers as plain text are left out. At ten
 * thousand entries they doubled the store, which Astro serializes into the build, and page generation
 * slowed by a fifth; they go to a file of their own instead (`sectionTextsFile`), read once per build.
 */
export interface StoredAnalysis extends Omit<BodyAnalysis, 'sections'> {
  sections: Omit<AnalysedSection, 'text'>[];
}

/** An entry as the loader stores it. */
export interface StoredEntry extends EntryData {
  analysis: StoredAnalysis;
  /** A local illustration's file, relative to the project: the social card draws it. */
  illustrationFile?: string;
}

/** The id of the one record that carries the content check's errors in `astro dev`; no entry id can look like it. */
export const problemsId = '!problems';

export interface EntryLoaderOptions {
  /** The content folder, relative to the project root. */
  base: string;
}

export function entryLoader(options: EntryLoaderOptions): Loader {
  return {
    name: 'glossary-entries',
    load: async (context) => {
      const root = fileURLToPath(context.config.root);
      const directory = resolve(root, options.base);
      // A build keeps each file's check in the cache folder and checks again only the files changed since.
      // astro dev does not: it would rewrite the whole record on every save, and it keeps results in memory.
      const check = contentChecker(root, context.watcher ? undefined : { file: cacheFile(context.config.cacheDir, 'glossary-check.json'), codeKey: checkerCodeKey(root) });
      const sync = () => syncEntries(context, check(directory));
      const problems = await sync();
      if (problems.some(isError) && !context.watcher) {
        // The report goes to stderr whole, one line per problem; the error then ends the build.
        console.error(formatReport(problems, folderLabel(options.base)));
        throw new AstroError(`${plural(problems.filter(isError).length, 'content error')} (listed above) stopped the build.`, 'Fix each line, or run npm run check:content to see them again.');
      }
      reportInTerminal(context, problems, options.base);
      if (!context.watcher) return;
      // In astro dev: check again whenever an entry is added, changed or deleted, a burst of saves at once.
      // The folder is watched explicitly, since it may lie outside the project (a fixture, a corpus).
      context.watcher.add(directory);
      let pending: ReturnType<typeof setTimeout> | undefined;
      const onChange = (path: string) => {
        if (!path.startsWith(directory + sep)) return;
        clearTimeout(pending);
        pending = setTimeout(() => void sync().then((problems) => reportInTerminal(context, problems, options.base)), 30);
      };
      context.watcher.on('add', onChange);
      context.watcher.on('change', onChange);
      context.watcher.on('unlink', onChange);
    },
  };
}

/** Store what the check found, remove what is gone, and return the problems. */
async function syncEntries(context: LoaderContext, { entries, problems }: CheckResult): Promise<Problem[]> {
  const { store } = context;
  const root = fileURLToPath(context.config.root);
  const untouched = new Set(store.keys());
  untouched.delete(problemsId);
  const counts = { plain: 0, mdx: 0, unchanged: 0 };
  // Written before the store changes, so a page rebuilt on that change reads the new texts.
  writeIfChanged(sectionTextsFile(context.config.cacheDir), JSON.stringify(Object.fromEntries(entries.map((entry) => [`${entry.kind}/${entry.slug}`, entry.body.sections.map((section) => section.text)]))));
  for (const entry of entries) {
    const id = `${entry.kind}/${entry.slug}`;
    untouched.delete(id);
    const digest = context.generateDigest(entry.source);
    const existing = store.get(id);
    const filePath = entry.file;
    if (existing?.digest === digest) {
      if (existing.deferredRender) store.addModuleImport(filePath);
      counts.unchanged++;
      continue;
    }
    counts[entry.body.usesMdx ? 'mdx' : 'plain']++;
    const body = splitFrontmatter(entry.source).body;
    const { sections, ...analysis } = analyse(entry.body, entry.source.length - body.length);
    let data: StoredEntry = { ...entry.data, analysis: { ...analysis, sections: sections.map(({ question, line, start, end }) => ({ question, line, start, end })) } };
    const illustration = entry.data.image && localIllustration(root, entry.file, entry.data.image.src);
    if (illustration) {
      // The collection schema's image() resolves the file relative to the entry, so Astro's image pipeline
      // imports and optimises it like any content image; only these few entries pay for a schema parse.
      data = await context.parseData({ id, filePath, data: { ...data, image: { ...entry.data.image!, src: illustration.importPath } } });
      data.illustrationFile = illustration.file;
    }
    store.set({ id, data: data as unknown as Record<string, unknown>, body, filePath, digest, ...(entry.body.usesMdx ? { deferredRender: true } : {}) });
  }
  for (const id of untouched) store.delete(id);
  context.logger.info(`${counts.plain} entries in plain Markdown, ${counts.mdx} for the MDX compiler, ${counts.unchanged} unchanged`);
  const errors = problems.filter(isError);
  if (errors.length > 0) store.set({ id: problemsId, data: { lines: errors.map(formatProblem) } });
  else store.delete(problemsId);
  const targets = entries.filter((entry) => !entry.data.draft).map((entry) => linkTarget({ kind: entry.kind, slug: entry.slug, title: entry.data.title, aliases: entry.data.aliases }));
  writeIfChanged(linkTargetsFile(context.config.cacheDir), JSON.stringify(targets));
  return problems;
}

/**
 * A local illustration as the entry's file imports it: a path relative to the entry (a site path such as
 * `/images/smile.png` becomes the way from the entry to public/images/smile.png). Undefined for a URL.
 */
function localIllustration(root: string, entryFile: string, src: string): { importPath: string; file: string } | undefined {
  const file = illustrationFile(root, entryFile, src);
  if (file === undefined) return undefined;
  const path = relative(dirname(resolve(root, entryFile)), file).split(sep).join('/');
  return { importPath: path.startsWith('.') ? path : `./${path}`, file: relative(root, file) };
}

function reportInTerminal(context: LoaderContext, problems: readonly Problem[], base: string): void {
  if (problems.length === 0) return;
  const report = formatReport(problems, folderLabel(base));
  if (problems.some(isError)) context.logger.error(report);
  else context.logger.warn(report);
}

/**
 * MDX bodies are compiled by Vite with the Markdown configuration in astro.config.mjs, which cannot import
 * the content store. The loader hands that compile the names to auto-link through a file in Astro's cache
 * folder, rewritten only when the names change (so MDX modules are not invalidated by other edits).
 */
export function linkTargetsFile(cacheDir: URL | string): string {
  return cacheFile(cacheDir, 'glossary-link-targets.json');
}

/** The sections' answers as plain text, by entry id, in a file beside Astro's store (see StoredAnalysis). */
export function sectionTextsFile(cacheDir: URL | string): string {
  return cacheFile(cacheDir, 'glossary-section-texts.json');
}

/**
 * What the kept check results depend on besides each file's text: the site's own code (every file under
 * src/lib, where the check and everything it calls live) and the installed packages (the lockfile).
 */
function checkerCodeKey(root: string): string {
  const hash = createHash('sha256');
  const library = join(root, 'src/lib');
  const files = readdirSync(library, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
  for (const file of [...files, join(root, 'package-lock.json')]) {
    hash.update(`${relative(root, file)}\0`);
    hash.update(existsSync(file) ? readFileSync(file) : '');
  }
  return hash.digest('base64url');
}

/** A file the loader writes in Astro's cache folder (given as Astro's URL or as a path). */
function cacheFile(cacheDir: URL | string, name: string): string {
  return join(typeof cacheDir === 'string' ? cacheDir : fileURLToPath(cacheDir), name);
}

/** Rewrite a file only when its text changes, so nothing that watches it is disturbed by an unrelated edit. */
function writeIfChanged(file: string, text: string): void {
  let previous: string | undefined;
  try {
    previous = readFileSync(file, 'utf8');
  } catch {
    previous = undefined;
  }
  if (previous !== text) {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, text);
  }
}

/** The names the loader last wrote, read again only when the file changes. */
export function readLinkTargets(cacheDir: URL | string): () => readonly LinkTarget[] {
  const file = linkTargetsFile(cacheDir);
  let known: { modified: number; targets: readonly LinkTarget[] } = { modified: -1, targets: [] };
  return () => {
    let modified: number;
    try {
      modified = statSync(file).mtimeMs;
    } catch {
      return known.targets;
    }
    if (modified !== known.modified) known = { modified, targets: JSON.parse(readFileSync(file, 'utf8')) as LinkTarget[] };
    return known.targets;
  };
}

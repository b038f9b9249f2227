/**
 * The content check: every file under `content/`, every rule, every problem at once. It is the one read
 * of the content: the content loader (lib/entry-loader.ts) runs it on every build and on every change in
 * `astro dev`, and stores what it returns; `npm run check:content` runs it alone. Its concerns live in
 * their own modules: which files are entries (content-files), frontmatter (content-frontmatter), one
 * body's rules (content-body), and rules across entries (content-entries).
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { EntryData } from './schema.ts';
import type { Problem } from './problems.ts';
import { readContentFolder, type SourceFile } from './content-files.ts';
import { checkFrontmatter } from './content-frontmatter.ts';
import { checkBody, type CheckedBody } from './content-body.ts';
import { checkAcrossEntries } from './content-entries.ts';

export type { SourceFile } from './content-files.ts';

export interface CheckedEntry extends SourceFile {
  data: EntryData;
  body: CheckedBody;
  /** The file lines of list items the cross-entry rules report on. */
  lines: { related: (number | undefined)[]; redirectFrom: (number | undefined)[] };
}

export interface CheckResult {
  entries: CheckedEntry[];
  problems: Problem[];
}

/** Check the content folder at `contentDirectory`; file names in problems are relative to `projectRoot`. */
export function checkContentFolder(contentDirectory: string, projectRoot: string): CheckResult {
  return contentChecker(projectRoot)(contentDirectory);
}

/** Check files already read (the benchmark corpus, unit tests); images resolve from `projectRoot`. */
export function checkFiles(files: readonly SourceFile[], projectRoot = process.cwd()): CheckResult {
  const problems: Problem[] = [];
  const entries = files.flatMap((file) => checkFile(file, projectRoot, problems) ?? []);
  checkAcrossEntries(entries, problems);
  return { entries, problems };
}

interface FileResult {
  source: string;
  entry: CheckedEntry | undefined;
  problems: Problem[];
}

/**
 * A checker that remembers each file's result while its text is unchanged, so `astro dev` re-parses only
 * the files an author touched; the rules across entries always run over all of them.
 */
export function contentChecker(projectRoot: string): (contentDirectory: string) => CheckResult {
  const results = new Map<string, FileResult>();
  return (contentDirectory) => {
    const { files, problems } = readContentFolder(contentDirectory, projectRoot);
    const entries: CheckedEntry[] = [];
    const current = new Set<string>();
    for (const file of files) {
      current.add(file.file);
      let result = results.get(file.file);
      if (result?.source !== file.source) {
        const fileProblems: Problem[] = [];
        result = { source: file.source, entry: checkFile(file, projectRoot, fileProblems), problems: fileProblems };
        results.set(file.file, result);
      }
      problems.push(...result.problems);
      if (result.entry) entries.push(result.entry);
    }
    for (const file of results.keys()) if (!current.has(file)) results.delete(file);
    checkAcrossEntries(entries, problems);
    return { entries, problems };
  };
}

/** Check one file on its own; the entry when its frontmatter and body are sound. */
export function checkFile(file: SourceFile, projectRoot: string, problems: Problem[]): CheckedEntry | undefined {
  const frontmatter = checkFrontmatter(file, problems);
  const body = checkBody(file, problems);
  const data = frontmatter.data;
  if (data?.image) checkImage(file, data.image.src, frontmatter.lineOf(['image', 'src']), projectRoot, problems);
  if (!data || !body) return undefined;
  const lines = {
    related: data.related.map((_, index) => frontmatter.lineOf(['related', index])),
    redirectFrom: data.redirectFrom.map((_, index) => frontmatter.lineOf(['redirectFrom', index])),
  };
  return { ...file, data, body, lines };
}

/**
 * The file of a local illustration: a site path is served from public/, any other path is relative to the
 * entry's file (`entryFile`, relative to `projectRoot`). Undefined for an https URL.
 */
export function illustrationFile(projectRoot: string, entryFile: string, src: string): string | undefined {
  if (/^https?:/.test(src)) return undefined;
  return src.startsWith('/') ? join(projectRoot, 'public', src) : join(projectRoot, dirname(entryFile), src);
}

/** A local illustration must exist. */
function checkImage(file: SourceFile, src: string, line: number | undefined, projectRoot: string, problems: Problem[]): void {
  const path = illustrationFile(projectRoot, file.file, src);
  if (path !== undefined && !existsSync(path)) {
    const where = src.startsWith('/') ? `public${src}` : 'beside this file';
    problems.push({ code: 'image/missing', file: file.file, line, field: 'image.src', message: `"${src}" names no file (looked for ${where}); add the image or fix the path` });
  }
}

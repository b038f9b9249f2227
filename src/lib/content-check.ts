/**
 * The content check: every file under `content/`, every rule, every problem at once. It is the one read
 * of the content: the content loader (lib/entry-loader.ts) runs it on every build and on every change in
 * `astro dev`, and stores what it returns; `npm run check:content` runs it alone. Its concerns live in
 * their own modules: which files are entries (content-files), frontmatter (content-frontmatter), one
 * body's rules (content-body), and rules across entries (content-entries).
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
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

/** What checking one file's text found: the same for the same text, so it can be kept between builds. */
interface TextResult {
  entry: CheckedEntry | undefined;
  problems: Problem[];
  /** The illustration the frontmatter names, checked on every run: the file can come or go without the text changing. */
  image?: { src: string; line: number | undefined };
}

/** Results kept in a file between runs (the content loader keeps them in Astro's cache folder). */
export interface KeptResults {
  file: string;
  /** A hash of the code that checks a file: results made by other code are not used. */
  codeKey: string;
}

interface KeptResultsFile {
  codeKey: string;
  /** By file path: a hash of the text checked, and the result without the text itself (the file has it). */
  files: Record<string, { textHash: string; result: TextResult }>;
}

const textHash = (source: string) => createHash('sha256').update(source).digest('base64url');

/**
 * A checker that remembers each file's result while its text is unchanged, so `astro dev` re-parses only
 * the files an author touched and, with `kept`, a build only the files changed since the last build (at
 * 10,000 entries, 3.5 s of parsing saved); the rules across entries and the illustrations' files are
 * always checked again, over all of them.
 */
export function contentChecker(projectRoot: string, kept?: KeptResults): (contentDirectory: string) => CheckResult {
  const results = new Map<string, { source: string; result: TextResult }>();
  const stored = kept ? readKeptResults(kept) : undefined;
  return (contentDirectory) => {
    const { files, problems } = readContentFolder(contentDirectory, projectRoot);
    const entries: CheckedEntry[] = [];
    const current = new Set<string>();
    let changed = false;
    for (const file of files) {
      current.add(file.file);
      let known = results.get(file.file);
      if (known?.source !== file.source) {
        let result: TextResult;
        if (stored) {
          const hash = textHash(file.source);
          const fromStore = stored.files[file.file];
          if (fromStore?.textHash === hash) result = restore(fromStore.result, file);
          else {
            result = checkText(file);
            stored.files[file.file] = { textHash: hash, result: { ...result, entry: result.entry && { ...result.entry, source: '' } } };
            changed = true;
          }
        } else result = checkText(file);
        known = { source: file.source, result };
        results.set(file.file, known);
      }
      const entry = report(known.result, file, projectRoot, problems);
      if (entry) entries.push(entry);
    }
    for (const file of results.keys()) if (!current.has(file)) results.delete(file);
    if (stored && kept) {
      for (const file of Object.keys(stored.files)) {
        if (!current.has(file)) {
          delete stored.files[file];
          changed = true;
        }
      }
      if (changed) writeKeptResults(kept.file, stored);
    }
    checkAcrossEntries(entries, problems);
    return { entries, problems };
  };
}

function readKeptResults(kept: KeptResults): KeptResultsFile {
  try {
    const stored = JSON.parse(readFileSync(kept.file, 'utf8')) as KeptResultsFile;
    if (stored.codeKey === kept.codeKey) return stored;
  } catch {
    // None yet, or not readable: every file is checked, and the results kept afresh.
  }
  return { codeKey: kept.codeKey, files: {} };
}

function writeKeptResults(file: string, stored: KeptResultsFile): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(`${file}.saving`, JSON.stringify(stored));
  renameSync(`${file}.saving`, file);
}

/**
 * A kept result for `file`, whose text it was made from: the entry gets its text back, and a line not found
 * gets back the `undefined` that JSON wrote as null.
 */
function restore(result: TextResult, file: SourceFile): TextResult {
  if (!result.entry) return result;
  const { lines } = result.entry;
  const found = (line: number | null | undefined) => line ?? undefined;
  return { ...result, entry: { ...result.entry, source: file.source, lines: { related: lines.related.map(found), redirectFrom: lines.redirectFrom.map(found) } } };
}

/** Check one file on its own; the entry when its frontmatter and body are sound. */
export function checkFile(file: SourceFile, projectRoot: string, problems: Problem[]): CheckedEntry | undefined {
  return report(checkText(file), file, projectRoot, problems);
}

/** Add a text's problems and its illustration's, looked for now, to `problems`; the entry if it is sound. */
function report(result: TextResult, file: SourceFile, projectRoot: string, problems: Problem[]): CheckedEntry | undefined {
  problems.push(...result.problems);
  if (result.image) checkImage(file, result.image.src, result.image.line, projectRoot, problems);
  return result.entry;
}

/** Check what one file's text says on its own: its frontmatter and body. */
function checkText(file: SourceFile): TextResult {
  const problems: Problem[] = [];
  const frontmatter = checkFrontmatter(file, problems);
  const body = checkBody(file, problems);
  const data = frontmatter.data;
  const image = data?.image ? { src: data.image.src, line: frontmatter.lineOf(['image', 'src']) } : undefined;
  if (!data || !body) return { entry: undefined, problems, ...(image ? { image } : {}) };
  const lines = {
    related: data.related.map((_, index) => frontmatter.lineOf(['related', index])),
    redirectFrom: data.redirectFrom.map((_, index) => frontmatter.lineOf(['redirectFrom', index])),
  };
  return { entry: { ...file, data, body, lines }, problems, ...(image ? { image } : {}) };
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

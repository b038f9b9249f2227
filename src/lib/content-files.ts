/**
 * The first concern of the content check: which files are entries. Everything under `content/` that the
 * site would not read is reported, never skipped silently. Files are read as their editors save them: a
 * UTF-8 byte-order mark is dropped and CRLF line endings are kept as they are (the parsers accept both).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { isKind, kinds, slugPattern, type Kind } from './schema.ts';
import { suggestion, type Problem } from './problems.ts';

export interface SourceFile {
  /** Relative to the project root, with forward slashes: `content/term/delta.mdx`. */
  file: string;
  kind: Kind;
  slug: string;
  /** The file's text, without a byte-order mark. */
  source: string;
}

/** Paths relative to the project root, with forward slashes on every platform. */
export function displayPath(path: string, projectRoot: string): string {
  return relative(projectRoot, path).split('\\').join('/');
}

/**
 * The folder beside the kind folders that holds the entries' illustrations (`content/images/`), which an
 * entry names as `../images/<file>`; the check reads no entries from it.
 */
export const illustrationsFolder = 'images';

/** Find and read the entry files, reporting anything the site would skip. */
export function readContentFolder(contentDirectory: string, projectRoot: string): { files: SourceFile[]; problems: Problem[] } {
  const files: SourceFile[] = [];
  const problems: Problem[] = [];
  const kindList = kinds.join(', ');
  for (const name of readdirSync(contentDirectory).sort()) {
    const path = join(contentDirectory, name);
    if (!statSync(path).isDirectory()) {
      if (!name.startsWith('.')) {
        problems.push({ code: 'file/outside-kind', file: displayPath(path, projectRoot), field: 'file', message: `is outside any kind folder; move it to content/<kind>/ where kind is one of ${kindList}` });
      }
      continue;
    }
    if (name === illustrationsFolder) continue;
    if (!isKind(name)) {
      problems.push({ code: 'file/unknown-kind', file: displayPath(path, projectRoot), field: 'file', message: `"${name}" is not a kind folder; use one of ${kindList}, ${suggestion(name, kinds, 'or move its files there')}` });
      continue;
    }
    for (const fileName of readdirSync(path).sort()) {
      if (fileName.startsWith('.')) continue;
      const filePath = join(path, fileName);
      const file = displayPath(filePath, projectRoot);
      const problem = fileProblem(file, fileName, name, statSync(filePath).isDirectory());
      if (problem) problems.push(problem);
      else files.push({ file, kind: name, slug: fileName.slice(0, -'.mdx'.length), source: readSource(filePath) });
    }
  }
  return { files, problems };
}

/** Why a file in a kind folder is not an entry, or undefined when it is one. */
function fileProblem(file: string, fileName: string, kind: Kind, isDirectory: boolean): Problem | undefined {
  if (isDirectory) return { code: 'file/nested', file, field: 'file', message: `sub-folders are not read; move its entries up into content/${kind}/` };
  if (!fileName.endsWith('.mdx')) {
    const fix = fileName.endsWith('.md') ? `rename it to ${fileName.replace(/\.md$/, '.mdx')}` : 'entries are .mdx files; remove it or rename it';
    return { code: 'file/not-mdx', file, field: 'file', message: `is not read by the site; ${fix}` };
  }
  const slug = fileName.slice(0, -'.mdx'.length);
  if (!slugPattern.test(slug)) {
    const fixed = slug.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
    return { code: 'file/bad-slug', file, field: 'file', message: `"${slug}" is not a valid slug; name the file in lowercase words joined by hyphens, such as ${fixed}.mdx` };
  }
  return undefined;
}

/** A file's text as UTF-8, without the byte-order mark some Windows editors write. */
export function readSource(path: string): string {
  return readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
}

/**
 * The content check: every file under `content/`, every rule, every problem at once. It runs before
 * Astro's build (see src/integrations/content-check.ts), because Astro's own schema check stops at the
 * first bad file and cannot see across files (duplicate slugs, related entries that do not exist).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import * as yaml from 'js-yaml';
import type { z } from 'zod';
import { entryFields, entrySchema, isKind, kinds, slugPattern, type EntryData, type Kind } from './schema.ts';
import { readBody, parseSource, splitFrontmatter, type ParsedBody } from './markdown.ts';
import { entryFromPath } from './urls.ts';
import { texError } from './math.ts';
import { closestMatch, suggestion, type Problem } from './problems.ts';

export interface SourceFile {
  /** Relative to the project root, with forward slashes: `content/term/delta.mdx`. */
  file: string;
  kind: Kind;
  slug: string;
  source: string;
}

export interface CheckedEntry extends SourceFile {
  data: EntryData;
  body: ParsedBody;
}

export interface CheckResult {
  entries: CheckedEntry[];
  problems: Problem[];
}

/** Check the content folder at `contentDirectory`; file names in problems are relative to `projectRoot`. */
export function checkContentFolder(contentDirectory: string, projectRoot: string): CheckResult {
  const { files, problems } = readContentFolder(contentDirectory, projectRoot);
  const result = checkFiles(files);
  return { entries: result.entries, problems: [...problems, ...result.problems] };
}

/** Find the entry files, reporting anything the loader would skip: it must not be skipped silently. */
export function readContentFolder(contentDirectory: string, projectRoot: string): { files: SourceFile[]; problems: Problem[] } {
  const files: SourceFile[] = [];
  const problems: Problem[] = [];
  const display = (path: string) => relative(projectRoot, path).split('\\').join('/');
  const kindList = kinds.join(', ');
  for (const name of readdirSync(contentDirectory).sort()) {
    const path = join(contentDirectory, name);
    if (!statSync(path).isDirectory()) {
      if (!name.startsWith('.')) {
        problems.push({ file: display(path), field: 'file', message: `is outside any kind folder; move it to content/<kind>/ where kind is one of ${kindList}` });
      }
      continue;
    }
    if (!isKind(name)) {
      problems.push({ file: display(path), field: 'file', message: `"${name}" is not a kind folder; use one of ${kindList}, ${suggestion(name, kinds, 'or move its files there')}` });
      continue;
    }
    for (const fileName of readdirSync(path).sort()) {
      const filePath = join(path, fileName);
      const file = display(filePath);
      if (fileName.startsWith('.')) continue;
      if (statSync(filePath).isDirectory()) {
        problems.push({ file, field: 'file', message: `sub-folders are not read; move its entries up into content/${name}/` });
        continue;
      }
      if (!fileName.endsWith('.mdx')) {
        const fix = fileName.endsWith('.md') ? `rename it to ${fileName.replace(/\.md$/, '.mdx')}` : 'entries are .mdx files; remove it or rename it';
        problems.push({ file, field: 'file', message: `is not read by the site; ${fix}` });
        continue;
      }
      const slug = fileName.slice(0, -'.mdx'.length);
      if (!slugPattern.test(slug)) {
        problems.push({ file, field: 'file', message: `"${slug}" is not a valid slug; name the file in lowercase words joined by hyphens, such as ${slug.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')}.mdx` });
        continue;
      }
      files.push({ file, kind: name, slug, source: readFileSync(filePath, 'utf8') });
    }
  }
  return { files, problems };
}

/** Check the files themselves and against each other. */
export function checkFiles(files: readonly SourceFile[]): CheckResult {
  const problems: Problem[] = [];
  const entries: CheckedEntry[] = [];
  for (const file of files) {
    const entry = checkFile(file, problems);
    if (entry) entries.push(entry);
  }
  checkAcrossEntries(entries, problems);
  return { entries, problems };
}

function checkFile(file: SourceFile, problems: Problem[]): CheckedEntry | undefined {
  const { frontmatter } = splitFrontmatter(file.source);
  if (frontmatter === undefined) {
    problems.push({ file: file.file, line: 1, field: 'frontmatter', message: 'is missing; start the file with a --- block holding title, description and published' });
    return undefined;
  }
  let raw: unknown;
  try {
    // The core schema keeps dates as text, so an impossible date is caught instead of rolled over.
    raw = yaml.load(frontmatter, { schema: yaml.CORE_SCHEMA });
  } catch (error) {
    const mark = (error as { mark?: { line: number } }).mark;
    const reason = (error as { reason?: string }).reason ?? String(error);
    problems.push({ file: file.file, line: mark ? mark.line + 2 : 1, field: 'frontmatter', message: `is not valid YAML (${reason}); check the quoting and indentation` });
    return undefined;
  }
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    problems.push({ file: file.file, line: 1, field: 'frontmatter', message: 'must be a set of key: value lines' });
    return undefined;
  }
  const lineOf = (key: string) => frontmatterLine(frontmatter, key);
  const parsed = entrySchema.safeParse(raw);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) problems.push(...describeIssue(file, issue, raw as Record<string, unknown>, lineOf));
  }
  let body: ParsedBody | undefined;
  try {
    body = readBody(file.source, parseSource(file.source));
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const position = /^(\d+):(\d+)(?:-\d+:\d+)?: /.exec(message);
    problems.push({
      file: file.file,
      line: position ? Number(position[1]) : undefined,
      field: 'body',
      message: `is not valid MDX: ${message.replace(/^(\d+):(\d+)(?:-\d+:\d+)?: /, '').replace(/ \([\w:-]+\)$/, '')}; a literal < or { must be escaped as \\< or \\{`,
    });
  }
  if (body) checkBody(file, body, problems);
  return parsed.success && body ? { ...file, data: parsed.data, body } : undefined;
}

/** The 1-based file line of a top-level frontmatter key (the opening --- is line 1). */
function frontmatterLine(frontmatter: string, key: string): number | undefined {
  const index = frontmatter.split(/\r?\n/).findIndex((line) => line.startsWith(`${key}:`));
  return index === -1 ? undefined : index + 2;
}

function fieldPath(path: readonly PropertyKey[]): string {
  return path.map((part, index) => (typeof part === 'number' ? `[${part}]` : index === 0 ? String(part) : `.${String(part)}`)).join('');
}

const fieldHints: Record<string, string> = {
  title: 'add a line such as title: Impermanent Loss',
  description: 'add a one-line definition of 50 to 200 characters',
  published: 'add the first publication day, such as published: 2026-11-21',
};

/** Turn a zod issue into problems an author can act on. */
function describeIssue(file: SourceFile, issue: z.core.$ZodIssue, raw: Record<string, unknown>, lineOf: (key: string) => number | undefined): Problem[] {
  const topKey = String(issue.path[0] ?? '');
  const line = lineOf(topKey);
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => {
      const prefix = fieldPath([...issue.path, key]);
      const where = issue.path.length === 0 ? lineOf(key) : line;
      if (key === 'slug' && issue.path.length === 0) {
        return { file: file.file, line: where, field: 'slug', message: `is not a field: the file name is the slug ("${file.slug}"); remove the line, or rename the file` };
      }
      const known = issue.path.length === 0 ? entryFields : nestedFields(issue.path);
      return { file: file.file, line: where, field: prefix, message: `is not a known field; ${suggestion(key, known, `the fields are ${known.join(', ')}`)}` };
    });
  }
  const field = fieldPath(issue.path) || 'frontmatter';
  const value = issue.path.reduce<unknown>((node, key) => (node as Record<PropertyKey, unknown> | undefined)?.[key as string], raw);
  if (issue.code === 'invalid_type' && value === undefined) {
    return [{ file: file.file, line, field, message: `is required; ${fieldHints[field] ?? 'add it'}` }];
  }
  if (issue.code === 'invalid_type') {
    return [{ file: file.file, line, field, message: `must be ${expectedName(issue.expected)}, not ${describeValue(value)}` }];
  }
  if (field === 'description' && typeof value === 'string' && (issue.code === 'too_small' || issue.code === 'too_big')) {
    const length = value.trim().length;
    const fix = issue.code === 'too_small' ? 'say what the term is in a full sentence' : 'shorten it to one sentence; the details belong in the body';
    return [{ file: file.file, line, field, message: `is ${length} characters; it must be 50 to 200: ${fix}` }];
  }
  const shown = typeof value === 'string' ? `"${value}" ` : '';
  return [{ file: file.file, line, field, message: `${shown}${issue.message}` }];
}

function nestedFields(path: readonly PropertyKey[]): string[] {
  const top = String(path[0]);
  if (top === 'image') return ['src', 'alt', 'caption'];
  if (top === 'sources') return ['title', 'url'];
  return [];
}

function expectedName(expected: string): string {
  return ({ array: 'a list', string: 'text', boolean: 'true or false', object: 'a set of key: value lines' } as Record<string, string>)[expected] ?? expected;
}

function describeValue(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  if (value === null) return 'empty';
  return typeof value === 'object' ? 'a set of fields' : `${typeof value} ${JSON.stringify(value)}`;
}

function checkBody(file: SourceFile, body: ParsedBody, problems: Problem[]): void {
  for (const section of body.sections) {
    if (!section.question.endsWith('?')) {
      problems.push({ file: file.file, line: section.line, field: 'body', message: `heading "${section.question}" is not a question; every H2 asks what its section answers, so end it with "?"` });
    }
    if (!section.text.trim()) {
      problems.push({ file: file.file, line: section.line, field: 'body', message: `section "${section.question}" is empty; answer the question or remove the heading` });
    }
  }
  for (const formula of body.formulas) {
    if (formula.opensWithDigit) {
      const number = /^[\d.,]*\d/.exec(formula.tex)?.[0] ?? '';
      const shown = formula.tex.length > 20 ? `${formula.tex.slice(0, 20)}...` : formula.tex;
      problems.push({
        file: file.file,
        line: formula.line,
        field: 'body',
        message: `"$${shown}$" reads as math because a $ directly before a digit opens a formula; write money as USD ${number} or \\$${number} (for a formula that starts with a number, brace it: \${${number}}...$)`,
      });
      continue;
    }
    const error = texError(formula.tex, formula.display);
    if (error) problems.push({ file: file.file, line: formula.line, field: 'body', message: `TeX does not parse: ${error}` });
  }
}

/** Pages other than entries that a body may link to. */
const sitePages = new Set(['/', '/area/', '/term/', '/definition/', '/search/']);

function checkAcrossEntries(entries: readonly CheckedEntry[], problems: Problem[]): void {
  reportOrphans(entries, problems);
  const bySlug = new Map<string, CheckedEntry>();
  for (const entry of entries) {
    const earlier = bySlug.get(entry.slug);
    if (earlier) {
      problems.push({ file: entry.file, field: 'file', message: `the slug "${entry.slug}" is taken by ${earlier.file}; slugs are unique across kinds, so rename one file` });
    } else {
      bySlug.set(entry.slug, entry);
    }
  }
  const slugs = [...bySlug.keys()];
  const pagePaths = new Map(entries.map((entry) => [`/${entry.kind}/${entry.slug}/`, entry]));
  const redirectOwners = new Map<string, CheckedEntry>();
  for (const entry of entries) {
    const lineOf = (key: string) => frontmatterLine(splitFrontmatter(entry.source).frontmatter ?? '', key);
    const seen = new Set<string>();
    entry.data.related.forEach((slug, index) => {
      const field = `related[${index}]`;
      const line = lineOf('related');
      if (slug === entry.slug) {
        problems.push({ file: entry.file, line, field, message: `"${slug}" is this entry itself; remove it` });
      } else if (seen.has(slug)) {
        problems.push({ file: entry.file, line, field, message: `"${slug}" is listed twice; remove the repeat` });
      } else if (!bySlug.has(slug)) {
        problems.push({ file: entry.file, line, field, message: `"${slug}" is not an entry; ${suggestion(slug, slugs, 'use the file name of an existing entry')}` });
      } else if (bySlug.get(slug)!.data.draft && !entry.data.draft) {
        problems.push({ file: entry.file, line, field, message: `"${slug}" is a draft, so the link would lead nowhere; remove it or publish ${bySlug.get(slug)!.file}` });
      }
      seen.add(slug);
    });
    entry.data.redirectFrom.forEach((path, index) => {
      const field = `redirectFrom[${index}]`;
      const line = lineOf('redirectFrom');
      const page = pagePaths.get(path);
      const other = redirectOwners.get(path);
      if (page) {
        problems.push({ file: entry.file, line, field, message: `"${path}" is the page of ${page.file}; a redirect cannot replace a real page, so remove it` });
      } else if (other) {
        problems.push({ file: entry.file, line, field, message: `"${path}" is also redirected by ${other.file}; keep it in one entry only` });
      } else {
        redirectOwners.set(path, entry);
      }
    });
    for (const link of entry.body.links) {
      const target = entryFromPath(link.url);
      if (link.url.startsWith('/') && !target && !link.url.startsWith('//') && !sitePages.has(link.url)) {
        problems.push({ file: entry.file, line: link.line, field: 'body', message: `link "${link.url}" is not an entry page; link entries as /<kind>/<slug>/` });
      } else if (target) {
        const linked = bySlug.get(target.slug) ?? bySlug.get(closestMatch(target.slug, slugs) ?? '');
        if (!linked || linked.kind !== target.kind || linked.slug !== target.slug) {
          const fix = linked ? `did you mean "/${linked.kind}/${linked.slug}/"?` : 'link an existing entry as /<kind>/<slug>/';
          problems.push({ file: entry.file, line: link.line, field: 'body', message: `link "${link.url}" leads nowhere; ${fix}` });
        }
      }
    }
  }
}

/** An entry no other entry relates to or links to is reachable only from the indexes: worth a warning. */
function reportOrphans(entries: readonly CheckedEntry[], problems: Problem[]): void {
  const reached = new Set<string>();
  for (const entry of entries) {
    if (entry.data.draft) continue;
    for (const slug of entry.data.related) if (slug !== entry.slug) reached.add(slug);
    for (const link of entry.body.links) {
      const slug = entryFromPath(link.url)?.slug;
      if (slug && slug !== entry.slug) reached.add(slug);
    }
  }
  for (const entry of entries) {
    if (!entry.data.draft && !reached.has(entry.slug) && entries.length > 1) {
      problems.push({ file: entry.file, field: 'related', severity: 'warning', message: 'no other entry relates or links to this one; add it to the related list of an entry that should lead here' });
    }
  }
}

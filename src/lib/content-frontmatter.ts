/**
 * The second concern of the content check: an entry's frontmatter, parsed once with `yaml` and validated
 * once with the schema. Every problem carries the line of the value it is about, nested ones included
 * (`related[2]`, `sources[1].url`), found through the YAML document's node ranges.
 */
import { isMap, isNode, LineCounter, parseDocument, type Document } from 'yaml';
import type { z } from 'zod';
import { descriptionLength, entrySchema, fieldHints, fieldNames, nestedFields, type EntryData } from './schema.ts';
import { suggestion, type Problem, type ProblemCode } from './problems.ts';
import type { SourceFile } from './content-files.ts';

const frontmatterPattern = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;

/** A file's YAML frontmatter (without its fences) and its body; `frontmatter` is undefined when there is none. */
export function splitFrontmatter(source: string): { frontmatter: string | undefined; body: string } {
  const match = frontmatterPattern.exec(source);
  return match ? { frontmatter: match[1]!, body: source.slice(match[0].length) } : { frontmatter: undefined, body: source };
}

export interface Frontmatter {
  /** The validated data, when the frontmatter has no problem. */
  data: EntryData | undefined;
  /** The 1-based file line of a value, by its path (`['related', 2]`); the key's line for a missing value. */
  lineOf: (path: readonly PropertyKey[]) => number | undefined;
}

/** Parse and validate the frontmatter of one file, adding its problems to `problems`. */
export function checkFrontmatter(file: SourceFile, problems: Problem[]): Frontmatter {
  const report = (code: ProblemCode, line: number | undefined, field: string, message: string) => problems.push({ code, file: file.file, line, field, message });
  const { frontmatter } = splitFrontmatter(file.source);
  if (frontmatter === undefined) {
    report('frontmatter/missing', 1, 'frontmatter', 'is missing; start the file with a --- block holding title, description and published');
    return { data: undefined, lineOf: () => undefined };
  }
  const lineCounter = new LineCounter();
  // The core schema keeps dates as text, so an impossible date is caught instead of rolled over.
  const document = parseDocument(frontmatter, { lineCounter, schema: 'core', prettyErrors: false, uniqueKeys: true });
  // The frontmatter starts on the file's second line, after the opening ---.
  const lineAt = (offset: number) => lineCounter.linePos(offset).line + 1;
  const lineOf = (path: readonly PropertyKey[]) => valueLine(document, path, lineAt);
  if (document.errors.length > 0) {
    for (const error of document.errors) {
      report('frontmatter/yaml', lineAt(error.pos[0]), 'frontmatter', `is not valid YAML (${error.message.split('\n')[0]}); check the quoting and indentation`);
    }
    return { data: undefined, lineOf };
  }
  const raw: unknown = document.toJS();
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    report('frontmatter/not-a-map', 2, 'frontmatter', 'must be a set of key: value lines');
    return { data: undefined, lineOf };
  }
  const parsed = entrySchema.safeParse(raw);
  if (parsed.success) return { data: parsed.data, lineOf };
  for (const issue of parsed.error.issues) problems.push(...describeIssue(file, issue, raw as Record<string, unknown>, lineOf));
  return { data: undefined, lineOf };
}

/** The line of the value at `path`, or of its nearest ancestor that exists. */
function valueLine(document: Document, path: readonly PropertyKey[], lineAt: (offset: number) => number): number | undefined {
  for (let length = path.length; length > 0; length--) {
    const node: unknown = document.getIn(path.slice(0, length) as unknown[], true);
    if (isNode(node) && node.range) return lineAt(node.range[0]);
    // A key with an empty value has no node of its own: use the key's line.
    const parent: unknown = length === 1 ? document.contents : document.getIn(path.slice(0, length - 1) as unknown[], true);
    if (isMap(parent)) {
      const pair = parent.items.find((item) => isNode(item.key) && (item.key as { value?: unknown }).value === path[length - 1]);
      if (pair && isNode(pair.key) && pair.key.range) return lineAt(pair.key.range[0]);
    }
  }
  return undefined;
}

export function fieldPath(path: readonly PropertyKey[]): string {
  return path.map((part, index) => (typeof part === 'number' ? `[${part}]` : index === 0 ? String(part) : `.${String(part)}`)).join('');
}

/** Turn a zod issue into problems an author can act on. */
function describeIssue(file: SourceFile, issue: z.core.$ZodIssue, raw: Record<string, unknown>, lineOf: Frontmatter['lineOf']): Problem[] {
  const at = (code: ProblemCode, path: readonly PropertyKey[], message: string): Problem => ({ code, file: file.file, line: lineOf(path), field: fieldPath(path) || 'frontmatter', message });
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => {
      const path = [...issue.path, key];
      if (key === 'slug' && issue.path.length === 0) {
        return at('field/slug', path, `is not a field: the file name is the slug ("${file.slug}"); remove the line, or rename the file`);
      }
      const known = issue.path.length === 0 ? fieldNames : (nestedFields[String(issue.path[0])] ?? []);
      return at('field/unknown', path, `is not a known field; ${suggestion(key, known, `the fields are ${known.join(', ')}`)}`);
    });
  }
  const field = fieldPath(issue.path);
  const value = issue.path.reduce<unknown>((node, key) => (node as Record<PropertyKey, unknown> | undefined)?.[key as string], raw);
  if (issue.code === 'invalid_type' && value === undefined) {
    return [at('field/required', issue.path, `is required; ${fieldHints[field] ?? 'add it'}`)];
  }
  if (issue.code === 'invalid_type') {
    return [at('field/type', issue.path, `must be ${expectedName(issue.expected)}, not ${describeValue(value)}`)];
  }
  if (field === 'description' && typeof value === 'string') {
    if (issue.code === 'too_small' || issue.code === 'too_big') {
      const fix = issue.code === 'too_small' ? 'say what the term is in a full sentence' : 'shorten it to one sentence; the details belong in the body';
      return [at('description/length', issue.path, `is ${value.trim().length} characters; it must be ${descriptionLength.min} to ${descriptionLength.max}: ${fix}`)];
    }
    return [at('description/markup', issue.path, issue.message)];
  }
  const shown = typeof value === 'string' ? `"${value}" ` : '';
  return [at(issueCode(issue, field), issue.path, `${shown}${issue.message}`)];
}

function issueCode(issue: z.core.$ZodIssue, field: string): ProblemCode {
  const last = issue.path.at(-1);
  if (field === 'published' || field === 'updated') {
    if (issue.code === 'custom') return 'date/order';
    return issue.message === 'is not a real calendar date' ? 'date/impossible' : 'date/format';
  }
  if (last === 'url' || last === 'src') return 'url/scheme';
  return 'field/invalid';
}

function expectedName(expected: string): string {
  return ({ array: 'a list', string: 'text', boolean: 'true or false', object: 'a set of key: value lines' } as Record<string, string>)[expected] ?? expected;
}

function describeValue(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  if (value === null) return 'empty';
  return typeof value === 'object' ? 'a set of fields' : `${typeof value} ${JSON.stringify(value)}`;
}

/**
 * An author's mistake, reported as one line: file, line, field, what is wrong, how to fix it, and a stable
 * code that the README's error table explains. Checks collect every problem first and fail once, so an
 * author fixes them all in one pass.
 */

/** Every kind of problem the content check and the lint report, each with the one fix the README gives for it. */
export const problemCodes = {
  'file/outside-kind': 'Move the file into content/<kind>/.',
  'file/unknown-kind': 'Rename the folder to a kind (area, term, definition), or move its files into one.',
  'file/nested': 'Move the entries of a sub-folder up into their kind folder.',
  'file/not-mdx': 'Entries are .mdx files: rename it, or remove it.',
  'file/bad-slug': 'Name the file in lowercase words joined by hyphens.',
  'file/duplicate-slug': 'Slugs are unique across kinds: rename one of the two files.',
  'frontmatter/missing': 'Start the file with a --- block holding title, description and published.',
  'frontmatter/yaml': 'Fix the YAML at that line: usually quoting (a value with ": " or "#") or indentation.',
  'frontmatter/not-a-map': 'Write the frontmatter as key: value lines.',
  'field/required': 'Add the field.',
  'field/unknown': 'A typo in a key: the schema is strict, so nothing is dropped silently.',
  'field/slug': 'Remove the line: the file name is the slug.',
  'field/type': 'Write the value as the field expects (text, a list, true or false).',
  'field/invalid': 'Write the value as the message says.',
  'description/length': 'Rewrite the description as one sentence of 50 to 200 characters.',
  'description/markup': 'Write the description as plain text: no Markdown, math or line breaks.',
  'date/format': 'Write the date as YYYY-MM-DD.',
  'date/impossible': 'Fix the date: 2024-02-30 is refused, not rolled over.',
  'date/order': 'updated cannot be earlier than published: fix either date.',
  'url/scheme': 'Use an absolute https:// (or http://) URL.',
  'image/missing': 'Add the image file at that path, or fix the path (site paths start at public/).',
  'related/unknown': 'Use the file name of an existing entry.',
  'related/self': 'Remove the entry itself from related.',
  'related/repeat': 'Remove the repeated slug.',
  'related/draft': 'Remove the draft from related, or publish it.',
  'redirect/page': 'A redirect cannot replace a real page: remove it.',
  'redirect/repeat': 'Keep each old path in one entry only.',
  'body/mdx': 'Escape a literal < or { as \\< or \\{.',
  'body/heading': 'End each H2 with a question mark, phrased as the question its section answers.',
  'body/empty-section': 'Answer the question, or remove the heading.',
  'body/price-as-math': 'Write money as USD 5 or \\$5.',
  'body/tex': 'Fix the formula at that line.',
  'body/link-nowhere': 'Link an existing entry as /<kind>/<slug>/.',
  'body/link-scheme': 'Link https:// pages, site paths or mailto: addresses only.',
  'chart/unknown': 'Use one of the chart components: PayoffChart, GreekChart, ImpermanentLossChart, CurveChart.',
  'chart/inline': 'Put the chart on lines of its own, with a blank line before and after.',
  'chart/not-data': 'Write props as plain values: numbers, quoted text, true or false, [lists] and { objects }.',
  'chart/parameter': 'Fix the prop as the message says; the README (Charts) lists every prop of every chart.',
  'entry/orphan': 'Add the entry to the related list of an entry that should lead to it.',
  'lint/sections': 'Add question sections: areas and terms need 3, definitions 2.',
  'lint/length': 'Bring the body to 250 to 900 words.',
  'lint/preamble': 'Move the text before the first H2 into a question section.',
  'lint/sources': 'Cite at least one source, primary where one exists.',
  'lint/repeated-sentence': 'Say it once, or say it differently.',
} as const;

export type ProblemCode = keyof typeof problemCodes;

export interface Problem {
  code: ProblemCode;
  /** The file, relative to the project root: `content/term/delta.mdx`. */
  file: string;
  /** The 1-based line in that file, where one helps. */
  line?: number | undefined;
  /** The frontmatter field (`related[2]`), or `body`, or `file` for the file itself. */
  field: string;
  /** What is wrong and how to fix it, in one sentence. */
  message: string;
  /** A warning is printed but does not fail the build. */
  severity?: 'error' | 'warning';
}

export function formatProblem(problem: Problem): string {
  const place = problem.line === undefined ? problem.file : `${problem.file}:${problem.line}`;
  const prefix = problem.severity === 'warning' ? 'warning: ' : '';
  return `${prefix}${place}: ${problem.field}: ${problem.message} [${problem.code}]`;
}

export function isError(problem: Problem): boolean {
  return problem.severity !== 'warning';
}

/** Problems by file, then line; the sort is stable, so within a line they keep the order they were found in. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  return [...problems].sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0));
}

/** How many warnings of one code a report prints before it summarises the rest. */
export const warningsShown = 10;

/**
 * The whole report: one line per error, then a count that names the content folder. Warnings of one code
 * past the first ten are summarised in a line that says how to list them all, so a big glossary's report
 * stays readable; `allWarnings` prints every one.
 */
export function formatReport(problems: readonly Problem[], folder = 'content/', options: { allWarnings?: boolean } = {}): string {
  const errors = problems.filter(isError).length;
  const warnings = problems.length - errors;
  const shownPerCode = new Map<ProblemCode, number>();
  const hiddenPerCode = new Map<ProblemCode, number>();
  const lines: string[] = [];
  for (const problem of sortProblems(problems)) {
    const shown = shownPerCode.get(problem.code) ?? 0;
    if (!isError(problem) && !options.allWarnings && shown >= warningsShown) {
      hiddenPerCode.set(problem.code, (hiddenPerCode.get(problem.code) ?? 0) + 1);
      continue;
    }
    shownPerCode.set(problem.code, shown + 1);
    lines.push(formatProblem(problem));
  }
  for (const [code, hidden] of hiddenPerCode) {
    lines.push(`warning: ... and ${plural(hidden, `more ${code} warning`)}; npm run check:content -- --all lists every one`);
  }
  const counts = [plural(errors, 'error'), warnings ? plural(warnings, 'warning') : ''].filter(Boolean).join(', ');
  return `${lines.join('\n')}\n${counts} in ${folder}`;
}

/** How a report names the content folder it checked: `content/`, `tests/fixtures/valid/content/`. */
export function folderLabel(folder: string): string {
  return `${folder.replace(/^\.\//, '').replace(/\/+$/, '')}/`;
}

export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

/** The closest candidate to a mistyped value, if it is close enough to be the likely intent. */
export function closestMatch(value: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const distance = editDistance(value, candidate);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  // A third of the length, at least 2 edits: catches typos and dropped letters, not unrelated words.
  return best !== undefined && bestDistance <= Math.max(2, Math.floor(value.length / 3)) ? best : undefined;
}

/** ` did you mean "x"?` when there is a near match, else a fallback hint. */
export function suggestion(value: string, candidates: Iterable<string>, fallback: string): string {
  const match = closestMatch(value, candidates);
  return match === undefined ? fallback : `did you mean "${match}"?`;
}

/** Levenshtein distance, two rows at a time. */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1);
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, substitution);
    }
    previous = current;
  }
  return previous[b.length]!;
}

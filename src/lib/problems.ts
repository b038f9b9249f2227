/**
 * An author's mistake, reported as one line: file, field, what is wrong, how to fix it.
 * Checks collect every problem first and fail once, so an author fixes them all in one pass.
 */

export interface Problem {
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
  return `${prefix}${place}: ${problem.field}: ${problem.message}`;
}

export function isError(problem: Problem): boolean {
  return problem.severity !== 'warning';
}

/** Problems by file, then line; the sort is stable, so within a line they keep the order they were found in. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  return [...problems].sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0));
}

/** The whole report: one line per problem, then a count. */
export function formatReport(problems: readonly Problem[]): string {
  const errors = problems.filter(isError).length;
  const warnings = problems.length - errors;
  const lines = sortProblems(problems).map(formatProblem);
  const counts = [plural(errors, 'error'), warnings ? plural(warnings, 'warning') : ''].filter(Boolean).join(', ');
  return `${lines.join('\n')}\n${counts} in content/`;
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

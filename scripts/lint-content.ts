/** `npm run lint:content`: the editorial lint (sections, length, sources, repeated sentences) over content/. */
import { resolve } from 'node:path';
import { checkContentFolder } from '../src/lib/content-check.ts';
import { lintEntries } from '../src/lib/content-lint.ts';
import { folderLabel, formatReport } from '../src/lib/problems.ts';
import { contentDirectory } from '../src/lib/site.ts';

const root = process.cwd();
const { entries, problems: checkProblems } = checkContentFolder(resolve(root, contentDirectory), root);
const problems = [...checkProblems, ...lintEntries(entries)];
if (problems.length > 0) console.error(formatReport(problems, folderLabel(contentDirectory), { allWarnings: process.argv.includes('--all') }));
console.log(problems.length > 0 ? 'Content lint failed.' : `Content lint passed: ${entries.length} entries.`);
process.exitCode = problems.length > 0 ? 1 : 0;

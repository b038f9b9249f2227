/** `npm run check:content [-- --all]`: the content check alone, for authors, without a build. `--all` lists every warning. */
import { resolve } from 'node:path';
import { checkContentFolder } from '../src/lib/content-check.ts';
import { folderLabel, formatReport, isError } from '../src/lib/problems.ts';
import { contentDirectory } from '../src/lib/site.ts';

const root = process.cwd();
const { entries, problems } = checkContentFolder(resolve(root, contentDirectory), root);
const folder = folderLabel(contentDirectory);
if (problems.length > 0) console.error(formatReport(problems, folder, { allWarnings: process.argv.includes('--all') }));
const failed = problems.some(isError);
console.log(failed ? 'Content check failed.' : `Content check passed: ${entries.length} entries.`);
process.exitCode = failed ? 1 : 0;

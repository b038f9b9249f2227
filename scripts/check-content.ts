/** `npm run check:content`: the content check alone, for authors, without a build. */
import { checkContentFolder } from '../src/lib/content-check.ts';
import { formatReport, isError } from '../src/lib/problems.ts';

const root = process.cwd();
const { entries, problems } = checkContentFolder(`${root}/content`, root);
if (problems.length > 0) console.error(formatReport(problems));
const failed = problems.some(isError);
console.log(failed ? 'Content check failed.' : `Content check passed: ${entries.length} entries.`);
process.exitCode = failed ? 1 : 0;

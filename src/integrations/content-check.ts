/**
 * Runs the content check when Astro starts (build or dev) and stops it with the full report, so an
 * author sees every problem at once instead of Astro's first schema error.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import { resolve } from 'node:path';
import { checkContentFolder, type CheckedEntry } from '../lib/content-check.ts';
import { contentDirectory } from '../lib/site.ts';
import { formatProblem, formatReport, isError, plural } from '../lib/problems.ts';

/** `onChecked` receives the checked entries, for integrations that need them before pages exist (sitemap dates, redirects). */
export function contentCheck(onChecked?: (entries: readonly CheckedEntry[]) => void): AstroIntegration {
  return {
    name: 'glossary:content-check',
    hooks: {
      'astro:config:setup': ({ config, logger }) => {
        const root = fileURLToPath(config.root);
        const { entries, problems } = checkContentFolder(resolve(root, contentDirectory), root);
        const errors = problems.filter(isError);
        if (errors.length > 0) {
          // The report goes to stderr whole, one line per problem; the error then ends the build.
          console.error(formatReport(problems));
          throw new AstroError(`${plural(errors.length, 'content error')} (listed above) stopped the build.`, 'Fix each line, or run npm run check:content to see them again.');
        }
        for (const warning of problems) logger.warn(formatProblem(warning));
        onChecked?.(entries.filter((entry) => !entry.data.draft));
      },
    },
  };
}

/**
 * Runs the content check when Astro starts (build or dev) and stops it with the full report, so an
 * author sees every problem at once instead of Astro's first schema error.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { resolve } from 'node:path';
import { checkContentFolder } from '../lib/content-check.ts';
import { contentDirectory } from '../lib/site.ts';
import { formatProblem, formatReport, isError } from '../lib/problems.ts';

export function contentCheck(): AstroIntegration {
  return {
    name: 'glossary:content-check',
    hooks: {
      'astro:config:setup': ({ config, logger }) => {
        const root = fileURLToPath(config.root);
        const { problems } = checkContentFolder(resolve(root, contentDirectory), root);
        const errors = problems.filter(isError);
        if (errors.length > 0) {
          // The report goes to stderr whole; the thrown error then ends the build with a non-zero status.
          console.error(formatReport(problems));
          throw new Error(`${errors.length} content problem(s); see the lines above.`);
        }
        for (const warning of problems) logger.warn(formatProblem(warning));
      },
    },
  };
}

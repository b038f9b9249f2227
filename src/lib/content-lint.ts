/**
 * The editorial lint: what makes an entry good enough to publish, beyond what makes it build. Section
 * counts, length, sources, and no sentence copied from one entry into another. It runs in `npm test`
 * and alone as `npm run lint:content`.
 */
import type { CheckedEntry } from './content-check.ts';
import { countWords } from './markdown.ts';
import type { Problem } from './problems.ts';
import type { Kind } from './schema.ts';

/** The fewest question sections an entry of each kind should have. */
export const minimumSections: Record<Kind, number> = { area: 3, term: 3, definition: 2 };
export const wordRange = { min: 250, max: 900 } as const;
/** Sentences shorter than this are too generic to count as copied ("It is not."). */
const shortestComparedSentence = 8;

export function lintEntries(entries: readonly CheckedEntry[]): Problem[] {
  const problems: Problem[] = [];
  for (const entry of entries) {
    const sections = entry.body.sections;
    if (sections.length < minimumSections[entry.kind]) {
      problems.push({ code: 'lint/sections', file: entry.file, field: 'body', message: `has ${sections.length} question sections; a ${entry.kind} needs at least ${minimumSections[entry.kind]}` });
    }
    const words = countWords([entry.body.preamble, ...sections.map((section) => section.text)].join(' '));
    if (words < wordRange.min || words > wordRange.max) {
      const fix = words < wordRange.min ? 'add the mechanism, an example or the caveats' : 'cut it to what a specialist needs';
      problems.push({ code: 'lint/length', file: entry.file, field: 'body', message: `has ${words} words; an entry has ${wordRange.min} to ${wordRange.max}: ${fix}` });
    }
    if (entry.body.preamble) {
      problems.push({ code: 'lint/preamble', file: entry.file, field: 'body', message: 'has text before its first question; start the body with an H2 question' });
    }
    if (entry.data.sources.length === 0) {
      problems.push({ code: 'lint/sources', file: entry.file, field: 'sources', message: 'is empty; cite at least one source, primary where one exists' });
    }
  }
  problems.push(...repeatedSentences(entries));
  return problems;
}

const sentenceSegmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

/** The sentences of a text, normalised so that spacing and case do not hide a copy. */
export function sentences(text: string): string[] {
  return text
    .split('\n')
    .flatMap((paragraph) => [...sentenceSegmenter.segment(paragraph)].map((segment) => segment.segment))
    .map((sentence) => sentence.toLowerCase().replace(/\s+/g, ' ').trim())
    .filter((sentence) => sentence.split(' ').length >= shortestComparedSentence);
}

/** A sentence that stands in two entries (or twice in one) is reported once, in every file after the first. */
export function repeatedSentences(entries: readonly CheckedEntry[]): Problem[] {
  const firstSeen = new Map<string, CheckedEntry>();
  const problems: Problem[] = [];
  for (const entry of entries) {
    for (const section of entry.body.sections) {
      for (const sentence of sentences(section.text)) {
        const earlier = firstSeen.get(sentence);
        if (!earlier) {
          firstSeen.set(sentence, entry);
          continue;
        }
        const where = earlier === entry ? 'earlier in this entry' : `in ${earlier.file}`;
        problems.push({ code: 'lint/repeated-sentence', file: entry.file, line: section.line, field: 'body', message: `repeats a sentence that stands ${where}: "${sentence.slice(0, 80)}..."; say it once, or say it differently` });
      }
    }
  }
  return problems;
}

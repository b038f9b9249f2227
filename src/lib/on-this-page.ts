/**
 * "On this page": the questions of an entry long enough to need a map, each linking its heading. It reads the
 * headings the renderer returns (plain and MDX bodies alike), so every link names the id its heading has on
 * the page: ids are made once, by the renderer, and never worked out again here.
 */
import type { MarkdownHeading } from 'astro';

/** An entry with at least this many questions opens with "On this page"; a shorter one is taken in at a glance. */
export const onThisPageMinimum = 4;

export interface QuestionLink {
  /** The heading's id: the link is `#id`. */
  id: string;
  /** The question as the heading shows it (typographic quotes and all). */
  question: string;
}

/** The question (H2) links of a body, or none when it has fewer than {@link onThisPageMinimum} questions. */
export function onThisPage(headings: readonly MarkdownHeading[]): QuestionLink[] {
  const questions = headings.filter((heading) => heading.depth === 2);
  if (questions.length < onThisPageMinimum) return [];
  return questions.map((heading) => ({ id: heading.slug, question: heading.text.replace(/\s+/g, ' ').trim() }));
}

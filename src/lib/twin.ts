/**
 * The Markdown twin of a page, for machine readers, in the layout of the reference site's twins:
 * the title line, the question sections, the related entries, the page's JSON-LD, the original URL.
 * Built from the same page data as the HTML (lib/pages.ts), never by scraping it.
 */
import type { GlossaryEntry } from './graph.ts';
import type { AnalysedSection } from './markdown.ts';
import { chartAltText } from './charts/index.ts';
import { pageTitle } from './head.ts';
import type { EntryPage, EntryResourcePage } from './pages.ts';
import { site, titleSeparator } from './site.ts';
import { absoluteUrl, chartPath, sectionPath, twinPath } from './urls.ts';
import { kinds, kindLabels } from './schema.ts';

/** Text from the frontmatter, made safe to print in Markdown: no HTML, no stray link or emphasis syntax. */
export function markdownText(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replace(/([\\`*_[\]])/g, '\\$1');
}

/** Site-relative links in an author's Markdown made absolute, since a twin is read away from the site. */
export function absoluteLinks(markdown: string): string {
  return markdown.replace(/\]\((\/[^)\s]*)\)/g, (_match, path: string) => `](${absoluteUrl(path)})`);
}

function relatedBlock(entries: readonly GlossaryEntry[]): string[] {
  return entries.flatMap((entry) => [
    `## [${markdownText(entry.title)}](${absoluteUrl(entry.path)})`,
    '',
    `${markdownText(entry.description)}${titleSeparator}${entry.kindLabel}`,
    '',
  ]);
}

function schemaBlock(structuredData: readonly object[]): string[] {
  return ['## Raw Schema Data', '', ...structuredData.flatMap((data) => ['```json', JSON.stringify(data, null, 4), '```', ''])];
}

/** The layout every twin shares: the title line, what the page says, its related entries, its JSON-LD, its URL. */
function twinDocument(page: EntryPage, opening: readonly string[]): string {
  return [
    `# ${markdownText(pageTitle(page.meta))}`,
    '',
    ...opening,
    '---',
    '',
    ...relatedBlock(page.related),
    '---',
    '',
    ...schemaBlock(page.structuredData),
    `**Original URL:** ${absoluteUrl(page.meta.path)}`,
    '',
  ].join('\n');
}

/**
 * A section's answer as the author wrote it, each chart in it shown as an image of its standalone SVG with
 * the chart's description as alt text, and site links made absolute.
 */
export function sectionTwinMarkdown(entry: Pick<GlossaryEntry, 'path' | 'charts'>, section: Pick<AnalysedSection, 'start' | 'end'>, body: string): string {
  let text = body.slice(section.start, section.end);
  const inSection = entry.charts.map((chart, index) => ({ chart, number: index + 1 })).filter(({ chart }) => chart.start >= section.start && chart.end <= section.end);
  // From the last chart back, so earlier offsets stay valid.
  for (const { chart, number } of inSection.reverse()) {
    const image = `![${markdownText(chartAltText(chart))}](${absoluteUrl(chartPath(entry.path, number))})`;
    text = text.slice(0, chart.start - section.start) + image + text.slice(chart.end - section.start);
  }
  return absoluteLinks(text.trim());
}

/** `body`: the entry's Markdown body, where its sections' answers are found. */
export function entryTwin(page: EntryPage, body: string): string {
  const sections = page.entry.sections.flatMap((section) => [`## ${markdownText(section.question)}`, '', sectionTwinMarkdown(page.entry, section, body), '']);
  return twinDocument(page, ['---', '', ...sections, '']);
}

export function resourceTwin(page: EntryResourcePage): string {
  const { entry, resource, pageCount } = page;
  const neighbours = [
    resource.previousPath && `Previous page: ${absoluteUrl(twinPath(resource.previousPath))}`,
    resource.nextPath && `Next page: ${absoluteUrl(twinPath(resource.nextPath))}`,
  ].filter(Boolean) as string[];
  return twinDocument(page, [
    `Related entries of [${markdownText(entry.title)}](${absoluteUrl(entry.path)}), page ${resource.number} of ${pageCount}.`,
    ...(neighbours.length > 0 ? ['', ...neighbours] : []),
    '',
  ]);
}

/** `/llms.txt`: the whole glossary in one list, grouped by kind, each entry pointing at its twin. */
export function llmsText(entries: readonly GlossaryEntry[]): string {
  const groups = kinds.flatMap((kind) => {
    const members = entries.filter((entry) => entry.kind === kind);
    if (members.length === 0) return [];
    return [
      `## ${kindLabels[kind]}s`,
      '',
      ...members.map((entry) => `- [${markdownText(entry.title)}](${absoluteUrl(twinPath(entry.path))}): ${markdownText(entry.description)}`),
      '',
    ];
  });
  return [
    `# ${site.glossaryName}`,
    '',
    `> ${site.tagline}`,
    '',
    `Each entry is a page at ${absoluteUrl('/')}<kind>/<slug>/ with a Markdown twin at the same path ending in .md. Sections: ${kinds.map((kind) => absoluteUrl(sectionPath(kind))).join(', ')}.`,
    '',
    ...groups,
  ].join('\n');
}

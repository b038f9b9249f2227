/**
 * The third concern of the content check: the rules one body must meet on its own. Question headings,
 * no empty sections, prices that are not read as math, TeX that parses, links a reader can safely
 * follow, and charts with sound props (lib/content-charts.ts). The body is parsed once (lib/markdown.ts);
 * every rule here reads that parse.
 */
import { readBody, parseSource, type ParsedBody } from './markdown.ts';
import { checkCharts } from './content-charts.ts';
import type { ChartUse } from './charts/index.ts';
import { texError } from './math.ts';
import type { Problem, ProblemCode } from './problems.ts';
import type { SourceFile } from './content-files.ts';

/** A body as the check leaves it: its parse, and the charts it uses (offsets into the file). */
export interface CheckedBody extends ParsedBody {
  charts: ChartUse[];
}

/** Parse a file's body and check it, adding its problems to `problems`; undefined when it does not parse. */
export function checkBody(file: SourceFile, problems: Problem[]): CheckedBody | undefined {
  const report = (code: ProblemCode, line: number | undefined, message: string) => problems.push({ code, file: file.file, line, field: 'body', message });
  let body: ParsedBody;
  try {
    body = readBody(file.source, parseSource(file.source));
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const position = /^(\d+):(\d+)(?:-\d+:\d+)?: /.exec(message);
    const reason = message.replace(/^(\d+):(\d+)(?:-\d+:\d+)?: /, '').replace(/ \([\w:-]+\)$/, '');
    report('body/mdx', position ? Number(position[1]) : undefined, `is not valid MDX: ${reason}; a literal < or { must be escaped as \\< or \\{`);
    return undefined;
  }
  for (const section of body.sections) {
    if (!section.question.endsWith('?')) {
      report('body/heading', section.line, `heading "${section.question}" is not a question; every H2 asks what its section answers, so end it with "?"`);
    }
    if (!section.text.trim()) report('body/empty-section', section.line, `section "${section.question}" is empty; answer the question or remove the heading`);
  }
  for (const formula of body.formulas) {
    if (formula.opensWithDigit) {
      const number = /^[\d.,]*\d/.exec(formula.tex)?.[0] ?? '';
      const shown = formula.tex.length > 20 ? `${formula.tex.slice(0, 20)}...` : formula.tex;
      report(
        'body/price-as-math',
        formula.line,
        `"$${shown}$" reads as math because a $ directly before a digit opens a formula; write money as USD ${number} or \\$${number} (for a formula that starts with a number, brace it: \${${number}}...$)`,
      );
      continue;
    }
    const error = texError(formula.tex, formula.display);
    if (error) report('body/tex', formula.line, `TeX does not parse: ${error}`);
  }
  for (const link of body.links) {
    if (!isSafeLink(link.url)) {
      const shown = link.url.length > 40 ? `${link.url.slice(0, 40)}...` : link.url;
      report('body/link-scheme', link.line, `link "${shown}" is not a web page, a site path or a mailto: address; link https:// pages and entries (/<kind>/<slug>/) only`);
    }
  }
  // Charts only exist where there is MDX: plain-Markdown bodies, most of them, skip this entirely.
  const charts = body.usesMdx ? checkCharts(file, body.elements, problems) : [];
  return { ...body, charts };
}

/** Links a reader can follow without risk: web pages, the site's own paths and fragments, e-mail addresses. */
export function isSafeLink(url: string): boolean {
  if (/^https?:\/\/[^\s/]/i.test(url) || /^mailto:[^\s]+@/i.test(url) || url.startsWith('#')) return true;
  // A site path, but not a protocol-relative URL (//host), which leaves the site.
  return url.startsWith('/') && !url.startsWith('//');
}

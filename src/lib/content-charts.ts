/**
 * A concern of the content check: the chart components in a body. Every capitalised JSX element must be a
 * chart component, written as a block of its own, with props that are plain data (read by a literal parser,
 * never run) and that pass the chart's schema, the same one the component parses them with. Problems point
 * at the line of the prop at fault. What passes is returned as the entry's charts, in order.
 */
import { chartNames, isChartName, tryBuildChart, type ChartUse } from './charts/index.ts';
import { formatPath, LiteralError, parseLiteral, type ParsedLiteral } from './charts/literal.ts';
import type { JsxAttributeNode, JsxElement } from './markdown.ts';
import { suggestion, type Problem, type ProblemCode } from './problems.ts';
import type { SourceFile } from './content-files.ts';

/** Check the JSX elements of one file; its charts (offsets into the file) when their props are sound. */
export function checkCharts(file: SourceFile, elements: readonly JsxElement[], problems: Problem[]): ChartUse[] {
  const charts: ChartUse[] = [];
  const lineAt = lineIndex(file.source);
  for (const element of elements) {
    // Lower-case names are HTML elements (<abbr>, <sup>), which MDX renders itself.
    if (!/^[A-Z]/.test(element.name)) continue;
    const report = (code: ProblemCode, line: number, message: string) => problems.push({ code, file: file.file, line, field: 'body', message });
    if (!isChartName(element.name)) {
      report('chart/unknown', element.line, `<${element.name}> is not a chart component; ${suggestion(element.name, chartNames, `use one of ${chartNames.join(', ')}`)}`);
      continue;
    }
    const name = element.name;
    if (!element.block) {
      report('chart/inline', element.line, `<${name}> sits inside a paragraph; put it on lines of its own, with a blank line before and after`);
      continue;
    }
    const places = attributePlaces(file.source, element.start);
    const props: Record<string, unknown> = {};
    const literals = new Map<string, { parsed: ParsedLiteral; offset: number }>();
    let readable = true;
    element.attributes.forEach((attribute, index) => {
      const place = places[index];
      const value = attributeValue(attribute, place);
      if ('problem' in value) {
        report('chart/not-data', lineAt(value.offset ?? place?.nameOffset ?? element.start), `<${name}> ${attribute.name ?? '{...}'}: ${value.problem}`);
        readable = false;
        return;
      }
      if (value.parsed && place?.valueOffset !== undefined) literals.set(attribute.name!, { parsed: value.parsed, offset: place.valueOffset });
      props[attribute.name!] = value.value;
    });
    if (!readable) continue;
    const result = tryBuildChart(name, props);
    if ('problems' in result) {
      for (const problem of result.problems) {
        const [attributeName, ...rest] = problem.path;
        const literal = typeof attributeName === 'string' ? literals.get(attributeName) : undefined;
        const attributeIndex = element.attributes.findIndex((attribute) => attribute.name === attributeName);
        const offset = literal ? literal.offset + literal.parsed.offsetOf(rest) : (places[attributeIndex]?.nameOffset ?? element.start);
        const where = problem.path.length > 0 ? `${formatPath(problem.path)}: ` : '';
        report('chart/parameter', lineAt(offset), `<${name}> ${where}${problem.message}`);
      }
      continue;
    }
    charts.push({ component: name, props, start: element.start, end: element.end });
  }
  return charts;
}

type AttributeValue = { value: unknown; parsed?: ParsedLiteral } | { problem: string; offset?: number | undefined };

function attributeValue(attribute: JsxAttributeNode, place: AttributePlace | undefined): AttributeValue {
  if (attribute.type === 'mdxJsxExpressionAttribute' || attribute.name === undefined) {
    return { problem: 'spread props are not read; write each prop as name={value}' };
  }
  const value = attribute.value;
  // A bare prop, as in JSX, means true.
  if (value === null || value === undefined) return { value: true };
  if (typeof value === 'string') return { value };
  try {
    const parsed = parseLiteral(value.value);
    return { value: parsed.value, parsed };
  } catch (error) {
    if (error instanceof LiteralError) return { problem: error.message, offset: place?.valueOffset === undefined ? undefined : place.valueOffset + error.offset };
    throw error;
  }
}

interface AttributePlace {
  name: string | undefined;
  /** Where the attribute's name (or spread) starts in the file. */
  nameOffset: number;
  /** Where an `{expression}` value's text starts, after the brace. */
  valueOffset?: number;
}

/**
 * Where each attribute of the element starting at `start` sits in the file. MDX's tree gives the element's
 * position but not its attributes', so the opening tag is scanned: names, quoted values, and braced
 * expressions with their nested braces, strings and comments.
 */
export function attributePlaces(source: string, start: number): AttributePlace[] {
  const places: AttributePlace[] = [];
  let position = start + 1;
  while (position < source.length && /[\w.:-]/.test(source[position]!)) position++;
  const skipSpace = () => {
    while (position < source.length && /\s/.test(source[position]!)) position++;
  };
  for (;;) {
    skipSpace();
    const character = source[position];
    if (character === undefined || character === '>' || source.startsWith('/>', position)) return places;
    if (character === '{') {
      places.push({ name: undefined, nameOffset: position });
      position = afterBraces(source, position);
      continue;
    }
    const nameStart = position;
    while (position < source.length && /[\w.:-]/.test(source[position]!)) position++;
    if (position === nameStart) return places;
    const place: AttributePlace = { name: source.slice(nameStart, position), nameOffset: nameStart };
    places.push(place);
    skipSpace();
    if (source[position] !== '=') continue;
    position++;
    skipSpace();
    const quote = source[position];
    if (quote === '"' || quote === "'") {
      const end = source.indexOf(quote, position + 1);
      position = end === -1 ? source.length : end + 1;
    } else if (quote === '{') {
      place.valueOffset = position + 1;
      position = afterBraces(source, position);
    }
  }
}

/** The offset just after the brace that closes the one at `open`, skipping strings and comments. */
function afterBraces(source: string, open: number): number {
  let depth = 0;
  let position = open;
  while (position < source.length) {
    const character = source[position]!;
    if (character === '"' || character === "'" || character === '`') {
      position++;
      while (position < source.length && source[position] !== character) position += source[position] === '\\' ? 2 : 1;
    } else if (source.startsWith('//', position)) {
      const end = source.indexOf('\n', position);
      position = end === -1 ? source.length : end;
      continue;
    } else if (source.startsWith('/*', position)) {
      const end = source.indexOf('*/', position + 2);
      position = end === -1 ? source.length : end + 1;
    } else if (character === '{') {
      depth++;
    } else if (character === '}') {
      depth--;
      if (depth === 0) return position + 1;
    }
    position++;
  }
  return position;
}

/** The 1-based line of an offset, by binary search over the line starts. */
function lineIndex(source: string): (offset: number) => number {
  const starts = [0];
  for (let index = 0; index < source.length; index++) if (source[index] === '\n') starts.push(index + 1);
  return (offset) => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (starts[middle]! <= offset) low = middle;
      else high = middle - 1;
    }
    return low + 1;
  };
}

/**
 * The charts' one entrance: from a component's name and props to its model, its figure for the page, its
 * standalone SVG and its alt text. The content check, the chart components, the `.svg` route and the
 * Markdown twin all come through here, with the props validated by the same schemas.
 */
import { ChartError } from './chart-error.ts';
import { curveChart } from './curve-chart.ts';
import { greekChart } from './greek-chart.ts';
import { impermanentLossChart } from './impermanent-loss-chart.ts';
import { payoffChart } from './payoff-chart.ts';
import { chartAlt, chartFigure, standaloneSvg, type ChartModel } from './render.ts';
import { parseChartProps, type ChartName, type ChartProps, type PropProblem } from './schemas.ts';

export { ChartError } from './chart-error.ts';
export { chartNames, isChartName, type ChartName, type PropProblem } from './schemas.ts';
export type { ChartModel } from './render.ts';

const builders: { [Name in ChartName]: (props: ChartProps[Name]) => ChartModel } = {
  PayoffChart: payoffChart,
  GreekChart: greekChart,
  ImpermanentLossChart: impermanentLossChart,
  CurveChart: curveChart,
};

/** A chart as an entry uses it: the component, its props as written, and where it sits in the body. */
export interface ChartUse {
  component: ChartName;
  /** The props as the author wrote them (before defaults), as data. */
  props: Record<string, unknown>;
  /** Where the element starts and ends in the body (the file without its frontmatter). */
  start: number;
  end: number;
}

export interface BuiltChart {
  model: ChartModel;
}

/** Charts already built in this process, by their props: a page, its twin and its `.svg` files share one. */
const built = new Map<string, BuiltChart>();

/** Validate props and build the chart; the problems instead when the props are wrong or cannot be drawn. */
export function tryBuildChart(name: ChartName, props: unknown): BuiltChart | { problems: PropProblem[] } {
  const parsed = parseChartProps(name, props);
  if ('problems' in parsed) return parsed;
  const key = `${name}${JSON.stringify(parsed.props)}`;
  const known = built.get(key);
  if (known) return known;
  try {
    const chart = { model: (builders[name] as (props: unknown) => ChartModel)(parsed.props) };
    built.set(key, chart);
    return chart;
  } catch (error) {
    if (error instanceof ChartError) return { problems: [{ path: error.path, message: error.message }] };
    throw error;
  }
}

/** Build a chart whose props the content check has passed; a wrong prop here is a bug, so it throws. */
export function buildChart(name: ChartName, props: unknown): BuiltChart {
  const result = tryBuildChart(name, props);
  if ('problems' in result) throw new Error(`${name}: ${result.problems.map((problem) => `${problem.path.join('.')}: ${problem.message}`).join('; ')}`);
  return result;
}

/** The HTML an entry page shows for a chart component. */
export function chartHtml(name: ChartName, props: unknown): string {
  return chartFigure(buildChart(name, props).model);
}

export function chartFile(use: Pick<ChartUse, 'component' | 'props'>): string {
  return standaloneSvg(buildChart(use.component, use.props).model);
}

/** The alt text where a chart is shown as an image (the Markdown twin): its title and its description. */
export function chartAltText(use: Pick<ChartUse, 'component' | 'props'>): string {
  return chartAlt(buildChart(use.component, use.props).model);
}

/** A chart's title alone: a caption where its description would be repeated at length (structured data). */
export function chartTitle(use: Pick<ChartUse, 'component' | 'props'>): string {
  return buildChart(use.component, use.props).model.title;
}

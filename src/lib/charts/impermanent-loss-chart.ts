/**
 * The impermanent-loss chart: the loss of a liquidity position against holding its deposit, by how far the
 * price has moved, for a full-range constant-product position and for concentrated ranges (Uniswap v3).
 */
import { capitalEfficiency, concentratedImpermanentLoss, impermanentLoss, type PriceRange } from './amm.ts';
import { ChartError } from './chart-error.ts';
import { formatNumber, formatPercent, niceDomain, plotScales, sampleCurve } from './geometry.ts';
import type { ChartModel } from './render.ts';
import type { ImpermanentLossChartProps } from './schemas.ts';

export function impermanentLossChart(props: ImpermanentLossChartProps): ChartModel {
  const opening = props.price ?? 1;
  const byPrice = props.price !== undefined;
  const ranges: PriceRange[] = props.ranges;
  const domain: [number, number] =
    props.range ??
    (ranges.length > 0
      ? [Math.min(...ranges.map((range) => range.lower)) * 0.8, Math.max(...ranges.map((range) => range.upper)) * 1.2]
      : [opening * 0.1, opening * 10]);
  const scale = props.scale ?? (byPrice ? 'linear' : 'log');
  if (!(domain[0] < opening && opening < domain[1])) throw new ChartError(['range'], `must contain the opening ${byPrice ? 'price' : 'ratio'} ${formatNumber(opening)}`);
  props.marks.forEach((mark, index) => {
    if (mark < domain[0] || mark > domain[1]) throw new ChartError(['marks', index], `${formatNumber(mark)} is outside the chart's range ${formatNumber(domain[0])} to ${formatNumber(domain[1])}; widen range or remove the mark`);
  });

  const curves = [
    ...(props.fullRange ? [{ label: 'Full range', f: (x: number) => 100 * impermanentLoss(x / opening), breaks: [] as number[] }] : []),
    ...ranges.map((range) => ({
      label: `Range ${formatNumber(range.lower)}–${formatNumber(range.upper)}`,
      f: (x: number) => 100 * concentratedImpermanentLoss(x, opening, range),
      breaks: [range.lower, range.upper],
    })),
  ];
  const probe = Array.from({ length: 201 }, (_, index) => (scale === 'log' ? domain[0] * (domain[1] / domain[0]) ** (index / 200) : domain[0] + ((domain[1] - domain[0]) * index) / 200));
  const yDomain = niceDomain(curves.flatMap(({ f }) => probe.map(f)), { includeZero: true });
  const scales = plotScales(scale, domain, yDomain, curves.length);
  const series = curves.map(({ label, f, breaks }) => ({ label, points: sampleCurve(f, domain, scales.x, scales.y, { breaks, initial: 24, logarithmic: scale === 'log' }) }));

  const xWords = byPrice ? `the ${props.underlying} price (opened at ${formatNumber(opening)})` : 'the ratio of the new price to the opening price';
  const sentences = [`Impermanent loss against holding the deposit, by ${xWords}, from ${formatNumber(domain[0])} to ${formatNumber(domain[1])}${scale === 'log' ? ' on a log scale' : ''}.`];
  if (props.fullRange && ranges.length === 0) sentences.push(`The full-range position loses nothing at the opening price and more the further the price moves either way${byPrice ? '' : ', the same for a ratio and its inverse'}.`);
  ranges.forEach((range) => {
    const efficiency = capitalEfficiency(opening, range);
    const below = concentratedImpermanentLoss(range.lower, opening, range);
    const above = concentratedImpermanentLoss(range.upper, opening, range);
    sentences.push(
      `The ${formatNumber(range.lower)}–${formatNumber(range.upper)} range is ${formatNumber(efficiency, 1)} times as capital-efficient as the full range and loses about as many times faster: ${formatPercent(below)} at its lower bound, ${formatPercent(above)} at its upper.`,
    );
  });
  // The marked values are in the table; the description says what the curves do.

  // Labels on one curve only: with two, the dots and the table say it more clearly than crowded text.
  const labelMarks = curves.length === 1;
  const xHead = byPrice ? `${props.underlying} price (${props.currency})` : 'Price ratio';
  return {
    title: props.title ?? (ranges.length > 0 ? 'Impermanent loss of a concentrated range' : 'Impermanent loss against the price ratio'),
    description: sentences.join(' '),
    x: byPrice ? { label: `${props.underlying} price`, unit: props.currency, scale, domain } : { label: 'Price ratio (new price ÷ opening price)', scale, domain },
    y: { label: 'Loss against holding', unit: '%', scale: 'linear', domain: yDomain },
    zeroLine: true,
    series,
    markers: curves.flatMap(({ f }) => props.marks.map((mark) => ({ x: mark, y: f(mark), label: labelMarks ? `${formatNumber(f(mark), 1)}%` : undefined }))),
    rules: [{ x: opening, label: byPrice ? `opened at ${formatNumber(opening)}` : 'no move' }],
    bands: ranges.map((range) => ({ from: range.lower, to: range.upper })),
    areas: [],
    table: {
      head: [xHead, ...curves.map(({ label }) => `${label}: loss (%)`)],
      rows: (props.marks.length > 0 ? props.marks : probeRows(domain, scale, opening)).map((x) => [formatNumber(x), ...curves.map(({ f }) => formatNumber(f(x), 2))]),
    },
  };
}

/** Table rows when no marks are given: a few round points either side of the opening price. */
function probeRows(domain: [number, number], scale: 'log' | 'linear', opening: number): number[] {
  const rows = scale === 'log' ? [0.1, 0.2, 0.5, 1, 2, 5, 10].map((ratio) => ratio * opening) : [0.8, 0.9, 1, 1.1, 1.2].map((ratio) => ratio * opening);
  return rows.filter((x) => x >= domain[0] && x <= domain[1]);
}

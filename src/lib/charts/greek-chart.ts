/**
 * The Greek chart: one Greek of a European option against spot (the strike fixed) or against strike (spot
 * fixed), one curve per expiry, in the units desks quote (vega per volatility point, theta per day).
 */
import { ChartError } from './chart-error.ts';
import { axisTicks, formatNumber, formatSignificant, niceDomain, plotScales, sampleCurve } from './geometry.ts';
import { optionGreek, type GreekName } from './option-math.ts';
import type { ChartModel } from './render.ts';
import type { GreekChartProps } from './schemas.ts';

/** How each Greek is quoted: the factor from the model's raw figure, and the unit. */
function quoting(greek: GreekName, currency: string): { factor: number; unit: string; name: string } {
  const quotes: Record<GreekName, { factor: number; unit: string }> = {
    delta: { factor: 1, unit: 'per unit of underlying' },
    gamma: { factor: 1, unit: `per ${currency}` },
    vega: { factor: 1 / 100, unit: `${currency} per vol point` },
    theta: { factor: 1 / 365, unit: `${currency} per day` },
    rho: { factor: 1 / 100, unit: `${currency} per 1% rate` },
    vanna: { factor: 1 / 100, unit: 'delta per vol point' },
    charm: { factor: 1 / 365, unit: 'delta per day' },
    vomma: { factor: 1 / 10_000, unit: `${currency} per vol point²` },
    speed: { factor: 1, unit: `per ${currency}²` },
    color: { factor: 1 / 365, unit: 'gamma per day' },
    zomma: { factor: 1 / 100, unit: 'gamma per vol point' },
  };
  return { ...quotes[greek], name: greek.charAt(0).toUpperCase() + greek.slice(1) };
}

export function greekChart(props: GreekChartProps): ChartModel {
  const expiries = Array.isArray(props.days) ? props.days : [props.days];
  const againstStrike = props.against === 'strike';
  const centre = againstStrike ? props.spot! : props.strike;
  const domain = props.range ?? (niceDomain([Math.min(centre, props.spot ?? centre) * 0.7, Math.max(centre, props.spot ?? centre) * 1.3]) as [number, number]);
  props.marks.forEach((mark, index) => {
    if (mark < domain[0] || mark > domain[1]) throw new ChartError(['marks', index], `${formatNumber(mark)} is outside the chart's range ${formatNumber(domain[0])} to ${formatNumber(domain[1])}; widen range or remove the mark`);
  });
  const { factor, unit, name } = quoting(props.greek, props.currency);
  const valueAt = (days: number) => (x: number) =>
    factor *
    optionGreek(props.greek, {
      type: props.type,
      price: againstStrike ? props.spot! : x,
      strike: againstStrike ? x : props.strike,
      time: days / 365,
      volatility: props.volatility,
      rate: props.rate,
      model: props.model,
    });
  const curves = expiries.map((days) => ({ days, f: valueAt(days) }));
  const probe = Array.from({ length: 241 }, (_, index) => domain[0] + ((domain[1] - domain[0]) * index) / 240);
  const yDomain = niceDomain(curves.flatMap(({ f }) => probe.map(f)), { includeZero: true });
  const scales = plotScales('linear', domain, yDomain, expiries.length);
  const daysLabel = (days: number) => `${formatNumber(days)} day${days === 1 ? '' : 's'}`;
  const series = curves.map(({ days, f }) => ({ label: daysLabel(days), points: sampleCurve(f, domain, scales.x, scales.y, { initial: 24 }) }));

  const xName = againstStrike ? 'Strike' : `${props.underlying} price`;
  const optionWords = againstStrike
    ? `of ${props.type}s across strikes with ${props.underlying} at ${formatNumber(props.spot!)}`
    : `of a ${props.type} struck at ${formatNumber(props.strike)}, against the ${props.underlying} price`;
  const inputs = `${formatNumber(props.volatility * 100)}% implied volatility, ${props.rate === 0 ? 'a zero rate' : `a ${formatNumber(props.rate * 100)}% rate`}${props.model === 'black-76' ? ', Black-76' : ''}`;
  const sentences = [
    `${name} ${optionWords} from ${formatNumber(domain[0])} to ${formatNumber(domain[1])} (${inputs}), with ${expiries.map(daysLabel).join(', ').replace(/, ([^,]*)$/, ' and $1')} to expiry. Units: ${unit}.`,
    ...curves.map(({ days, f }) => shape(f, probe, `With ${daysLabel(days)}`, againstStrike ? 'at a strike of' : 'at')),
  ];
  // A few marked values are worth a sentence; many are left to the table.
  const labelMarks = curves.length * props.marks.length <= 4;
  if (labelMarks && props.marks.length > 0) {
    sentences.push(props.marks.map((mark) => `At ${formatNumber(mark)}: ${curves.map(({ days, f }) => `${formatSignificant(f(mark))}${curves.length > 1 ? ` (${daysLabel(days)})` : ''}`).join(', ')}.`).join(' '));
  }
  const rowXs = props.marks.length > 0 ? props.marks : axisTicks('linear', domain, 5).values;
  const rows = [...new Set([...rowXs])].sort((a, b) => a - b).map((x) => [formatNumber(x), ...curves.map(({ f }) => formatSignificant(f(x)))]);
  return {
    title: props.title ?? `${name} of a ${props.type} against ${againstStrike ? 'strike' : 'spot'}`,
    description: sentences.join(' '),
    x: { label: xName, unit: props.currency, scale: 'linear', domain },
    y: { label: name, unit, scale: 'linear', domain: yDomain },
    zeroLine: true,
    series,
    markers: curves.flatMap(({ f }) => props.marks.map((mark) => ({ x: mark, y: f(mark), label: labelMarks ? formatSignificant(f(mark)) : undefined }))),
    rules: againstStrike ? [{ x: props.spot!, label: `spot ${formatNumber(props.spot!)}` }] : [{ x: props.strike, label: `strike ${formatNumber(props.strike)}` }, ...(props.spot && props.spot !== props.strike ? [{ x: props.spot, label: `spot ${formatNumber(props.spot)}` }] : [])],
    bands: [],
    areas: [],
    table: { head: [`${xName} (${props.currency})`, ...curves.map(({ days }) => `${name}, ${daysLabel(days)}`)], rows },
  };
}

/** One sentence on a curve's shape: where it starts and ends, and its highest or lowest point inside. */
function shape(f: (x: number) => number, xs: readonly number[], lead: string, at: string): string {
  const values = xs.map(f);
  // Values a thousandth of the largest read as zero in words ("about 0"), not as a string of zeros.
  const largest = Math.max(...values.map(Math.abs));
  const say = (value: number) => (Math.abs(value) < largest / 1000 ? 'about 0' : formatSignificant(value));
  const first = values[0]!;
  const last = values.at(-1)!;
  let highest = 0;
  let lowest = 0;
  values.forEach((value, index) => {
    if (value > values[highest]!) highest = index;
    if (value < values[lowest]!) lowest = index;
  });
  const interior = (index: number) => index > 0 && index < values.length - 1;
  const parts = [`${lead} it runs from ${say(first)} ${at} ${formatNumber(xs[0]!)} to ${say(last)} ${at} ${formatNumber(xs.at(-1)!)}`];
  if (interior(highest)) parts.push(`peaking at ${say(values[highest]!)} ${at} about ${formatNumber(xs[highest]!)}`);
  if (interior(lowest)) parts.push(`bottoming at ${say(values[lowest]!)} ${at} about ${formatNumber(xs[lowest]!)}`);
  return `${parts.join(', ')}.`;
}

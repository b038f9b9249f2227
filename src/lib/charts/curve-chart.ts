/**
 * The general curve chart, for what the other charts do not draw: the liquidation price against leverage,
 * a value-at-risk distribution with its quantile, the loss-versus-rebalancing rate against volatility, and
 * plain data points (a funding-rate history). Each curve is computed from the entry's own numbers.
 */
import { ChartError } from './chart-error.ts';
import { axisTicks, formatMoney, formatNumber, formatPercent, niceDomain, plotScales, sampleCurve, type Point } from './geometry.ts';
import { normalDensity, normalQuantile } from './option-math.ts';
import type { ChartModel, ChartSeries } from './render.ts';
import type { CurveChartProps } from './schemas.ts';

type Props<Curve extends CurveChartProps['curve']> = Extract<CurveChartProps, { curve: Curve }>;

export function curveChart(props: CurveChartProps): ChartModel {
  switch (props.curve) {
    case 'liquidation-price':
      return liquidationChart(props);
    case 'value-at-risk':
      return valueAtRiskChart(props);
    case 'loss-versus-rebalancing':
      return lossVersusRebalancingChart(props);
    case 'points':
      return pointsChart(props);
  }
}

function checkMarks(marks: readonly number[], domain: readonly [number, number], format: (value: number) => string = formatNumber): void {
  marks.forEach((mark, index) => {
    if (mark < domain[0] || mark > domain[1]) throw new ChartError(['marks', index], `${format(mark)} is outside the chart's range ${format(domain[0])} to ${format(domain[1])}; widen it or remove the mark`);
  });
}

function probe(domain: readonly [number, number], type: 'linear' | 'log', count = 200): number[] {
  return Array.from({ length: count + 1 }, (_, index) => (type === 'log' ? domain[0] * (domain[1] / domain[0]) ** (index / count) : domain[0] + ((domain[1] - domain[0]) * index) / count));
}

/**
 * The liquidation price of an isolated position as a fraction of its entry price, at leverage L with
 * maintenance rate m (margin = notional / L). Linear contracts are margined in the quote currency, inverse
 * ones in the coin, whose value falls with the price.
 */
export function liquidationFraction(side: 'long' | 'short', contract: 'linear' | 'inverse', leverage: number, maintenance: number): number {
  const margin = 1 / leverage;
  if (contract === 'linear') return side === 'long' ? (1 - margin) / (1 - maintenance) : (1 + margin) / (1 + maintenance);
  return side === 'long' ? (1 + maintenance) / (1 + margin) : margin >= 1 ? Infinity : (1 - maintenance) / (1 - margin);
}

function liquidationChart(props: Props<'liquidation-price'>): ChartModel {
  const domain = props.leverage;
  checkMarks(props.marks, domain, (value) => `${formatNumber(value)}x`);
  const combinations = props.contracts.flatMap((contract) => props.sides.map((side) => ({ contract, side })));
  if (props.bankruptcy && combinations.length > 1) throw new ChartError(['bankruptcy'], 'draws one bankruptcy curve: use it with one side and one contract');
  const byPrice = props.show === 'price';
  const entry = props.entry ?? 1;
  const toY = (fraction: number) => (byPrice ? entry * fraction : 100 * (fraction - 1));
  const single = combinations.length === 1;
  const curves = combinations.map(({ contract, side }) => ({
    label: single ? 'Liquidation price' : `${capitalise(contract)} ${side}`,
    f: (leverage: number) => toY(liquidationFraction(side, contract, leverage, props.maintenance)),
    contract,
    side,
  }));
  if (props.bankruptcy) {
    const { contract, side } = combinations[0]!;
    curves.push({ label: 'Bankruptcy price', f: (leverage: number) => toY(liquidationFraction(side, contract, leverage, 0)), contract, side });
  }
  const xs = probe(domain, 'log');
  const yDomain = niceDomain(curves.flatMap(({ f }) => xs.map(f)), { includeZero: !byPrice });
  const scales = plotScales('log', domain, yDomain, curves.length);
  const series: ChartSeries[] = curves.map(({ label, f }) => ({ label, points: sampleCurve(f, domain, scales.x, scales.y, { logarithmic: true, initial: 24 }) }));
  const value = (y: number) => (byPrice ? formatMoney(y, props.currency) : `${y > 0 ? '+' : ''}${formatNumber(y, 2)}%`);
  const cell = (y: number) => (byPrice ? formatNumber(y) : `${y > 0 ? '+' : ''}${formatNumber(y, 2)}%`);
  const what = single ? `an isolated ${combinations[0]!.contract} ${combinations[0]!.side}` : 'isolated positions';
  const sentences = [
    `${byPrice ? 'Liquidation price' : 'The price move that triggers liquidation'} of ${what}${byPrice ? ` entered at ${formatMoney(entry, props.currency)}` : ''}, against leverage from ${formatNumber(domain[0])}x to ${formatNumber(domain[1])}x, with a ${formatPercent(props.maintenance)} maintenance margin rate.`,
    byPrice ? 'The higher the leverage, the closer the liquidation price sits to the entry price.' : 'The higher the leverage, the smaller the move; above about 20x it is roughly one over leverage less the maintenance rate.',
  ];
  // A few marked values are worth a sentence; many are left to the table.
  const labelMarks = curves.length * props.marks.length <= 4;
  if (labelMarks && props.marks.length > 0) {
    sentences.push(props.marks.map((mark) => `At ${formatNumber(mark)}x: ${curves.map(({ label, f }) => `${value(f(mark))}${curves.length > 1 ? ` (${label.toLowerCase()})` : ''}`).join(', ')}.`).join(' '));
  }
  const unit = byPrice ? props.currency : '% from entry';
  return {
    title: props.title ?? (byPrice ? 'Liquidation price against leverage' : 'Distance to liquidation against leverage'),
    description: sentences.join(' '),
    x: { label: 'Leverage', unit: '×', scale: 'log', domain },
    y: { label: byPrice ? `${props.underlying} liquidation price` : 'Move to liquidation', unit, scale: 'linear', domain: yDomain },
    zeroLine: !byPrice,
    series,
    markers: curves.flatMap(({ f }) => props.marks.map((mark) => ({ x: mark, y: f(mark), label: labelMarks ? cell(f(mark)) : undefined }))),
    rules: [],
    bands: [],
    areas: [],
    table: {
      head: ['Leverage', ...curves.map(({ label }) => `${label} (${unit})`)],
      rows: (props.marks.length > 0 ? props.marks : axisTicks('log', domain).values).map((mark) => [`${formatNumber(mark)}x`, ...curves.map(({ f }) => cell(f(mark)))]),
    },
  };
}

function valueAtRiskChart(props: Props<'value-at-risk'>): ChartModel {
  const deviation = props.value * props.volatility * Math.sqrt(props.days);
  const quantile = normalQuantile(props.confidence);
  const valueAtRisk = quantile * deviation;
  const domain: [number, number] = niceDomain([-4.2 * deviation, 4.2 * deviation]);
  // Density per bucket of a round width, so the vertical axis reads as a probability.
  const bucket = roundStep(deviation / 25);
  const density = (x: number) => (100 * bucket * normalDensity(x / deviation)) / deviation;
  const yDomain = niceDomain([0, density(0)], { includeZero: true });
  const scales = plotScales('linear', domain, yDomain, 1);
  const points = sampleCurve(density, domain, scales.x, scales.y, { initial: 32 });
  const tail = sampleCurve(density, [domain[0], -valueAtRisk], scales.x, scales.y, { initial: 12 });
  const money = (value: number) => formatMoney(value, props.currency);
  const level = formatPercent(props.confidence);
  const horizon = props.days === 1 ? 'one-day' : `${formatNumber(props.days)}-day`;
  const sentences = [
    `Distribution of the ${horizon} profit and loss of a ${money(props.value)} position with ${formatPercent(props.volatility)} daily volatility, assumed normal with zero mean: a standard deviation of ${money(deviation)}.`,
    `The shaded left tail holds ${formatPercent(1 - props.confidence)} of outcomes, the losses beyond ${money(valueAtRisk)}: the ${horizon} ${level} value at risk, ${formatNumber(quantile, 3)} standard deviations below zero.`,
    'The chart says nothing about how large the losses in that tail are.',
  ];
  const levels = [...new Set([0.95, 0.975, 0.99, 0.999, props.confidence])].sort((a, b) => a - b);
  return {
    title: props.title ?? `${capitalise(horizon)} ${level} value at risk`,
    description: sentences.join(' '),
    x: { label: `${capitalise(horizon)} profit and loss`, unit: props.currency, scale: 'linear', domain },
    y: { label: `Probability per ${formatNumber(bucket)} ${props.currency}`, unit: '%', scale: 'linear', domain: yDomain },
    zeroLine: false,
    series: [{ label: 'Normal distribution', points }],
    markers: [],
    rules: [{ x: -valueAtRisk, label: `${level} VaR ${formatNumber(-valueAtRisk)}` }],
    bands: [],
    areas: [tail],
    table: {
      head: ['Confidence', `${capitalise(horizon)} VaR (${props.currency})`, 'Standard deviations'],
      rows: levels.map((confidence) => [formatPercent(confidence), formatNumber(normalQuantile(confidence) * deviation), formatNumber(normalQuantile(confidence), 3)]),
    },
  };
}

function lossVersusRebalancingChart(props: Props<'loss-versus-rebalancing'>): ChartModel {
  const domain: [number, number] = [props.volatility[0] * 100, props.volatility[1] * 100];
  checkMarks(props.marks.map((mark) => mark * 100), domain, (value) => `${formatNumber(value)}%`);
  const curves = props.efficiency.map((efficiency) => ({
    label: efficiency === 1 ? 'Full range' : `${formatNumber(efficiency)}× capital efficiency`,
    // σ²/8 of value a year, in percent, for σ in percent.
    f: (volatility: number) => (efficiency * 100 * (volatility / 100) ** 2) / 8,
  }));
  const yDomain = niceDomain(curves.flatMap(({ f }) => probe(domain, 'linear').map(f)), { includeZero: true });
  const scales = plotScales('linear', domain, yDomain, curves.length);
  const series = curves.map(({ label, f }) => ({ label, points: sampleCurve(f, domain, scales.x, scales.y, { initial: 16 }) }));
  const basisPointsPerDay = (percentPerYear: number) => (percentPerYear * 100) / 365;
  const sentences = [
    `Loss-versus-rebalancing of a constant-product pool, as a share of its value per year, against the asset's annualised volatility from ${formatNumber(domain[0])}% to ${formatNumber(domain[1])}%. It grows with the square of volatility: σ²/8 a year${props.efficiency.some((efficiency) => efficiency > 1) ? ', multiplied by the capital efficiency of a concentrated range' : ''}.`,
  ];
  if (props.marks.length > 0) {
    sentences.push(
      props.marks
        .map((mark) => `At ${formatNumber(mark * 100)}% volatility: ${curves.map(({ label, f }) => `${formatNumber(f(mark * 100), 2)}% a year, ${formatNumber(basisPointsPerDay(f(mark * 100)), 2)} basis points a day${curves.length > 1 ? ` (${label.toLowerCase()})` : ''}`).join('; ')}.`)
        .join(' '),
    );
  }
  const rowsAt = props.marks.length > 0 ? props.marks.map((mark) => mark * 100) : axisTicks('linear', domain).values;
  return {
    title: props.title ?? 'Loss-versus-rebalancing against volatility',
    description: sentences.join(' '),
    x: { label: 'Annualised volatility', unit: '%', scale: 'linear', domain },
    y: { label: 'LVR per year', unit: '% of pool value', scale: 'linear', domain: yDomain },
    zeroLine: false,
    series,
    markers: curves.flatMap(({ f }) => props.marks.map((mark) => ({ x: mark * 100, y: f(mark * 100), label: curves.length * props.marks.length <= 4 ? `${formatNumber(f(mark * 100), 2)}%` : undefined }))),
    rules: [],
    bands: [],
    areas: [],
    table: {
      head: ['Volatility', ...curves.flatMap(({ label }) => [`${label}: % a year`, `${label}: bp a day`])],
      rows: rowsAt.map((volatility) => [`${formatNumber(volatility)}%`, ...curves.flatMap(({ f }) => [formatNumber(f(volatility), 2), formatNumber(basisPointsPerDay(f(volatility)), 2)])]),
    },
  };
}

function pointsChart(props: Props<'points'>): ChartModel {
  const all = props.series.flatMap((series) => series.points);
  const xs = all.map(([x]) => x);
  if (props.x.scale === 'log' && xs.some((x) => x <= 0)) throw new ChartError(['x', 'scale'], 'is log, but some x values are zero or negative');
  const xDomain: [number, number] = props.x.scale === 'log' ? [Math.min(...xs), Math.max(...xs)] : niceDomain(xs);
  const yDomain = niceDomain(all.map(([, y]) => y), { includeZero: true });
  const series = props.series.map((item) => ({ label: item.label, points: [...item.points].sort((a, b) => a[0] - b[0]) as Point[] }));
  const describe = (item: ChartSeries) => {
    const ys = item.points.map(([, y]) => y);
    const high = item.points[ys.indexOf(Math.max(...ys))]!;
    const low = item.points[ys.indexOf(Math.min(...ys))]!;
    return `${item.label}: ${item.points.length} points, highest ${formatNumber(high[1])} at ${formatNumber(high[0])}, lowest ${formatNumber(low[1])} at ${formatNumber(low[0])}.`;
  };
  const axisWords = (axis: Props<'points'>['x']) => (axis.unit ? `${axis.label} (${axis.unit})` : axis.label);
  return {
    title: props.title ?? `${props.y.label} against ${props.x.label.toLowerCase()}`,
    description: [`${axisWords(props.y)} against ${axisWords(props.x).toLowerCase()}.`, ...series.map(describe)].join(' '),
    x: { label: props.x.label, unit: props.x.unit, scale: props.x.scale, domain: xDomain },
    y: { label: props.y.label, unit: props.y.unit, scale: 'linear', domain: yDomain },
    zeroLine: true,
    series,
    markers: [],
    rules: [],
    bands: [],
    areas: [],
    table: {
      head: [axisWords(props.x), ...series.map((item) => item.label)],
      rows: [...new Set(series.flatMap((item) => item.points.map(([x]) => x)))]
        .sort((a, b) => a - b)
        .map((x) => [formatNumber(x), ...series.map((item) => {
          const point = item.points.find(([px]) => px === x);
          return point ? formatNumber(point[1]) : '';
        })]),
    },
  };
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** A round bucket width near `value`: 1, 2 or 5 times a power of ten. */
function roundStep(value: number): number {
  const power = 10 ** Math.floor(Math.log10(value));
  const mantissa = value / power;
  return (mantissa < 1.5 ? 1 : mantissa < 3.5 ? 2 : mantissa < 7.5 ? 5 : 10) * power;
}

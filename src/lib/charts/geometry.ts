/**
 * Chart geometry with d3's pure modules: the frame every chart is drawn in, scales with "nice" domains,
 * ticks a reader can use (round numbers, 1-2-5 steps on a log axis, a shared power of ten for tiny values),
 * curves sampled finely only where they bend, and SVG path data. No DOM: everything is numbers and strings.
 */
import { extent } from 'd3-array';
import { scaleLinear, scaleLog, type ScaleContinuousNumeric } from 'd3-scale';
import { line } from 'd3-shape';

/** The drawing's own coordinate system: a 360 × 240 viewBox, scaled to the width of the text column (at most 32rem). */
export const frame = { width: 360, height: 240, left: 46, right: 14, bottom: 38 } as const;

/** The top margin: room for the y-axis label, and for the rows of a legend when there is more than one series. */
export function topMargin(legendRows: number): number {
  return legendRows === 0 ? 26 : 30 + 17 * legendRows;
}

/** The baseline of legend row `row` (from 0); its line sample sits 4 units above. */
export function legendBaseline(row: number): number {
  return 28 + 17 * row;
}

export type ScaleType = 'linear' | 'log';
export type Point = [number, number];

/**
 * The scales a chart's curves are sampled against: the plot area as the renderer will lay it out (to
 * within the width of the y tick labels), so a curve gets points where they show on screen.
 */
export function plotScales(xType: ScaleType, xDomain: readonly [number, number], yDomain: readonly [number, number], seriesCount: number) {
  return {
    x: makeScale(xType, xDomain, [frame.left, frame.width - frame.right]),
    y: makeScale('linear', yDomain, [frame.height - frame.bottom, topMargin(seriesCount > 1 ? 1 : 0)]),
  };
}

export function makeScale(type: ScaleType, domain: readonly [number, number], range: readonly [number, number]): ScaleContinuousNumeric<number, number> {
  return type === 'log' ? scaleLog().domain(domain).range(range) : scaleLinear().domain(domain).range(range);
}

/** A value domain covering `values` (and zero when asked), extended to round numbers. */
export function niceDomain(values: readonly number[], options: { includeZero?: boolean; fallback?: number } = {}): [number, number] {
  const finite = values.filter(Number.isFinite);
  let [low, high] = extent(finite) as [number | undefined, number | undefined];
  if (low === undefined || high === undefined) return [-(options.fallback ?? 1), options.fallback ?? 1];
  if (options.includeZero) {
    low = Math.min(low, 0);
    high = Math.max(high, 0);
  }
  if (low === high) {
    const pad = Math.abs(low) * 0.1 || options.fallback || 1;
    low -= pad;
    high += pad;
  }
  // A little headroom so a curve does not run along the frame, then round numbers.
  const pad = (high - low) * 0.04;
  const domain = scaleLinear()
    .domain([low === 0 ? 0 : low - pad, high === 0 ? 0 : high + pad])
    .nice(8)
    .domain() as [number, number];
  return domain;
}

export interface Ticks {
  values: number[];
  labels: string[];
  /** A shared factor the labels leave out, to be shown with the axis label: "×10⁻⁵". Empty when none. */
  factor: string;
}

const superscripts: Record<string, string> = { '-': '⁻', '0': '⁰', '1': '¹', '2': '²', '3': '³', '4': '⁴', '5': '⁵', '6': '⁶', '7': '⁷', '8': '⁸', '9': '⁹' };

/** Ticks for an axis: about `count` round values, labelled for a reader (thousands as K, a minus sign, no float noise). */
export function axisTicks(type: ScaleType, domain: readonly [number, number], count = 5): Ticks {
  if (type === 'log') {
    const all = scaleLog().domain(domain).ticks(count * 3);
    let values = all.filter((value) => [1, 2, 5].includes(mantissa(value)));
    if (values.length > count + 2) values = all.filter((value) => mantissa(value) === 1);
    return { values, labels: values.map((value) => formatNumber(value)), factor: '' };
  }
  const values = scaleLinear().domain(domain).ticks(count);
  const largest = Math.max(...values.map(Math.abs));
  const step = values.length > 1 ? Math.abs(values[1]! - values[0]!) : largest || 1;
  if (largest > 0 && largest < 0.01) {
    // Tiny values (gamma per dollar): print mantissas and name the power of ten once.
    const exponent = Math.floor(Math.log10(largest));
    const scale = 10 ** -exponent;
    const decimals = Math.max(0, -Math.floor(Math.log10(step * scale) + 1e-9));
    return { values, labels: values.map((value) => formatNumber(value * scale, decimals)), factor: `×10${[...String(exponent)].map((character) => superscripts[character]).join('')}` };
  }
  if (largest >= 10_000) return { values, labels: values.map((value) => compactNumber(value, step)), factor: '' };
  const decimals = Math.max(0, -Math.floor(Math.log10(step) + 1e-9));
  return { values, labels: values.map((value) => formatNumber(value, decimals)), factor: '' };
}

function mantissa(value: number): number {
  return Math.round(value / 10 ** Math.floor(Math.log10(value) + 1e-9));
}

/** 90000 → "90K", 1500000 → "1.5M", with as many decimals as the step needs. */
function compactNumber(value: number, step: number): string {
  const [divisor, suffix] = Math.abs(step) >= 1e5 ? [1e6, 'M'] : [1e3, 'K'];
  const decimals = Math.max(0, -Math.floor(Math.log10(step / divisor) + 1e-9));
  return value === 0 ? '0' : `${formatNumber(value / divisor, decimals)}${suffix}`;
}

const formatters = new Map<string, Intl.NumberFormat>();

/** A number as a reader writes it: grouped thousands, a real minus sign, at most `decimals` decimals (trailing zeros kept when fixed). */
export function formatNumber(value: number, decimals?: number): string {
  const digits = decimals ?? defaultDecimals(value);
  const key = `${digits}${decimals === undefined ? '' : 'fixed'}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat('en-US', { minimumFractionDigits: decimals === undefined ? 0 : digits, maximumFractionDigits: digits });
    formatters.set(key, formatter);
  }
  // Twelve significant digits first, so float noise (24.374999999999986) rounds as the true value would.
  const text = formatter.format(value === 0 ? 0 : Number(value.toPrecision(12)));
  return text === '-0' ? '0' : text.replace('-', '−');
}

/** Enough decimals to show a value to about four significant figures, none for large numbers. */
function defaultDecimals(value: number): number {
  const magnitude = Math.abs(value);
  if (magnitude >= 100 || magnitude === 0) return 0;
  return Math.min(10, 3 - Math.floor(Math.log10(magnitude)));
}

/** A money amount as the entries write it: "USD 88,580", "−USD 6,420". */
export function formatMoney(value: number, currency: string, decimals?: number): string {
  // Cents only where they matter: small amounts that are not whole.
  const whole = Math.abs(value) >= 100 || Number.isInteger(Math.round(value * 100) / 100);
  const text = `${currency} ${formatNumber(Math.abs(value), decimals ?? (whole ? 0 : 2))}`;
  return value < 0 ? `−${text}` : text;
}

/** A decimal as a percentage: 0.0572 → "5.72%"; with `decimals`, exactly that many. */
export function formatPercent(value: number, decimals?: number): string {
  return `${decimals === undefined ? formatNumber(Math.round(value * 10_000) / 100) : formatNumber(value * 100, decimals)}%`;
}

/**
 * Points along y = f(x) on [from, to], dense only where the curve bends on screen: each interval is split
 * until the straight chord is within `tolerance` drawing units of the curve, so a straight payoff costs two
 * points and a gamma peak a few dozen.
 */
export function sampleCurve(
  f: (x: number) => number,
  [from, to]: readonly [number, number],
  x: (value: number) => number,
  y: (value: number) => number,
  options: { tolerance?: number; initial?: number; breaks?: readonly number[]; logarithmic?: boolean } = {},
): Point[] {
  const tolerance = options.tolerance ?? 0.5;
  const toScreen = (value: number): Point => [x(value), y(f(value))];
  const middle = (a: number, b: number) => (options.logarithmic ? Math.sqrt(a * b) : (a + b) / 2);
  // Start from an even grid plus the points where the curve has a corner (strikes, range bounds).
  const starts = new Set<number>([from, to, ...(options.breaks ?? []).filter((value) => value > from && value < to)]);
  const initial = options.initial ?? 16;
  for (let index = 1; index < initial; index++) {
    const fraction = index / initial;
    starts.add(options.logarithmic ? from * (to / from) ** fraction : from + (to - from) * fraction);
  }
  const grid = [...starts].sort((a, b) => a - b);
  const points: Point[] = [];
  const refine = (a: number, b: number, screenA: Point, screenB: Point, depth: number) => {
    const m = middle(a, b);
    const screenM = toScreen(m);
    const chordY = screenA[1] + ((screenB[1] - screenA[1]) * (screenM[0] - screenA[0])) / (screenB[0] - screenA[0] || 1);
    if (depth < 12 && Math.abs(screenM[1] - chordY) > tolerance) {
      refine(a, m, screenA, screenM, depth + 1);
      points.push([m, f(m)]);
      refine(m, b, screenM, screenB, depth + 1);
    }
  };
  grid.forEach((value, index) => {
    points.push([value, f(value)]);
    const next = grid[index + 1];
    if (next !== undefined) refine(value, next, toScreen(value), toScreen(next), 0);
  });
  return simplify(points, x, y, tolerance);
}

/** Drop points that lie on the straight line through their neighbours (on screen), keeping the shape. */
function simplify(points: Point[], x: (value: number) => number, y: (value: number) => number, tolerance: number): Point[] {
  if (points.length <= 2) return points;
  const kept: Point[] = [points[0]!];
  for (let index = 1; index < points.length - 1; index++) {
    const previous = kept.at(-1)!;
    const current = points[index]!;
    const next = points[index + 1]!;
    const [ax, ay] = [x(previous[0]), y(previous[1])];
    const [bx, by] = [x(current[0]), y(current[1])];
    const [cx, cy] = [x(next[0]), y(next[1])];
    const expected = ay + ((cy - ay) * (bx - ax)) / (cx - ax || 1);
    if (Math.abs(by - expected) > tolerance / 2) kept.push(current);
  }
  kept.push(points.at(-1)!);
  return kept;
}

/** SVG path data for a polyline of data points, one decimal of a drawing unit. */
export function pathData(points: readonly Point[], x: (value: number) => number, y: (value: number) => number): string {
  return (
    line<Point>()
      .x((point) => x(point[0]))
      .y((point) => y(point[1]))
      .defined((point) => Number.isFinite(point[1]))
      .digits(0)(points) ?? ''
  );
}

/** A value clamped into [low, high]. */
export function clamp(value: number, low: number, high: number): number {
  return Math.min(Math.max(value, low), high);
}

const significantFormatter = new Intl.NumberFormat('en-US', { maximumSignificantDigits: 3 });

/** A measured value to three significant figures: 0.0000278, 0.529, 114, −95.1, 5,710. */
export function formatSignificant(value: number): string {
  if (value === 0 || Math.abs(value) < 1e-15) return '0';
  return significantFormatter.format(value).replace('-', '−');
}

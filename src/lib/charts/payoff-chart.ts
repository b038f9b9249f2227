/**
 * The payoff chart: the profit of a position of legs against the price of the underlying at expiry, with
 * its break-evens and extremes marked, and optionally its value today. A position whose legs expire on
 * different dates (a calendar or diagonal spread) is drawn at the first expiry, the later options valued
 * then by the model at their implied volatility.
 */
import { ChartError } from './chart-error.ts';
import { formatMoney, formatNumber, niceDomain, plotScales, sampleCurve, type Point } from './geometry.ts';
import { breakEvens, kinks, legPayoff, optionPrice, payoffExtremes, upperSlope, type Extreme, type Leg, type PricingModel } from './option-math.ts';
import type { ChartModel } from './render.ts';
import type { PayoffChartProps } from './schemas.ts';

type PropLeg = PayoffChartProps['legs'][number];

interface PricedLeg extends Leg {
  /** Days to expiry from today, when known. */
  days: number | undefined;
  volatility: number | undefined;
}

export function payoffChart(props: PayoffChartProps): ChartModel {
  const legs: PricedLeg[] = props.legs.map((leg: PropLeg) => ({
    type: leg.type,
    side: leg.side,
    quantity: leg.quantity,
    strike: leg.strike,
    premium: leg.premium,
    price: leg.price,
    days: leg.type === 'underlying' ? undefined : (leg.days ?? props.days),
    volatility: leg.volatility ?? props.volatility,
  }));
  const model: PricingModel = props.model;
  const optionDays = legs.flatMap((leg) => (leg.days === undefined ? [] : [leg.days]));
  const horizon = optionDays.length > 0 ? Math.min(...optionDays) : undefined;
  const later = legs.filter((leg) => leg.days !== undefined && horizon !== undefined && leg.days > horizon);
  const staggered = later.length > 0;

  /** A leg's value at `price`, `daysLeft` days before its own expiry (at expiry when 0), less its cost. */
  const legProfit = (leg: PricedLeg, price: number, daysLeft: number): number => {
    if (leg.type === 'underlying' || daysLeft <= 0) return legPayoff(leg, price);
    const value = optionPrice({ type: leg.type, price, strike: leg.strike!, time: daysLeft / 365, volatility: leg.volatility!, rate: props.rate, model });
    return (leg.side === 'long' ? 1 : -1) * leg.quantity * (value - leg.premium!);
  };
  /** Profit at the first expiry (at expiry, for legs that share it). */
  const atHorizon = (price: number) => legs.reduce((total, leg) => total + legProfit(leg, Math.max(price, 1e-9), leg.days !== undefined && horizon !== undefined ? leg.days - horizon : 0), 0);
  /** Profit if closed today at model prices. */
  const today = (price: number) => legs.reduce((total, leg) => total + legProfit(leg, Math.max(price, 1e-9), leg.days ?? 0), 0);

  const strikes = kinks(legs);
  const anchors = [...strikes, ...legs.flatMap((leg) => (leg.type === 'underlying' ? [leg.price!] : [])), ...(props.spot ? [props.spot] : []), ...props.marks];
  const evens = staggered ? numericRoots(atHorizon, [Math.min(...anchors) * 0.3, Math.max(...anchors) * 2]) : breakEvens(legs);
  const domain = props.range ?? defaultRange([...anchors, ...evens]);
  props.marks.forEach((mark, index) => {
    if (mark < domain[0] || mark > domain[1]) throw new ChartError(['marks', index], `${formatNumber(mark)} is outside the chart's range ${formatNumber(domain[0])} to ${formatNumber(domain[1])}; widen range or remove the mark`);
  });

  const extremes = staggered ? numericExtremes(atHorizon, upperSlope(legs), Math.max(...anchors) * 3) : payoffExtremes(legs);
  const sampleAt = (f: (price: number) => number, yRange: [number, number]) => {
    const scales = plotScales('linear', domain, yRange, props.today ? 2 : 1);
    return sampleCurve(f, domain, scales.x, scales.y, { breaks: strikes, initial: staggered || props.today ? 24 : 2 });
  };
  // The y range from a first dense look at both curves; the drawn points are then sampled against it.
  const probe = Array.from({ length: 121 }, (_, index) => domain[0] + ((domain[1] - domain[0]) * index) / 120);
  const probeValues = [...probe.map(atHorizon), ...(props.today ? probe.map(today) : []), ...strikes.filter((strike) => strike >= domain[0] && strike <= domain[1]).map(atHorizon)];
  const premiumScale = Math.max(1, ...legs.map((leg) => leg.premium ?? 0));
  const yDomain = niceDomain(probeValues, { includeZero: true, fallback: premiumScale });

  const expiryLabel = staggered ? `At the first expiry (day ${formatNumber(horizon!)})` : 'At expiry';
  const series = [{ label: expiryLabel, points: sampleAt(atHorizon, yDomain) }];
  if (props.today) series.push({ label: `Today (${formatNumber(horizon ?? 0)} days to expiry)`, points: sampleAt(today, yDomain) });

  const currency = props.currency;
  const money = (value: number) => formatMoney(value, currency);
  const position = describeLegs(legs, props.underlying, currency, staggered);
  const sentences = [
    `Profit and loss ${staggered ? `at the first expiry, in ${formatNumber(horizon!)} days,` : 'at expiry'} of ${position}, against the ${props.underlying} price${staggered ? ' then' : ' at expiry'}, from ${money(domain[0])} to ${money(domain[1])}.`,
  ];
  if (staggered) sentences.push(`The options expiring later are valued at that date with ${modelName(model)} at their implied volatility${props.rate ? ` and a ${formatNumber(props.rate * 100)}% rate` : ''}.`);
  sentences.push(
    evens.length === 0
      ? `It has no break-even: the result is ${money(atHorizon(domain[0]))} at every price.`
      : `${evens.length === 1 ? 'Break-even' : 'Break-evens'} at ${joinWords(evens.map((value) => money(value)))}.`,
  );
  if (evens.length > 0 || extremes.maxProfit.value !== extremes.maxLoss.value) {
    sentences.push(`Maximum profit ${describeExtreme(extremes.maxProfit, 'profit', money)}. Maximum loss ${describeExtreme(extremes.maxLoss, 'loss', money)}.`);
  }
  if (props.today) sentences.push(`The dashed line is the value today, ${formatNumber(horizon!)} days before expiry, with ${modelName(model)}.`);

  // The table: break-evens, strikes, spot and marked prices, then the extremes.
  const rowPrices = [...new Set([...evens, ...strikes, ...(props.spot ? [props.spot] : []), ...props.marks].map((value) => Math.round(value * 100) / 100))]
    .filter((value) => value >= domain[0] && value <= domain[1])
    .sort((a, b) => a - b);
  const noteOf = (price: number): string =>
    [
      evens.some((even) => Math.abs(even - price) < 0.01) ? 'break-even' : '',
      strikes.includes(price) ? 'strike' : '',
      props.spot === price ? 'spot' : '',
    ]
      .filter(Boolean)
      .join(', ');
  const head = [`${props.underlying} price (${currency})`, `Profit ${staggered ? 'at first expiry' : 'at expiry'} (${currency})`, ...(props.today ? [`Profit today (${currency})`] : []), 'Note'];
  const rows = rowPrices.map((price) => [formatNumber(price), signed(atHorizon(price)), ...(props.today ? [signed(today(price))] : []), noteOf(price)]);
  rows.push(['Maximum profit', extremeValue(extremes.maxProfit), ...(props.today ? [''] : []), extremePlace(extremes.maxProfit)]);
  rows.push(['Maximum loss', extremeValue(extremes.maxLoss), ...(props.today ? [''] : []), extremePlace(extremes.maxLoss)]);

  return {
    title: props.title ?? `Profit and loss ${staggered ? 'at the first expiry' : 'at expiry'}`,
    description: sentences.join(' '),
    x: { label: `${props.underlying} price${staggered ? ' at first expiry' : ' at expiry'}`, unit: currency, scale: 'linear', domain },
    y: { label: `Profit${staggered ? ' at first expiry' : ' at expiry'}`, unit: currency, scale: 'linear', domain: yDomain },
    zeroLine: true,
    series,
    markers: [
      ...evens.map((value) => ({ x: value, y: 0, label: formatNumber(value) })),
      ...props.marks.map((mark) => ({ x: mark, y: atHorizon(mark), label: signed(atHorizon(mark)) })),
    ],
    rules: props.spot ? [{ x: props.spot, label: `spot ${formatNumber(props.spot)}` }] : [],
    bands: [],
    areas: [],
    table: { head, rows },
  };
}

function modelName(model: PricingModel): string {
  return model === 'black-76' ? 'Black-76' : 'Black-Scholes';
}

/** A profit as the table prints it: "+8,580", "−6,420", "0". */
function signed(value: number): string {
  const rounded = Math.abs(value) >= 100 ? Math.round(value) : Math.round(value * 100) / 100;
  return rounded > 0 ? `+${formatNumber(rounded)}` : formatNumber(rounded);
}

function extremeValue(extreme: Extreme): string {
  return Number.isFinite(extreme.value) ? signed(extreme.value) : 'unlimited';
}

function extremePlace(extreme: Extreme): string {
  if (!Number.isFinite(extreme.value)) return 'as the price rises';
  if (extreme.at.length === 0) return 'approached far from the strikes';
  return extreme.at.map(([from, to]) => interval(from, to, (value) => formatNumber(value))).join('; ');
}

function interval(from: number, to: number, format: (value: number) => string): string {
  if (from === to) return `at ${format(from)}`;
  if (from === 0 && to === Infinity) return 'at every price';
  if (from === 0) return `at or below ${format(to)}`;
  if (to === Infinity) return `at or above ${format(from)}`;
  return `between ${format(from)} and ${format(to)}`;
}

function describeExtreme(extreme: Extreme, kind: 'profit' | 'loss', money: (value: number) => string): string {
  if (!Number.isFinite(extreme.value)) return 'unlimited as the price rises';
  const amount = money(kind === 'loss' ? -extreme.value : extreme.value);
  if (extreme.at.length === 0) return `about ${amount}, approached far from the strikes`;
  return `${amount}, ${joinWords(extreme.at.map(([from, to]) => interval(from, to, money)))}`;
}

function describeLegs(legs: readonly PricedLeg[], underlying: string, currency: string, staggered: boolean): string {
  const words = legs.map((leg) => {
    const count = leg.quantity === 1 ? 'a' : formatNumber(leg.quantity);
    if (leg.type === 'underlying') return `${leg.quantity === 1 ? '' : `${count} `}${underlying} ${leg.side === 'long' ? 'bought' : 'sold'} at ${formatMoney(leg.price!, currency)}`;
    const plural = leg.quantity === 1 ? '' : 's';
    const when = staggered && leg.days !== undefined ? `${formatNumber(leg.days)}-day ` : '';
    return `${count} ${leg.side} ${when}${leg.type}${plural} struck at ${formatNumber(leg.strike!)} for ${formatNumber(leg.premium!)}${leg.quantity === 1 ? '' : ' each'}`;
  });
  return joinWords(words);
}

function joinWords(words: readonly string[]): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;
}

/** The price range a reader needs: every strike, price and break-even, with room on both sides, in round numbers. */
function defaultRange(points: readonly number[]): [number, number] {
  const low = Math.min(...points);
  const high = Math.max(...points);
  const pad = Math.max((high - low) * 0.3, ((high + low) / 2) * 0.08);
  const [from, to] = niceDomain([Math.max(0, low - pad), high + pad]);
  return [Math.max(0, from), to];
}

/** Zeros of a smooth function on an interval: sign changes on a fine grid, each narrowed by bisection. */
function numericRoots(f: (x: number) => number, [from, to]: [number, number]): number[] {
  const steps = 2000;
  const roots: number[] = [];
  let previousX = from;
  let previousY = f(from);
  for (let index = 1; index <= steps; index++) {
    const x = from + ((to - from) * index) / steps;
    const y = f(x);
    if (Math.sign(y) !== Math.sign(previousY) && y !== 0) {
      let [a, b, fa] = [previousX, x, previousY];
      for (let iteration = 0; iteration < 60; iteration++) {
        const middle = (a + b) / 2;
        const value = f(middle);
        if (Math.sign(value) === Math.sign(fa)) [a, fa] = [middle, value];
        else b = middle;
      }
      roots.push((a + b) / 2);
    }
    previousX = x;
    previousY = y;
  }
  return roots;
}

/** Extremes of a smooth payoff on [0, ∞): a grid to `reach`, refined around the best point, and the slope beyond. */
function numericExtremes(f: (x: number) => number, slope: number, reach: number): { maxProfit: Extreme; maxLoss: Extreme } {
  const grid: Point[] = Array.from({ length: 3001 }, (_, index) => {
    const x = (reach * index) / 3000;
    return [x, f(x)];
  });
  const refine = (sign: 1 | -1): Extreme => {
    let best = grid[0]!;
    for (const point of grid) if (sign * point[1] > sign * best[1]) best = point;
    // No better than where the grid ends (to a cent): the payoff only approaches it far from the strikes.
    const edge = Math.max(sign * grid[0]![1], sign * grid.at(-1)![1]);
    if (sign * best[1] - edge < 0.01) return { value: sign * edge, at: [] };
    // Golden-section search in the grid cell on either side of the best point.
    let a = Math.max(0, best[0] - reach / 3000);
    let b = best[0] + reach / 3000;
    for (let iteration = 0; iteration < 80; iteration++) {
      const c = b - (b - a) * 0.618;
      const d = a + (b - a) * 0.618;
      if (sign * f(c) > sign * f(d)) b = d;
      else a = c;
    }
    const x = (a + b) / 2;
    return { value: f(x), at: [[x, x]] };
  };
  return {
    maxProfit: slope > 0 ? { value: Infinity, at: [] } : refine(1),
    maxLoss: slope < 0 ? { value: -Infinity, at: [] } : refine(-1),
  };
}

/**
 * Option mathematics for the charts, in one module and shared with nothing else: European option prices
 * and Greeks under Black-Scholes(-Merton) and Black-76, and the payoff at expiry of a set of legs with its
 * break-evens and extremes. Pure functions of numbers; the tests check them against known values.
 *
 * Both models are the generalised Black-Scholes-Merton model with cost of carry `b` (Haug, "The Complete
 * Guide to Option Pricing Formulas"): `b = r` prices an option on a spot asset with no income (Black-Scholes),
 * `b = 0` an option on a forward or future (Black-76), whose "price" argument is then the forward.
 *
 * Units: time in years, rates and volatility as decimals (0.5 for 50%), Greeks per unit of their input
 * (vega per 1.00 of volatility, theta per year). Time-derivatives (theta, charm, color) are taken in calendar
 * time, so they say what happens as a day passes: theta of a long option is negative.
 */

export type OptionType = 'call' | 'put';
export type PricingModel = 'black-scholes' | 'black-76';

export interface OptionInput {
  type: OptionType;
  /** Spot price (Black-Scholes) or forward price (Black-76). */
  price: number;
  strike: number;
  /** Time to expiry in years. */
  time: number;
  /** Annualised volatility, 0.5 for 50%. */
  volatility: number;
  /** Continuously compounded risk-free rate. Default 0. */
  rate?: number;
  /** Default black-scholes. */
  model?: PricingModel;
}

export const greekNames = ['delta', 'gamma', 'vega', 'theta', 'rho', 'vanna', 'charm', 'vomma', 'speed', 'color', 'zomma'] as const;
export type GreekName = (typeof greekNames)[number];
export type Greeks = Record<GreekName, number>;

/** The standard normal density. */
export function normalDensity(x: number): number {
  return Math.exp(-0.5 * x * x) / Math.sqrt(2 * Math.PI);
}

/**
 * The standard normal distribution function, from the complementary error function (W. J. Cody's
 * rational approximations as in Numerical Recipes' erfc, relative error below 1.2e-7), ample for charts.
 */
export function normalCdf(x: number): number {
  const z = Math.abs(x) / Math.SQRT2;
  const t = 1 / (1 + 0.5 * z);
  const erfc =
    t *
    Math.exp(
      -z * z -
        1.26551223 +
        t * (1.00002368 + t * (0.37409196 + t * (0.09678418 + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277)))))))),
    );
  return x >= 0 ? 1 - 0.5 * erfc : 0.5 * erfc;
}

/** The standard normal quantile (Acklam's algorithm with one Halley refinement step). */
export function normalQuantile(p: number): number {
  if (!(p > 0 && p < 1)) throw new RangeError(`normalQuantile: p must be in (0, 1), got ${p}`);
  const a = [-39.69683028665376, 220.9460984245205, -275.9285104469687, 138.357751867269, -30.66479806614716, 2.506628277459239];
  const b = [-54.47609879822406, 161.5858368580409, -155.6989798598866, 66.80131188771972, -13.28068155288572];
  const c = [-0.007784894002430293, -0.3223964580411365, -2.400758277161838, -2.549732539343734, 4.374664141464968, 2.938163982698783];
  const d = [0.007784695709041462, 0.3224671290700398, 2.445134137142996, 3.754408661907416];
  const low = 0.02425;
  let x: number;
  if (p < low) {
    const q = Math.sqrt(-2 * Math.log(p));
    x = (((((c[0]! * q + c[1]!) * q + c[2]!) * q + c[3]!) * q + c[4]!) * q + c[5]!) / ((((d[0]! * q + d[1]!) * q + d[2]!) * q + d[3]!) * q + 1);
  } else if (p <= 1 - low) {
    const q = p - 0.5;
    const r = q * q;
    x = ((((((a[0]! * r + a[1]!) * r + a[2]!) * r + a[3]!) * r + a[4]!) * r + a[5]!) * q) / (((((b[0]! * r + b[1]!) * r + b[2]!) * r + b[3]!) * r + b[4]!) * r + 1);
  } else {
    const q = Math.sqrt(-2 * Math.log(1 - p));
    x = -(((((c[0]! * q + c[1]!) * q + c[2]!) * q + c[3]!) * q + c[4]!) * q + c[5]!) / ((((d[0]! * q + d[1]!) * q + d[2]!) * q + d[3]!) * q + 1);
  }
  const error = normalCdf(x) - p;
  const u = error * Math.sqrt(2 * Math.PI) * Math.exp((x * x) / 2);
  return x - u / (1 + (x * u) / 2);
}

interface Terms {
  d1: number;
  d2: number;
  /** σ√T */
  spread: number;
  /** e^{(b−r)T}: the carry factor on the underlying leg. */
  carry: number;
  /** e^{−rT} */
  discount: number;
  rate: number;
  costOfCarry: number;
}

function terms(input: OptionInput): Terms {
  const { price, strike, time, volatility } = input;
  if (!(price > 0 && strike > 0 && time > 0 && volatility > 0)) {
    throw new RangeError(`option inputs must be positive: price ${price}, strike ${strike}, time ${time}, volatility ${volatility}`);
  }
  const rate = input.rate ?? 0;
  const costOfCarry = input.model === 'black-76' ? 0 : rate;
  const spread = volatility * Math.sqrt(time);
  const d1 = (Math.log(price / strike) + (costOfCarry + (volatility * volatility) / 2) * time) / spread;
  return { d1, d2: d1 - spread, spread, carry: Math.exp((costOfCarry - rate) * time), discount: Math.exp(-rate * time), rate, costOfCarry };
}

/** The value of a European option today. */
export function optionPrice(input: OptionInput): number {
  const { d1, d2, carry, discount } = terms(input);
  const { price, strike } = input;
  return input.type === 'call'
    ? price * carry * normalCdf(d1) - strike * discount * normalCdf(d2)
    : strike * discount * normalCdf(-d2) - price * carry * normalCdf(-d1);
}

/** Every Greek of a European option, in the units described at the top of this module. */
export function optionGreeks(input: OptionInput): Greeks {
  const { d1, d2, spread, carry, discount, rate, costOfCarry } = terms(input);
  const { price, strike, time, volatility } = input;
  const call = input.type === 'call';
  const density = normalDensity(d1);
  const sqrtTime = Math.sqrt(time);
  const value = optionPrice(input);

  const delta = call ? carry * normalCdf(d1) : carry * (normalCdf(d1) - 1);
  const gamma = (carry * density) / (price * spread);
  const vega = price * carry * density * sqrtTime;
  const decay = (-price * carry * density * volatility) / (2 * sqrtTime);
  const theta = call
    ? decay - (costOfCarry - rate) * price * carry * normalCdf(d1) - rate * strike * discount * normalCdf(d2)
    : decay + (costOfCarry - rate) * price * carry * normalCdf(-d1) + rate * strike * discount * normalCdf(-d2);
  // On a forward the strike is not what discounting acts on alone: the whole value is discounted.
  const rho = input.model === 'black-76' ? -time * value : call ? time * strike * discount * normalCdf(d2) : -time * strike * discount * normalCdf(-d2);
  const vanna = (-carry * density * d2) / volatility;
  const charmCommon = density * (costOfCarry / spread - d2 / (2 * time));
  const charm = call ? -carry * (charmCommon + (costOfCarry - rate) * normalCdf(d1)) : -carry * (charmCommon - (costOfCarry - rate) * normalCdf(-d1));
  const vomma = (vega * d1 * d2) / volatility;
  const speed = (-gamma / price) * (1 + d1 / spread);
  const color = gamma * (rate - costOfCarry + (costOfCarry * d1) / spread + (1 - d1 * d2) / (2 * time));
  const zomma = (gamma * (d1 * d2 - 1)) / volatility;
  return { delta, gamma, vega, theta, rho, vanna, charm, vomma, speed, color, zomma };
}

export function optionGreek(greek: GreekName, input: OptionInput): number {
  return optionGreeks(input)[greek];
}

/* ---------------------------------------------------------------------------------------------------- */
/* Payoffs of positions made of legs                                                                     */
/* ---------------------------------------------------------------------------------------------------- */

export type LegType = OptionType | 'underlying';

export interface Leg {
  type: LegType;
  side: 'long' | 'short';
  /** How many units (contracts of one unit of the underlying). */
  quantity: number;
  /** Options only: the strike. */
  strike?: number | undefined;
  /** Options only: the premium per unit, paid when long, received when short. */
  premium?: number | undefined;
  /** Underlying only: the price at which it was bought or sold. */
  price?: number | undefined;
}

function sign(leg: Pick<Leg, 'side'>): number {
  return leg.side === 'long' ? 1 : -1;
}

/** The intrinsic value of one unit of a leg at a settlement price (the underlying's is the price itself). */
export function intrinsicValue(type: LegType, settlement: number, strike = 0): number {
  if (type === 'call') return Math.max(settlement - strike, 0);
  if (type === 'put') return Math.max(strike - settlement, 0);
  return settlement;
}

/** A leg's profit at expiry: its value at settlement less what it cost (or plus what it brought in). */
export function legPayoff(leg: Leg, settlement: number): number {
  const cost = leg.type === 'underlying' ? (leg.price ?? 0) : (leg.premium ?? 0);
  return sign(leg) * leg.quantity * (intrinsicValue(leg.type, settlement, leg.strike) - cost);
}

/** The profit at expiry of all legs together, at one settlement price. */
export function payoff(legs: readonly Leg[], settlement: number): number {
  let total = 0;
  for (const leg of legs) total += legPayoff(leg, settlement);
  return total;
}

/** The net premium: positive when the position is paid for (a debit), negative when it brings cash in (a credit). Options only. */
export function netPremium(legs: readonly Leg[]): number {
  let total = 0;
  for (const leg of legs) if (leg.type !== 'underlying') total += sign(leg) * leg.quantity * (leg.premium ?? 0);
  return total;
}

/** The strikes (and underlying prices) where the payoff can bend, sorted, without repeats. */
export function kinks(legs: readonly Leg[]): number[] {
  const points = legs.flatMap((leg) => (leg.type === 'underlying' ? [] : [leg.strike ?? 0]));
  return [...new Set(points)].sort((a, b) => a - b);
}

/** The slope of the payoff far above every strike: positive means profit without bound as the price rises. */
export function upperSlope(legs: readonly Leg[]): number {
  let slope = 0;
  for (const leg of legs) if (leg.type !== 'put') slope += sign(leg) * leg.quantity;
  return slope;
}

/** Settlement prices where the expiry payoff crosses zero (the break-evens), in increasing order. */
export function breakEvens(legs: readonly Leg[]): number[] {
  return rootsOfPiecewiseLinear((price) => payoff(legs, price), kinks(legs), upperSlope(legs));
}

/**
 * Zeros of a continuous piecewise-linear function of a price on [0, ∞), given its kinks and its slope
 * beyond the last one. Exact: each linear piece is solved, not searched.
 */
export function rootsOfPiecewiseLinear(f: (x: number) => number, kinkPoints: readonly number[], slopeBeyond: number): number[] {
  const points = [0, ...kinkPoints.filter((x) => x > 0)];
  const roots: number[] = [];
  const add = (x: number) => {
    if (roots.length === 0 || Math.abs(roots.at(-1)! - x) > 1e-9 * Math.max(1, x)) roots.push(x);
  };
  const values = points.map(f);
  for (let index = 0; index < points.length; index++) {
    const from = points[index]!;
    const valueFrom = values[index]!;
    const to = points[index + 1];
    // A zero at a kink is a break-even unless the payoff is zero along a whole piece next to it (a flat
    // zero has no single break-even price).
    const flatZeroBeside = values[index - 1] === 0 || (to === undefined ? slopeBeyond === 0 : values[index + 1] === 0);
    if (valueFrom === 0 && from > 0 && !flatZeroBeside) add(from);
    if (to === undefined) {
      // Beyond the last kink: a straight line with the given slope.
      if (slopeBeyond !== 0 && Math.sign(-valueFrom) === Math.sign(slopeBeyond)) add(from - valueFrom / slopeBeyond);
      break;
    }
    const valueTo = values[index + 1]!;
    if (valueFrom !== 0 && valueTo !== 0 && Math.sign(valueFrom) !== Math.sign(valueTo)) add(from + ((to - from) * valueFrom) / (valueFrom - valueTo));
  }
  return roots.filter((x) => x > 0);
}

export interface Extreme {
  /** The value; Infinity or -Infinity when unbounded. */
  value: number;
  /**
   * Where it is reached: settlement-price intervals, `[x, x]` for a single price, `[0, x]` for every price
   * up to x, `[x, Infinity]` for every price from x up. Empty when the extreme is unbounded.
   */
  at: [number, number][];
}

export interface PayoffExtremes {
  maxProfit: Extreme;
  maxLoss: Extreme;
}

/**
 * The largest profit and loss at expiry. The payoff is piecewise linear, so its extremes on [0, ∞) are at
 * a kink, at a zero price, or unbounded as the price rises; a flat extreme is reported as the range it spans.
 */
export function payoffExtremes(legs: readonly Leg[]): PayoffExtremes {
  const points = [0, ...kinks(legs).filter((x) => x > 0)];
  const slope = upperSlope(legs);
  const values = points.map((x) => payoff(legs, x));
  const where = (target: number): [number, number][] => {
    const intervals: [number, number][] = [];
    let previousMatched = false;
    points.forEach((x, index) => {
      const matches = Math.abs(values[index]! - target) <= 1e-9 * Math.max(1, Math.abs(target));
      // Two neighbouring kinks at the same value: the payoff is flat between them.
      if (matches && previousMatched) intervals.at(-1)![1] = x;
      else if (matches) intervals.push([x, x]);
      previousMatched = matches;
    });
    // Flat beyond the last kink: the extreme holds for every higher price.
    const last = intervals.at(-1);
    if (last && slope === 0 && last[1] === points.at(-1)) last[1] = Infinity;
    return intervals;
  };
  const top = Math.max(...values);
  const bottom = Math.min(...values);
  return {
    maxProfit: slope > 0 ? { value: Infinity, at: [] } : { value: top, at: where(top) },
    maxLoss: slope < 0 ? { value: -Infinity, at: [] } : { value: bottom, at: where(bottom) },
  };
}

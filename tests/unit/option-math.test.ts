import { describe, expect, test } from 'vitest';
import {
  breakEvens,
  greekNames,
  netPremium,
  normalCdf,
  normalQuantile,
  optionGreeks,
  optionPrice,
  payoff,
  payoffExtremes,
  type Leg,
  type OptionInput,
} from '../../src/lib/charts/option-math.ts';

const btc: OptionInput = { type: 'call', price: 100_000, strike: 100_000, time: 30 / 365, volatility: 0.5, rate: 0 };
const call = (strike: number, premium: number, side: Leg['side'] = 'long', quantity = 1): Leg => ({ type: 'call', side, strike, premium, quantity });
const put = (strike: number, premium: number, side: Leg['side'] = 'long', quantity = 1): Leg => ({ type: 'put', side, strike, premium, quantity });

describe('normal distribution', () => {
  test('matches tabulated values', () => {
    expect(normalCdf(0)).toBeCloseTo(0.5, 7);
    expect(normalCdf(1.959964)).toBeCloseTo(0.975, 6);
    expect(normalCdf(-2.326348)).toBeCloseTo(0.01, 6);
    expect(normalQuantile(0.99)).toBeCloseTo(2.326348, 5);
    expect(normalQuantile(0.025)).toBeCloseTo(-1.959964, 5);
  });
});

describe('prices', () => {
  test('match textbook values (Haug: generalised Black-Scholes and Black-76)', () => {
    expect(optionPrice({ type: 'call', price: 60, strike: 65, time: 0.25, volatility: 0.3, rate: 0.08 })).toBeCloseTo(2.1334, 4);
    const futures = { price: 19, strike: 19, time: 0.75, volatility: 0.28, rate: 0.1, model: 'black-76' } as const;
    expect(optionPrice({ ...futures, type: 'call' })).toBeCloseTo(1.7011, 4);
    expect(optionPrice({ ...futures, type: 'put' })).toBeCloseTo(1.7011, 4);
  });

  test('match the entries: a 30-day at-the-money BTC call at 50% costs about USD 5,714', () => {
    expect(optionPrice(btc)).toBeCloseTo(5713.77, 1);
  });

  test('obey put-call parity under both models', () => {
    for (const rate of [0, 0.05]) {
      for (const strike of [80_000, 100_000, 125_000]) {
        const input = { ...btc, strike, rate, time: 0.4 };
        const spotParity = optionPrice(input) - optionPrice({ ...input, type: 'put' });
        expect(spotParity).toBeCloseTo(100_000 - strike * Math.exp(-rate * 0.4), 4);
        const forward = { ...input, model: 'black-76' as const };
        const forwardParity = optionPrice(forward) - optionPrice({ ...forward, type: 'put' });
        expect(forwardParity).toBeCloseTo(Math.exp(-rate * 0.4) * (100_000 - strike), 4);
      }
    }
  });

  test('approach intrinsic value near expiry and stay above it', () => {
    const nearExpiry = { ...btc, strike: 90_000, time: 1e-6 };
    expect(optionPrice(nearExpiry)).toBeCloseTo(10_000, 4);
    expect(optionPrice({ ...nearExpiry, type: 'put' })).toBeCloseTo(0, 4);
    expect(optionPrice({ ...btc, strike: 90_000 })).toBeGreaterThan(10_000);
  });
});

describe('Greeks', () => {
  test('match the entries on the 30-day BTC chain', () => {
    const atm = optionGreeks(btc);
    expect(atm.delta).toBeCloseTo(0.529, 3);
    expect(atm.gamma).toBeCloseTo(0.0000278, 7);
    expect(atm.vega / 100).toBeCloseTo(114, 0);
    expect(atm.theta / 365).toBeCloseTo(-95, 0);
    expect(optionGreeks({ ...btc, price: 102_000 }).delta).toBeCloseTo(0.583, 3);
    const seven = optionGreeks({ ...btc, strike: 110_000, time: 7 / 365 });
    expect(seven.delta).toBeCloseTo(0.0898, 4);
    expect(seven.charm / 365).toBeCloseTo(-0.016, 3);
    expect(optionGreeks({ ...btc, strike: 110_000 }).vanna / 100).toBeCloseTo(0.0049, 4);
    expect(optionGreeks({ ...btc, strike: 90_000 }).vanna / 100).toBeCloseTo(-0.0038, 4);
  });

  test('calls and puts share gamma, vega, vanna, vomma, speed, zomma and color; deltas differ by one', () => {
    for (const model of ['black-scholes', 'black-76'] as const) {
      const input = { ...btc, strike: 110_000, rate: 0.04, model };
      const callGreeks = optionGreeks(input);
      const putGreeks = optionGreeks({ ...input, type: 'put' });
      for (const greek of ['gamma', 'vega', 'vanna', 'vomma', 'speed', 'zomma', 'color'] as const) {
        expect(putGreeks[greek], `${model} ${greek}`).toBeCloseTo(callGreeks[greek], 10);
      }
      const carry = model === 'black-76' ? Math.exp(-0.04 * input.time) : 1;
      expect(callGreeks.delta - putGreeks.delta).toBeCloseTo(carry, 10);
    }
    // With a spot asset, call and put charm agree too: their deltas differ by a constant.
    const spot = { ...btc, strike: 110_000, rate: 0.04 };
    expect(optionGreeks({ ...spot, type: 'put' }).charm).toBeCloseTo(optionGreeks(spot).charm, 10);
  });

  test('equal finite differences of the price and of each other', () => {
    for (const model of ['black-scholes', 'black-76'] as const) {
      for (const type of ['call', 'put'] as const) {
        const input: OptionInput = { type, price: 95_000, strike: 105_000, time: 45 / 365, volatility: 0.6, rate: 0.03, model };
        const greeks = optionGreeks(input);
        const at = (change: Partial<OptionInput>) => ({ ...input, ...change });
        const price = (change: Partial<OptionInput> = {}) => optionPrice(at(change));
        const greek = (name: keyof typeof greeks, change: Partial<OptionInput> = {}) => optionGreeks(at(change))[name];
        const h = 1; // USD
        const v = 1e-4; // volatility
        const t = 1e-5; // years
        const r = 1e-5;
        const relative = (actual: number, expected: number, label: string) => expect(Math.abs(actual - expected), `${model} ${type} ${label}: ${actual} vs ${expected}`).toBeLessThanOrEqual(1e-4 * Math.abs(expected) + 1e-12);
        relative(greeks.delta, (price({ price: input.price + h }) - price({ price: input.price - h })) / (2 * h), 'delta');
        relative(greeks.gamma, (greek('delta', { price: input.price + h }) - greek('delta', { price: input.price - h })) / (2 * h), 'gamma');
        relative(greeks.vega, (price({ volatility: 0.6 + v }) - price({ volatility: 0.6 - v })) / (2 * v), 'vega');
        // Calendar time runs against time to expiry.
        relative(greeks.theta, -(price({ time: input.time + t }) - price({ time: input.time - t })) / (2 * t), 'theta');
        relative(greeks.rho, (price({ rate: 0.03 + r }) - price({ rate: 0.03 - r })) / (2 * r), 'rho');
        relative(greeks.vanna, (greek('delta', { volatility: 0.6 + v }) - greek('delta', { volatility: 0.6 - v })) / (2 * v), 'vanna');
        relative(greeks.charm, -(greek('delta', { time: input.time + t }) - greek('delta', { time: input.time - t })) / (2 * t), 'charm');
        relative(greeks.vomma, (greek('vega', { volatility: 0.6 + v }) - greek('vega', { volatility: 0.6 - v })) / (2 * v), 'vomma');
        relative(greeks.speed, (greek('gamma', { price: input.price + h }) - greek('gamma', { price: input.price - h })) / (2 * h), 'speed');
        relative(greeks.color, -(greek('gamma', { time: input.time + t }) - greek('gamma', { time: input.time - t })) / (2 * t), 'color');
        relative(greeks.zomma, (greek('gamma', { volatility: 0.6 + v }) - greek('gamma', { volatility: 0.6 - v })) / (2 * v), 'zomma');
      }
    }
  });

  test('theta, gamma and vega are tied by the Black-Scholes equation', () => {
    const rate = 0.05;
    const input = { ...btc, strike: 90_000, rate };
    const { theta, gamma, delta } = optionGreeks(input);
    const value = optionPrice(input);
    expect(theta + 0.5 * 0.25 * 100_000 ** 2 * gamma).toBeCloseTo(rate * (value - 100_000 * delta), 6);
  });

  test('every Greek has a name the charts can ask for', () => {
    expect(Object.keys(optionGreeks(btc)).sort()).toEqual([...greekNames].sort());
  });

  test('refuses inputs that are not positive', () => {
    expect(() => optionPrice({ ...btc, strike: -1 })).toThrow(RangeError);
    expect(() => optionPrice({ ...btc, time: 0 })).toThrow(RangeError);
  });
});

describe('payoffs', () => {
  const straddle = [call(100_000, 5_710), put(100_000, 5_710)];

  test('a straddle: break-evens at the strike plus and minus the debit, loss capped, profit unbounded', () => {
    expect(netPremium(straddle)).toBe(11_420);
    expect(breakEvens(straddle)).toEqual([88_580, 111_420]);
    expect(payoff(straddle, 120_000)).toBe(8_580);
    expect(payoff(straddle, 95_000)).toBe(-6_420);
    expect(payoffExtremes(straddle)).toEqual({ maxProfit: { value: Infinity, at: [] }, maxLoss: { value: -11_420, at: [[100_000, 100_000]] } });
  });

  test('limits: a long call loses at most its premium and gains one for one above the strike', () => {
    const legs = [call(3_000, 150)];
    expect(payoff(legs, 0)).toBe(-150);
    expect(payoff(legs, 3_400)).toBe(250);
    expect(payoff(legs, 1e9) - payoff(legs, 1e9 - 1)).toBe(1);
    expect(breakEvens(legs)).toEqual([3_150]);
    expect(payoffExtremes(legs).maxLoss).toEqual({ value: -150, at: [[0, 3_000]] });
  });

  test('limits: a short call loses without bound; a short put at most the strike less the premium', () => {
    expect(payoffExtremes([call(110_000, 2_180, 'short')]).maxLoss.value).toBe(-Infinity);
    expect(payoffExtremes([put(90_000, 2_160, 'short')])).toEqual({ maxProfit: { value: 2_160, at: [[90_000, Infinity]] }, maxLoss: { value: -87_840, at: [[0, 0]] } });
  });

  test('an iron condor: flat extremes on both wings, reported as ranges', () => {
    const condor = [put(85_000, 1_200), put(90_000, 2_160, 'short'), call(110_000, 2_180, 'short'), call(115_000, 1_340)];
    expect(netPremium(condor)).toBe(-1_800);
    expect(breakEvens(condor)).toEqual([88_200, 111_800]);
    expect(payoffExtremes(condor)).toEqual({
      maxProfit: { value: 1_800, at: [[90_000, 110_000]] },
      maxLoss: { value: -3_200, at: [[0, 85_000], [115_000, Infinity]] },
    });
  });

  test('a covered call: the underlying leg counts from its purchase price', () => {
    const legs: Leg[] = [{ type: 'underlying', side: 'long', quantity: 1, price: 100_000 }, call(110_000, 2_180, 'short')];
    expect(breakEvens(legs)).toEqual([97_820]);
    expect(payoff(legs, 90_000)).toBe(-7_820);
    expect(payoffExtremes(legs).maxProfit).toEqual({ value: 12_180, at: [[110_000, Infinity]] });
    expect(payoffExtremes(legs).maxLoss).toEqual({ value: -97_820, at: [[0, 0]] });
  });

  test('a box pays the same everywhere: no break-even, one flat extreme', () => {
    const box = [call(90_000, 12_160), call(110_000, 2_180, 'short'), put(110_000, 12_180), put(90_000, 2_160, 'short')];
    expect(payoff(box, 50_000)).toBe(0);
    expect(payoff(box, 150_000)).toBe(0);
    expect(breakEvens(box)).toEqual([]);
  });

  test('a ratio spread: quantities scale legs, a touch of zero is one break-even', () => {
    const front = [call(100_000, 5_710), call(110_000, 2_180, 'short', 2)];
    expect(breakEvens(front)).toEqual([101_350, 118_650]);
    expect(payoffExtremes(front).maxProfit).toEqual({ value: 8_650, at: [[110_000, 110_000]] });
    const touching = [call(100_000, 0), put(100_000, 0)];
    expect(breakEvens(touching)).toEqual([100_000]);
  });
});

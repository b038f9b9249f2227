/**
 * The props of the chart components, as zod schemas: the authors' interface to the charts. The content
 * check validates every chart in every entry with them (and fails the build on a wrong prop, with its line),
 * and the components parse their props with the very same schemas, so the two can never disagree.
 *
 * Units: prices in the chart's currency, volatility and rates as decimals (0.5 for 50%), time in days.
 */
import { z } from 'zod';
import { greekNames } from './option-math.ts';
import { suggestion } from '../problems.ts';

const positive = z.number().positive();
const nonNegative = z.number().nonnegative();
/** Annualised (or per-period) volatility as a decimal: 0.5 for 50%. Over 5 is almost surely a percentage written as a number. */
const volatility = z.number().positive().max(5, { error: 'is a decimal: write 50% as 0.5' });
const label = z.string().trim().min(1).max(70);
/** A price interval [lower, upper]. */
const interval = z.tuple([positive, positive]).refine(([lower, upper]) => lower < upper, { error: 'must be [lower, upper] with lower below upper' });
const marks = z.array(positive).max(8).default([]);

/** Props every chart takes. */
const common = {
  /** A short title for the chart, read first by screen readers. Default: one made from the props. */
  title: label.optional(),
  /** The currency prices are quoted in. Default USD. */
  currency: z.string().regex(/^[A-Z]{3,5}$/, { error: 'must be a currency code such as USD' }).default('USD'),
};

export const legTypes = ['call', 'put', 'underlying'] as const;

/** One leg of an option position. */
export const legSchema = z
  .strictObject({
    /** `call`, `put` or `underlying` (the asset itself, or a perpetual or future on it). Required. */
    type: z.enum(legTypes),
    /** `long` (bought) or `short` (sold). Default long. */
    side: z.enum(['long', 'short']).default('long'),
    /** Units of the underlying. Default 1. */
    quantity: positive.default(1),
    /** Options: the strike. */
    strike: positive.optional(),
    /** Options: the premium per unit, paid when long and received when short. Write 0 to draw the payoff before premium. */
    premium: nonNegative.optional(),
    /** The underlying: the price it was bought or sold at. */
    price: positive.optional(),
    /** Options: days to expiry, when this leg's differ from the chart's `days` (a calendar spread). */
    days: positive.optional(),
    /** Options: this leg's implied volatility, when it differs from the chart's (a smile). */
    volatility: volatility.optional(),
  })
  .superRefine((leg, context) => {
    const issue = (key: string, message: string) => context.addIssue({ code: 'custom', path: [key], message });
    if (leg.type === 'underlying') {
      if (leg.price === undefined) issue('price', 'is required for the underlying: the price it was bought or sold at');
      for (const key of ['strike', 'premium', 'days', 'volatility'] as const) if (leg[key] !== undefined) issue(key, `belongs to options; the underlying has a price instead`);
    } else {
      if (leg.strike === undefined) issue('strike', `is required for a ${leg.type}`);
      if (leg.premium === undefined) issue('premium', 'is required: the price paid or received per unit (write 0 to draw the payoff before premium)');
      if (leg.price !== undefined) issue('price', `belongs to the underlying; a ${leg.type} has a strike and a premium`);
    }
  });

export const payoffChartSchema = z
  .strictObject({
    ...common,
    /** The position: one or more legs. Required. */
    legs: z.array(legSchema).min(1, { error: 'needs at least one leg' }).max(8),
    /** What the options are on, for the axis label: BTC, ETH. Default "underlying". */
    underlying: label.default('underlying'),
    /** Today's price of the underlying: marked on the chart, and the price the value today is computed at. */
    spot: positive.optional(),
    /** The settlement prices the chart spans, [lower, upper]. Default: the strikes and spot, widened on each side. */
    range: interval.optional(),
    /** Days to expiry of the legs that do not give their own. */
    days: positive.optional(),
    /** Implied volatility of the legs that do not give their own. */
    volatility: volatility.optional(),
    /** Risk-free rate, continuously compounded. Default 0. */
    rate: z.number().min(-0.5).max(1).default(0),
    /** black-scholes (options on spot) or black-76 (options on a forward). Default black-scholes. */
    model: z.enum(['black-scholes', 'black-76']).default('black-scholes'),
    /** Also draw the position's value today (needs spot, days and volatility). Default false. */
    today: z.boolean().default(false),
    /** Settlement prices whose profit the table lists, such as those the text works through. */
    marks,
  })
  .superRefine((props, context) => {
    const options = props.legs.map((leg, index) => ({ leg, index })).filter(({ leg }) => leg.type !== 'underlying');
    const expiries = options.map(({ leg }) => leg.days ?? props.days);
    const definite = expiries.filter((days): days is number => days !== undefined);
    const first = definite.length > 0 ? Math.min(...definite) : undefined;
    options.forEach(({ leg, index }, position) => {
      const days = expiries[position];
      const later = days !== undefined && first !== undefined && days > first;
      if ((props.today || later) && days === undefined) {
        context.addIssue({ code: 'custom', path: ['legs', index, 'days'], message: 'is required: give the chart or this leg its days to expiry, so the option can be valued before it expires' });
      }
      if ((props.today || later) && leg.volatility === undefined && props.volatility === undefined) {
        const why = later ? 'it expires after the first leg, so it is valued at that date' : 'today={true} values every option';
        context.addIssue({ code: 'custom', path: ['legs', index, 'volatility'], message: `is required: ${why}; give this leg or the chart a volatility` });
      }
    });
    if (props.today && props.spot === undefined) context.addIssue({ code: 'custom', path: ['spot'], message: 'is required with today={true}: the price the value today is computed at' });
  });

export const greekChartSchema = z
  .strictObject({
    ...common,
    /** Which Greek to draw: delta, gamma, vega, theta, rho, vanna, charm, vomma, speed, color or zomma. Required. */
    greek: z.enum(greekNames),
    /** call or put. Default call. */
    type: z.enum(['call', 'put']).default('call'),
    /** The strike (the fixed one when the chart runs against spot). Required. */
    strike: positive,
    /** Implied volatility. Required. */
    volatility,
    /** Days to expiry: one number, or a list for one curve per expiry (up to four). Required. */
    days: z.union([positive, z.array(positive).min(1).max(4)]),
    rate: z.number().min(-0.5).max(1).default(0),
    model: z.enum(['black-scholes', 'black-76']).default('black-scholes'),
    /** The horizontal axis: spot (the strike fixed) or strike (spot fixed). Default spot. */
    against: z.enum(['spot', 'strike']).default('spot'),
    /** Today's price: marked on a chart against spot; the fixed price of a chart against strike. */
    spot: positive.optional(),
    /** The prices (or strikes) the chart spans. Default: 70% to 130% of the strike (or spot). */
    range: interval.optional(),
    /** What the options are on, for the axis label. Default "underlying". */
    underlying: label.default('underlying'),
    /** Prices (or strikes) whose values the table lists. */
    marks,
  })
  .superRefine((props, context) => {
    if (props.against === 'strike' && props.spot === undefined) context.addIssue({ code: 'custom', path: ['spot'], message: 'is required with against="strike": the fixed spot price' });
  });

export const impermanentLossChartSchema = z
  .strictObject({
    ...common,
    /** The price when the position was opened. With it the axis shows prices; without it, the price ratio. */
    price: positive.optional(),
    /** The prices (or ratios) the chart spans. Default 0.1 to 10 times the opening price. */
    range: interval.optional(),
    /** Concentrated-liquidity positions: each a { lower, upper } price (or ratio) range containing the opening price. */
    ranges: z.array(z.strictObject({ lower: positive, upper: positive })).max(3).default([]),
    /** Draw the full-range (constant-product) position. Default true. */
    fullRange: z.boolean().default(true),
    /** Prices (or ratios) whose losses the table lists. */
    marks,
    /** The horizontal scale: log (even for halvings and doublings) or linear. Default log without price, linear with it. */
    scale: z.enum(['log', 'linear']).optional(),
    /** The volatile token, for the axis label. Default "token". */
    underlying: label.default('token'),
  })
  .superRefine((props, context) => {
    const opening = props.price ?? 1;
    props.ranges.forEach((range, index) => {
      if (!(range.lower < opening && opening < range.upper)) {
        context.addIssue({ code: 'custom', path: ['ranges', index], message: `must contain the opening ${props.price === undefined ? 'ratio 1' : `price ${opening}`} strictly inside [lower, upper]` });
      }
    });
    if (!props.fullRange && props.ranges.length === 0) context.addIssue({ code: 'custom', path: ['fullRange'], message: 'is false and there are no ranges: nothing would be drawn' });
  });

const liquidationCurve = z.strictObject({
  ...common,
  curve: z.literal('liquidation-price'),
  /** price: the liquidation price itself (needs entry); distance: the adverse move to it, in percent. Default price. */
  show: z.enum(['price', 'distance']).default('price'),
  /** The entry price. Required to show prices. */
  entry: positive.optional(),
  /** The maintenance margin rate, 0.005 for 0.5%. Required. */
  maintenance: z.number().min(0).max(0.5, { error: 'is a decimal: write 0.5% as 0.005' }),
  /** Leverage the chart spans. Default [1, 100]. */
  leverage: interval.refine(([lower]) => lower >= 1, { error: 'must start at 1 or more' }).default([1, 100]),
  /** long, short or both. Default long. */
  sides: z.array(z.enum(['long', 'short'])).min(1).max(2).default(['long']),
  /** linear (stablecoin-margined) or inverse (coin-margined), or both. Default linear. */
  contracts: z.array(z.enum(['linear', 'inverse'])).min(1).max(2).default(['linear']),
  /** Also draw the bankruptcy price, where margin is exhausted. Default false. */
  bankruptcy: z.boolean().default(false),
  /** Leverages whose values the table lists. */
  marks,
  underlying: label.default('underlying'),
});

const valueAtRiskCurve = z.strictObject({
  ...common,
  curve: z.literal('value-at-risk'),
  /** The position's value. Required. */
  value: positive,
  /** Daily volatility of its return, as a decimal. Required. */
  volatility,
  /** The confidence level, such as 0.99. Default 0.99. */
  confidence: z.number().gt(0.5).lt(1).default(0.99),
  /** Horizon in days; the volatility scales with its square root. Default 1. */
  days: positive.default(1),
});

const lossVersusRebalancingCurve = z.strictObject({
  ...common,
  curve: z.literal('loss-versus-rebalancing'),
  /** Annualised volatility the chart spans. Default [0, 1.5]. */
  volatility: z.tuple([nonNegative, volatility]).refine(([lower, upper]) => lower < upper, { error: 'must be [lower, upper] with lower below upper' }).default([0, 1.5]),
  /** Capital-efficiency factors of concentrated positions, one curve each (1 is the full range). Default [1]. */
  efficiency: z.array(z.number().min(1)).min(1).max(3).default([1]),
  /** Volatilities whose rates the table lists. */
  marks: z.array(volatility).max(8).default([]),
});

const axis = z.strictObject({ label, unit: z.string().trim().min(1).max(12).optional(), scale: z.enum(['linear', 'log']).default('linear') });
const pointsCurve = z.strictObject({
  ...common,
  curve: z.literal('points'),
  /** The horizontal axis: label, optional unit and scale. */
  x: axis,
  y: axis,
  /** Up to four series, each a label and at least two [x, y] points. */
  series: z.array(z.strictObject({ label, points: z.array(z.tuple([z.number(), z.number()])).min(2).max(400) })).min(1).max(4),
});

export const curveNames = ['liquidation-price', 'value-at-risk', 'loss-versus-rebalancing', 'points'] as const;
export const curveChartSchema = z.discriminatedUnion('curve', [liquidationCurve, valueAtRiskCurve, lossVersusRebalancingCurve, pointsCurve]).superRefine((props, context) => {
  if (props.curve === 'liquidation-price' && props.show === 'price' && props.entry === undefined) context.addIssue({ code: 'custom', path: ['entry'], message: 'is required to show liquidation prices (or write show="distance")' });
});

/** The components an author may write in an entry, by name. */
export const chartSchemas = {
  PayoffChart: payoffChartSchema,
  GreekChart: greekChartSchema,
  ImpermanentLossChart: impermanentLossChartSchema,
  CurveChart: curveChartSchema,
} as const;

export type ChartName = keyof typeof chartSchemas;
export const chartNames = Object.keys(chartSchemas) as ChartName[];
export type PayoffChartProps = z.output<typeof payoffChartSchema>;
export type GreekChartProps = z.output<typeof greekChartSchema>;
export type ImpermanentLossChartProps = z.output<typeof impermanentLossChartSchema>;
export type CurveChartProps = z.output<typeof curveChartSchema>;
export type ChartProps = { [Name in ChartName]: z.output<(typeof chartSchemas)[Name]> };

export function isChartName(name: string): name is ChartName {
  return Object.hasOwn(chartSchemas, name);
}

/** One thing wrong with a chart's props: where (a path into them) and what. */
export interface PropProblem {
  path: PropertyKey[];
  message: string;
}

/** Validate props; the parsed props, or every problem in the author's words. */
export function parseChartProps<Name extends ChartName>(name: Name, props: unknown): { props: ChartProps[Name] } | { problems: PropProblem[] } {
  const result = chartSchemas[name].safeParse(props, { reportInput: true });
  if (result.success) return { props: result.data as ChartProps[Name] };
  return { problems: result.error.issues.map(describeIssue) };
}

/** A did-you-mean for a wrong option: a typo's near match, or the one option that starts with what was written ("liquidation"). */
function hint(value: string, options: readonly string[]): string {
  const extended = options.filter((option) => option.startsWith(value));
  return extended.length === 1 ? `did you mean "${extended[0]}"?` : suggestion(value, options, 'use one of them');
}

function orList(values: readonly string[]): string {
  return values.length <= 1 ? values.join('') : `${values.slice(0, -1).join(', ')} or ${values.at(-1)}`;
}

const typeNames: Record<string, string> = { number: 'a number', string: 'text in quotes', array: 'a list [...]', object: 'an object { ... }', boolean: 'true or false', tuple: 'a list [...]' };

function describeIssue(issue: z.core.$ZodIssue): PropProblem {
  const path = [...issue.path];
  const input = (issue as { input?: unknown }).input;
  switch (issue.code) {
    case 'invalid_type':
      return { path, message: input === undefined ? 'is required' : `must be ${typeNames[issue.expected] ?? issue.expected}` };
    case 'invalid_value': {
      const allowed = issue.values.map(String);
      if (input === undefined) {
        // A leg without a type is the common case: say it of the leg.
        if (path.at(-1) === 'type') return { path: path.slice(0, -1), message: `has no type; write type: ${orList(allowed.map((value) => `'${value}'`))}` };
        return { path, message: `is required: ${orList(allowed)}` };
      }
      return { path, message: `"${String(input)}" is not one of ${allowed.join(', ')}; ${hint(String(input), allowed)}` };
    }
    case 'invalid_union':
      if ('discriminator' in issue && issue.discriminator) {
        const current = (input as Record<string, unknown> | undefined)?.[String(issue.discriminator)];
        const options = (issue as unknown as { options: string[] }).options.map(String);
        return current === undefined
          ? { path, message: `is required: one of ${options.join(', ')}` }
          : { path, message: `"${String(current)}" is not one of ${options.join(', ')}; ${hint(String(current), options)}` };
      }
      return { path, message: 'has the wrong form' };
    case 'unrecognized_keys': {
      const known = knownKeys(issue.input);
      return { path: [...path, issue.keys[0]!], message: issue.keys.map((key) => `"${key}" is not a prop here; ${suggestion(key, known, 'remove it')}`).join('; ') };
    }
    case 'too_small':
    case 'too_big':
      // A message the schema wrote itself says more than a generic bound.
      if (!issue.message.startsWith('Too ')) return { path, message: issue.message };
      return describeBound(issue, path, input);
    default:
      return { path, message: issue.message };
  }
}

function describeBound(issue: z.core.$ZodIssueTooSmall | z.core.$ZodIssueTooBig, path: PropertyKey[], input: unknown): PropProblem {
  switch (issue.code) {
    case 'too_small':
      if (issue.origin === 'array') return { path, message: `needs at least ${String(issue.minimum)} item${Number(issue.minimum) === 1 ? '' : 's'}` };
      if (issue.origin === 'string') return { path, message: 'must not be empty' };
      return { path, message: `is ${String(input)}; it must be ${issue.inclusive ? 'at least' : 'greater than'} ${String(issue.minimum)}` };
    case 'too_big':
      if (issue.origin === 'array') return { path, message: `has more than ${String(issue.maximum)} items` };
      if (issue.origin === 'string') return { path, message: `is ${String(input).length} characters; it must be at most ${String(issue.maximum)}` };
      return { path, message: `is ${String(input)}; it must be ${issue.inclusive ? 'at most' : 'less than'} ${String(issue.maximum)}` };
  }
}

/** The keys an object with an unknown key may have: every key any chart or leg knows (for a did-you-mean). */
function knownKeys(input: unknown): string[] {
  const keys = new Set<string>(Object.keys(legSchema.shape));
  for (const schema of [payoffChartSchema, greekChartSchema, impermanentLossChartSchema]) for (const key of Object.keys(schema.shape)) keys.add(key);
  for (const option of curveChartSchema.options) for (const key of Object.keys(option.shape)) keys.add(key);
  for (const key of Object.keys((input as object | undefined) ?? {})) keys.delete(key);
  return [...keys];
}

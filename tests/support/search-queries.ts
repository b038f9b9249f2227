/**
 * What readers type and the entry they mean, for the name-matching unit tests and the search box's
 * end-to-end tests alike: the issue's own queries, and misspellings of real titles of content/ (one or
 * two edits each: a dropped letter, neighbours swapped, a doubled letter, a wrong vowel).
 */
export interface SearchCase {
  typed: string;
  /** The title of the entry that must come first. */
  meant: string;
}

export const namedQueries: SearchCase[] = [
  { typed: 'IL', meant: 'Impermanent Loss' },
  { typed: 'ADL', meant: 'Auto-Deleveraging' },
  { typed: 'MEV', meant: 'Maximal Extractable Value' },
  { typed: 'black scholes', meant: 'Black-Scholes Model' },
  { typed: 'vol smile', meant: 'Volatility Smile' },
  { typed: 'what is gamma', meant: 'Gamma' },
  { typed: 'how does funding work', meant: 'Funding Rate' },
  { typed: 'What is a straddle?', meant: 'Straddle' },
];

export const misspelledTitles: SearchCase[] = [
  { typed: 'impermenant loss', meant: 'Impermanent Loss' },
  { typed: 'liquidaton', meant: 'Liquidation' },
  { typed: 'volatilty smile', meant: 'Volatility Smile' },
  { typed: 'delta hedgeing', meant: 'Delta Hedging' },
  { typed: 'gama', meant: 'Gamma' },
  { typed: 'vgea', meant: 'Vega' },
  { typed: 'thetta', meant: 'Theta' },
  { typed: 'straddel', meant: 'Straddle' },
  { typed: 'strangel', meant: 'Strangle' },
  { typed: 'fundng rate', meant: 'Funding Rate' },
  { typed: 'perpetaul futures', meant: 'Perpetual Futures' },
  { typed: 'implied volatillity', meant: 'Implied Volatility' },
  { typed: 'maintainance margin', meant: 'Maintenance Margin' },
  { typed: 'iron condur', meant: 'Iron Condor' },
  { typed: 'butterfly sprad', meant: 'Butterfly Spread' },
  { typed: 'sandwitch attack', meant: 'Sandwich Attack' },
  { typed: 'health factr', meant: 'Health Factor' },
  { typed: 'collaterol', meant: 'Collateral' },
  { typed: 'contago', meant: 'Contango' },
  { typed: 'backwardaton', meant: 'Backwardation' },
  { typed: 'monyness', meant: 'Moneyness' },
  { typed: 'insurence fund', meant: 'Insurance Fund' },
  { typed: 'open intrest', meant: 'Open Interest' },
  { typed: 'kelly criterian', meant: 'Kelly Criterion' },
  { typed: 'flash laon', meant: 'Flash Loan' },
  { typed: 'expeted shortfall', meant: 'Expected Shortfall' },
  { typed: 'bankrupcy price', meant: 'Bankruptcy Price' },
  { typed: 'zoma', meant: 'Zomma' },
  { typed: 'Black Sholes', meant: 'Black-Scholes Model' },
  { typed: 'put call parrity', meant: 'Put-Call Parity' },
];

/** Far from every name by more than two edits: no name matches, and "Did you mean" offers the closest. */
export const farQuery: SearchCase = { typed: 'liqudashun', meant: 'Liquidation' };

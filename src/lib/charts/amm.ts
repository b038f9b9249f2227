/**
 * Liquidity-provider arithmetic for the charts: impermanent loss of a full-range constant-product position
 * (Uniswap v2) and of a concentrated range (Uniswap v3), both against holding the deposit, and the capital
 * efficiency of a range. Pure; prices are of the volatile token in the numeraire.
 */

/** Impermanent loss of a full-range position when the price moves by the ratio r: 2√r/(1+r) − 1. */
export function impermanentLoss(ratio: number): number {
  return (2 * Math.sqrt(ratio)) / (1 + ratio) - 1;
}

export interface PriceRange {
  lower: number;
  upper: number;
}

/** The holdings of one unit of liquidity in a range at a price (Uniswap v3 whitepaper, section 6.2.1). */
export function rangeHoldings(price: number, range: PriceRange): { token: number; numeraire: number } {
  const lower = Math.sqrt(range.lower);
  const upper = Math.sqrt(range.upper);
  const root = Math.min(Math.max(Math.sqrt(price), lower), upper);
  return { token: 1 / root - 1 / upper, numeraire: root - lower };
}

/**
 * Impermanent loss of a range position opened at `initialPrice` (inside the range), at `price`: its value
 * against the value of simply holding what was deposited. Below the range the position is all token, above
 * it all numeraire.
 */
export function concentratedImpermanentLoss(price: number, initialPrice: number, range: PriceRange): number {
  const start = rangeHoldings(initialPrice, range);
  const now = rangeHoldings(price, range);
  const position = price * now.token + now.numeraire;
  const held = price * start.token + start.numeraire;
  return position / held - 1;
}

/** How much less capital a range needs than a full-range position of the same depth at `price`. */
export function capitalEfficiency(price: number, range: PriceRange): number {
  const root = Math.sqrt(price);
  return (2 * root) / (2 * root - price / Math.sqrt(range.upper) - Math.sqrt(range.lower));
}

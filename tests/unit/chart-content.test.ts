/**
 * The charts in content/ draw the numbers their entries' text states: each chart is built from its props
 * as the site builds it, and its break-evens, extremes and marked values are looked for in the entry's words.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { buildChart, type ChartModel } from '../../src/lib/charts/index.ts';
import { breakEvens, payoffExtremes, type Leg } from '../../src/lib/charts/option-math.ts';
import { checkContentFolder, type CheckedEntry } from '../../src/lib/content-check.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const { entries, problems } = checkContentFolder(`${root}content`, root);
const bySlug = new Map(entries.map((entry) => [entry.slug, entry]));

function entry(slug: string): CheckedEntry {
  const found = bySlug.get(slug);
  if (!found) throw new Error(`no entry ${slug}`);
  return found;
}

function chartsOf(slug: string): { model: ChartModel; props: Record<string, unknown> }[] {
  return entry(slug).body.charts.map((chart) => ({ model: buildChart(chart.component, chart.props).model, props: chart.props }));
}

/** The model of an entry's first chart. */
function firstChart(slug: string): ChartModel {
  const [chart] = chartsOf(slug);
  if (!chart) throw new Error(`${slug} has no chart`);
  return chart.model;
}

/** The entry's words: its body without the chart elements (whose props would otherwise match themselves). */
function prose(slug: string): string {
  const { source, body } = entry(slug);
  let text = source;
  for (const chart of [...body.charts].reverse()) text = text.slice(0, chart.start) + text.slice(chart.end);
  return text;
}

/** A number as the entries write it: thousands grouped with commas. */
function written(value: number, decimals = 0): string {
  return Math.abs(value).toLocaleString('en-US', { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
}

/** The USD amounts a text names ("USD 88,580", "USD 1,044"). */
function amounts(text: string): number[] {
  return [...text.matchAll(/USD ([\d,]+(?:\.\d+)?)/g)].map((match) => Number(match[1]!.replaceAll(',', '')));
}

describe('charts in content/', () => {
  test('pass the content check, and there are at least 30 entries with charts', () => {
    expect(problems.filter((problem) => problem.code.startsWith('chart/'))).toEqual([]);
    expect(entries.filter((item) => item.body.charts.length > 0).length).toBeGreaterThanOrEqual(30);
  });

  test('the straddle chart draws the break-evens, loss and marked results of the worked example', () => {
    const model = firstChart('straddle');
    const text = prose('straddle');
    const rows = new Map(model.table.rows.map((row) => [row[0], row]));
    // Break-evens and the worst case, as the text gives them.
    expect(text).toContain(`Break-evens: USD ${rows.get('88,580')![0]} and USD ${rows.get('111,420')![0]}`);
    expect(rows.get('88,580')![3]).toBe('break-even');
    expect(model.description).toContain('Maximum loss USD 11,420, at USD 100,000');
    expect(text).toContain('The straddle costs USD 11,420.');
    // The two settlements the text works through.
    expect(text).toContain(`At USD 120,000 the straddle makes USD ${rows.get('120,000')![1]!.replace('+', '')}`);
    expect(text).toContain(`at USD 95,000 it loses USD ${rows.get('95,000')![1]!.replace('−', '')}`);
  });

  test('the impermanent-loss chart has the values of the entry\'s table', () => {
    const model = firstChart('impermanent-loss');
    const table = [...prose('impermanent-loss').matchAll(/^\| ([\d.]+) \| (−[\d.]+)% \|$/gm)].map((match) => [match[1]!, match[2]!]);
    expect(table).toHaveLength(7);
    expect(model.table.rows).toEqual(table);
  });

  test('the call-option chart has the break-even and results of its worked example', () => {
    const model = firstChart('call-option');
    const text = prose('call-option');
    expect(text).toContain('Breakeven is USD 3,150.');
    expect(model.table.rows).toContainEqual(['3,150', '0', 'break-even']);
    expect(text).toContain('the profit USD 250');
    expect(model.table.rows).toContainEqual(['3,400', '+250', '']);
    expect(text).toContain('the loss is the full USD 150');
    expect(model.table.rows).toContainEqual(['2,900', '−150', '']);
  });

  test('every option strategy chart has the break-evens and extremes its text states', () => {
    const checked: string[] = [];
    for (const item of entries) {
      for (const chart of item.body.charts) {
        if (chart.component !== 'PayoffChart') continue;
        const legs = chart.props['legs'] as { days?: number }[];
        // Legs expiring on different dates are valued numerically: the text rounds those ("about USD 93,900").
        const staggered = new Set(legs.map((leg) => leg.days)).size > 1;
        const model = buildChart('PayoffChart', chart.props).model;
        const stated = amounts(prose(item.slug));
        const near = (value: number) => stated.some((amount) => Math.abs(amount - Math.abs(value)) <= (staggered ? Math.max(1, Math.abs(value) * 0.002) : 0.5));
        const evens = model.markers.filter((marker) => marker.y === 0).map((marker) => marker.x);
        // Where the text gives break-evens in dollars (vertical-spread gives only the formula), they are the chart's.
        if (/break-?evens?[^.\n]*USD \d/i.test(prose(item.slug))) for (const value of evens) expect(near(value), `${item.slug}: break-even ${value}`).toBe(true);
        // Extremes reached only if the price went to zero are stated as formulas ($K_p + N$), not amounts.
        const extremes = model.table.rows.filter((row) => row[0]!.startsWith('Maximum') && row.at(-1) !== 'at 0').map((row) => row[1]!);
        for (const value of extremes) {
          if (value === 'unlimited') continue;
          const amount = Number(value.replace(/[+−,]/g, ''));
          // A flat zero (a box priced at its payoff) states no amount; the text says "exactly its payoff".
          if (amount !== 0) expect(near(amount), `${item.slug}: extreme ${value}`).toBe(true);
        }
        checked.push(item.slug);
      }
    }
    expect(checked.length).toBeGreaterThanOrEqual(20);
  });

  test('the exact payoff maths agrees with the chart for every strategy on a single expiry', () => {
    for (const item of entries) {
      for (const chart of item.body.charts) {
        if (chart.component !== 'PayoffChart') continue;
        const legs = (chart.props['legs'] as Record<string, unknown>[]).map((leg) => ({ side: 'long', quantity: 1, ...leg }) as unknown as Leg);
        if (new Set(legs.map((leg) => (leg as { days?: number }).days)).size > 1) continue;
        const model = buildChart('PayoffChart', chart.props).model;
        expect(model.markers.filter((marker) => marker.y === 0).map((marker) => marker.x), item.slug).toEqual(breakEvens(legs).filter((value) => value >= model.x.domain[0] && value <= model.x.domain[1]));
        const { maxLoss, maxProfit } = payoffExtremes(legs);
        // A payoff flat at one value (a box) has no separate maximum loss to state.
        if (Number.isFinite(maxLoss.value) && maxLoss.value !== maxProfit.value) expect(model.description, item.slug).toContain(`Maximum loss USD ${written(-maxLoss.value)}`);
      }
    }
  });

  test('the Greek charts give the values the entries quote', () => {
    const value = (slug: string, mark: string, column = 1) => firstChart(slug).table.rows.find((row) => row[0] === mark)![column]!;
    const expectations: [slug: string, mark: string, column: number, inText: string][] = [
      ['delta', '100,000', 1, 'Each call has delta 0.529'],
      ['delta', '102,000', 1, 'the call delta becomes 0.583'],
      ['gamma', '100,000', 1, 'gamma is 0.0000278 per dollar'],
      ['gamma', '100,000', 2, '0.0000576 with 7 days'],
      ['gamma', '100,000', 3, '0.000152 with one day'],
      ['vega', '90,000', 1, 'USD 83 at the 90,000 strike'],
      ['vega', '100,000', 1, '114 at 100,000'],
      ['vega', '110,000', 1, '96 at 110,000'],
      ['vega', '120,000', 1, '56 at 120,000'],
      ['vanna', '110,000', 1, 'vanna of 0.0049 per volatility point'],
      ['vanna', '90,000', 1, 'has vanna of minus 0.0038 per point'],
      ['charm', '100,000', 1, 'its charm is about minus 0.016 per day'],
      ['theta', '100,000', 1, 'theta is minus USD 95 per day'],
      ['theta', '100,000', 2, 'theta is minus USD 197 per day'],
      ['theta', '100,000', 3, 'theta is minus USD 522 per day'],
    ];
    for (const [slug, mark, column, inText] of expectations) {
      expect(prose(slug), slug).toContain(inText);
      const shown = value(slug, mark, column).replace('−', '');
      // The chart's three significant figures, rounded as the text rounds them.
      const textNumber = /(\d[\d,]*\.?\d*)(?!.*\d)/.exec(inText.replace(/ per .*$/, '').replace(/ with .*$/, '').replace(/ at .*$/, ''))![1]!;
      const decimals = textNumber.includes('.') ? textNumber.split('.')[1]!.length : 0;
      expect(written(Number(shown.replaceAll(',', '')), decimals), `${slug} at ${mark}`).toBe(textNumber);
    }
  });

  test('the value-at-risk, LVR and liquidation charts give the entries\' figures', () => {
    expect(prose('value-at-risk')).toContain('about USD 698,000');
    expect(firstChart('value-at-risk').table.rows).toContainEqual(['99%', '697,904', '2.326']);
    expect(prose('loss-versus-rebalancing')).toContain('$\\sigma^2/8 = 0.64/8 = 8\\%$ a year, or about 2.2 basis points a day');
    expect(firstChart('loss-versus-rebalancing').table.rows).toEqual([['80%', '8.00', '2.19']]);
    expect(prose('liquidation')).toContain('about USD 54,271');
    expect(prose('liquidation')).toContain('The bankruptcy price, where equity would be exactly zero, is USD 54,000.');
    expect(firstChart('liquidation').table.rows).toEqual([['10x', '54,271', '54,000']]);
    expect(prose('isolated-margin')).toContain('95,477');
    expect(firstChart('isolated-margin').table.rows).toEqual([['20x', '95,477']]);
    const distances = firstChart('liquidation-price').table.rows.map((row) => `| ${row[0]} | ${row.slice(1).join(' | ')} |`.replaceAll('+', '+'));
    const table = prose('liquidation-price');
    for (const row of distances) expect(table).toContain(row);
  });

  test('the concentrated-liquidity chart gives the losses the entry works out', () => {
    const text = prose('concentrated-liquidity');
    const rows = firstChart('concentrated-liquidity').table.rows;
    expect(text).toContain('a loss of 0.61%');
    expect(text).toContain('trails holding by 8.55%');
    expect(rows).toEqual([
      ['2,100', '−0.61'],
      ['2,500', '−8.55'],
    ]);
    expect(firstChart('concentrated-liquidity').description).toContain('20.4 times as capital-efficient');
    expect(text).toContain('$E \\approx 20.4$');
  });
});

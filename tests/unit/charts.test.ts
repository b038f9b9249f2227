import { describe, expect, test } from 'vitest';
import { capitalEfficiency, concentratedImpermanentLoss, impermanentLoss } from '../../src/lib/charts/amm.ts';
import { liquidationFraction } from '../../src/lib/charts/curve-chart.ts';
import { axisTicks, formatMoney, formatNumber, niceDomain, pathData, sampleCurve } from '../../src/lib/charts/geometry.ts';
import { buildChart, chartHtml, tryBuildChart } from '../../src/lib/charts/index.ts';
import { LiteralError, parseLiteral } from '../../src/lib/charts/literal.ts';
import { chartPalette, chartSvg, standaloneSvg } from '../../src/lib/charts/render.ts';
import { attributePlaces } from '../../src/lib/content-charts.ts';
import { readFileSync } from 'node:fs';
import { checkFiles } from '../../src/lib/content-check.ts';

const straddle = {
  title: 'Long straddle',
  underlying: 'BTC',
  spot: 100_000,
  legs: [
    { type: 'call', strike: 100_000, premium: 5_710 },
    { type: 'put', strike: 100_000, premium: 5_710 },
  ],
  marks: [95_000, 120_000],
};

describe('literal props', () => {
  test('reads the literal part of JavaScript: numbers with separators, both quotes, trailing commas, comments', () => {
    const { value } = parseLiteral(`[
      { type: 'call', strike: 100_000, premium: 5.71e3, "side": "short" }, // the call
      /* the put */ { type: "put", strike: +9e4, flag: true, none: null, },
      -0.5,
    ]`);
    expect(value).toEqual([{ type: 'call', strike: 100000, premium: 5710, side: 'short' }, { type: 'put', strike: 90000, flag: true, none: null }, -0.5]);
  });

  test('finds where each value starts, for problems at the right line', () => {
    const text = "[\n  { type: 'call' },\n  { strike: -1 },\n]";
    const parsed = parseLiteral(text);
    expect(text.slice(parsed.offsetOf([1, 'strike']))).toMatch(/^-1/);
    // A path deeper than the data points at the closest value that exists.
    expect(text.slice(parsed.offsetOf([0, 'type', 'deeper']))).toMatch(/^'call'/);
  });

  test('refuses code instead of running it, saying where', () => {
    const refuse = (text: string) => {
      try {
        parseLiteral(text);
      } catch (error) {
        if (error instanceof LiteralError) return `${error.offset}: ${error.message}`;
      }
      return 'accepted';
    };
    expect(refuse('30 / 365')).toBe('3: arithmetic is not read: write the resulting number');
    expect(refuse('[strike]')).toMatch(/^1: "strike" is not a value that can be read without running code/);
    expect(refuse('alert(1)')).toMatch(/^0: "alert" is not a value/);
    expect(refuse('100k')).toMatch(/^0: not a number/);
    expect(refuse("{ a: 1, a: 2 }")).toMatch(/the key "a" appears twice/);
    expect(refuse("'open")).toMatch(/a string is not closed/);
  });

  test('finds each attribute of an element in the source, past braces and strings inside expressions', () => {
    const source = `text\n<PayoffChart\n  legs={[{ note: '}' }]}\n  today\n  title="A {b}"\n/>`;
    const places = attributePlaces(source, source.indexOf('<'));
    expect(places.map((place) => [place.name, source.slice(place.nameOffset, place.nameOffset + 5)])).toEqual([
      ['legs', 'legs='],
      ['today', 'today'],
      ['title', 'title'],
    ]);
    expect(source.slice(places[0]!.valueOffset!)).toMatch(/^\[\{ note/);
  });
});

describe('geometry', () => {
  test('ticks are round numbers a reader can use', () => {
    expect(axisTicks('linear', [70_000, 140_000], 4)).toEqual({ values: [80_000, 100_000, 120_000, 140_000], labels: ['80K', '100K', '120K', '140K'], factor: '' });
    expect(axisTicks('linear', [-20_000, 40_000], 4).labels).toEqual(['−20K', '0', '20K', '40K']);
    expect(axisTicks('linear', [-1.5e6, 1.5e6], 4).labels).toEqual(['−1M', '0', '1M']);
    expect(axisTicks('linear', [0, 1], 5).labels).toEqual(['0.0', '0.2', '0.4', '0.6', '0.8', '1.0']);
    // Tiny values share one power of ten, shown with the axis label.
    expect(axisTicks('linear', [0, 0.00002], 4)).toEqual({ values: [0, 0.000005, 0.00001, 0.000015, 0.00002], labels: ['0.0', '0.5', '1.0', '1.5', '2.0'], factor: '×10⁻⁵' });
    // A log axis keeps to 1-2-5 steps.
    expect(axisTicks('log', [0.1, 10]).labels).toEqual(['0.1', '0.2', '0.5', '1', '2', '5', '10']);
    expect(axisTicks('log', [1, 100]).labels).toEqual(['1', '2', '5', '10', '20', '50', '100']);
  });

  test('numbers print as the entries write them', () => {
    expect(formatNumber(-6420)).toBe('−6,420');
    expect(formatNumber(0.0000278)).toBe('0.0000278');
    // Float noise does not flip a rounding: 0.995 / 0.8 − 1 is 24.374999... in binary.
    expect(formatNumber((0.995 / 0.8 - 1) * 100, 2)).toBe('24.38');
    expect(formatNumber(13.4, 2)).toBe('13.40');
    expect(formatMoney(-11_420, 'USD')).toBe('−USD 11,420');
  });

  test('domains are round and include zero when asked', () => {
    expect(niceDomain([-11_420, 28_580], { includeZero: true })).toEqual([-15_000, 35_000]);
    expect(niceDomain([3, 3])).toEqual([2.6, 3.4]);
    expect(niceDomain([])).toEqual([-1, 1]);
  });

  test('curves get points only where they bend', () => {
    const identity = (value: number) => value;
    const straight = sampleCurve((x) => 2 * x + 1, [0, 10], identity, identity, { initial: 16 });
    expect(straight).toEqual([
      [0, 1],
      [10, 21],
    ]);
    const x = (value: number) => value * 30;
    const y = (value: number) => 200 - value * 100;
    const bell = sampleCurve((value) => Math.exp(-value * value), [-5, 5], x, y, { initial: 16 });
    expect(bell.length).toBeGreaterThan(12);
    expect(bell.length).toBeLessThan(80);
    // Every point between samples is within the tolerance of the chord (in drawing units).
    for (let index = 0; index + 1 < bell.length; index++) {
      const [a, b] = [bell[index]!, bell[index + 1]!];
      const middle = (a[0] + b[0]) / 2;
      expect(Math.abs(y(Math.exp(-middle * middle)) - (y(a[1]) + y(b[1])) / 2)).toBeLessThan(1.5);
    }
    expect(pathData(straight, x, y)).toBe('M0,100L300,-1900');
  });
});

describe('liquidity-provider arithmetic', () => {
  test('impermanent loss matches the table and is the same for a ratio and its inverse', () => {
    expect(impermanentLoss(1)).toBe(0);
    expect(impermanentLoss(2)).toBeCloseTo(-0.0572, 4);
    expect(impermanentLoss(0.5)).toBeCloseTo(impermanentLoss(2), 12);
    expect(impermanentLoss(10)).toBeCloseTo(-0.425, 3);
  });

  test('a concentrated range loses as the entry works out, and a huge range is the full range', () => {
    const range = { lower: 1_800, upper: 2_200 };
    expect(concentratedImpermanentLoss(2_100, 2_000, range)).toBeCloseTo(-0.0061, 4);
    expect(concentratedImpermanentLoss(2_200, 2_000, range)).toBeCloseTo(-0.0232, 4);
    expect(concentratedImpermanentLoss(2_500, 2_000, range)).toBeCloseTo(-0.0855, 4);
    expect(capitalEfficiency(2_000, range)).toBeCloseTo(20.4, 1);
    expect(capitalEfficiency(2_000, { lower: 1_000, upper: 4_000 })).toBeCloseTo(3.4, 1);
    expect(concentratedImpermanentLoss(3_000, 2_000, { lower: 1e-9, upper: 1e15 })).toBeCloseTo(impermanentLoss(1.5), 4);
  });

  test('liquidation prices match the distance table of the liquidation-price entry', () => {
    const move = (side: 'long' | 'short', contract: 'linear' | 'inverse', leverage: number) => formatNumber((liquidationFraction(side, contract, leverage, 0.005) - 1) * 100, 2);
    expect([move('long', 'linear', 2), move('short', 'linear', 2), move('long', 'inverse', 2), move('short', 'inverse', 2)]).toEqual(['−49.75', '49.25', '−33.00', '99.00']);
    expect([move('long', 'linear', 5), move('short', 'linear', 5), move('long', 'inverse', 5), move('short', 'inverse', 5)]).toEqual(['−19.60', '19.40', '−16.25', '24.38']);
    expect(liquidationFraction('short', 'inverse', 1, 0.005)).toBe(Infinity);
  });
});

describe('chart models', () => {
  test('a payoff chart says its break-evens and extremes in words and lists key values', () => {
    const { model } = buildChart('PayoffChart', straddle);
    expect(model.description).toContain('Break-evens at USD 88,580 and USD 111,420.');
    expect(model.description).toContain('Maximum profit unlimited as the price rises. Maximum loss USD 11,420, at USD 100,000.');
    expect(model.table.rows).toContainEqual(['120,000', '+8,580', '']);
    expect(model.table.rows).toContainEqual(['95,000', '−6,420', '']);
    expect(model.table.rows).toContainEqual(['100,000', '−11,420', 'strike, spot']);
    expect(model.markers.filter((marker) => marker.y === 0).map((marker) => marker.x)).toEqual([88_580, 111_420]);
  });

  test('a calendar spread is drawn at the first expiry, the later leg valued by the model', () => {
    const { model } = buildChart('PayoffChart', {
      underlying: 'BTC',
      volatility: 0.5,
      legs: [
        { type: 'call', side: 'short', strike: 100_000, premium: 3_910, days: 14 },
        { type: 'call', strike: 100_000, premium: 6_760, days: 42 },
      ],
      marks: [100_000],
    });
    expect(model.description).toMatch(/Break-evens at USD 93,9\d\d and USD 107,1\d\d\./);
    expect(model.description).toContain('Maximum loss about USD 2,850, approached far from the strikes.');
    expect(model.table.rows.find((row) => row[0] === '100,000')?.[1]).toBe('+2,670');
  });

  test('a Greek chart quotes desk units and describes its peak', () => {
    const { model } = buildChart('GreekChart', { greek: 'gamma', strike: 100_000, volatility: 0.5, days: [30, 7], marks: [100_000], underlying: 'BTC' });
    expect(model.y.unit).toBe('per USD');
    expect(model.description).toContain('With 7 days it runs from about 0 at');
    expect(model.description).toContain('At 100,000: 0.0000278 (30 days), 0.0000576 (7 days).');
    expect(buildChart('GreekChart', { greek: 'theta', strike: 100_000, volatility: 0.5, days: 30, marks: [100_000] }).model.table.rows).toEqual([['100,000', '−95.1']]);
  });

  test('an impermanent-loss chart lists the marked ratios', () => {
    const { model } = buildChart('ImpermanentLossChart', { marks: [2, 5] });
    expect(model.table).toEqual({ head: ['Price ratio', 'Full range: loss (%)'], rows: [['2', '−5.72'], ['5', '−25.46']] });
    expect(model.x.scale).toBe('log');
  });

  test('a value-at-risk chart marks the quantile and shades the tail', () => {
    const { model } = buildChart('CurveChart', { curve: 'value-at-risk', value: 10_000_000, volatility: 0.03 });
    expect(model.rules).toEqual([{ x: expect.closeTo(-697_904, 0) as number, label: '99% VaR −697,904' }]);
    expect(model.areas[0]!.at(-1)![0]).toBeCloseTo(-697_904, 0);
    expect(model.table.rows).toContainEqual(['99%', '697,904', '2.326']);
  });

  test('wrong props come back as problems with paths, never as a broken chart', () => {
    const problems = (name: Parameters<typeof tryBuildChart>[0], props: unknown) => {
      const result = tryBuildChart(name, props);
      return 'problems' in result ? result.problems.map((problem) => `${problem.path.join('.')}: ${problem.message}`) : [];
    };
    expect(problems('GreekChart', { greek: 'gamma', strike: 100, volatility: 50, days: 30 })).toEqual(['volatility: is a decimal: write 50% as 0.5']);
    expect(problems('PayoffChart', { legs: [{ type: 'call', strik: 100, premium: 1 }] })).toEqual(['legs.0.strik: "strik" is not a prop here; did you mean "strike"?', 'legs.0.strike: is required for a call']);
    expect(problems('PayoffChart', { legs: [{ type: 'call', strike: 100, premium: 1 }], range: [50, 150], marks: [500] })).toEqual(['marks.0: 500 is outside the chart\'s range 50 to 150; widen range or remove the mark']);
    expect(problems('PayoffChart', { legs: [{ type: 'call', strike: 100, premium: 1 }], range: [150, 50] })).toEqual(['range: must be [lower, upper] with lower below upper']);
    expect(problems('PayoffChart', { legs: [{ type: 'call', strike: 100, premium: 1 }], today: true })).toEqual([
      'legs.0.days: is required: give the chart or this leg its days to expiry, so the option can be valued before it expires',
      'legs.0.volatility: is required: today={true} values every option; give this leg or the chart a volatility',
      'spot: is required with today={true}: the price the value today is computed at',
    ]);
    expect(problems('CurveChart', { curve: 'liquidation' })).toEqual(['curve: "liquidation" is not one of liquidation-price, value-at-risk, loss-versus-rebalancing, points; did you mean "liquidation-price"?']);
    expect(problems('ImpermanentLossChart', { price: 2_000, ranges: [{ lower: 2_100, upper: 2_200 }] })).toEqual(['ranges.0: must contain the opening price 2000 strictly inside [lower, upper]']);
  });
});

describe('rendering', () => {
  const { model } = buildChart('PayoffChart', straddle);

  test('an inline chart is an accessible image that takes the page colours and runs nothing', () => {
    const svg = chartSvg(model);
    expect(svg).toMatch(/^<svg viewBox="0 0 360 240" role="img" fill="currentColor" font-size="13"><title>Long straddle<\/title><desc>Profit and loss at expiry/);
    expect(svg).not.toMatch(/<script|on\w+=|href=|xmlns|#[0-9a-f]{6}/i);
    expect(svg).toContain('style="stroke:var(--link)"');
  });

  test('the figure carries the key values as a table a screen reader reaches', () => {
    const html = chartHtml('PayoffChart', straddle);
    expect(html).toMatch(/^<figure class="chart" data-pagefind-ignore><svg /);
    expect(html).toContain('<figcaption><details><summary>Long straddle: key values</summary><table><thead><tr><th scope="col">BTC price (USD)</th>');
    expect(html).toContain('<tr><th scope="row">88,580</th><td>0</td><td>break-even</td></tr>');
  });

  test('a standalone file declares its namespace and its own light and dark colours', () => {
    const file = standaloneSvg(model);
    expect(file).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<svg xmlns="http:\/\/www.w3.org\/2000\/svg" /);
    expect(file).toContain('@media (prefers-color-scheme:dark)');
    expect(file).toContain(`--link:${chartPalette.dark.link}`);
  });

  test('the standalone colours are the site stylesheet\'s, in both schemes', () => {
    const css = readFileSync(new URL('../../src/styles/global.css', import.meta.url), 'utf8');
    const [light, dark] = [css.slice(0, css.indexOf('@media (prefers-color-scheme: dark)')), css.slice(css.indexOf('@media (prefers-color-scheme: dark)'))];
    for (const [scheme, block] of [['light', light], ['dark', dark]] as const) {
      for (const [name, value] of Object.entries(chartPalette[scheme])) expect(block, `${scheme} --${name}`).toContain(`--${name}: ${value};`);
    }
  });
});

describe('the README', () => {
  test('shows every chart component in an example that passes the content check', () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    const examples = [...readme.matchAll(/```mdx\n([\s\S]*?)```/g)].map((match) => match[1]!).filter((block) => /<[A-Z]\w*Chart/.test(block));
    const source = `---\ntitle: Examples\ndescription: Every chart example of the README, checked as an entry would be.\npublished: 2026-12-01\n---\n\n## Do the examples pass?\n\nThey do.\n\n${examples.join('\n')}`;
    const { entries, problems } = checkFiles([{ file: 'content/term/examples.mdx', kind: 'term', slug: 'examples', source }]);
    expect(problems.filter((problem) => problem.code.startsWith('chart/') || problem.code.startsWith('body/'))).toEqual([]);
    const components = new Set(entries[0]!.body.charts.map((chart) => chart.component));
    expect([...components].sort()).toEqual(['CurveChart', 'GreekChart', 'ImpermanentLossChart', 'PayoffChart']);
    expect(entries[0]!.body.charts.length).toBeGreaterThanOrEqual(8);
  });
});

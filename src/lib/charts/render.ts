/**
 * Drawing a chart: one renderer for every kind of chart, from a `ChartModel` (what the chart kinds compute)
 * to SVG markup. The same markup is inlined in the entry page, where it takes the page's colours from its
 * CSS custom properties (light, dark and print alike), and published as a standalone `.svg` file, which
 * carries those colours in a small stylesheet of its own. No script, no fonts, no external references.
 */
import { axisTicks, clamp, frame, legendBaseline, makeScale, pathData, topMargin, type Point, type ScaleType } from './geometry.ts';

export interface ChartAxis {
  label: string;
  unit?: string | undefined;
  scale: ScaleType;
  domain: [number, number];
}

export interface ChartSeries {
  label: string;
  points: Point[];
}

/** A dot on the chart with an optional short label: a break-even, a marked value. */
export interface ChartMarker {
  x: number;
  y: number;
  label?: string | undefined;
}

/** A vertical line across the plot with a label at its top: spot, a strike, the VaR quantile. */
export interface ChartRule {
  x: number;
  label: string;
}

/** A shaded span of the horizontal axis: a liquidity range. */
export interface ChartBand {
  from: number;
  to: number;
  label?: string | undefined;
}

export interface ChartModel {
  /** Short: what the chart is of. Read first, and shown as the caption. */
  title: string;
  /** Sentences saying what the chart shows: its key values in words. */
  description: string;
  x: ChartAxis;
  y: ChartAxis;
  /** Draw the line y = 0 (a profit chart's break-even line). */
  zeroLine: boolean;
  series: ChartSeries[];
  markers: ChartMarker[];
  rules: ChartRule[];
  bands: ChartBand[];
  /** Regions filled between a curve and y = 0: a distribution's tail. */
  areas: Point[][];
  /** The key values as a table for every reader: its header row and body rows. */
  table: { head: string[]; rows: string[][] };
}

/** The colours a chart uses, as the site's custom properties; a standalone file defines them itself. */
export const chartPalette = {
  light: { text: '#1a1d21', muted: '#4a525c', background: '#ffffff', surface: '#f3f5f7', border: '#d5dae0', link: '#0b5394', focus: '#c2410c' },
  dark: { text: '#e6e9ed', muted: '#aab3bd', background: '#12161b', surface: '#1c2229', border: '#36404a', link: '#8cc4ff', focus: '#ffb86b' },
} as const;

/** Series are told apart by colour and by dash, so they stay distinct in print and for colour-blind readers. */
const seriesStyles = [
  { color: 'var(--link)', dash: '' },
  { color: 'var(--focus)', dash: '6 3' },
  { color: 'var(--text)', dash: '2 3' },
  { color: 'var(--muted)', dash: '8 3 2 3' },
];

export function escapeXml(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');
}

// Coordinates to half a unit: finer than a pixel at any width the chart is shown at.
const n = (value: number) => String(Math.round(value * 2) / 2);

/** The axis label as printed: "BTC price at expiry (USD, ×10⁻⁵)". */
function axisTitle(axis: ChartAxis, factor: string): string {
  const parts = [axis.unit, factor].filter(Boolean);
  return parts.length > 0 ? `${axis.label} (${parts.join(', ')})` : axis.label;
}

/** Rough text width in drawing units, enough to keep labels apart. */
function textWidth(text: string, size: number): number {
  return text.length * size * 0.6;
}

/**
 * The SVG of a chart; `standalone` adds the namespace and its own colours. With role="img" its first
 * `<title>` is its accessible name and its `<desc>` its description (SVG-AAM), so no ids are needed.
 */
export function chartSvg(model: ChartModel, options: { standalone?: boolean } = {}): string {
  const xTicks = axisTicks(model.x.scale, model.x.domain, 4);
  const yTicks = axisTicks(model.y.scale, model.y.domain, 4);
  // The plot starts just right of the widest y tick label.
  const left = Math.round(clamp(Math.max(...yTicks.labels.map((label) => textWidth(label, 12))) + 10, 30, 72));
  const legend = legendLayout(model.series, left);
  const top = topMargin(legend.rows);
  const right = frame.width - frame.right;
  const bottom = frame.height - frame.bottom;
  const x = makeScale(model.x.scale, model.x.domain, [left, right]);
  const y = makeScale(model.y.scale, model.y.domain, [bottom, top]);
  const inX = (value: number) => value >= Math.min(...model.x.domain) && value <= Math.max(...model.x.domain);
  const inY = (value: number) => value >= Math.min(...model.y.domain) && value <= Math.max(...model.y.domain);
  const parts: string[] = [];

  const attributes = [
    ...(options.standalone ? ['xmlns="http://www.w3.org/2000/svg"'] : []),
    `viewBox="0 0 ${frame.width} ${frame.height}"`,
    'role="img"',
    'fill="currentColor"',
    'font-size="13"',
    ...(options.standalone ? ['font-family="system-ui,-apple-system,Segoe UI,Roboto,Helvetica,Arial,sans-serif"'] : []),
  ];
  parts.push(`<svg ${attributes.join(' ')}>`, `<title>${escapeXml(model.title)}</title>`, `<desc>${escapeXml(model.description)}</desc>`);
  if (options.standalone) {
    const variables = (colours: Record<string, string>) => Object.entries(colours).map(([name, value]) => `--${name}:${value}`).join(';');
    parts.push(
      `<style>svg{${variables(chartPalette.light)};color:var(--text)}@media (prefers-color-scheme:dark){svg{${variables(chartPalette.dark)}}}</style>`,
      `<rect width="100%" height="100%" style="fill:var(--background)"/>`,
    );
  }

  // Bands under everything else.
  for (const band of model.bands) {
    const from = x(clamp(band.from, model.x.domain[0], model.x.domain[1]));
    const to = x(clamp(band.to, model.x.domain[0], model.x.domain[1]));
    parts.push(`<rect x="${n(from)}" y="${top}" width="${n(to - from)}" height="${bottom - top}" style="fill:var(--surface)"/>`);
    if (band.label) parts.push(`<text x="${n((from + to) / 2)}" y="${top + 11}" text-anchor="middle" font-size="11" style="fill:var(--muted)">${escapeXml(band.label)}</text>`);
  }

  // Grid: one path for every line.
  const grid = [
    ...yTicks.values.filter(inY).map((value) => `M${left},${n(y(value))}H${right}`),
    ...xTicks.values.filter(inX).map((value) => `M${n(x(value))},${top}V${bottom}`),
  ].join('');
  parts.push(`<path d="${grid}" fill="none" style="stroke:var(--border)" stroke-width="0.6"/>`);
  const axisLines = [`M${left},${bottom}H${right}`, `M${left},${top}V${bottom}`];
  if (model.zeroLine && inY(0) && model.y.domain[0] !== 0) axisLines.push(`M${left},${n(y(0))}H${right}`);
  parts.push(`<path d="${axisLines.join('')}" fill="none" style="stroke:var(--muted)"/>`);

  // Tick labels and axis titles.
  // Tick labels centred on their tick, but never past the edge of the drawing.
  const xLabels = xTicks.values
    .map((value, index) => {
      if (!inX(value)) return '';
      const half = textWidth(xTicks.labels[index]!, 12) / 2;
      return `<text x="${n(clamp(x(value), half + 1, frame.width - half - 1))}" y="${bottom + 14}">${xTicks.labels[index]}</text>`;
    })
    .join('');
  const yLabels = yTicks.values.map((value, index) => (inY(value) ? `<text x="${left - 5}" y="${n(y(value) + 3.5)}">${yTicks.labels[index]}</text>` : '')).join('');
  parts.push(
    `<g font-size="12" style="fill:var(--muted)"><g text-anchor="middle">${xLabels}</g><g text-anchor="end">${yLabels}</g></g>`,
    `<text x="${n((left + right) / 2)}" y="${frame.height - 5}" text-anchor="middle">${escapeXml(axisTitle(model.x, xTicks.factor))}</text>`,
    `<text x="4" y="13">${escapeXml(axisTitle(model.y, yTicks.factor))}</text>`,
  );

  // Filled regions, then the curves.
  for (const area of model.areas) {
    if (area.length < 2) continue;
    const baseline = n(y(clamp(0, model.y.domain[0], model.y.domain[1])));
    const outline = pathData(area, x, y);
    parts.push(`<path d="${outline}V${baseline}H${n(x(area[0]![0]))}Z" style="fill:var(--link)" fill-opacity="0.25"/>`);
  }
  model.series.forEach((series, index) => {
    const style = seriesStyles[index % seriesStyles.length]!;
    const dash = style.dash ? ` stroke-dasharray="${style.dash}"` : '';
    parts.push(`<path d="${pathData(series.points, x, y)}" fill="none" stroke-width="2"${dash} style="stroke:${style.color}"/>`);
  });

  // Vertical rules with labels at the top, kept inside the plot.
  for (const rule of model.rules) {
    if (!inX(rule.x)) continue;
    const at = x(rule.x);
    const width = textWidth(rule.label, 11);
    const anchorX = clamp(at, left + width / 2 + 2, right - width / 2 - 2);
    parts.push(
      `<path d="M${n(at)},${top}V${bottom}" style="stroke:var(--muted)" stroke-dasharray="3 3"/>`,
      `<text x="${n(anchorX)}" y="${top - 3}" text-anchor="middle" font-size="11" style="fill:var(--muted)">${escapeXml(rule.label)}</text>`,
    );
  }

  // Markers, their labels placed above or below so that neighbours do not overlap; a label with no free
  // place is left out (the table has every value).
  const placed: { x: number; y: number; width: number }[] = model.rules.filter((rule) => inX(rule.x)).map((rule) => ({ x: x(rule.x), y: top - 3, width: textWidth(rule.label, 11) }));
  const dots: string[] = [];
  const labels: string[] = [];
  for (const marker of model.markers) {
    if (!inX(marker.x) || !inY(marker.y)) continue;
    const cx = x(marker.x);
    const cy = y(marker.y);
    dots.push(`<circle cx="${n(cx)}" cy="${n(cy)}" r="3"/>`);
    if (!marker.label) continue;
    const width = textWidth(marker.label, 11);
    const labelX = clamp(cx, left + width / 2 + 1, right - width / 2 - 1);
    const candidates = [cy - 7, cy + 15, cy - 20, cy + 28];
    const free = candidates.find((candidate) => candidate > top + 6 && candidate < bottom - 2 && !placed.some((other) => Math.abs(other.x - labelX) < (other.width + width) / 2 + 2 && Math.abs(other.y - candidate) < 12));
    if (free === undefined) continue;
    placed.push({ x: labelX, y: free, width });
    labels.push(`<text x="${n(labelX)}" y="${n(free)}">${escapeXml(marker.label)}</text>`);
  }
  if (dots.length > 0) parts.push(`<g style="fill:var(--background);stroke:var(--text)" stroke-width="1.5">${dots.join('')}</g>`);
  if (labels.length > 0) parts.push(`<g text-anchor="middle" font-size="11">${labels.join('')}</g>`);

  // A legend over the plot when there is more than one series, wrapped onto a second row when needed.
  if (legend.items.length > 0) {
    const items = model.series.map((series, index) => {
      const style = seriesStyles[index % seriesStyles.length]!;
      const dash = style.dash ? ` stroke-dasharray="${style.dash}"` : '';
      const { x: at, row } = legend.items[index]!;
      const baseline = legendBaseline(row);
      return `<path d="M${n(at)},${baseline - 4}h16" stroke-width="2"${dash} style="stroke:${style.color}"/><text x="${n(at + 20)}" y="${baseline}">${escapeXml(series.label)}</text>`;
    });
    parts.push(`<g font-size="12">${items.join('')}</g>`);
  }
  parts.push('</svg>');
  return parts.join('');
}

/** Where each legend item goes: rows of items from the plot's left edge; none for a single series. */
function legendLayout(series: readonly ChartSeries[], left: number): { items: { x: number; row: number }[]; rows: number } {
  if (series.length < 2) return { items: [], rows: 0 };
  let at = left;
  let row = 0;
  const items = series.map((item) => {
    const width = 20 + textWidth(item.label, 12);
    if (at + width > frame.width - frame.right && at > left) {
      row++;
      at = left;
    }
    const placed = { x: at, row };
    at += width + 12;
    return placed;
  });
  return { items, rows: row + 1 };
}

/** The figure an entry page shows: the inline SVG and, in its caption, the key values as a table. */
export function chartFigure(model: ChartModel): string {
  const head = model.table.head.map((cell) => `<th scope="col">${escapeXml(cell)}</th>`).join('');
  const rows = model.table.rows.map((row) => `<tr>${row.map((cell, index) => (index === 0 ? `<th scope="row">${escapeXml(cell)}</th>` : `<td>${escapeXml(cell)}</td>`)).join('')}</tr>`).join('');
  return [
    `<figure class="chart" data-pagefind-ignore>`,
    chartSvg(model),
    `<figcaption><details><summary>${escapeXml(model.title)}: key values</summary>`,
    `<table><thead><tr>${head}</tr></thead><tbody>${rows}</tbody></table></details></figcaption></figure>`,
  ].join('');
}

/** The standalone `.svg` file of a chart, with an XML declaration and its own colours. */
export function standaloneSvg(model: ChartModel): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${chartSvg(model, { standalone: true })}\n`;
}

/** The alt text of a chart where it is shown as an image (the Markdown twin): its title and description. */
export function chartAlt(model: ChartModel): string {
  return `${model.title}. ${model.description}`;
}

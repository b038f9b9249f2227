import type { APIRoute, GetStaticPaths } from 'astro';
import { getGlossary, pageKeys } from '../../../lib/glossary.ts';
import { chartFile, type ChartUse } from '../../../lib/charts/index.ts';

/** Each chart of an entry as a standalone SVG beside its page: `/term/straddle/chart-1.svg`. */
export const getStaticPaths = (async () => {
  const [glossary, keys] = await Promise.all([getGlossary(), pageKeys()]);
  return glossary.entries.flatMap((entry) =>
    entry.charts.map((chart, index) => ({ params: { kind: entry.kind, slug: entry.slug, number: String(index + 1) }, props: { chart }, cacheKey: keys.chart(entry, index + 1) })),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { chart } = props as { chart: ChartUse };
  return new Response(chartFile(chart), { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
};

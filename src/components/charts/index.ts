/** The components an entry's MDX may use, handed to its content by the entry page: authors never import them. */
import CurveChart from './CurveChart.astro';
import GreekChart from './GreekChart.astro';
import ImpermanentLossChart from './ImpermanentLossChart.astro';
import PayoffChart from './PayoffChart.astro';
import type { ChartName } from '../../lib/charts/index.ts';

export const chartComponents = { PayoffChart, GreekChart, ImpermanentLossChart, CurveChart } satisfies Record<ChartName, unknown>;

/**
 * The chart panels, loaded on first use: echarts (several hundred kB) then sits in its own
 * chunk that is fetched when 年度统计 opens, not when the app starts.
 * All of them share one dynamic import, so the chunk is fetched once. Drawn without a Suspense fallback once
 * loaded (app/lazy-page.tsx): 年度统计 starts the fetch while it reads the year (preloadStatsCharts), so that the
 * charts do not wait for their panel's code, then the chunk, then React's 300 ms fallback hold (issue 15).
 */
import { lazyPage } from '../../../app/lazy-page';

const load = () => import('./stats-charts');

export const LazyReviewCharts = lazyPage(() => load().then((m) => m.ReviewCharts));
export const LazyNormativeCharts = lazyPage(() => load().then((m) => m.NormativeCharts));
export const LazyAgreementCharts = lazyPage(() => load().then((m) => m.AgreementCharts));
export const LazyLitigationCharts = lazyPage(() => load().then((m) => m.LitigationCharts));

/** Fetches the chart chunk (echarts) for every panel. */
export function preloadStatsCharts(): Promise<unknown> {
  return Promise.all([LazyReviewCharts.preload(), LazyNormativeCharts.preload(), LazyAgreementCharts.preload(), LazyLitigationCharts.preload()]);
}

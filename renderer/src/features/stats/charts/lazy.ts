/**
 * The chart panels, loaded on first use: echarts (several hundred kB) then sits in its own
 * chunk that is fetched when 年度统计 opens, not when the app starts.
 * All of them share one dynamic import, so the chunk is fetched once.
 */
import { lazy } from 'react';

const load = () => import('./stats-charts');

export const LazyReviewCharts = lazy(() => load().then((m) => ({ default: m.ReviewCharts })));
export const LazyNormativeCharts = lazy(() => load().then((m) => ({ default: m.NormativeCharts })));
export const LazyAgreementCharts = lazy(() => load().then((m) => ({ default: m.AgreementCharts })));
export const LazyLitigationCharts = lazy(() => load().then((m) => ({ default: m.LitigationCharts })));

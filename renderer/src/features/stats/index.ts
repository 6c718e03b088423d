/** What other features may use of 年度统计 (stats): every import from outside goes through this file. */
export { SentenceCard } from './SentenceCard';
export { LazyLitigationCharts, preloadStatsCharts } from './charts/lazy';

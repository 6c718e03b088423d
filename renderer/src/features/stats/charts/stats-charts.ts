/**
 * The one entry point of the chart chunk: everything that imports echarts is reached
 * from here, and this module is only ever imported dynamically (see lazy.ts).
 */
export { ReviewCharts } from './ReviewCharts';
export { NormativeCharts } from './NormativeCharts';
export { AgreementCharts } from './AgreementCharts';
export { LitigationCharts } from './LitigationCharts';

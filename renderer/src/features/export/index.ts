/** What other features may use of the 年度统计 export: every import from outside goes through this file. */
export { ExportButtons } from './ExportButtons';
export { prefetchYearRecords, useLiveLedgerRecords, useLiveRecordYears, useLiveYearRecords } from './year-data';

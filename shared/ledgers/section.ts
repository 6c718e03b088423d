/**
 * A year section: the year-end figures of one part of the annual report (行政复议, 规范性文件, 行政协议, 行政应诉 …),
 * computed from the live records of one or more ledgers, and what the export prints of them. Declared once per part,
 * collected by shared/ledgers/year-sections.ts; 年度统计 and the export iterate that list.
 */
import type { AppSettings } from '../settings';
import type { LedgerRecords } from '../year-records';

export interface SummaryRow {
  label: string;
  /** A number where the figure is a count or an amount (so that Excel can add it up), else the printed text. */
  value: number | string;
  /** How the value is printed in Word (the amount with thousands separators). */
  text: string;
  /** The counting rule, in a short note. */
  rule: string;
  /** The app's own consistency check (结转核对): kept on screen and in the workbook, left out of the report's 表1. */
  check?: boolean;
}

export interface SummarySection {
  title: string;
  rows: SummaryRow[];
}

export interface StatTable {
  /** Worksheet name (≤ 31 characters). */
  sheetName: string;
  title: string;
  columns: string[];
  rows: (string | number)[][];
  /** The last row is a 合计 row. */
  hasTotal: boolean;
  note: string;
}

export interface ReportSection {
  heading: string;
  paragraphs: string[];
}

export interface SectionContext {
  year: number;
  settings: AppSettings;
}

/** What the year-end export prints of a section's figures. */
export interface ExportPart<F> {
  /**
   * Nothing of the year to print: the export then leaves the section (and its ledger's sheet) out, so that a bureau
   * that does not keep this ledger gets no section of zeros it never counted.
   */
  isEmpty: (f: F) => boolean;
  summary: (f: F, c: SectionContext) => SummarySection;
  tables: (f: F, c: SectionContext) => StatTable[];
  /** The report section: its title (numbered by the export: （四）行政应诉) and paragraphs. */
  report: { title: string; paragraphs: (f: F, c: SectionContext) => string[] };
  /** Notes on how the figures were counted, printed under them. */
  notes: (f: F, c: SectionContext) => string[];
}

export interface YearSection<K extends string, F> {
  key: K;
  /** The figures of year Y from every live record. */
  figures: (all: LedgerRecords, settings: AppSettings, year: number) => F;
  /** The dates whose years 年度统计 offers. */
  dates: (all: LedgerRecords) => Iterable<string | null | undefined>;
  /**
   * The export's part; null for the sections written before the registry had this member (行政复议, 规范性文件,
   * 行政协议), which renderer/src/features/export/export-content.ts lays out itself.
   */
  export: ExportPart<F> | null;
}

/** Declares a year section, keeping its literal key and its figures' type. */
export function defineYearSection<F>() {
  return <K extends string>(s: YearSection<K, F>) => s;
}

/** Simple one-value summary row. */
export const summaryRow = (label: string, value: number | string, rule = ''): SummaryRow => ({ label, value, text: String(value), rule });

/** The summary rows of a part of a section. */
export type ScopeRows = SummaryRow[];

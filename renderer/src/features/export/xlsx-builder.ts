/**
 * The year-end workbook (.xlsx): 汇总 (every figure with its counting rule, then the notes), one sheet per
 * statistics table, one sheet per ledger. Every sheet: a title row naming the organ and the year, a frozen
 * header row, Chinese headers, widths fitted to the content. Loaded lazily (exceljs is large).
 *
 * What keeps Excel and WPS from offering to "repair" the file: sheet names are fixed, short and legal; text has
 * no characters XML forbids and no cell exceeds Excel's 32,767 characters; numbers are finite; merged ranges never
 * overlap. Dates are whole-day serials (Date at UTC midnight, see shared/ledger-columns.ts).
 */
import * as ExcelJSModule from 'exceljs';
import type { Borders, Cell, Fill, Font, Style, Workbook, Worksheet } from 'exceljs';
import { dateStrToUtcDate, FIRST_DATA_ROW, HEADER_ROW, TITLE_ROW, type LedgerCell } from '../../../../shared/ledger-columns';
import { EMPTY_YEAR_TEXT, REPORT_NAME, type ExportContent, type LedgerSheet, type StatTable } from './export-content';
import { cleanText } from './text';

// exceljs is CommonJS (the browser build is UMD): its namespace lands on `default` after bundling.
const ExcelJS = ((ExcelJSModule as unknown as { default?: typeof ExcelJSModule }).default ?? ExcelJSModule) as typeof ExcelJSModule;

export const SUMMARY_SHEET = '汇总';
const FONT_NAME = '宋体';
const BODY_FONT: Partial<Font> = { name: FONT_NAME, size: 11 };
const HEADER_FONT: Partial<Font> = { name: FONT_NAME, size: 11, bold: true };
const TITLE_FONT: Partial<Font> = { name: FONT_NAME, size: 16, bold: true };
const HEADER_FILL: Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFEFEFEF' } };
const SECTION_FILL: Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF7F7F7' } };
const THIN = { style: 'thin' as const, color: { argb: 'FFBFBFBF' } };
const BORDER: Partial<Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const DATE_FORMAT = 'yyyy-mm-dd';
const AMOUNT_FORMAT = '#,##0.00##';
const MAX_WIDTH = 50;
const MIN_WIDTH = 8;

/** Columns a CJK character takes in Excel's width unit (the width of '0' in the default font). */
export function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) w += ch.codePointAt(0)! >= 0x2e80 ? 2 : 1;
  return w;
}

function fitWidth(values: string[], min = MIN_WIDTH): number {
  const widest = values.reduce((m, v) => Math.max(m, displayWidth(v)), 0);
  return Math.min(MAX_WIDTH, Math.max(min, widest + 2));
}

function newSheet(wb: Workbook, name: string, title: string, columnCount: number, landscape = false): Worksheet {
  const ws = wb.addWorksheet(name, {
    views: [{ state: 'frozen', xSplit: 0, ySplit: HEADER_ROW, topLeftCell: `A${FIRST_DATA_ROW}`, activeCell: `A${FIRST_DATA_ROW}` }],
    pageSetup: {
      paperSize: 9,
      orientation: landscape ? 'landscape' : 'portrait',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: `${TITLE_ROW}:${HEADER_ROW}`,
    },
  });
  const cell = ws.getCell(TITLE_ROW, 1);
  cell.value = cleanText(title);
  cell.font = TITLE_FONT;
  cell.alignment = { horizontal: 'center', vertical: 'middle' };
  if (columnCount > 1) ws.mergeCells(TITLE_ROW, 1, TITLE_ROW, columnCount);
  ws.getRow(TITLE_ROW).height = 30;
  return ws;
}

function writeHeader(ws: Worksheet, headers: readonly string[]): void {
  const row = ws.getRow(HEADER_ROW);
  headers.forEach((h, i) => {
    const cell = row.getCell(i + 1);
    cell.value = h;
    cell.font = HEADER_FONT;
    cell.fill = HEADER_FILL;
    cell.border = BORDER;
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  });
  row.height = 22;
}

function setValue(cell: Cell, value: string | number | Date | null): void {
  // Empty text stays an empty cell: Excel's own "blank", which the importer reads as missing.
  if (typeof value === 'string') cell.value = cleanText(value) || null;
  else cell.value = typeof value === 'number' && !Number.isFinite(value) ? null : value;
}

function bodyCell(cell: Cell, value: string | number | Date | null, wrap = false): void {
  setValue(cell, value);
  cell.font = BODY_FONT;
  cell.border = BORDER;
  cell.alignment = { vertical: 'middle', wrapText: wrap };
}

/** A row spanning all columns (section titles, notes); its height grows with the text it wraps. */
function spanningRow(
  ws: Worksheet,
  rowNo: number,
  text: string,
  columns: number,
  totalWidth: number,
  opts: { bold?: boolean; fill?: Fill; border?: boolean } = {},
): void {
  const cell = ws.getCell(rowNo, 1);
  cell.value = cleanText(text);
  cell.font = opts.bold ? HEADER_FONT : BODY_FONT;
  cell.alignment = { vertical: 'middle', wrapText: true };
  if (opts.fill) cell.fill = opts.fill;
  if (opts.border) cell.border = BORDER;
  if (columns > 1) ws.mergeCells(rowNo, 1, rowNo, columns);
  const lines = Math.max(1, Math.ceil(displayWidth(text) / Math.max(1, totalWidth - 2)));
  ws.getRow(rowNo).height = 16 * lines + 4;
}

function addSummary(wb: Workbook, c: ExportContent): void {
  const values = c.summary.flatMap((sec) => sec.rows.map((r) => String(r.value)));
  const widths = [38, fitWidth(['数值', ...values], 12), 60];
  const ws = newSheet(wb, SUMMARY_SHEET, c.sheetTitle(REPORT_NAME), 3);
  widths.forEach((w, i) => {
    ws.getColumn(i + 1).width = w;
  });
  const total = widths.reduce((a, b) => a + b, 0);
  if (c.empty) {
    spanningRow(ws, HEADER_ROW, EMPTY_YEAR_TEXT, 3, total, { bold: true });
    return;
  }
  writeHeader(ws, ['项目', '数值', '统计口径']);
  let r = FIRST_DATA_ROW;
  for (const section of c.summary) {
    spanningRow(ws, r++, section.title, 3, total, { bold: true, fill: SECTION_FILL, border: true });
    for (const item of section.rows) {
      const row = ws.getRow(r++);
      bodyCell(row.getCell(1), item.label);
      bodyCell(row.getCell(2), item.value);
      bodyCell(row.getCell(3), item.rule, true);
      if (item.label.includes('万元')) row.getCell(2).numFmt = AMOUNT_FORMAT;
      row.getCell(2).alignment = { horizontal: 'right', vertical: 'middle' };
      const lines = Math.ceil(displayWidth(item.rule) / (widths[2]! - 2));
      if (lines > 1) row.height = 16 * lines + 4;
    }
  }
  r += 1;
  spanningRow(ws, r++, '说明', 3, total, { bold: true });
  for (const note of c.notes) spanningRow(ws, r++, note, 3, total);
}

function addStatTable(wb: Workbook, c: ExportContent, t: StatTable): void {
  const ws = newSheet(wb, t.sheetName, c.sheetTitle(t.title), t.columns.length);
  writeHeader(ws, t.columns);
  t.columns.forEach((h, i) => {
    ws.getColumn(i + 1).width = fitWidth([h, ...t.rows.map((row) => String(row[i] ?? ''))], 12);
  });
  let r = FIRST_DATA_ROW;
  t.rows.forEach((values, index) => {
    const row = ws.getRow(r++);
    values.forEach((v, i) => {
      bodyCell(row.getCell(i + 1), v);
    });
    if (t.hasTotal && index === t.rows.length - 1) row.eachCell((cell) => (cell.font = HEADER_FONT));
  });
  r += 1;
  const totalWidth = t.columns.reduce((s, _h, i) => s + (ws.getColumn(i + 1).width ?? MIN_WIDTH), 0);
  spanningRow(ws, r, `注：${t.note}`, t.columns.length, totalWidth);
}

function ledgerValue(kind: 'text' | 'date' | 'number', v: LedgerCell): string | number | Date | null {
  if (v === null || v === '') return null;
  return kind === 'date' && typeof v === 'string' ? dateStrToUtcDate(v) : v;
}

/**
 * The ledger sheets' cell styles, one object per look and shared by every cell that has it: exceljs writes a
 * style once per style object it meets (a WeakMap), so per-cell objects would make it write tens of thousands.
 * Never changed after they are set (a change would show in every cell).
 */
const LEDGER_STYLES: Record<'text' | 'wrap' | 'date' | 'number', Partial<Style>> = {
  text: { font: BODY_FONT, border: BORDER, alignment: { vertical: 'middle', wrapText: false } },
  wrap: { font: BODY_FONT, border: BORDER, alignment: { vertical: 'middle', wrapText: true } },
  date: { font: BODY_FONT, border: BORDER, alignment: { horizontal: 'center', vertical: 'middle' }, numFmt: DATE_FORMAT },
  number: { font: BODY_FONT, border: BORDER, alignment: { vertical: 'middle', wrapText: false }, numFmt: AMOUNT_FORMAT },
};

function addLedger(wb: Workbook, c: ExportContent, sheet: LedgerSheet): void {
  const { spec, rows } = sheet;
  const cols = spec.columns;
  const ws = newSheet(wb, spec.sheetName, c.sheetTitle(spec.title), cols.length, cols.length > 6);
  writeHeader(
    ws,
    cols.map((col) => col.header),
  );
  cols.forEach((col, i) => {
    const column = ws.getColumn(i + 1);
    if (col.kind === 'date') column.width = Math.max(12, displayWidth(col.header) + 2);
    else column.width = fitWidth([col.header, ...rows.map((row) => (row[i] === null ? '' : String(row[i])))]);
  });
  rows.forEach((values, index) => {
    const row = ws.getRow(FIRST_DATA_ROW + index);
    cols.forEach((col, i) => {
      const cell = row.getCell(i + 1);
      const value = ledgerValue(col.kind, values[i] ?? null);
      setValue(cell, value);
      const wrap = col.kind === 'text' && typeof value === 'string' && displayWidth(value) > MAX_WIDTH - 2;
      cell.style = LEDGER_STYLES[wrap ? 'wrap' : col.kind];
    });
  });
  ws.autoFilter = { from: { row: HEADER_ROW, column: 1 }, to: { row: HEADER_ROW, column: cols.length } };
}

export async function buildXlsx(c: ExportContent): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = '法治台账';
  wb.title = c.title;
  addSummary(wb, c);
  for (const t of c.tables) addStatTable(wb, c, t);
  for (const sheet of c.ledgers) addLedger(wb, c, sheet);
  const buffer = await wb.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}

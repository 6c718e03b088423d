/**
 * 下载导入模板: one sheet per ledger — a merged title row, a row of notes on each column's allowed values, the
 * frozen header row (the export's headers) and one sample row. See shared/import/template-spec.ts.
 */
import type { OrganNames } from '../../../../shared/settings';
import { templateSheets } from '../../../../shared/import/template-spec';
import { loadExcelJS } from './read-file';

export const TEMPLATE_FILE_NAME = '法治台账导入模板.xlsx';

const THIN = { style: 'thin' as const, color: { argb: 'FFBFBFBF' } };
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };

export async function buildTemplate(organs: OrganNames): Promise<Uint8Array> {
  const ExcelJS = await loadExcelJS();
  const wb = new ExcelJS.Workbook();
  wb.creator = '法治台账';
  for (const spec of templateSheets(organs)) {
    const ws = wb.addWorksheet(spec.name, { views: [{ state: 'frozen', xSplit: 0, ySplit: 3, topLeftCell: 'A4', activeCell: 'A4' }] });
    ws.getCell(1, 1).value = spec.title;
    ws.getCell(1, 1).font = { name: '宋体', size: 14, bold: true };
    ws.mergeCells(1, 1, 1, spec.headers.length);
    spec.headers.forEach((header, j) => {
      const note = ws.getCell(2, j + 1);
      note.value = spec.notes[j] || null;
      note.font = { name: '宋体', size: 9, color: { argb: 'FF8C8C8C' } };
      note.alignment = { wrapText: true, vertical: 'top' };
      const head = ws.getCell(3, j + 1);
      head.value = header;
      head.font = { name: '宋体', size: 11, bold: true };
      head.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFEFEFEF' } };
      head.border = BORDER;
      const sample = ws.getCell(4, j + 1);
      const value = spec.sample[j];
      sample.value = value === '' ? null : value;
      sample.border = BORDER;
      ws.getColumn(j + 1).width = Math.max(12, Math.min(30, Math.max(header.length * 2 + 4, String(value).length * 2 + 2)));
    });
    ws.getRow(2).height = 48;
  }
  const buffer = await wb.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}

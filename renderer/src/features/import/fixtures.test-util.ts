/**
 * Spreadsheets built the way clerks build them, for the import tests: exceljs workbooks with title rows, merged
 * cells, blank rows, trailing spaces, full-width characters, mixed date formats and formulas; GBK csv through
 * iconv-lite.
 */
import iconv from 'iconv-lite';
import type { Worksheet } from 'exceljs';
import { loadExcelJS } from './read-file';

export type SheetRows = unknown[][];

/** A workbook of sheets given as rows of exceljs cell values (Date = a date cell; {formula, result} = a formula). */
export async function xlsx(sheets: Record<string, SheetRows>, decorate?: (ws: Worksheet, name: string) => void): Promise<Uint8Array> {
  const ExcelJS = await loadExcelJS();
  const wb = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) {
    const ws = wb.addWorksheet(name);
    rows.forEach((row, i) => {
      row.forEach((value, j) => {
        if (value !== undefined && value !== null) ws.getCell(i + 1, j + 1).value = value as never;
      });
    });
    decorate?.(ws, name);
  }
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

export const utcDate = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));

/** CSV text (rows joined with commas, quoted when needed) in GBK, as WPS and older Excel save it. */
export function gbkCsv(rows: string[][]): Uint8Array {
  return new Uint8Array(iconv.encode(csvText(rows), 'gbk'));
}

export function csvText(rows: string[][]): string {
  return `${rows.map((r) => r.map((c) => (/[",\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(',')).join('\r\n')}\r\n`;
}

/** The 行政复议 sheet of a clerk's own ledger: a merged title, a sub-title, blank rows, synonyms, mixed dates. */
export function clerkReviewSheet(): SheetRows {
  return [
    ['丹阳市人民政府2019年度行政复议案件登记台账'],
    ['填报单位：丹阳市司法局', null, null, null, null, '单位：件'],
    [],
    [
      '序号',
      '案号',
      '申请人 ',
      '申请人类型',
      '被申请人',
      '行为类别',
      '管理领域',
      '申请日期',
      '受理日期',
      '结案日期',
      '结案方式',
      '赔偿',
      '承办人',
      '备注',
    ],
    [
      1,
      '丹政复〔2019〕1号',
      '张三 ',
      '自然人',
      '丹阳市公安局',
      '行政处罚',
      '公安',
      utcDate(2019, 3, 5),
      '2019/3/8',
      '2019年5月6日',
      '维持',
      '否',
      '李明',
      '',
    ],
    [
      2,
      '丹政复〔2019〕2号',
      '丹阳市某某建材有限公司',
      '法人或其他组织',
      '丹阳市市场监督管理局',
      '行政处罚',
      '市场监管',
      '2019.3.12',
      43540,
      20190520,
      '撤销',
      '是',
      '李明',
      '全角空格\u3000',
    ],
    [],
    [
      3,
      '丹政复〔２０１９〕３号',
      '王五',
      '自然人',
      '丹阳市自然资源和规划局',
      '行政确认',
      '自然资源',
      '２０１９年４月１日',
      { formula: 'H9+4', result: utcDate(2019, 4, 5) },
      null,
      null,
      null,
      '赵六',
      '',
    ],
    [4, '丹政复〔2019〕4号', '钱七', '自然人', '丹阳市公安局', '政府信息公开', '公安', '2019-04-10', null, null, null, null, '赵六', ''],
  ];
}

/**
 * Dates in every form clerks type or Excel stores:
 *   2019-03-05, 2019/3/5, 2019.3.5, 2019年3月5日, 2019年03月05日, 20190305, ２０１９年３月５日,
 *   "2019-03-05 14:30:00" (the time is dropped), an Excel date cell, an Excel date serial (43529 = 2019-03-05),
 *   a number 20190305.
 * Refused, with the reason: impossible dates (2019-02-30), two-digit years (19.3.5), day-first or month-first
 * forms (05/03/2019 is ambiguous), years outside 1950–2100, anything else.
 */
import { fromDayNumber, isDateStr, type DateStr } from '../dates';
import { halfWidth, trimText, type CellProblem } from './cells';
import type { Cell } from './types';

const MIN_YEAR = 1950;
const MAX_YEAR = 2100;
/** Days from 1899-12-30 (Excel's day 0 in the 1900 system, after its 1900-02-29 bug) to 1970-01-01. */
const EXCEL_EPOCH_OFFSET = 25569;

const YMD = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:[\sT]+\d{1,2}[:：]\d{2}(?:[:：]\d{2}(?:\.\d+)?)?)?(?:Z|[+-]\d{2}:?\d{2})?$/;
const COMPACT = /^(\d{4})(\d{2})(\d{2})$/;
const SHORT_YEAR = /^(\d{2})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/;
const DAY_FIRST = /^(\d{1,2})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{4})$/;

const pad = (n: number) => String(n).padStart(2, '0');

function fromParts(y: number, m: number, d: number, original: string): DateStr | CellProblem {
  if (y < MIN_YEAR || y > MAX_YEAR) return { problem: `“${original}”的年份不在${MIN_YEAR}—${MAX_YEAR}年之间` };
  const date = `${y}-${pad(m)}-${pad(d)}`;
  if (!isDateStr(date)) return { problem: `“${original}”不是真实存在的日期` };
  return date;
}

/** An Excel serial day number (1900 date system) → date; fractions (time of day) are dropped. */
export function excelSerialToDate(serial: number): DateStr {
  return fromDayNumber(Math.floor(serial) - EXCEL_EPOCH_OFFSET);
}

function fromNumber(n: number): DateStr | CellProblem {
  if (!Number.isFinite(n) || n <= 0) return { problem: `“${n}”不是日期` };
  if (Number.isInteger(n) && n >= 19000101 && n <= 21001231) {
    const s = String(n);
    return fromParts(Number(s.slice(0, 4)), Number(s.slice(4, 6)), Number(s.slice(6, 8)), s);
  }
  // Serials of 1950-01-01 … 2100-12-31; other numbers are not dates.
  if (n >= 18264 && n < 73416) return excelSerialToDate(n);
  return { problem: `“${n}”不是日期` };
}

/** Parses a text date; null when blank. */
export function parseDateText(raw: string): DateStr | null | CellProblem {
  const original = trimText(raw);
  if (original === '') return null;
  const s = halfWidth(original)
    .replace(/[／]/g, '/')
    .replace(/[－—–]/g, '-')
    .replace(/[．。]/g, '.');
  let m = YMD.exec(s);
  if (m) return fromParts(Number(m[1]), Number(m[2]), Number(m[3]), original);
  m = COMPACT.exec(s);
  if (m) return fromParts(Number(m[1]), Number(m[2]), Number(m[3]), original);
  if (/^\d+(\.\d+)?$/.test(s)) return fromNumber(Number(s));
  if (SHORT_YEAR.test(s)) return { problem: `“${original}”的年份只有两位，请写成四位年份（如2019-03-05）` };
  if (DAY_FIRST.test(s)) return { problem: `“${original}”无法确定年月日的顺序，请写成“年-月-日”（如2019-03-05）` };
  return { problem: `“${original}”不是可识别的日期（可写作2019-03-05、2019/3/5、2019.3.5、2019年3月5日或20190305）` };
}

/** A cell as a date: date cells, serials and numbers, text in any of the forms above. null when blank. */
export function parseDateCell(cell: Cell | undefined): DateStr | null | CellProblem {
  if (cell === null || cell === undefined) return null;
  if (typeof cell === 'number') return fromNumber(cell);
  if (typeof cell === 'string') return parseDateText(cell);
  if (typeof cell === 'boolean') return { problem: `“${cell ? '是' : '否'}”不是日期` };
  switch (cell.t) {
    case 'date':
      return fromParts(Number(cell.v.slice(0, 4)), Number(cell.v.slice(5, 7)), Number(cell.v.slice(8, 10)), cell.v);
    case 'formula':
      return { problem: `该单元格是公式（=${cell.formula}），文件中没有保存计算结果，请在Excel或WPS中打开、保存后再导入` };
    case 'error':
      return { problem: `该单元格是错误值${cell.v}` };
  }
}

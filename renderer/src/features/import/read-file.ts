/**
 * A chosen file → RawWorkbook of plain cells (shared/import/types.ts), or an ImportFileError whose message tells
 * the clerk what is wrong with the file. Nothing is written anywhere.
 *
 * - .xlsx: read with exceljs (loaded on demand, it is large). Date cells become dates, formula cells their cached
 *   result (or a marker that the file holds none), rich text its plain text, merged cells the merged value.
 * - .csv / .txt: UTF-8 (with or without BOM), UTF-16 (BOM; Excel's "Unicode 文本"), else GB18030 (a superset of
 *   GBK, which WPS and older Excel write). Decoded with TextDecoder, which Chromium and Node both know for
 *   these encodings (iconv-lite needs Node's Buffer, absent in the renderer; the tests use it to build GBK files).
 * - Refused with a message: empty file, larger than MAX_FILE_BYTES, an encrypted workbook, the old .xls format,
 *   an .xls that is really a web page, a zip that is not a workbook, a damaged .xlsx, binary files, and more than
 *   MAX_ROWS_PER_FILE rows.
 */
import {
  ImportFileError,
  MAX_FILE_BYTES,
  MAX_ROWS_PER_FILE,
  HEADER_SCAN_ROWS,
  type Cell,
  type RawSheet,
  type RawWorkbook,
} from '../../../../shared/import/types';
import { parseCsv } from '../../../../shared/import/csv';

type ExcelJSType = typeof import('exceljs');

/** exceljs, loaded when first needed (CommonJS/UMD: its namespace may sit on `default`). */
export async function loadExcelJS(): Promise<ExcelJSType> {
  const mod = (await import('exceljs')) as unknown as ExcelJSType & { default?: ExcelJSType };
  return mod.default ?? mod;
}

const startsWith = (data: Uint8Array, bytes: number[]) => bytes.every((b, i) => data[i] === b);
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** The UTF-16LE bytes of `s`, to look for a stream name inside an OLE container. */
function utf16(s: string): number[] {
  return [...s].flatMap((ch) => [ch.charCodeAt(0) & 0xff, ch.charCodeAt(0) >> 8]);
}

function contains(data: Uint8Array, needle: number[]): boolean {
  const first = needle[0];
  for (let i = data.indexOf(first); i >= 0 && i <= data.length - needle.length; i = data.indexOf(first, i + 1)) {
    let ok = true;
    for (let j = 1; j < needle.length && ok; j++) ok = data[i + j] === needle[j];
    if (ok) return true;
  }
  return false;
}

const BINARY_MAGIC: [number[], string][] = [
  [[0x25, 0x50, 0x44, 0x46], 'PDF文件'],
  [[0x89, 0x50, 0x4e, 0x47], '图片'],
  [[0xff, 0xd8, 0xff], '图片'],
  [[0x47, 0x49, 0x46, 0x38], '图片'],
  [[0x52, 0x61, 0x72, 0x21], '压缩包'],
  [[0x37, 0x7a, 0xbc, 0xaf], '压缩包'],
];

const extension = (name: string) => (/\.([^.]+)$/.exec(name)?.[1] ?? '').toLowerCase();

/** Reads the bytes of a chosen file. */
export async function readWorkbook(data: Uint8Array, fileName: string): Promise<RawWorkbook> {
  if (data.length === 0) throw new ImportFileError(`文件“${fileName}”是空的（0字节）`);
  if (data.length > MAX_FILE_BYTES) {
    throw new ImportFileError(`文件过大（${(data.length / 1048576).toFixed(1)} MB），单次导入最大${MAX_FILE_BYTES / 1048576} MB，请拆分后分批导入`);
  }
  const ext = extension(fileName);
  if (startsWith(data, OLE)) {
    if (contains(data, utf16('EncryptionInfo')) || contains(data, utf16('EncryptedPackage'))) {
      throw new ImportFileError('该文件设置了打开密码（已加密），无法读取。请在Excel或WPS中取消密码并另存为.xlsx后再导入');
    }
    throw new ImportFileError('这是旧版Excel（.xls）或Word文件，无法直接读取。请在Excel或WPS中“另存为”Excel工作簿（.xlsx）后再导入');
  }
  if (startsWith(data, ZIP)) return readXlsx(data, fileName);
  for (const [magic, what] of BINARY_MAGIC) {
    if (startsWith(data, magic)) throw new ImportFileError(`该文件是${what}，不是电子表格。请选择.xlsx或.csv文件`);
  }
  if (ext === 'xlsx' || ext === 'xlsm') throw new ImportFileError('该.xlsx文件已损坏（不是有效的Excel工作簿），无法读取');
  const text = decodeText(data);
  if (ext === 'xls' && /<(html|table|\?xml)/i.test(text.slice(0, 2048))) {
    throw new ImportFileError('该.xls文件实际是网页或XML格式（常见于从业务系统导出的文件），请在Excel或WPS中打开后另存为.xlsx再导入');
  }
  if (looksBinary(text)) throw new ImportFileError(`文件“${fileName}”不是电子表格（仅支持.xlsx和.csv文件）`);
  return readCsvText(text, fileName);
}

/** UTF-16 by BOM, UTF-8 when the bytes are valid UTF-8, else GB18030 (GBK). */
export function decodeText(data: Uint8Array): string {
  if (startsWith(data, [0xff, 0xfe])) return new TextDecoder('utf-16le').decode(data.subarray(2));
  if (startsWith(data, [0xfe, 0xff])) return new TextDecoder('utf-16be').decode(data.subarray(2));
  if (startsWith(data, [0xef, 0xbb, 0xbf])) return new TextDecoder('utf-8').decode(data.subarray(3));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(data);
  } catch {
    return new TextDecoder('gb18030').decode(data);
  }
}

/** NUL bytes or many control characters in the first part: not text. */
function looksBinary(text: string): boolean {
  const sample = text.slice(0, 4096);
  let control = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c === 0) return true;
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13) || c === 0xfffd) control++;
  }
  return control > sample.length * 0.05;
}

function checkRowCount(total: number, sheets: number): void {
  if (total > MAX_ROWS_PER_FILE + sheets * HEADER_SCAN_ROWS) {
    throw new ImportFileError(`文件共有${total}行，超过单次导入上限${MAX_ROWS_PER_FILE}行，请拆分成几个文件分批导入`);
  }
}

export function readCsvText(text: string, fileName: string): RawWorkbook {
  const rows = parseCsv(text);
  checkRowCount(rows.length, 1);
  const name = fileName.replace(/\.[^.]+$/, '') || 'CSV';
  return { fileName, format: 'csv', sheets: [{ name, rows }] };
}

/** One exceljs cell value → Cell. */
export function toCell(v: unknown): Cell {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? null : { t: 'date', v: v.toISOString().slice(0, 10) };
  if (typeof v === 'object') {
    const o = v as Record<string, unknown>;
    if (Array.isArray(o.richText)) return (o.richText as { text?: string }[]).map((r) => r.text ?? '').join('');
    if ('formula' in o || 'sharedFormula' in o) {
      const result = o.result;
      if (result === undefined || result === null) return { t: 'formula', formula: String(o.formula ?? o.sharedFormula ?? '') };
      if (typeof result === 'object' && result !== null && 'error' in result) return { t: 'error', v: String((result as { error: unknown }).error) };
      return toCell(result);
    }
    if ('error' in o) return { t: 'error', v: String(o.error) };
    if ('text' in o) return toCell(o.text);
  }
  return String(v);
}

async function readXlsx(data: Uint8Array, fileName: string): Promise<RawWorkbook> {
  const ExcelJS = await loadExcelJS();
  const wb = new ExcelJS.Workbook();
  try {
    const copy = data.slice().buffer;
    await wb.xlsx.load(copy as ArrayBuffer);
  } catch {
    throw new ImportFileError('文件已损坏或不是有效的Excel工作簿（.xlsx），无法读取。可在Excel或WPS中打开后重新保存再试');
  }
  if (wb.worksheets.length === 0) throw new ImportFileError('文件中没有任何工作表（可能不是Excel工作簿）');
  const total = wb.worksheets.reduce((n, ws) => n + ws.actualRowCount, 0);
  checkRowCount(total, wb.worksheets.length);
  const sheets: RawSheet[] = wb.worksheets
    .filter((ws) => ws.state !== 'veryHidden')
    .map((ws) => {
      const rows: Cell[][] = [];
      ws.eachRow({ includeEmpty: false }, (row, n) => {
        const values = row.values as unknown[];
        const cells: Cell[] = [];
        for (let j = 1; j < values.length; j++) cells[j - 1] = toCell(values[j]);
        rows[n - 1] = cells;
      });
      for (let i = 0; i < rows.length; i++) rows[i] ??= [];
      return { name: ws.name, rows };
    });
  return { fileName, format: 'xlsx', sheets };
}

/**
 * 台账导入 (issue 7): the pure side. A spreadsheet file is read (renderer/src/features/import/read-file.ts) into a
 * RawWorkbook of plain cells; everything after that — header detection, column mapping, date parsing, row →
 * record mapping with the ledgers' own validators, key matching and the create / update / unchanged
 * classification — happens here, without DOM, Dexie or file APIs.
 */
import type { DateStr } from '../dates';
import { LEDGERS, type SheetKind } from '../ledgers/registry';

/**
 * A sheet holds one ledger, named by its sheet kind (the registry's: the table name, or `cleanupItems` for the
 * rows of cleanup batches). Sheets are imported in the registry's order (later ledgers refer to earlier ones).
 */
export { SHEET_KINDS, type SheetKind } from '../ledgers/registry';
/** The tables an import writes (every ledger's). */
export { LEDGER_TABLES, type LedgerTable } from '../ledgers/registry';

/** The ledger's name on the import page (its one name in the registry). */
export const SHEET_LABELS = Object.fromEntries(LEDGERS.map((l) => [l.sheet.kind, l.name])) as Record<SheetKind, string>;

/**
 * One cell as read from the file. Strings and numbers as stored; a date-formatted Excel cell as a date; a
 * formula cell as its cached result (or `formula` when the file holds no result); an Excel error (#N/A …).
 */
export type Cell = string | number | boolean | null | { t: 'date'; v: DateStr } | { t: 'formula'; formula: string } | { t: 'error'; v: string };

export interface RawSheet {
  name: string;
  /** rows[i] is sheet row i + 1; cells[j] is column j + 1 (A). Trailing blanks may be missing. */
  rows: Cell[][];
}

export interface RawWorkbook {
  fileName: string;
  /** 'xlsx' or 'csv' (the csv has one sheet named after the file). */
  format: 'xlsx' | 'csv';
  sheets: RawSheet[];
}

/** A problem with one row (or one cell), shown to the clerk: 第{row}行，「{column}」：{message}. */
export interface RowIssue {
  sheet: string;
  /** 1-based row number as Excel shows it. */
  row: number;
  /** The column's header as written in the sheet (null when the problem is the whole row). */
  column: string | null;
  message: string;
}

// ——— Limits (documented in the report and on the page) ———

/** Data rows per file, all sheets together. Above it the file is refused (not streamed): split it. */
export const MAX_ROWS_PER_FILE = 50_000;
/** File size read at all (an .xlsx of 50,000 rows is about 5 MB). */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;
/** A mapped cell longer than this refuses its row (the longest field any ledger keeps is 2,000 characters). */
export const MAX_CELL_CHARS = 2000;
/** How far down a sheet the header row is looked for (title and note rows above it). */
export const HEADER_SCAN_ROWS = 30;

/** An error meant for the clerk, about the whole file (not a row). */
export class ImportFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ImportFileError';
  }
}

/** Column number → Excel letters (1 → A, 27 → AA). */
export function columnLetter(col: number): string {
  let s = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

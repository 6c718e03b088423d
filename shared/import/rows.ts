/**
 * Typed access to one data row through the sheet's column mapping. Every problem is collected as a RowIssue
 * naming the row, the column (as headed in the sheet) and the reason; a row with any issue is not imported.
 */
import type { DateStr } from '../dates';
import { cellText, isBlankCell, isProblem, parseWholeNumber, parseYesNo, pickChoice } from './cells';
import { parseDateCell } from './dates';
import { fieldSpec } from './headers';
import { MAX_CELL_CHARS, type Cell, type SheetKind, type RowIssue } from './types';

/** Blank: what a cell left empty gives (no date, no choice, no text). */
export function isEmptyValue(v: unknown): boolean {
  return v === null || v === undefined || v === '';
}

export class RowReader {
  readonly issues: RowIssue[] = [];
  /**
   * The columns left blank where the stored record has a value (a date, a step, an outcome, a text): what the file
   * would remove. By default (applyRemovals false) the stored value is kept: the file only fills and changes.
   */
  readonly removals: string[] = [];
  /** The clerk ticked this row's removals: blank cells clear what the ledger has. */
  applyRemovals = false;
  /** 合法性审核: the clerk chose to link the published document later instead of registering it (refs.ts DocumentLink). */
  linkLater = false;
  private readonly colOf = new Map<string, number>();

  constructor(
    readonly ledger: SheetKind,
    readonly sheet: string,
    /** 1-based sheet row. */
    readonly row: number,
    private readonly cells: readonly Cell[],
    columns: readonly (string | null)[],
    private readonly headers: readonly string[],
  ) {
    columns.forEach((key, j) => {
      if (key && !this.colOf.has(key)) this.colOf.set(key, j);
    });
  }

  /** Whether the sheet has a column for the field (blank or not). */
  has(key: string): boolean {
    return this.colOf.has(key);
  }

  /** The column's header as the sheet writes it (else the template's). */
  header(key: string): string {
    const j = this.colOf.get(key);
    const own = j === undefined ? '' : (this.headers[j] ?? '').trim();
    return own || fieldSpec(this.ledger, key)?.header || key;
  }

  issue(key: string | null, message: string): void {
    this.issues.push({ sheet: this.sheet, row: this.row, column: key ? this.header(key) : null, message });
  }

  /** Whether one of the columns already has an issue (a follow-on complaint about it would only repeat it). */
  hasIssue(...keys: string[]): boolean {
    return keys.some((k) => {
      const column = this.header(k);
      return this.issues.some((i) => i.column === column);
    });
  }

  get ok(): boolean {
    return this.issues.length === 0;
  }

  private cell(key: string): Cell | undefined {
    const j = this.colOf.get(key);
    return j === undefined ? undefined : this.cells[j];
  }

  /**
   * `value` as read from column `key`, unless it is blank where the stored record has `stored`: then a removal is
   * noted and the stored value kept (or, when the clerk applies this row's removals, the blank taken).
   */
  keep<T>(key: string, value: T, stored: T | undefined): T {
    if (!this.has(key) || !isEmptyValue(value) || stored === undefined || isEmptyValue(stored)) return value;
    if (!this.removals.includes(key)) this.removals.push(key);
    return this.applyRemovals ? value : stored;
  }

  /** keep() for each of `keys` of an input read from the row (before it is validated). */
  keepStored(input: Record<string, unknown>, stored: object | null, keys: readonly string[]): void {
    if (!stored) return;
    for (const k of keys) input[k] = this.keep(k, input[k], (stored as Record<string, unknown>)[k]);
  }

  /** The cell as text ('' when blank or unmapped); a formula without result or a too long cell is an issue. */
  text(key: string): string {
    const t = cellText(this.cell(key));
    if (isProblem(t)) {
      this.issue(key, t.problem);
      return '';
    }
    if (t.length > MAX_CELL_CHARS) {
      this.issue(key, `内容过长（${t.length}字），单元格最多${MAX_CELL_CHARS}字`);
      return '';
    }
    return t;
  }

  /** The cell as text for display (the row's key in the preview), without recording problems. */
  peek(key: string): string {
    const t = cellText(this.cell(key));
    return isProblem(t) ? '' : t.length > 60 ? `${t.slice(0, 60)}…` : t;
  }

  /** Present and not blank. */
  filled(key: string): boolean {
    return this.has(key) && !isBlankCell(this.cell(key));
  }

  date(key: string): DateStr | null {
    const cell = this.cell(key);
    if (typeof cell === 'string' && cell.length > MAX_CELL_CHARS) {
      this.issue(key, `内容过长（${cell.length}字），单元格最多${MAX_CELL_CHARS}字`);
      return null;
    }
    const d = parseDateCell(cell);
    if (isProblem(d)) {
      this.issue(key, d.problem);
      return null;
    }
    return d;
  }

  /** A choice by label or synonym; null when blank; an issue (and null) when not understood. */
  choice<T>(key: string, table: readonly (readonly [T, readonly string[]])[], allowed: string): T | null {
    const t = this.text(key);
    if (t === '') return null;
    const v = pickChoice(t, table);
    if (v === undefined) {
      this.issue(key, `“${t}”无法识别，可填：${allowed}`);
      return null;
    }
    return v;
  }

  yesNo(key: string): boolean | null {
    const t = this.text(key);
    const v = parseYesNo(t);
    if (v === undefined) {
      this.issue(key, `“${t}”无法识别，请填“是”或“否”`);
      return null;
    }
    return v;
  }

  wholeNumber(key: string): number | null {
    const t = this.text(key);
    if (t === '') return null;
    const v = parseWholeNumber(t);
    if (v === undefined) {
      this.issue(key, `“${t}”不是整数`);
      return null;
    }
    return v;
  }

  /** The raw cell, for fields whose validator reads numbers and text itself (金额). */
  raw(key: string): Cell | undefined {
    return this.cell(key);
  }

  /** Validator errors (field = record field) attached to the columns they are about. */
  addFieldErrors(errors: readonly { field: string; message: string }[], fieldToColumn: (field: string) => string | null = (f) => f): void {
    for (const e of errors) {
      const key = fieldToColumn(e.field);
      const column = key && this.has(key) ? key : null;
      // A cell that could not be read already says why; the validator's complaint about the blank it left repeats it.
      if (column ? this.hasIssue(column) : this.issues.some((i) => i.column === null && i.message === e.message)) continue;
      this.issue(column, e.message);
    }
  }
}

/** Whether a data row holds anything in the mapped columns (blank rows are passed over silently). */
export function rowHasData(cells: readonly Cell[] | undefined, columns: readonly (string | null)[]): boolean {
  if (!cells) return false;
  for (let j = 0; j < columns.length; j++) if (columns[j] && !isBlankCell(cells[j])) return true;
  return false;
}

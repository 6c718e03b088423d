/**
 * What one ledger is, declared once (design.md "A ledger is declared once"). Each ledger's module in its domain
 * folder (e.g. shared/review/case-ledger.ts) builds one LedgerDefinition; shared/ledgers/registry.ts collects them.
 * Every member is required: a new ledger that leaves a part out does not type-check. A part a ledger does not have
 * is said so explicitly (`null`, `[]`), never left to a default.
 */
import type { LedgerCell, LedgerColumn } from '../ledger-columns';
import type { BaseRecord } from '../record';
import type { AppSettings } from '../settings';
import type { FieldChange, ValueText } from './history';
import type { FieldSpec, SampleRow, TemplateSample } from './sheet-fields';
import type { StoredSchema } from './stored';
import type { YearSpan } from './year';

/**
 * How shared rules read stored records without knowing Dexie: the records of `table` whose index `index` equals
 * `value` (live ones and those in the 回收站; 'id' is the primary key). The renderer implements it over Dexie
 * (renderer/src/db/ledger-lookup.ts), the import over the records it planned.
 */
export type Lookup = (table: string, index: string, value: string | number) => Promise<readonly Record<string, unknown>[]>;

/** A key no two live records of the ledger may share (案号, 文号 …). */
export interface UniqueRule<T> {
  /** The field a clash is reported on (the form highlights it). */
  field: keyof T & string;
  /** Where the records that may share `record`'s key are found (an index of the ledger), or null when it claims none (no 文号). */
  candidates: (record: T) => { index: string; value: string | number } | null;
  /** Whether the live record `other` holds the key `record` claims. */
  clashes: (record: T, other: T) => boolean;
  /** The refusal when saving or importing `record`. */
  savingText: (record: T, clash: T) => string;
  /** The refusal when `record` is to become live again (回收站, undo); completes "不能恢复：" / "不能撤销：". */
  restoringText: (record: T, clash: T) => string;
}

/** A link from a record of this ledger to records of another ledger (a letter's case, a review's document). */
export interface Reference<T> {
  /** The table pointed at. */
  target: string;
  /** The ids this record points at. */
  ids: (record: T) => readonly string[];
  /** The index of this ledger that finds the records pointing at one id, or null when they must be scanned (ids in a list). */
  index: string | null;
  /** Whether the record may become live again only while the record it points at is live. */
  requiredOnRestore: boolean;
  /** Why `record` cannot be live again: what it points at is gone. */
  goneText: (record: T) => string;
  /** Why the target cannot be deleted for good: `record` still points at it. */
  holdsText: (record: T) => string;
}

/** How 待办 finds the records still waiting for something: by a status index, or by the `awaiting` index (db/awaiting.ts). */
export type AwaitingRule<T> = { index: 'status'; values: readonly string[] } | { index: 'awaiting'; rule: (record: T) => boolean };

/** The sheet of the year-end workbook (and of the import template) that lists the ledger. */
export interface LedgerSheet<K extends string = string> {
  /** The sheet kind: the table name, or what one row is when a row is not one record (a cleanup batch's items). */
  kind: K;
  /** The export worksheet's name (≤ 31 characters, no []:*?/\). */
  sheetName: string;
  /** The ledger's name in the export's title row: "{organ}{year}年度{title}". */
  title: string;
  /** The import template's sheet name. */
  templateName: string;
  /** The export's columns; the template repeats their headers and the import reads them back. */
  columns: readonly LedgerColumn[];
  /** What the import understands: every column's field, header and synonyms, and the columns a sheet needs. */
  fields: readonly FieldSpec[];
  /** A sheet whose name matches is taken for this ledger a little more readily. */
  nameHint: RegExp;
  /** The template's note row: what may be written, by header. */
  notes: Readonly<Record<string, string>>;
  /** The template's sample row, by header. */
  sample: (shared: TemplateSample) => SampleRow;
}

export interface LedgerHistory<T> {
  /** Words for values beyond the coded ones (`values`): a link (whether there is one), a list in a sentence; or null. */
  valueText: ValueText | null;
  /** Changes that are not field values, e.g. the steps of a case's timeline; null when the ledger has none. */
  steps: ((before: T, after: T) => FieldChange[]) | null;
}

/** What a sheet row may need besides its record: the settings, and the title of a record it points at. */
export interface YearSheetContext {
  settings: AppSettings;
  /** The title (案号, 文件名称 …) of the live record `id` of `table`, or '' when there is none. */
  titleOf: (table: string, id: string) => string;
}

/** How a ledger's records of year Y are ordered and laid out on its sheet of the year-end workbook. */
export interface YearSheet<T> {
  /** Sort key of the sheet's rows (code-point order, e.g. receivedDate + '|' + 案号). */
  order: (record: T) => string;
  /** The sheet row of one record, in the order of `sheet.columns`. */
  row: (record: T, c: YearSheetContext) => LedgerCell[];
}

export interface LedgerDefinition<T extends BaseRecord, Table extends string = string, Kind extends string = string> {
  table: Table;
  /** The Dexie index string of the current schema version (renderer/src/db/db.ts; a test compares them). */
  indexes: string;
  /** The one Chinese name of the ledger, used wherever it is named. */
  name: string;
  /** Chinese name of every field the clerk knows. */
  labels: Record<string, string>;
  /** The Chinese label of every coded value, by field (the *_LABELS maps of the ledger's types). */
  values: Readonly<Record<string, Readonly<Record<string, string>>>>;
  /** The stored record's shape: backup validation, restore, replication. */
  schema: StoredSchema;
  /** How the clerk names one record: 案号, 《文件名称》… */
  title: (record: T) => string;
  /** The fields the header search (Ctrl+K) looks in besides the title: the names a clerk may type (被申请人, 原告, 被告…). */
  searchFields: readonly (keyof T & string)[];
  /** The hash route of the record's page (or of its list when it has no page). */
  route: (id: string) => string;
  unique: UniqueRule<T> | null;
  references: readonly Reference<T>[];
  awaiting: AwaitingRule<T> | null;
  /** Whether the record belongs to year Y (its figures and the ledger sheet of Y's export). */
  inYear: (record: T, year: number) => boolean;
  /**
   * Which years may read the record (shared/ledgers/year.ts): every date that any year's figures, year rule or sheet
   * of this ledger looks at, and whether it is still open (carried over into every later year). Year Y reads the
   * records whose dates span Y and the open ones, through the `yearSpan` index (schema version 6), instead of
   * every record of every year; a test compares that read with the full one.
   */
  yearSpan: (record: T) => YearSpan;
  sheet: LedgerSheet<Kind>;
  /**
   * The rows of its sheet in Y's workbook (selected by `inYear`); null for the seven ledgers written before the
   * registry had this member, whose rows shared/year-records.ts and the export's ledgerRows join by hand.
   */
  yearSheet: YearSheet<T> | null;
  history: LedgerHistory<T>;
}

/** Declares a ledger: checks the definition against the record type and keeps its literal table and sheet kind. */
export function defineLedger<T extends BaseRecord>() {
  return <Table extends string, Kind extends string>(def: LedgerDefinition<T, Table, Kind>) => def;
}

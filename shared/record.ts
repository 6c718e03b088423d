/** Fields every stored record carries (design.md: UUID, timestamps, soft delete). */
export interface BaseRecord {
  id: string;
  createdAt: string;
  updatedAt: string;
  /** 0 = live, 1 = in the 回收站. A number so that Dexie can index it. */
  deleted: 0 | 1;
}

export type ChangeAction = 'create' | 'update' | 'delete' | 'restore' | 'step' | 'settings';

/** One entry of the change log (全过程留痕), written in the same transaction as the change. */
export interface ChangeLogEntry {
  seq?: number;
  at: string;
  actor: string;
  table: string;
  recordId: string;
  action: ChangeAction;
  /** A short Chinese description, e.g. "登记案件 丹政复〔2019〕1号". */
  summary: string;
  before: unknown;
  after: unknown;
  /** On an undo (撤销上一步): the seq of the entry it reverted. */
  undoes?: number;
  /**
   * On the entry of a record written by an import: the import's id, which is the `recordId` of the import's own
   * entry (table 'import'). Imports before this field logged one entry for the whole file, with every record in it.
   */
  importId?: string;
  /** On the entry of a change that came from another PC through the sync server: that PC, and the document revision. */
  origin?: ChangeOrigin;
}

/** Where a change written by the sync came from (features/sync): the other PC's id and the document's revision. */
export interface ChangeOrigin {
  pc: string;
  rev?: string;
}

/** The change log's `table` of an import's own entry (its `recordId` is the import's id). */
export const IMPORT_TABLE = 'import';
/** The change log's `table` of the entry a restore from a backup writes after replacing every table. */
export const RESTORE_TABLE = 'backupRestore';

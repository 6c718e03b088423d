import { LEDGER_TABLES, ledgerOf } from '../ledgers/registry';
import { settingsValueProblem } from '../settings';
import { recordProblem } from '../ledgers/stored';

/**
 * What a restored row must look like, table by table. A ledger's rows are checked against the ledger's stored-record
 * schema (shared/ledgers/stored.ts: a shape check, not the forms' validators, so that records entered under older
 * rules restore exactly as they were kept). The change log and the settings have their own rules here.
 */

const OTHER_TABLES = new Map<string, { label: string; problem: (row: Record<string, unknown>, where: string) => string | null }>([
  [
    'changeLog',
    {
      label: '修改记录',
      problem: (row, where) => {
        if (!Number.isInteger(row.seq) || (row.seq as number) < 1) return `${where}的序号无效`;
        if (!nonEmptyString(row.at) || Number.isNaN(Date.parse(row.at))) return `${where}的时间无效`;
        if (!nonEmptyString(row.table) || !nonEmptyString(row.recordId) || !nonEmptyString(row.action)) {
          return `${where}缺少数据表、记录编号或操作类型`;
        }
        return null;
      },
    },
  ],
  [
    'settings',
    {
      label: '设置',
      problem: (row, where) => {
        if (!nonEmptyString(row.key)) return `${where}缺少设置项名称`;
        const problem = settingsValueProblem(row.key, row.value);
        return problem ? `${where}${problem}` : null;
      },
    },
  ],
]);

/** The exact list of tables a backup may hold: the registry's ledgers, the change log and the settings. */
export const RESTORABLE_TABLES: ReadonlySet<string> = new Set([...LEDGER_TABLES, ...OTHER_TABLES.keys()]);

/** The table's name as the clerk knows it (the table name itself when it is not one of ours). */
export function tableLabel(table: string): string {
  return ledgerOf(table)?.name ?? OTHER_TABLES.get(table)?.label ?? table;
}

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);
const nonEmptyString = (v: unknown): v is string => typeof v === 'string' && v.length > 0;

/**
 * The problem with one row, in Chinese, or null. `keyPath` is the table's primary key in the
 * database (null for tables keyed outside the row); `position` is 1-based for the message.
 */
export function rowProblem(table: string, row: unknown, position: number, keyPath: string | null): string | null {
  const where = `「${tableLabel(table)}」第${position}条记录`;
  const ledger = ledgerOf(table);
  if (ledger) return recordProblem(ledger.schema, row, where);
  if (!isObject(row)) return `${where}不是有效的记录`;
  const other = OTHER_TABLES.get(table);
  if (other) return other.problem(row, where);
  // A table no rule here knows is refused by checkBackupForRestore; its key is still checked for other callers.
  if (keyPath && !(typeof row[keyPath] === 'string' || typeof row[keyPath] === 'number')) return `${where}缺少编号`;
  return null;
}

import { tableLabel } from '../../../../shared/backup/records';

/** Tables that hold no ledger records of their own. */
const BOOKKEEPING = new Set(['changeLog', 'settings']);

/** Records in the ledgers, without change-log entries and settings. */
export function ledgerRecordCount(counts: Record<string, number>): number {
  return Object.entries(counts).reduce((sum, [table, n]) => (BOOKKEEPING.has(table) ? sum : sum + n), 0);
}

/** '行政复议案件 12 条，规范性文件 3 条' (tables with records only), or '无台账记录'. */
export function describeCounts(counts: Record<string, number>): string {
  const parts = Object.entries(counts)
    .filter(([table, n]) => n > 0 && !BOOKKEEPING.has(table))
    .map(([table, n]) => `${tableLabel(table)} ${n} 条`);
  return parts.length ? parts.join('，') : '无台账记录';
}

/** What other features may use of 修改记录 (history): every import from outside goes through this file. */
export { RecordHistory } from './RecordHistory';
export { LEDGER_TABLES, LEDGERS, ledgerOf, type LedgerTable } from './ledgers';
export { importUndoBlocked, undoImport } from './undo';

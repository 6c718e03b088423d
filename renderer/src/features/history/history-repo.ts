/**
 * The global change history (修改记录): entries of the change log by date range, ledger and search text, newest
 * first. The log can hold 100,000+ entries, so every query walks the 'at' index over its date range only and stops
 * as soon as a page is full; paging is by key (the last entry shown), not by offset.
 */
import { addDays, chinaDayStartIso, formatChinaTime, type DateStr } from '../../../../shared/dates';
import type { ChangeLogEntry } from '../../../../shared/record';
import { getDb } from '../../db/db';
import { UserError } from '../../db/write';
import { changeLineText, describeChanges } from './diff';
import { actionLabel, entryTitle, importedRecords, ledgerOf } from './ledgers';

export interface HistoryQuery {
  /** China calendar dates, both included. */
  from: DateStr;
  to: DateStr;
  /** A table name (see LEDGERS), or null for every ledger. */
  table?: string | null;
  search?: string;
}

/** Where the next page starts: just after this entry. */
export interface HistoryCursor {
  at: string;
  seq: number;
}

export interface HistoryPage {
  entries: ChangeLogEntry[];
  next: HistoryCursor | null;
}

/** [from 00:00, the day after `to` 00:00) in China time. */
function atRange(q: HistoryQuery): [string, string] {
  if (q.from > q.to) throw new UserError('开始日期不能晚于结束日期');
  return [chinaDayStartIso(q.from), chinaDayStartIso(addDays(q.to, 1))];
}

/** Whether an entry concerns a table: its own, or (an import of an earlier release) one of the tables it wrote. */
function concerns(e: ChangeLogEntry, table: string): boolean {
  if (e.table === table) return true;
  return e.table === 'import' && importedRecords(e.after).some((r) => r.table === table);
}

function matcher(q: HistoryQuery): (e: ChangeLogEntry) => boolean {
  const needle = (q.search ?? '').trim().toLowerCase();
  return (e) => {
    if (q.table && !concerns(e, q.table)) return false;
    if (!needle) return true;
    const hay = `${e.summary}\n${e.actor}\n${entryTitle(e)}\n${ledgerOf(e.table)?.label ?? ''}`.toLowerCase();
    return hay.includes(needle);
  };
}

/** One page of entries, newest first, starting after `cursor` (null: the first page). */
export async function queryHistory(q: HistoryQuery, cursor: HistoryCursor | null = null, limit = 50): Promise<HistoryPage> {
  const [lo, hi] = atRange(q);
  const matches = matcher(q);
  const upper = cursor && cursor.at < hi ? cursor.at : hi;
  const rows = await getDb()
    .changeLog.where('at')
    .between(lo, upper, true, upper !== hi)
    .reverse()
    // Equal times are ordered by seq (the primary key), so "after the cursor" is exact.
    .filter((e) => (!cursor || e.at < cursor.at || (e.at === cursor.at && e.seq! < cursor.seq)) && matches(e))
    .limit(limit + 1)
    .toArray();
  const entries = rows.slice(0, limit);
  const last = entries[entries.length - 1];
  return { entries, next: rows.length > limit && last ? { at: last.at, seq: last.seq! } : null };
}

/** How many entries the date range holds (all ledgers): an index count, cheap even for a large log. */
export async function countInRange(q: Pick<HistoryQuery, 'from' | 'to'>): Promise<number> {
  const [lo, hi] = atRange({ ...q });
  return getDb().changeLog.where('at').between(lo, hi, true, false).count();
}

/** Every entry a query selects, newest first, one at a time (for the export). */
export async function eachHistoryEntry(q: HistoryQuery, fn: (e: ChangeLogEntry) => void): Promise<void> {
  const [lo, hi] = atRange(q);
  await getDb().changeLog.where('at').between(lo, hi, true, false).reverse().filter(matcher(q)).each(fn);
}

export const CSV_HEADER = ['时间', '操作人', '台账', '记录', '操作', '摘要', '修改内容'];

/** The cells of one entry as the export writes them. */
export function historyRow(e: ChangeLogEntry): string[] {
  return [
    formatChinaTime(e.at),
    e.actor || '未署名',
    ledgerOf(e.table)?.label ?? e.table,
    entryTitle(e),
    actionLabel(e),
    e.summary,
    describeChanges(e).map(changeLineText).join('；'),
  ];
}

/** Quotes a cell; a cell that a spreadsheet would run as a formula is prefixed with ' so it stays text. */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** CSV text with a UTF-8 byte-order mark, which Excel and WPS need to read Chinese correctly. */
export function toCsv(rows: string[][]): string {
  return `\uFEFF${rows.map((r) => r.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

/** The export of a query: header plus every selected entry, as UTF-8 bytes with BOM. */
export async function buildHistoryCsv(q: HistoryQuery): Promise<{ bytes: Uint8Array; count: number }> {
  const rows: string[][] = [CSV_HEADER];
  await eachHistoryEntry(q, (e) => {
    rows.push(historyRow(e));
  });
  return { bytes: new TextEncoder().encode(toCsv(rows)), count: rows.length - 1 };
}

/**
 * The change history of one record, newest first: its own entries (an import writes one per record, like any other
 * change), and, for imports of earlier releases that logged one entry for the whole file, the part of that entry
 * that wrote this record, shown as an entry about it. Those legacy entries are the only ones read beyond the
 * record's own: the query walks the 'table' index over the 'import' entries and skips the new ones at once.
 */
export async function recordHistory(recordId: string): Promise<ChangeLogEntry[]> {
  const log = getDb().changeLog;
  const own = await log.where('recordId').equals(recordId).toArray();
  const imports = await log
    .where('table')
    .equals('import')
    .filter((e) => importedRecords(e.after).some((r) => r.id === recordId))
    .toArray();
  const projected = imports.map((e): ChangeLogEntry => {
    const after = importedRecords(e.after).find((r) => r.id === recordId)!;
    const before = importedRecords(e.before).find((r) => r.id === recordId);
    return {
      ...e,
      table: after.table,
      recordId,
      action: after.action ?? (before ? 'update' : 'create'),
      before: before?.record ?? null,
      after: after.record,
    };
  });
  return [...own, ...projected].sort((a, b) => b.seq! - a.seq!);
}

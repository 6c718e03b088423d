/**
 * Writing an import plan: one Dexie transaction for the whole file (all or nothing), after a backup.
 *
 * The records are written with bulkPut inside our own transaction, NOT through putAllWithLog: the import is ONE
 * change-log entry (table 'import'), whose payload keeps every record's before and after so that history and
 * undo can still see them:
 *   before: { records: [{ table, id, record }] }                  — the stored versions of the updated records
 *   after:  { fileName, counts, records: [{ table, id, action, record }] } — every record written
 * The layouts of the imported sheets are remembered (settings key 'importMappings') in the same transaction.
 */
import type { Table } from 'dexie';
import type { ChangeLogEntry, BaseRecord } from '../../../../shared/record';
import type { MappingMemory, RememberedMapping } from '../../../../shared/import/detect';
import { importSummary, type ImportCounts, type ImportPlan, type PlannedWrite } from '../../../../shared/import/plan';
import { LEDGER_TABLES, type LedgerTable } from '../../../../shared/import/types';
import type { ReviewCase } from '../../../../shared/review/types';
import type { NormativeDocument } from '../../../../shared/normative/types';
import { getDb } from '../../db/db';
import { newId, nowIso, UserError } from '../../db/write';
import { takeBackup } from '../backup/backup-service';
import { timed } from './timing';

export const MAPPINGS_KEY = 'importMappings';
/** Layouts remembered at most (the oldest are forgotten first). */
const MAX_REMEMBERED = 100;

/** 'validOnly': import the valid rows, skip the bad ones; 'allOrNothing': import only a file without bad rows. */
export type ImportMode = 'validOnly' | 'allOrNothing';

export interface ImportLogRecord {
  table: LedgerTable;
  id: string;
  action?: 'create' | 'update';
  record: BaseRecord;
}
export interface ImportLogBefore {
  records: ImportLogRecord[];
}
export interface ImportLogAfter {
  fileName: string;
  counts: ImportCounts;
  records: ImportLogRecord[];
}

/** The safety backup taken before an import writes anything; it throws (UserError) when it could not be written. */
export async function beforeImport(): Promise<void> {
  await takeBackup('导入前');
}

export async function loadMappingMemory(): Promise<MappingMemory> {
  const row = await getDb().settings.get(MAPPINGS_KEY);
  return (row?.value as MappingMemory | undefined) ?? {};
}

function mergeMemory(old: MappingMemory, add: Record<string, Omit<RememberedMapping, 'savedAt'>>, now: string): MappingMemory {
  const merged: MappingMemory = { ...old };
  for (const [hash, m] of Object.entries(add)) merged[hash] = { ...m, savedAt: now };
  const keys = Object.keys(merged).sort((a, b) => (merged[b].savedAt < merged[a].savedAt ? -1 : 1));
  return Object.fromEntries(keys.slice(0, MAX_REMEMBERED).map((k) => [k, merged[k]]));
}

export interface CommitOptions {
  mode: ImportMode;
  actor: string;
  /** Layouts to remember, by layoutHash of their header row. */
  layouts?: Record<string, Omit<RememberedMapping, 'savedAt'>>;
}

/** Writes the plan; returns its counts. Throws a UserError (and writes nothing) when it cannot. */
export async function commitImport(plan: ImportPlan, opts: CommitOptions): Promise<ImportCounts> {
  const { counts } = plan;
  if (opts.mode === 'allOrNothing' && counts.skipped > 0) {
    throw new UserError(`有${counts.skipped}行有误。按“有误时整个文件都不导入”的选择，本次没有导入任何数据`);
  }
  if (plan.rows.length === 0) throw new UserError('文件中没有可导入的数据行');
  if (plan.writes.length > 0) {
    try {
      await timed('backup', beforeImport);
    } catch (e) {
      throw new UserError(`导入前的备份没有成功，本次没有导入任何数据：${(e as Error)?.message ?? String(e)}`);
    }
  }
  const db = getDb();
  const tables = Object.values(LEDGER_TABLES).map((name) => db.table(name) as Table<BaseRecord, string>);
  const now = nowIso();
  await timed('write', () =>
    db.transaction('rw', [...tables, db.changeLog, db.settings], async () => {
      await timed('check', () => checkUnchangedSincePlanned(plan));
      const byTable = new Map<LedgerTable, BaseRecord[]>();
      for (const w of plan.writes) {
        const list = byTable.get(w.table) ?? [];
        list.push(w.record);
        byTable.set(w.table, list);
      }
      await timed('put', async () => {
        for (const [table, records] of byTable) await db.table(table).bulkPut(records);
      });
      await timed('log', async () => {
        const before: ImportLogBefore = {
          records: plan.writes.filter((w) => w.before).map((w) => ({ table: w.table, id: w.record.id, record: w.before! })),
        };
        const after: ImportLogAfter = {
          fileName: plan.fileName,
          counts,
          records: plan.writes.map((w) => ({ table: w.table, id: w.record.id, action: w.before ? 'update' : 'create', record: w.record })),
        };
        const entry: ChangeLogEntry = {
          at: now,
          actor: opts.actor,
          table: 'import',
          recordId: newId(),
          action: counts.updated > 0 ? 'update' : 'create',
          summary: importSummary(plan.fileName, counts),
          before,
          after,
        };
        await db.changeLog.add(entry);
        if (opts.layouts && Object.keys(opts.layouts).length) {
          const old = ((await db.settings.get(MAPPINGS_KEY))?.value as MappingMemory | undefined) ?? {};
          await db.settings.put({ key: MAPPINGS_KEY, value: mergeMemory(old, opts.layouts, now) });
        }
      });
    }),
  );
  return counts;
}

/**
 * Inside the transaction: the records the plan read must still be as they were (another window may have edited
 * them since the preview), and no 案号 / 文号 the plan creates may have been taken meanwhile.
 */
async function checkUnchangedSincePlanned(plan: ImportPlan): Promise<void> {
  const db = getDb();
  const stale = () => new UserError('预览之后台账已被修改（可能在另一个窗口），本次没有导入任何数据，请重新预览后再导入');
  const byTable = new Map<LedgerTable, PlannedWrite[]>();
  for (const w of plan.writes) {
    const list = byTable.get(w.table) ?? [];
    list.push(w);
    byTable.set(w.table, list);
  }
  for (const [table, writes] of byTable) {
    // New records have fresh ids: only the updated ones can have changed meanwhile.
    const updated = writes.filter((w) => w.before);
    const current = (await db.table(table).bulkGet(updated.map((w) => w.record.id))) as (BaseRecord | undefined)[];
    updated.forEach((w, i) => {
      if (current[i]?.updatedAt !== w.before!.updatedAt) throw stale();
    });
    const created = writes.filter((w) => !w.before).map((w) => w.record);
    if (table === 'reviewCases' && created.length) {
      const keys = created.map((r) => (r as ReviewCase).caseNoKey);
      if (await db.reviewCases.where('caseNoKey').anyOf(keys).filter((c) => c.deleted === 0).count()) throw stale();
    } else if (table === 'normativeDocuments' && created.length) {
      const keys = created.map((r) => (r as NormativeDocument).docNoKey);
      if (await db.normativeDocuments.where('docNoKey').anyOf(keys).filter((d) => d.deleted === 0).count()) throw stale();
    }
  }
}

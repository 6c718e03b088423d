/**
 * Writing an import plan: one Dexie transaction for the whole file (all or nothing), after a backup, through the
 * one change-log writer (writeChanges): every record gets an entry of its own carrying the import's id, so that its
 * history reads like any other change, and the import itself gets one entry (table 'import', recordId = the import's
 * id, after = { fileName, counts }) written last, which is what 修改记录 lists as the import and 撤销上一步 meets.
 * The layouts of the imported sheets are remembered (settings key 'importMappings') in the same transaction.
 */
import { IMPORT_TABLE, type BaseRecord } from '../../../../shared/record';
import type { MappingMemory, RememberedMapping } from '../../../../shared/import/detect';
import { importSummary, type ImportCounts, type ImportPlan, type PlannedWrite } from '../../../../shared/import/plan';
import type { LedgerTable } from '../../../../shared/import/types';
import type { ReviewCase } from '../../../../shared/review/types';
import type { NormativeDocument } from '../../../../shared/normative/types';
import { getDb } from '../../db/db';
import { changeEntry, newId, nowIso, UserError, writeChanges } from '../../db/write';
import { ledgerOf } from '../history';
import { takeBackup } from '../backup';
import { timed } from './timing';

export const MAPPINGS_KEY = 'importMappings';
/** Layouts remembered at most (the oldest are forgotten first). */
const MAX_REMEMBERED = 100;

/** 'validOnly': import the valid rows, skip the bad ones; 'allOrNothing': import only a file without bad rows. */
export type ImportMode = 'validOnly' | 'allOrNothing';

/** What the import's own entry keeps (the records have entries of their own). */
export interface ImportLogAfter {
  fileName: string;
  counts: ImportCounts;
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
  /** The import's id (the recordId of its own entry, the importId of its records' entries): given by a caller that offers 撤销本次导入. */
  importId?: string;
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
  const importId = opts.importId ?? newId();
  const now = nowIso();
  const after: ImportLogAfter = { fileName: plan.fileName, counts };
  const importEntry = changeEntry({
    at: now,
    actor: opts.actor,
    table: IMPORT_TABLE,
    recordId: importId,
    action: counts.updated > 0 ? 'update' : 'create',
    summary: importSummary(plan.fileName, counts),
    before: null,
    after,
  });
  await timed('write', () =>
    writeChanges(
      plan.writes.map((w) => ({
        table: w.table,
        id: w.record.id,
        record: w.record,
        before: w.before,
        action: w.before ? 'update' : 'create',
        summary: `导入《${plan.fileName}》：${w.before ? '更新' : '新增'}${ledgerOf(w.table)?.label ?? w.table} ${recordTitle(w.table, w.record)}`,
      })),
      {
        actor: opts.actor,
        importId,
        staleMessage: STALE_IMPORT,
        check: () => timed('check', () => checkNoKeyTakenSincePlanned(plan)),
        extraEntries: [importEntry],
        alsoWrite: async () => {
          if (!opts.layouts || !Object.keys(opts.layouts).length) return;
          const db = getDb();
          const old = ((await db.settings.get(MAPPINGS_KEY))?.value as MappingMemory | undefined) ?? {};
          await db.settings.put({ key: MAPPINGS_KEY, value: mergeMemory(old, opts.layouts, now) });
        },
      },
    ),
  );
  return counts;
}

const STALE_IMPORT = '预览之后台账已被修改（可能在另一个窗口），本次没有导入任何数据，请重新预览后再导入';

function recordTitle(table: LedgerTable, record: BaseRecord): string {
  return ledgerOf(table)?.title(record as unknown as Record<string, unknown>) ?? record.id;
}

/**
 * Inside the transaction (after the writer has refused records changed since the preview): no 案号 / 文号 the plan
 * creates may have been taken meanwhile.
 */
async function checkNoKeyTakenSincePlanned(plan: ImportPlan): Promise<void> {
  const db = getDb();
  const stale = () => new UserError(STALE_IMPORT);
  const byTable = new Map<LedgerTable, PlannedWrite[]>();
  for (const w of plan.writes) {
    const list = byTable.get(w.table) ?? [];
    list.push(w);
    byTable.set(w.table, list);
  }
  for (const [table, writes] of byTable) {
    const created = writes.filter((w) => !w.before).map((w) => w.record);
    if (table === 'reviewCases' && created.length) {
      const keys = created.map((r) => (r as ReviewCase).caseNoKey);
      if (
        await db.reviewCases
          .where('caseNoKey')
          .anyOf(keys)
          .filter((c) => c.deleted === 0)
          .count()
      )
        throw stale();
    } else if (table === 'normativeDocuments' && created.length) {
      const keys = created.map((r) => (r as NormativeDocument).docNoKey);
      if (
        await db.normativeDocuments
          .where('docNoKey')
          .anyOf(keys)
          .filter((d) => d.deleted === 0)
          .count()
      )
        throw stale();
    }
  }
}

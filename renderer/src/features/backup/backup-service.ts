import Dexie from 'dexie';
import { serializeBackup, type BackupFile, type BackupReason, type BackupTables } from '../../../../shared/backup/format';
import { checkBackupForRestore } from '../../../../shared/backup/validate';
import type { HostApi, WriteBackupResult } from '../../../../shared/host-api';
import { SCHEMA_VERSION, getDb } from '../../db/db';
import { appendEntries, changeEntry, newId, nowIso, UserError } from '../../db/write';
import { loadSettings } from '../../db/settings-repo';
import { RESTORE_TABLE } from '../../../../shared/record';
import { getHost } from '../../host/host';
import { readAllTables, replaceAllTables, rowCount, tableKeys, upgradeTables } from './backup-db';
import { recordBrowserBackup } from './reminder';
import { backupStatus } from './status';

/**
 * Taking and restoring backups. The renderer makes them (the data lives in IndexedDB); the
 * host stores them (Electron: the backup folder; browser: a download). One at a time: a
 * restore never interleaves with a backup.
 */

export interface BackupOutcome {
  /** False only when the database was empty: there was nothing to protect, so no file. */
  saved: boolean;
  name?: string;
  /** Electron only. */
  path?: string;
  counts: Record<string, number>;
}

let queue: Promise<unknown> = Promise.resolve();

function exclusive<T>(work: () => Promise<T>): Promise<T> {
  const run = queue.then(work, work);
  queue = run.catch(() => undefined);
  return run;
}

/** Mutations since the last backup; set by Dexie's storagemutated event (see watchDatabase). */
let changedSinceBackup = false;

async function writeTables(host: HostApi, tables: BackupTables, schemaVersion: number, reason: BackupReason): Promise<BackupOutcome> {
  const info = await host.getAppInfo();
  const createdAt = new Date().toISOString();
  const { json, header } = serializeBackup({ tables, schemaVersion, appVersion: info.version, createdAt, reason });
  let result: WriteBackupResult;
  try {
    result = await host.writeBackup({ reason, json });
  } catch (e) {
    result = { saved: false, error: `备份未写入：${(e as Error)?.message ?? String(e)}` };
  }
  if (!result.saved) {
    const message = result.error ?? '备份未写入。';
    backupStatus.failed(reason, message);
    throw new UserError(message);
  }
  if (info.kind === 'browser') recordBrowserBackup(createdAt);
  backupStatus.succeeded(reason, createdAt, result.name ?? '', result.path);
  return { saved: true, name: result.name, path: result.path, counts: header.counts };
}

/**
 * Backs up the whole database now. Throws a UserError (with the reason, in Chinese) when the
 * backup could not be written, so that a caller about to do something risky (an import) can
 * stop. An empty database is not backed up (`saved: false`).
 */
export function takeBackup(reason: BackupReason): Promise<BackupOutcome> {
  return exclusive(() => backupNow(reason));
}

async function backupNow(reason: BackupReason): Promise<BackupOutcome> {
  const db = getDb();
  changedSinceBackup = false;
  let tables: BackupTables;
  try {
    tables = await readAllTables(db);
  } catch (e) {
    changedSinceBackup = true;
    throw e;
  }
  if (rowCount(tables) === 0) return { saved: false, counts: {} };
  try {
    return await writeTables(getHost(), tables, Math.floor(db.verno), reason);
  } catch (e) {
    changedSinceBackup = true;
    throw e;
  }
}

/**
 * Before Dexie upgrades the stored database: a backup of it exactly as it is (its own schema
 * version), read without upgrading it. Returns a problem for the clerk, or null.
 */
export async function backupBeforeUpgrade(read: () => Promise<BackupTables>, storedVersion: number): Promise<string | null> {
  try {
    const tables = await read();
    if (rowCount(tables) === 0) return null;
    await writeTables(getHost(), tables, storedVersion, '升级前');
    return null;
  } catch (e) {
    const reason = e instanceof UserError ? e.message : `无法读取旧数据库：${(e as Error)?.message ?? String(e)}`;
    return `程序已更新，需要升级本机数据库，但升级前的备份没有成功：${reason} 为保护数据，数据库没有升级，也没有做任何改动。请处理后重新打开程序。`;
  }
}

export interface PreparedRestore {
  backup: BackupFile;
  /** Rows per table after any upgrade: what the database will hold. */
  tables: BackupTables;
}

/** Checks a backup's text completely before anything is touched; throws a UserError saying why it cannot be used. */
export async function prepareRestore(text: string): Promise<PreparedRestore> {
  const db = getDb();
  const info = await getHost().getAppInfo();
  const check = checkBackupForRestore(text, { schemaVersion: SCHEMA_VERSION, appVersion: info.version, tables: tableKeys(db) });
  if (!check.ok) throw new UserError(check.error);
  const backup = check.backup;
  let tables = backup.tables;
  if (backup.schemaVersion < Math.floor(db.verno)) {
    try {
      tables = await upgradeTables(backup.tables, backup.schemaVersion, db.name);
    } catch (e) {
      throw new UserError(`无法把该备份升级到当前版本：${(e as Error)?.message ?? String(e)}。未做任何改动。`);
    }
  }
  return { backup, tables };
}

export interface RestoreOutcome {
  /** The backup of the data that was replaced; null when the database was empty. */
  safetyBackup: BackupOutcome | null;
  counts: Record<string, number>;
}

/**
 * Replaces all data with a prepared backup: first a backup of the current data (恢复前),
 * then one transaction over every table, which ends with an entry of the restore's own in the
 * restored change log (who restored which file, when). If that first backup fails nothing is replaced.
 * `source` names the file as the clerk chose it.
 */
export function applyRestore(prepared: PreparedRestore, source = '备份文件'): Promise<RestoreOutcome> {
  return exclusive(async () => {
    const { operatorName } = await loadSettings();
    let safety: BackupOutcome;
    try {
      safety = await backupNow('恢复前');
    } catch (e) {
      throw new UserError(`恢复前未能先备份当前数据（${e instanceof UserError ? e.message : String(e)}），为保护当前数据，没有恢复。`);
    }
    const db = getDb();
    try {
      const { backup } = prepared;
      const entry = changeEntry({
        at: nowIso(),
        actor: operatorName,
        table: RESTORE_TABLE,
        recordId: newId(),
        action: 'restore',
        summary: `从备份“${source}”恢复全部数据`,
        before: null,
        after: { source, backupCreatedAt: backup.createdAt, backupReason: backup.reason, appVersion: backup.appVersion, counts: backup.counts },
      });
      await replaceAllTables(db, prepared.tables, () => appendEntries([entry]));
    } catch (e) {
      const quota = (e as { name?: string; inner?: { name?: string } })?.inner?.name === 'QuotaExceededError';
      throw new UserError(
        quota
          ? '磁盘空间不足，恢复没有完成，当前数据保持不变。请清理磁盘后重试。'
          : `恢复没有完成，当前数据保持不变：${(e as Error)?.message ?? String(e)}`,
      );
    }
    return { safetyBackup: safety.saved ? safety : null, counts: prepared.backup.counts };
  });
}

/** Check, back up the current data, replace: the whole restore for callers that need no confirmation step. */
export async function restoreFromText(text: string, source?: string): Promise<RestoreOutcome> {
  return applyRestore(await prepareRestore(text), source);
}

/** Whether the database had no rows at all when the app started (see watchDatabase). */
let emptyAtStart = false;

export function databaseWasEmptyAtStart(): boolean {
  return emptyAtStart;
}

export const AUTO_BACKUP_INTERVAL_MS = 15 * 60 * 1000;
let automaticStarted = false;

async function automatic(reason: BackupReason): Promise<void> {
  try {
    await takeBackup(reason);
  } catch (e) {
    // Recorded in backupStatus; the notices show it to the clerk.
    console.warn(`[backup] ${reason} backup failed`, e);
  }
}

/** Every 15 minutes: a backup when something changed since the last one. */
export async function scheduledBackupTick(): Promise<void> {
  if (changedSinceBackup) await automatic('定时');
}

/** When the app quits: a last backup when something changed since the last one. */
export async function backupBeforeQuit(): Promise<void> {
  if (changedSinceBackup) await automatic('退出');
}

let watching = false;

/**
 * Called once the database is open, before anything can write to it: notes whether it
 * started empty (the restore offer) and starts tracking changes (the 15-minute backups).
 */
export async function watchDatabase(): Promise<void> {
  const db = getDb();
  if (!watching) {
    watching = true;
    Dexie.on('storagemutated', (parts) => {
      // Only the app's database: not the staging copy a restore builds.
      const prefix = `idb://${getDb().name}/`;
      if (Object.keys(parts).some((key) => key.startsWith(prefix))) changedSinceBackup = true;
    });
  }
  // One key per table tells whether there is any row; counting every row (100,000 of them) delays the first screen.
  const firstKeys = await Promise.all(db.tables.map((table) => table.limit(1).primaryKeys()));
  emptyAtStart = firstKeys.every((keys) => keys.length === 0);
}

/** How long the start-up backup waits after the database is open. */
export const STARTUP_BACKUP_DELAY_MS = 3_000;

/**
 * Electron: a backup shortly after start, then every 15 minutes while something changed, and a last one when
 * the app quits. The browser cannot write files unasked: there the clerk downloads backups.
 */
export async function startAutomaticBackups(host: HostApi = getHost()): Promise<void> {
  if (automaticStarted) return;
  automaticStarted = true;
  const info = await host.getAppInfo();
  if (info.kind !== 'electron') return;
  host.onBeforeQuit(backupBeforeQuit);
  // After the first screen, not with it: a large database takes seconds to read and serialise, and the clerk
  // opens the app to look at 待办. A database that started empty had nothing to keep (what was entered since is
  // saved by the 15-minute and quit backups).
  await new Promise((resolve) => setTimeout(resolve, STARTUP_BACKUP_DELAY_MS));
  if (!emptyAtStart) await automatic('启动');
  setInterval(() => void scheduledBackupTick(), AUTO_BACKUP_INTERVAL_MS);
}

import Dexie from 'dexie';
import type { BackupReason, BackupSummary } from '../../../../shared/backup/format';
import { BackupFileError } from '../../../../shared/backup/stream';
import type { HostApi, WriteBackupResult } from '../../../../shared/host-api';
import { SCHEMA_VERSION, backedUpTables, getDb } from '../../db/db';
import { changeEntry, newId, nowIso, UserError } from '../../db/write';
import { loadSettings } from '../../db/settings-repo';
import { RESTORE_TABLE } from '../../../../shared/record';
import { getHost } from '../../host/host';
import { tableKeys } from './backup-db';
import { WorkerError, runApply, runBackup, runStage } from './backup-runner';
import { stagingName, type WrittenBackup } from './backup-stream';
import { recordBrowserBackup } from './reminder';
import { backupStatus } from './status';

/**
 * Taking and restoring backups. The renderer makes them (the data lives in IndexedDB), in a Web Worker
 * (backup-runner.ts); the host stores them (Electron: the backup folder, sent in pieces; browser: a download). One
 * at a time: a restore never interleaves with a backup.
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

const errorText = (e: unknown) => (e as Error)?.message ?? String(e);

/**
 * In the browser a backup is a download, and the page cannot know whether the browser saved it (a refused or
 * blocked download looks the same). Where it matters (before an import), the caller passes this: the clerk is
 * asked, after the download started, whether the file was saved; only a yes counts the backup as made.
 */
export type ConfirmDownload = (name: string) => Promise<boolean>;

export const DOWNLOAD_NOT_CONFIRMED = '备份文件没有确认保存（浏览器可能拦截了下载，或您选择了取消）。';

/** Hands a written backup to the host, piece by piece; throws a UserError (recorded in backupStatus) when it was not saved. */
async function store(
  host: HostApi,
  written: WrittenBackup,
  reason: BackupReason,
  kind: 'electron' | 'browser',
  confirmDownload?: ConfirmDownload,
): Promise<BackupOutcome> {
  let result: WriteBackupResult;
  try {
    const begun = await host.beginBackup(reason);
    if (!begun.ok) {
      result = { saved: false, error: begun.error };
    } else {
      let failed: string | null = null;
      for (let index = 0; index < written.parts.length && !failed; index++) {
        const sent = await host.appendBackup({ token: begun.token, index, chunk: written.parts[index] });
        if (!sent.ok) failed = sent.error;
      }
      if (failed) {
        await host.abortBackup(begun.token);
        result = { saved: false, error: failed };
      } else {
        result = await host.finishBackup({ token: begun.token, sha256: written.sha256, counts: written.counts });
      }
    }
  } catch (e) {
    result = { saved: false, error: `备份未写入：${errorText(e)}` };
  }
  if (result.saved && kind === 'browser' && confirmDownload && !(await confirmDownload(result.name ?? ''))) {
    result = { saved: false, error: DOWNLOAD_NOT_CONFIRMED };
  }
  if (!result.saved) {
    const message = result.error ?? '备份未写入。';
    backupStatus.failed(reason, message);
    throw new UserError(message);
  }
  const createdAt = written.summary.createdAt;
  if (kind === 'browser') recordBrowserBackup(createdAt);
  backupStatus.succeeded(reason, createdAt, result.name ?? '', result.path);
  return { saved: true, name: result.name, path: result.path, counts: written.counts };
}

/** Writes a backup of the database `dbName` (`dynamic`: as stored, of `schemaVersion`) and stores it; null when it is empty. */
async function writeAndStore(
  dbName: string,
  dynamic: boolean,
  schemaVersion: number,
  reason: BackupReason,
  confirmDownload?: ConfirmDownload,
): Promise<BackupOutcome | null> {
  const host = getHost();
  const info = await host.getAppInfo();
  let written: WrittenBackup | null;
  try {
    written = await runBackup(dbName, dynamic, { schemaVersion, appVersion: info.version, createdAt: new Date().toISOString(), reason });
  } catch (e) {
    const message = `备份未写入：无法读取数据（${errorText(e)}）`;
    backupStatus.failed(reason, message);
    throw new UserError(message);
  }
  if (!written) return null;
  return store(host, written, reason, info.kind, confirmDownload);
}

/**
 * Backs up the whole database now. Throws a UserError (with the reason, in Chinese) when the
 * backup could not be written, so that a caller about to do something risky (an import) can
 * stop. An empty database is not backed up (`saved: false`).
 */
export function takeBackup(reason: BackupReason, confirmDownload?: ConfirmDownload): Promise<BackupOutcome> {
  return exclusive(() => backupNow(reason, confirmDownload));
}

async function backupNow(reason: BackupReason, confirmDownload?: ConfirmDownload): Promise<BackupOutcome> {
  const db = getDb();
  changedSinceBackup = false;
  try {
    return (await writeAndStore(db.name, false, Math.floor(db.verno), reason, confirmDownload)) ?? { saved: false, counts: {} };
  } catch (e) {
    changedSinceBackup = true;
    throw e;
  }
}

/**
 * Before Dexie upgrades the stored database `dbName`: a backup of it exactly as it is (its own schema
 * version), read without upgrading it. Returns a problem for the clerk, or null.
 */
export async function backupBeforeUpgrade(dbName: string, storedVersion: number): Promise<string | null> {
  try {
    await writeAndStore(dbName, true, storedVersion, '升级前');
    return null;
  } catch (e) {
    const reason = e instanceof UserError ? e.message : `无法读取旧数据库：${(e as Error)?.message ?? String(e)}`;
    return `程序已更新，需要升级本机数据库，但升级前的备份没有成功：${reason} 为保护数据，数据库没有升级，也没有做任何改动。请处理后重新打开程序。`;
  }
}

export interface PreparedRestore {
  /** The backup's header: when, why, by which version, rows per table. */
  backup: BackupSummary;
  /** The staging database holding the checked rows, upgraded to the current schema. */
  staging: string;
  /** Only the newest prepared restore may be applied: the staging database holds only that one. */
  serial: number;
}

/** A backup file's bytes: a stream (a chosen File, the backup folder read in pieces), or bytes or text already read. */
export type BackupSource = ReadableStream<Uint8Array> | Uint8Array | string;

let preparedSerial = 0;

/** A backup of the desktop app's backup folder, read in pieces from the main process as it is consumed. */
export function folderBackupStream(name: string, host: HostApi = getHost()): ReadableStream<Uint8Array> {
  let offset = 0;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const read = await host.readBackupChunk({ name, offset });
      if (!read.ok) {
        controller.error(new UserError(read.error));
        return;
      }
      offset += read.bytes.byteLength;
      if (read.bytes.byteLength > 0) controller.enqueue(read.bytes);
      if (read.bytes.byteLength === 0 || offset >= read.size) controller.close();
    },
  });
}

function asStream(source: BackupSource): ReadableStream<Uint8Array> {
  if (typeof source === 'string' || source instanceof Uint8Array) return new Blob([source as BlobPart]).stream();
  return source;
}

/**
 * Checks a backup file completely (checksum, counts, versions, every row) and stages its rows, before anything of
 * the live database is touched; throws a UserError saying why it cannot be used.
 */
export async function prepareRestore(source: BackupSource): Promise<PreparedRestore> {
  const db = getDb();
  const info = await getHost().getAppInfo();
  const staging = stagingName(db.name);
  const serial = ++preparedSerial;
  try {
    const staged = await runStage(asStream(source), { schemaVersion: SCHEMA_VERSION, appVersion: info.version, tables: tableKeys(db) }, staging);
    return { backup: staged.summary, staging, serial };
  } catch (e) {
    if (e instanceof BackupFileError || e instanceof UserError) throw new UserError(e.message);
    throw new UserError(`无法读取该备份文件：${errorText(e)}。未做任何改动。`);
  }
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
    if (prepared.serial !== preparedSerial)
      throw new UserError('又选择了另一份备份，这一份的检查结果已失效。请重新选择要恢复的备份文件，当前数据保持不变。');
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
      await runApply(db, prepared.staging, entry);
    } catch (e) {
      const quota = e instanceof WorkerError && e.quota;
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
export async function restoreFrom(file: BackupSource, source?: string): Promise<RestoreOutcome> {
  return applyRestore(await prepareRestore(file), source);
}

/** The same for a backup already read (tests; an old `.json` backup as text). */
export const restoreFromText = restoreFrom;

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
  const firstKeys = await Promise.all(backedUpTables(db.tables).map((table) => table.limit(1).primaryKeys()));
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

import { createHash, randomBytes } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { type FileHandle, mkdir, open, readFile, readdir, stat, statfs, unlink } from 'node:fs/promises';
import path from 'node:path';
import {
  BACKUP_FILE_EXTENSION,
  BACKUP_REASONS,
  backupFileName,
  parseBackupFileName,
  readHeaderFromPrefix,
  totalRows,
  withSerial,
  type BackupHeader,
  type BackupReason,
} from '../shared/backup/format';
import { DEFAULT_RETENTION, backupsToDelete, planBudget, type BackupBudget, type RetentionPolicy } from '../shared/backup/retention';
import { formatBytes } from '../shared/backup/storage';
import { checkFreshBackup } from '../shared/backup/validate';
import { todayInChina } from '../shared/dates';
import {
  MAX_BACKUP_BYTES,
  type BackupFolderInfo,
  type BackupListEntry,
  type BackupListing,
  type ReadBackupResult,
  type WriteBackupRequest,
  type WriteBackupResult,
} from '../shared/host-api';
import { loadBackupRecords, saveBackupRecords, type BackupRecord } from './backup-index';
import { readJsonFile, writeFileAtomic, writeJsonFile } from './files';
import { isSafeFileName } from './paths';

/**
 * The backup folder on disk: where it is, writing a backup into it (checked, named and recorded
 * by this process, atomic, then old recorded ones thinned out), listing and reading it. No Electron here, so all of it runs in unit tests;
 * host-handlers.ts wires it to IPC and dialogs.
 */

export const DEFAULT_BACKUP_FOLDER_NAME = '法治台账备份';
export const BACKUP_SETTINGS_FILE = 'backup-settings.json';
/** Enough for any header the app writes (a few hundred bytes) with room for many tables. */
const HEADER_PREFIX_BYTES = 64 * 1024;
/** The largest backup the app writes is the largest it reads: refuses to load a stray huge file into memory. */
export const MAX_BACKUP_FILE_BYTES = MAX_BACKUP_BYTES;

export interface BackupFolderSetting {
  path: string;
  isDefault: boolean;
}

export function defaultBackupFolder(documentsDir: string): string {
  return path.join(documentsDir, DEFAULT_BACKUP_FOLDER_NAME);
}

/** The folder chosen in 设置, or 文档/法治台账备份. */
export function loadBackupFolder(userDataDir: string, documentsDir: string): BackupFolderSetting {
  const saved = readJsonFile(path.join(userDataDir, BACKUP_SETTINGS_FILE)) as { folder?: unknown } | undefined;
  const folder = saved?.folder;
  if (typeof folder === 'string' && path.isAbsolute(folder)) return { path: path.normalize(folder), isDefault: false };
  return { path: defaultBackupFolder(documentsDir), isDefault: true };
}

export function saveBackupFolder(userDataDir: string, folder: string): void {
  writeJsonFile(path.join(userDataDir, BACKUP_SETTINGS_FILE), { folder });
}

function isInside(child: string, parent: string): boolean {
  const rel = path.relative(path.resolve(parent), path.resolve(child));
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

/** Why `folder` cannot be the backup folder, or null. A backup beside the data it protects dies with it. */
export async function checkBackupFolder(folder: string, userDataDir: string): Promise<string | null> {
  if (!path.isAbsolute(folder)) return '备份文件夹的位置无效，请重新选择。';
  if (isInside(folder, userDataDir)) {
    return `备份文件夹不能放在本程序自己的数据文件夹（${userDataDir}）中：那里出问题时备份会一起丢失。请换一个位置。`;
  }
  try {
    await mkdir(folder, { recursive: true });
    const probe = path.join(folder, `.fazhi-write-test-${randomBytes(4).toString('hex')}.tmp`);
    await writeFileAtomic(probe, new Uint8Array([1]));
    await unlink(probe);
    return null;
  } catch (error) {
    return describeBackupError(error, folder);
  }
}

/** A message a clerk can act on, for a backup that could not be written or read. */
export function describeBackupError(error: unknown, folder: string): string {
  const code = (error as { code?: unknown } | null)?.code;
  switch (code) {
    case 'EACCES':
    case 'EPERM':
      return `无法写入备份文件夹（${folder}）：没有写入权限。请在「数据备份与恢复」中换一个备份文件夹。`;
    case 'ENOSPC':
      return `备份文件夹所在磁盘空间不足（${folder}），备份未写入。请清理磁盘，或换一个备份文件夹。`;
    case 'ENOENT':
      return `备份文件夹不存在且无法创建（${folder}），可能是移动硬盘或网络盘没有连接。`;
    case 'ENOTDIR':
    case 'EEXIST':
      return `备份位置（${folder}）被一个同名文件占用，不是文件夹，无法写入备份。请换一个备份文件夹。`;
    case 'EROFS':
      return `备份文件夹（${folder}）是只读的，无法写入备份。请换一个备份文件夹。`;
    default:
      return `备份未写入（${folder}）：${error instanceof Error ? error.message : String(error)}`;
  }
}

async function exists(file: string): Promise<boolean> {
  try {
    await stat(file);
    return true;
  } catch {
    return false;
  }
}

/** The header from a file's first bytes, or null. */
export async function readHeaderOfFile(file: string): Promise<BackupHeader | null> {
  let handle: FileHandle | undefined;
  try {
    handle = await open(file, 'r');
    const buffer = Buffer.alloc(HEADER_PREFIX_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, HEADER_PREFIX_BYTES, 0);
    return readHeaderFromPrefix(buffer.toString('utf8', 0, bytesRead));
  } catch {
    return null;
  } finally {
    await handle?.close();
  }
}

/** Bounds on what the page may make the main process write (README: 数据备份与恢复). */
export interface BackupLimits {
  /** Largest backup, in UTF-8 bytes. */
  maxBytes: number;
  /** What the recorded backups of one folder may take together. */
  budget: BackupBudget;
  /** Shortest time between two accepted writes of one reason. */
  minIntervalMs: Record<BackupReason, number>;
}

export const DEFAULT_BACKUP_LIMITS: BackupLimits = {
  maxBytes: MAX_BACKUP_BYTES,
  budget: { bytes: 10 * 1024 * 1024 * 1024, files: 1000 },
  minIntervalMs: {
    // Taken by the app itself: at start, every 15 minutes (renderer's AUTO_BACKUP_INTERVAL_MS), at quit, before an upgrade.
    启动: 60_000,
    定时: 10 * 60_000,
    退出: 60_000,
    升级前: 60_000,
    // Asked for by the clerk (a click, an import, a restore): a double click, not a second import, falls within this.
    导入前: 5_000,
    恢复前: 5_000,
    手动: 5_000,
  },
};

export interface BackupWriterOptions {
  /** The record of written backups (backup-index.ts), in userData. */
  indexFile: string;
  /** The main process's clock. */
  now?: () => Date;
  limits?: Partial<BackupLimits>;
  policy?: RetentionPolicy;
}

const describeDuration = (ms: number) => (ms >= 60_000 ? `${Math.floor(ms / 60_000)} 分钟` : `${Math.max(1, Math.round(ms / 1000))} 秒`);

/** SHA-256 of a file, read in pieces (a backup may be hundreds of megabytes). */
async function fileSha256(file: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/**
 * Writes backups into the backup folder. The page sends only the reason and the text; this names
 * the file from the main process's own clock, records what it wrote (backup-index.ts), and thins
 * out only recorded backups. A write is refused, with a message for the clerk, when it is too
 * large, comes too soon after one of the same reason, or would not fit the folder's budget. One
 * write at a time. Never throws.
 */
export class BackupWriter {
  private readonly indexFile: string;
  private readonly now: () => Date;
  private readonly limits: BackupLimits;
  private readonly policy: RetentionPolicy;
  private readonly lastAccepted = new Map<BackupReason, number>();
  private queue: Promise<unknown> = Promise.resolve();

  constructor(options: BackupWriterOptions) {
    this.indexFile = options.indexFile;
    this.now = options.now ?? (() => new Date());
    this.limits = { ...DEFAULT_BACKUP_LIMITS, ...options.limits };
    this.policy = options.policy ?? DEFAULT_RETENTION;
  }

  write(folder: string, req: WriteBackupRequest): Promise<WriteBackupResult> {
    // Counted when the request arrives, before any work: a flood is refused without being parsed, hashed or queued.
    const refused = this.admit(req.reason);
    if (refused) return Promise.resolve({ saved: false, error: refused });
    const run = this.queue.then(() => this.writeNow(folder, req));
    this.queue = run.catch(() => undefined);
    return run;
  }

  private admit(reason: BackupReason): string | null {
    if (!BACKUP_REASONS.includes(reason)) return '备份未写入：备份原因无效。';
    const now = this.now().getTime();
    const last = this.lastAccepted.get(reason);
    const interval = this.limits.minIntervalMs[reason];
    // A clock turned back since counts as time passed: the limit must never lock backups out.
    if (last !== undefined && now >= last && now - last < interval) {
      const ago = now - last < 1000 ? '刚刚' : ` ${describeDuration(now - last)}前`;
      return `「${reason}」备份过于频繁：同类备份至少间隔 ${describeDuration(interval)}，上一次在${ago}。本次未写入，请稍后再试。`;
    }
    this.lastAccepted.set(reason, now);
    return null;
  }

  private async writeNow(folder: string, req: WriteBackupRequest): Promise<WriteBackupResult> {
    const { maxBytes, budget } = this.limits;
    // Every UTF-16 unit takes at least one UTF-8 byte: a text longer than the limit is too large without counting.
    const size = req.json.length > maxBytes ? req.json.length : Buffer.byteLength(req.json, 'utf8');
    if (size > maxBytes) return { saved: false, error: `备份过大（${formatBytes(size)}），超过单个备份的上限 ${formatBytes(maxBytes)}，未写入。` };
    const problem = checkFreshBackup(req.json);
    if (problem) return { saved: false, error: `备份未写入：${problem}` };
    const header = readHeaderFromPrefix(req.json.slice(0, HEADER_PREFIX_BYTES));
    if (!header || header.reason !== req.reason) return { saved: false, error: '备份未写入：备份内容中的备份原因与请求不符。' };
    if (totalRows(header.counts) === 0) return { saved: false, error: '备份未写入：备份中没有任何记录。' };
    let target = '';
    try {
      await mkdir(folder, { recursive: true });
      const records = await this.liveRecords(folder);
      const now = this.now();
      const today = todayInChina(now);
      const base = backupFileName(now.toISOString(), req.reason);
      const taken = new Set(records.map((r) => r.name));
      let name = base;
      for (let serial = 2; taken.has(name) || (await exists(path.join(folder, name))); serial++) {
        if (serial > 999) throw new Error('同一秒内的备份过多');
        name = withSerial(base, serial);
      }
      // The name is the main process's own; this only guards the guarantee.
      if (!parseBackupFileName(name) || !isSafeFileName(name)) throw new Error(`备份文件名无效：${name}`);
      const bytes = Buffer.from(req.json, 'utf8');
      const record: BackupRecord = {
        name,
        createdAt: now.toISOString(),
        reason: req.reason,
        size: bytes.byteLength,
        sha256: createHash('sha256').update(bytes).digest('hex'),
      };
      const plan = planBudget([...records, record], today, budget, [name]);
      if (!plan.fits) {
        return {
          saved: false,
          error:
            `备份未写入：备份文件夹中本程序的备份将超过上限（${formatBytes(budget.bytes)}、${budget.files} 个文件），` +
            `其中手动备份共 ${formatBytes(plan.manualBytes)}，只能由您删除。请在备份文件夹（${folder}）中删除不再需要的手动备份后重试。`,
        };
      }
      target = path.join(folder, name);
      await writeFileAtomic(target, bytes);
      try {
        saveBackupRecords(this.indexFile, folder, [...records, record]);
        saveBackupRecords(this.indexFile, folder, await thinOut(folder, [...records, record], today, name, this.policy, budget));
      } catch (error) {
        // The backup is written; unrecorded, it is only kept longer (nothing is deleted without the record).
        console.warn('[backups] could not update the record of backups', this.indexFile, error);
      }
      return { saved: true, name, path: target };
    } catch (error) {
      console.error('[backups] writing failed', target || folder, error);
      return { saved: false, error: describeBackupError(error, folder) };
    }
  }

  /** The folder's records whose file is still there (a file the clerk deleted leaves the record). */
  private async liveRecords(folder: string): Promise<BackupRecord[]> {
    const records = loadBackupRecords(this.indexFile, folder);
    const present = await Promise.all(records.map((r) => exists(path.join(folder, r.name))));
    return records.filter((_, i) => present[i]);
  }
}

/**
 * Applies the retention rule, then the budget, to the recorded backups of the folder and returns
 * the records that remain. A file is deleted only while it is exactly what was written (size and
 * SHA-256); one changed since is the clerk's now and leaves the record. A file that cannot be
 * deleted stays recorded (and is tried again next time).
 */
export async function thinOut(
  folder: string,
  records: readonly BackupRecord[],
  today: string,
  justWritten: string,
  policy: RetentionPolicy = DEFAULT_RETENTION,
  budget: BackupBudget = DEFAULT_BACKUP_LIMITS.budget,
): Promise<BackupRecord[]> {
  const byRule = new Set(backupsToDelete(records, today, policy, [justWritten]));
  const afterRule = records.filter((r) => !byRule.has(r.name));
  const doomed = [...byRule, ...planBudget(afterRule, today, budget, [justWritten]).doomed];
  const gone = new Set<string>();
  for (const name of doomed) {
    const record = records.find((r) => r.name === name)!;
    const file = path.join(folder, name);
    try {
      const info = await stat(file);
      if (info.size !== record.size || (await fileSha256(file)) !== record.sha256) {
        console.warn('[backups] a recorded backup was changed since it was written; it is left in place', name);
      } else {
        await unlink(file);
      }
      gone.add(name);
    } catch (error) {
      if ((error as { code?: unknown }).code === 'ENOENT') gone.add(name);
      else console.warn('[backups] could not delete an old backup', name, error);
    }
  }
  return records.filter((r) => !gone.has(r.name));
}

/** Every .json file of the folder; a missing folder lists as empty. */
export async function listBackupFiles(folder: string): Promise<BackupListing> {
  let names: string[];
  try {
    names = (await readdir(folder, { withFileTypes: true }))
      .filter((entry) => entry.isFile() && !entry.name.startsWith('.') && entry.name.toLowerCase().endsWith(BACKUP_FILE_EXTENSION))
      .map((entry) => entry.name);
  } catch (error) {
    if ((error as { code?: unknown }).code === 'ENOENT') return { folder, entries: [] };
    return { folder, entries: [], error: `无法读取备份文件夹（${folder}）：${(error as Error).message}` };
  }
  const entries: BackupListEntry[] = [];
  for (const name of names) {
    const file = path.join(folder, name);
    try {
      const info = await stat(file);
      entries.push({ name, size: info.size, modifiedAt: info.mtime.toISOString(), header: await readHeaderOfFile(file) });
    } catch {
      // Deleted between readdir and stat: nothing to list.
    }
  }
  // Backups newest first; files that hold no readable backup after them.
  const time = (e: BackupListEntry) => e.header?.createdAt ?? e.modifiedAt;
  entries.sort((a, b) => Number(!a.header) - Number(!b.header) || time(b).localeCompare(time(a)));
  return { folder, entries };
}

/** A plain file name inside the folder: no folders, no way out of it, no stream (`:`) and no device name (CON.json). */
export function isPlainBackupName(name: string): boolean {
  return isSafeFileName(name) && name === path.basename(name) && name.toLowerCase().endsWith(BACKUP_FILE_EXTENSION);
}

export async function readBackupFile(folder: string, name: string): Promise<ReadBackupResult> {
  if (!isPlainBackupName(name)) return { ok: false, error: '备份文件名无效。' };
  const file = path.join(folder, name);
  try {
    const info = await stat(file);
    if (info.size > MAX_BACKUP_FILE_BYTES) return { ok: false, error: `文件过大（${name}），不是本程序写的备份。` };
    return { ok: true, json: await readFile(file, 'utf8') };
  } catch (error) {
    if ((error as { code?: unknown }).code === 'ENOENT') return { ok: false, error: `找不到备份文件 ${name}，可能已被移动或删除。` };
    return { ok: false, error: `无法读取备份文件 ${name}：${(error as Error).message}` };
  }
}

/** Free and total space of the disk that holds `folder` (or its nearest existing parent). */
export async function diskSpace(folder: string): Promise<{ freeBytes: number | null; totalBytes: number | null }> {
  let dir = folder;
  for (;;) {
    try {
      const fs = await statfs(dir);
      return { freeBytes: fs.bavail * fs.bsize, totalBytes: fs.blocks * fs.bsize };
    } catch {
      const parent = path.dirname(dir);
      if (parent === dir) return { freeBytes: null, totalBytes: null };
      dir = parent;
    }
  }
}

export async function backupFolderInfo(setting: BackupFolderSetting): Promise<BackupFolderInfo> {
  return { path: setting.path, isDefault: setting.isDefault, ...(await diskSpace(setting.path)) };
}

/**
 * Holds the window's close until the renderer has taken its last backup, or the time is up:
 * quitting must never hang on a stuck page.
 */
export class QuitBackupGate {
  private state: 'idle' | 'waiting' | 'passed' = 'idle';
  private release: (() => void) | null = null;

  /** Whether the window may close now. */
  get passed(): boolean {
    return this.state === 'passed';
  }

  get waiting(): boolean {
    return this.state === 'waiting';
  }

  /** Sends the request (`ask`) and resolves when the renderer answers or after `timeoutMs`. */
  async run(ask: () => void, timeoutMs: number): Promise<'answered' | 'timeout'> {
    if (this.state !== 'idle') return 'answered';
    this.state = 'waiting';
    let timer: ReturnType<typeof setTimeout> | undefined;
    const outcome = await new Promise<'answered' | 'timeout'>((resolve) => {
      this.release = () => resolve('answered');
      timer = setTimeout(() => resolve('timeout'), timeoutMs);
      try {
        ask();
      } catch (error) {
        console.warn('[backups] could not ask for the last backup', error);
        resolve('answered');
      }
    });
    clearTimeout(timer);
    this.release = null;
    this.state = 'passed';
    return outcome;
  }

  answer(): void {
    this.release?.();
  }

  /** A new window (macOS reopens one) gets its own last backup. */
  reset(): void {
    if (this.state === 'passed') this.state = 'idle';
  }
}

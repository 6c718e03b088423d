import { randomBytes } from 'node:crypto';
import { type FileHandle, mkdir, open, readFile, readdir, stat, statfs, unlink } from 'node:fs/promises';
import path from 'node:path';
import {
  BACKUP_FILE_EXTENSION,
  parseBackupFileName,
  readHeaderFromPrefix,
  totalRows,
  withSerial,
  type BackupHeader,
} from '../shared/backup/format';
import { backupsToDelete } from '../shared/backup/retention';
import { checkFreshBackup } from '../shared/backup/validate';
import { todayInChina } from '../shared/dates';
import type {
  BackupFolderInfo,
  BackupListEntry,
  BackupListing,
  ReadBackupResult,
  WriteBackupRequest,
  WriteBackupResult,
} from '../shared/host-api';
import { readJsonFile, writeFileAtomic, writeJsonFile } from './files';

/**
 * The backup folder on disk: where it is, writing a backup into it (checked, atomic, then old
 * ones thinned out), listing and reading it. No Electron here, so all of it runs in unit tests;
 * host-handlers.ts wires it to IPC and dialogs.
 */

export const DEFAULT_BACKUP_FOLDER_NAME = '法治台账备份';
export const BACKUP_SETTINGS_FILE = 'backup-settings.json';
/** Enough for any header the app writes (a few hundred bytes) with room for many tables. */
const HEADER_PREFIX_BYTES = 64 * 1024;
/** Larger than any backup the app makes; refuses to load a stray huge file into memory. */
export const MAX_BACKUP_FILE_BYTES = 1024 * 1024 * 1024;

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

/**
 * Checks the backup (a renderer bug must not leave a useless file that retention then counts
 * as the newest backup), writes it atomically under a free name, then deletes what the
 * retention rule says. Never throws: the clerk reads `error`.
 */
export async function writeBackupFile(folder: string, req: WriteBackupRequest, now: Date = new Date()): Promise<WriteBackupResult> {
  if (!parseBackupFileName(req.name)) return { saved: false, error: `备份文件名无效：${req.name}` };
  const problem = checkFreshBackup(req.json);
  if (problem) return { saved: false, error: `备份未写入：${problem}` };
  let target = '';
  try {
    await mkdir(folder, { recursive: true });
    let name = req.name;
    for (let serial = 2; await exists(path.join(folder, name)); serial++) {
      if (serial > 999) throw new Error('同一秒内的备份过多');
      name = withSerial(req.name, serial);
    }
    target = path.join(folder, name);
    await writeFileAtomic(target, Buffer.from(req.json, 'utf8'));
    await thinOut(folder, todayInChina(now), name);
    return { saved: true, name, path: target };
  } catch (error) {
    console.error('[backups] writing failed', target || folder, error);
    return { saved: false, error: describeBackupError(error, folder) };
  }
}

/** Applies the retention rule to the folder; a file that cannot be deleted stays (and is tried again next time). */
export async function thinOut(folder: string, today: string, justWritten: string): Promise<string[]> {
  const names = (await readdir(folder)).filter((name) => parseBackupFileName(name));
  const files = await Promise.all(
    names.map(async (name) => {
      const header = name === justWritten ? null : await readHeaderOfFile(path.join(folder, name));
      return { name, good: name === justWritten || (header !== null && totalRows(header.counts) > 0) };
    }),
  );
  const doomed = backupsToDelete(files, today, undefined, [justWritten]);
  const deleted: string[] = [];
  for (const name of doomed) {
    try {
      await unlink(path.join(folder, name));
      deleted.push(name);
    } catch (error) {
      console.warn('[backups] could not delete an old backup', name, error);
    }
  }
  return deleted;
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

/** A plain file name inside the folder: no folders, no way out of it. */
export function isPlainBackupName(name: string): boolean {
  return (
    name.length > 0 &&
    name.length <= 255 &&
    name === path.basename(name) &&
    !/[\\/\u0000]/.test(name) &&
    name !== '.' &&
    name !== '..' &&
    name.toLowerCase().endsWith(BACKUP_FILE_EXTENSION)
  );
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

import { createHash, randomBytes } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { type FileHandle, mkdir, open, readdir, rename, stat, statfs, unlink } from 'node:fs/promises';
import path from 'node:path';
import { constants as zlibConstants, createGunzip, gunzipSync } from 'node:zlib';
import {
  BACKUP_REASONS,
  backupFileName,
  hasBackupExtension,
  isBackupSummary,
  parseBackupFileName,
  readHeaderFromPrefix,
  totalRows,
  withSerial,
  type BackupReason,
  type BackupSummary,
} from '../shared/backup/format';
import { MAX_BACKUP_LINE_BYTES } from '../shared/backup/stream';
import { DEFAULT_RETENTION, backupsToDelete, planBudget, type BackupBudget, type RetentionPolicy } from '../shared/backup/retention';
import { formatBytes } from '../shared/backup/storage';
import { todayInChina } from '../shared/dates';
import {
  MAX_BACKUP_BYTES,
  MAX_BACKUP_CHUNK_BYTES,
  MAX_BACKUP_READ_BYTES,
  type AppendBackupRequest,
  type AppendBackupResult,
  type BackupFolderInfo,
  type BackupListEntry,
  type BackupListing,
  type BeginBackupResult,
  type FinishBackupRequest,
  type ReadBackupChunkRequest,
  type ReadBackupChunkResult,
  type WriteBackupResult,
} from '../shared/host-api';
import { loadBackupRecords, saveBackupRecords, type BackupRecord } from './backup-index';
import { writeFileAtomic, readJsonFile, writeJsonFile } from './files';
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

/** The header from a file's first bytes (a compressed backup's first line, or an old one's leading fields), or null. */
export async function readHeaderOfFile(file: string): Promise<BackupSummary | null> {
  let handle: FileHandle | undefined;
  try {
    handle = await open(file, 'r');
    const buffer = Buffer.alloc(HEADER_PREFIX_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, HEADER_PREFIX_BYTES, 0);
    const prefix = buffer.subarray(0, bytesRead);
    if (prefix[0] === 0x1f && prefix[1] === 0x8b) return headerOfCompressed(prefix);
    return readHeaderFromPrefix(prefix.toString('utf8'));
  } catch {
    return null;
  } finally {
    await handle?.close();
  }
}

/** The first line of a compressed backup from its first bytes (the rest of the file is not needed, nor read). */
function headerOfCompressed(prefix: Buffer): BackupSummary | null {
  const text = gunzipSync(prefix, { finishFlush: zlibConstants.Z_SYNC_FLUSH }).toString('utf8');
  const end = text.indexOf('\n');
  if (end < 0) return null;
  const value = JSON.parse(text.slice(0, end)) as unknown;
  return isBackupSummary(value) ? value : null;
}

/** What a compressed backup holds, read through to its last line; or why it is not a whole backup. */
interface InspectedBackup {
  header: BackupSummary;
  counts: Record<string, number>;
  trailer: { counts: Record<string, number>; checksum: string };
  /** SHA-256 of every line before the last, as the last line's checksum covers them. */
  checksum: string;
}

/**
 * Reads a compressed backup as a stream (zlib, off the main thread) and checks its shape without parsing its rows:
 * the header first, table markers, one line per row, and the closing line with the checksum of all that came before.
 * The rows themselves are checked when the backup is restored.
 */
export async function inspectCompressedBackup(file: string): Promise<InspectedBackup | string> {
  const hash = createHash('sha256');
  let header: BackupSummary | null = null;
  let table: string | null = null;
  const counts: Record<string, number> = {};
  let trailer: InspectedBackup['trailer'] | null = null;
  let checksum = '';
  const line = (bytes: Buffer, withNewline: Buffer): string | null => {
    if (trailer) return '最后一行之后还有内容';
    if (!header) {
      const value = JSON.parse(bytes.toString('utf8')) as unknown;
      if (!isBackupSummary(value)) return '说明信息无效';
      header = value;
    } else if (bytes[0] === 0x5b) {
      const value = JSON.parse(bytes.toString('utf8')) as unknown;
      if (!Array.isArray(value)) return '标记无效';
      if (value[0] === 'end') {
        checksum = hash.digest('hex');
        trailer = value[1] as InspectedBackup['trailer'];
        return null;
      }
      if (value[0] !== 'table' || typeof value[1] !== 'string' || Object.hasOwn(counts, value[1])) return '标记无效';
      table = value[1];
      counts[table] = 0;
    } else if (bytes[0] === 0x7b && table !== null) {
      counts[table]++;
    } else {
      return '行无效';
    }
    hash.update(withNewline);
    return null;
  };
  let carry = Buffer.alloc(0);
  try {
    for await (const piece of createReadStream(file).pipe(createGunzip())) {
      const buf = carry.length > 0 ? Buffer.concat([carry, piece as Buffer]) : (piece as Buffer);
      let start = 0;
      for (;;) {
        const at = buf.indexOf(0x0a, start);
        if (at < 0) break;
        const problem = line(buf.subarray(start, at), buf.subarray(start, at + 1));
        if (problem) return problem;
        start = at + 1;
      }
      carry = Buffer.from(buf.subarray(start));
      if (carry.length > MAX_BACKUP_LINE_BYTES) return '一行过长';
    }
  } catch (error) {
    return `无法解压：${(error as Error).message}`;
  }
  const found = { header, trailer } as { header: BackupSummary | null; trailer: InspectedBackup['trailer'] | null };
  if (!found.header || !found.trailer || carry.length > 0) return '缺少最后一行';
  if (typeof found.trailer !== 'object' || typeof found.trailer.checksum !== 'string') return '最后一行无效';
  return { header: found.header, counts, trailer: found.trailer, checksum };
}

const sameCounts = (a: Record<string, number>, b: Record<string, number> | undefined) => {
  if (!b || typeof b !== 'object') return false;
  const names = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...names].every((name) => (a[name] ?? 0) === (b[name] ?? 0));
};

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

/** A backup being received: begun, pieces appended, not yet finished. */
interface BackupSession {
  token: string;
  folder: string;
  reason: BackupReason;
  /** The main process's clock when it began: the file's name and recorded time. */
  startedAt: Date;
  temp: string;
  handle: FileHandle;
  bytes: number;
  next: number;
  hash: ReturnType<typeof createHash>;
  lastActivity: number;
  /** The piece being written: the next waits for it. */
  writing: Promise<unknown>;
}

/** A backup begun and then left (the page was closed or reloaded) is dropped after this long without a piece. */
export const BACKUP_SESSION_IDLE_MS = 60_000;

/**
 * Writes backups into the backup folder. The page sends only the reason and then the file's bytes in pieces; this
 * names the file from the main process's own clock, checks what it received (its SHA-256, every line's shape, the
 * counts and the checksum inside, the reason), records what it wrote (backup-index.ts), and thins out only recorded
 * backups. A backup is refused, with a message for the clerk, when it is too large, comes too soon after one of the
 * same reason, would not fit the folder's budget, or arrives out of order or under an unknown token. One backup at a
 * time. Never throws.
 */
export class BackupWriter {
  private readonly indexFile: string;
  private readonly now: () => Date;
  private readonly limits: BackupLimits;
  private readonly policy: RetentionPolicy;
  private readonly lastAccepted = new Map<BackupReason, number>();
  private queue: Promise<unknown> = Promise.resolve();
  private session: BackupSession | null = null;

  constructor(options: BackupWriterOptions) {
    this.indexFile = options.indexFile;
    this.now = options.now ?? (() => new Date());
    this.limits = { ...DEFAULT_BACKUP_LIMITS, ...options.limits };
    this.policy = options.policy ?? DEFAULT_RETENTION;
  }

  /** Opens a backup of `reason` into `folder` (a temp file there), after the checks on reason, frequency and concurrency. */
  async begin(folder: string, reason: BackupReason): Promise<BeginBackupResult> {
    const current = this.session;
    if (current) {
      if (Date.now() - current.lastActivity < BACKUP_SESSION_IDLE_MS) return { ok: false, error: '另一个备份正在写入，请稍后再试。' };
      await this.drop(current);
    }
    // Counted when the request arrives, before any work: a flood is refused without a file being opened.
    const refused = this.admit(reason);
    if (refused) return { ok: false, error: refused };
    const token = randomBytes(16).toString('hex');
    const temp = path.join(folder, `.fazhi-backup-${token}.tmp`);
    try {
      await mkdir(folder, { recursive: true });
      const handle = await open(temp, 'wx');
      this.session = {
        token,
        folder,
        reason,
        startedAt: this.now(),
        temp,
        handle,
        bytes: 0,
        next: 0,
        hash: createHash('sha256'),
        lastActivity: Date.now(),
        writing: Promise.resolve(),
      };
      return { ok: true, token };
    } catch (error) {
      console.error('[backups] could not begin a backup', folder, error);
      return { ok: false, error: describeBackupError(error, folder) };
    }
  }

  /** The next piece of the open backup; anything out of order, too large or under another token ends it. */
  append(req: AppendBackupRequest): Promise<AppendBackupResult> {
    const session = this.session;
    if (!session || session.token !== req.token) return Promise.resolve({ ok: false, error: '备份未写入：备份已结束或不存在。' });
    const fail = async (error: string): Promise<AppendBackupResult> => {
      await this.drop(session);
      return { ok: false, error };
    };
    if (req.index !== session.next) return fail('备份未写入：备份内容的顺序有误。');
    if (req.chunk.byteLength > MAX_BACKUP_CHUNK_BYTES) return fail('备份未写入：单次发送的备份内容过大。');
    const size = session.bytes + req.chunk.byteLength;
    if (size > this.limits.maxBytes) {
      return fail(`备份过大（超过 ${formatBytes(size - 1)}），超过单个备份的上限 ${formatBytes(this.limits.maxBytes)}，未写入。`);
    }
    session.next++;
    session.bytes = size;
    session.lastActivity = Date.now();
    session.hash.update(req.chunk);
    const run = session.writing.then(async () => {
      await session.handle.write(req.chunk);
    });
    session.writing = run.catch(() => undefined);
    return run.then(
      (): AppendBackupResult => ({ ok: true }),
      (error) => fail(describeBackupError(error, session.folder)),
    );
  }

  /** Drops the open backup under `token`, if any: its temp file is deleted. */
  async abort(token: string): Promise<void> {
    if (this.session?.token === token) await this.drop(this.session);
  }

  private async drop(session: BackupSession): Promise<void> {
    if (this.session === session) this.session = null;
    await session.writing;
    await session.handle.close().catch(() => undefined);
    await unlink(session.temp).catch(() => undefined);
  }

  /** Closes the open backup: checks what arrived, names it, records it, thins out the folder. */
  finish(req: FinishBackupRequest): Promise<WriteBackupResult> {
    const session = this.session;
    if (!session || session.token !== req.token) return Promise.resolve({ saved: false, error: '备份未写入：备份已结束或不存在。' });
    this.session = null;
    const run = this.queue.then(() => this.finishNow(session, req));
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

  /** Why the received file is not the backup the page said it sent, or null. */
  private async problemWith(session: BackupSession, req: FinishBackupRequest): Promise<string | null> {
    if (session.hash.digest('hex') !== req.sha256) return '备份内容与校验码不符。';
    const inspected = await inspectCompressedBackup(session.temp);
    if (typeof inspected === 'string') return '备份内容不完整。';
    if (inspected.trailer.checksum !== inspected.checksum) return '备份内容与校验码不符。';
    if (inspected.header.reason !== session.reason) return '备份内容中的备份原因与请求不符。';
    if (![inspected.header.counts, inspected.trailer.counts, req.counts].every((c) => sameCounts(inspected.counts, c)))
      return '备份内容与记录数不符。';
    if (totalRows(inspected.counts) === 0) return '备份中没有任何记录。';
    return null;
  }

  private async finishNow(session: BackupSession, req: FinishBackupRequest): Promise<WriteBackupResult> {
    const { budget } = this.limits;
    const folder = session.folder;
    let target = '';
    let renamed = false;
    try {
      await session.writing;
      await session.handle.sync();
      await session.handle.close();
      const problem = await this.problemWith(session, req);
      if (problem) return { saved: false, error: `备份未写入：${problem}` };
      const records = await this.liveRecords(folder);
      const now = session.startedAt;
      const today = todayInChina(this.now());
      const base = backupFileName(now.toISOString(), session.reason);
      const taken = new Set(records.map((r) => r.name));
      let name = base;
      for (let serial = 2; taken.has(name) || (await exists(path.join(folder, name))); serial++) {
        if (serial > 999) throw new Error('同一秒内的备份过多');
        name = withSerial(base, serial);
      }
      // The name is the main process's own; this only guards the guarantee.
      if (!parseBackupFileName(name) || !isSafeFileName(name)) throw new Error(`备份文件名无效：${name}`);
      const record: BackupRecord = { name, createdAt: now.toISOString(), reason: session.reason, size: session.bytes, sha256: req.sha256 };
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
      await rename(session.temp, target);
      renamed = true;
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
    } finally {
      await session.handle.close().catch(() => undefined);
      if (!renamed) await unlink(session.temp).catch(() => undefined);
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

/** Every .fzbak and .json file of the folder; a missing folder lists as empty. */
export async function listBackupFiles(folder: string): Promise<BackupListing> {
  let names: string[];
  try {
    names = (await readdir(folder, { withFileTypes: true }))
      .filter((entry) => entry.isFile() && !entry.name.startsWith('.') && hasBackupExtension(entry.name))
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
  return isSafeFileName(name) && name === path.basename(name) && hasBackupExtension(name);
}

/** A piece of a backup of the folder, from `offset`: a restore reads the file this way, never whole. */
export async function readBackupChunk(folder: string, req: ReadBackupChunkRequest): Promise<ReadBackupChunkResult> {
  const { name, offset } = req;
  if (!isPlainBackupName(name)) return { ok: false, error: '备份文件名无效。' };
  const file = path.join(folder, name);
  let handle: FileHandle | undefined;
  try {
    handle = await open(file, 'r');
    const info = await handle.stat();
    if (info.size > MAX_BACKUP_FILE_BYTES) return { ok: false, error: `文件过大（${name}），不是本程序写的备份。` };
    const length = Math.max(0, Math.min(MAX_BACKUP_READ_BYTES, info.size - offset));
    const bytes = new Uint8Array(length);
    const { bytesRead } = length > 0 ? await handle.read(bytes, 0, length, offset) : { bytesRead: 0 };
    return { ok: true, bytes: bytes.subarray(0, bytesRead), size: info.size };
  } catch (error) {
    if ((error as { code?: unknown }).code === 'ENOENT') return { ok: false, error: `找不到备份文件 ${name}，可能已被移动或删除。` };
    return { ok: false, error: `无法读取备份文件 ${name}：${(error as Error).message}` };
  } finally {
    await handle?.close();
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

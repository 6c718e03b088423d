import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { gzipSync } from 'node:zlib';
import { BACKUP_FORMAT, BACKUP_FORMAT_VERSION, backupFileName, serializeBackup, type BackupReason } from '../shared/backup/format';
import { BackupLineWriter } from '../shared/backup/stream';
import { MAX_BACKUP_CHUNK_BYTES, MAX_BACKUP_READ_BYTES } from '../shared/host-api';
import { loadBackupRecords } from './backup-index';
import {
  BackupWriter,
  DEFAULT_BACKUP_LIMITS,
  MAX_BACKUP_FILE_BYTES,
  QuitBackupGate,
  checkBackupFolder,
  defaultBackupFolder,
  isPlainBackupName,
  listBackupFiles,
  loadBackupFolder,
  readBackupChunk,
  saveBackupFolder,
  type BackupLimits,
} from './backups';
import {
  appendBackupRequestSchema,
  backupNameSchema,
  backupReasonSchema,
  finishBackupRequestSchema,
  readBackupChunkRequestSchema,
} from './host-schemas';

let root: string;
let folder: string;
let indexFile: string;
beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), 'fazhi-backups-'));
  folder = path.join(root, '法治台账备份');
  indexFile = path.join(root, 'userData', 'backup-index.json');
});
afterEach(() => {
  rmSync(root, { recursive: true, force: true });
  vi.restoreAllMocks();
});

const sha = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** The lines of a backup as the renderer writes them (format 2, before compression). */
function lines(createdAt: string, reason: BackupReason, tables: Record<string, unknown[]>, edit: (text: string) => string = (t) => t): string {
  const hash = createHash('sha256');
  let text = '';
  const writer = new BackupLineWriter({ update: (b) => void hash.update(b), digest: () => hash.digest('hex') }, (b) => {
    text += Buffer.from(b).toString('utf8');
  });
  const counts = Object.fromEntries(Object.entries(tables).map(([n, rows]) => [n, rows.length]));
  writer.header({ format: BACKUP_FORMAT, formatVersion: BACKUP_FORMAT_VERSION, schemaVersion: 3, appVersion: '0.1.0', createdAt, reason, counts });
  for (const [name, rows] of Object.entries(tables)) {
    writer.table(name);
    for (const row of rows) writer.row(row);
  }
  writer.end();
  return edit(text);
}

const tablesOf = (cases: number) => ({
  reviewCases: Array.from({ length: cases }, (_, i) => ({ id: `c${i}`, caseNo: `丹政复〔2026〕${i + 1}号`, deleted: 0 })),
  settings: [{ key: 'app', value: {} }],
});

/** A backup as the renderer makes it (compressed, with what finishBackup declares); `name` is what the renderer used to call it. */
function backup(createdAt: string, reason: BackupReason = '定时', cases = 1, edit?: (text: string) => string) {
  const tables = tablesOf(cases);
  const bytes = new Uint8Array(gzipSync(lines(createdAt, reason, tables, edit)));
  const counts = Object.fromEntries(Object.entries(tables).map(([n, rows]) => [n, rows.length]));
  return { name: backupFileName(createdAt, reason), reason, bytes, sha256: sha(bytes), counts };
}

type Sent = ReturnType<typeof backup>;

/** A backup of an earlier release (one JSON text), as the clerk may still keep in the folder. */
function legacyBackup(createdAt: string, reason: BackupReason = '定时', cases = 1) {
  const { json } = serializeBackup({ tables: tablesOf(cases), schemaVersion: 2, appVersion: '0.1.0', createdAt, reason });
  return { name: backupFileName(createdAt, reason).replace(/\.fzbak$/, '.json'), reason, json };
}

/** Sends a backup as the renderer does: begin, the bytes in pieces of `piece` bytes, finish. */
async function put(writer: BackupWriter, into: string, b: Sent, options: { reason?: BackupReason; piece?: number } = {}) {
  const begun = await writer.begin(into, options.reason ?? b.reason);
  if (!begun.ok) return { saved: false, error: begun.error };
  const piece = options.piece ?? Math.max(1, Math.ceil(b.bytes.length / 3));
  for (let at = 0, index = 0; at < b.bytes.length; at += piece, index++) {
    const sent = await writer.append({ token: begun.token, index, chunk: b.bytes.subarray(at, at + piece) });
    if (!sent.ok) return { saved: false, error: sent.error };
  }
  return writer.finish({ token: begun.token, sha256: b.sha256, counts: b.counts });
}

/** A writer on a clock the test moves; no minimum interval unless a test asks for one. */
function writerAt(start: string, limits: Partial<BackupLimits> = {}) {
  const clock = { now: new Date(start) };
  const noInterval = Object.fromEntries(Object.keys(DEFAULT_BACKUP_LIMITS.minIntervalMs).map((r) => [r, 0])) as BackupLimits['minIntervalMs'];
  const writer = new BackupWriter({ indexFile, now: () => clock.now, limits: { minIntervalMs: noInterval, ...limits } });
  const advance = (ms: number) => {
    clock.now = new Date(clock.now.getTime() + ms);
  };
  return { writer, clock, advance };
}

const DAY = 86_400_000;

describe('the backup folder setting', () => {
  it('defaults to 文档/法治台账备份 and remembers a chosen folder', () => {
    const userData = path.join(root, 'userData');
    mkdirSync(userData);
    expect(loadBackupFolder(userData, '/home/clerk/Documents')).toEqual({
      path: defaultBackupFolder('/home/clerk/Documents'),
      isDefault: true,
    });
    expect(defaultBackupFolder('/home/clerk/Documents')).toBe(path.join('/home/clerk/Documents', '法治台账备份'));
    saveBackupFolder(userData, path.join(root, 'elsewhere'));
    expect(loadBackupFolder(userData, '/home/clerk/Documents')).toEqual({ path: path.join(root, 'elsewhere'), isDefault: false });
  });

  it("refuses a folder inside the app's own data folder", async () => {
    const userData = path.join(root, 'userData');
    expect(await checkBackupFolder(path.join(userData, 'backups'), userData)).toMatch(/^备份文件夹不能放在本程序自己的数据文件夹/);
    expect(await checkBackupFolder(userData, userData)).not.toBeNull();
  });

  it('accepts a writable folder, creating it, and leaves no probe file behind', async () => {
    const folder = path.join(root, 'new', 'backups');
    expect(await checkBackupFolder(folder, path.join(root, 'userData'))).toBeNull();
    expect(readdirSync(folder)).toEqual([]);
  });

  it('refuses a "folder" that is a file, with a clear message', async () => {
    const file = path.join(root, 'occupied');
    writeFileSync(file, 'x');
    expect(await checkBackupFolder(file, path.join(root, 'userData'))).toBe(
      `备份位置（${file}）被一个同名文件占用，不是文件夹，无法写入备份。请换一个备份文件夹。`,
    );
  });
});

describe('BackupWriter', () => {
  it('names the backup from its own clock and the reason, creating the folder, with no temp file left, and records it', async () => {
    const { writer } = writerAt('2026-11-29T10:30:01Z');
    // The page's own idea of the time (in the header) names nothing.
    const b = backup('2099-12-31T23:59:59.000Z');
    const result = await put(writer, folder, b);
    const name = '法治台账备份_2026-11-29_183001_定时.fzbak';
    expect(result).toEqual({ saved: true, name, path: path.join(folder, name) });
    expect(readdirSync(folder)).toEqual([name]);
    expect(new Uint8Array(readFileSync(path.join(folder, name)))).toEqual(b.bytes);
    expect(loadBackupRecords(indexFile, folder)).toEqual([
      {
        name,
        createdAt: '2026-11-29T10:30:01.000Z',
        reason: '定时',
        size: b.bytes.length,
        sha256: sha(b.bytes),
      },
    ]);
    expect(readdirSync(path.dirname(indexFile))).toEqual(['backup-index.json']);
  });

  it('adds a serial when a backup of the same second exists', async () => {
    const { writer } = writerAt('2026-11-29T10:30:00Z');
    const b = backup('2026-11-29T10:30:00.000Z', '导入前');
    const first = await put(writer, folder, b);
    const second = await put(writer, folder, b);
    expect(first.name).toBe('法治台账备份_2026-11-29_183000_导入前.fzbak');
    expect(second.name).toBe('法治台账备份_2026-11-29_183000_导入前_2.fzbak');
    expect(readdirSync(folder).sort()).toEqual([first.name, second.name].sort());
  });

  it('never gives a name with a colon or a device name', async () => {
    const { writer, advance } = writerAt('2026-11-29T10:30:00Z');
    for (const reason of ['启动', '定时', '退出', '导入前', '恢复前', '升级前', '手动'] as const) {
      const result = await put(writer, folder, backup('2026-11-29T10:30:00.000Z', reason));
      expect(result.name).toMatch(/^法治台账备份_\d{4}-\d{2}-\d{2}_\d{6}_[^\\/:*?"<>|]+\.fzbak$/);
      expect(isPlainBackupName(result.name!)).toBe(true);
      advance(1000);
    }
  });

  it('refuses a broken backup, one whose reason differs from the request, and an empty one, without writing anything', async () => {
    const { writer } = writerAt('2026-11-29T10:30:00Z');
    const b = backup('2026-11-29T10:30:00.000Z');
    // Cut short: what was sent is all the page declared, but the file does not end with its last line.
    const cut = b.bytes.subarray(0, b.bytes.length - 20);
    expect(await put(writer, folder, { ...b, bytes: cut, sha256: sha(cut) })).toEqual({ saved: false, error: '备份未写入：备份内容不完整。' });
    // Not what the page said it sent.
    expect(await put(writer, folder, { ...b, sha256: sha(new Uint8Array([1])) })).toEqual({
      saved: false,
      error: '备份未写入：备份内容与校验码不符。',
    });
    // A line changed after its checksum was taken.
    const altered = backup('2026-11-29T10:30:00.000Z', '定时', 1, (t) => t.replace('丹政复〔2026〕1号', '丹政复〔2026〕2号'));
    expect(await put(writer, folder, altered)).toEqual({ saved: false, error: '备份未写入：备份内容与校验码不符。' });
    expect(await put(writer, folder, b, { reason: '手动' })).toEqual({ saved: false, error: '备份未写入：备份内容中的备份原因与请求不符。' });
    expect(await put(writer, folder, { ...b, counts: { ...b.counts, reviewCases: 2 } })).toEqual({
      saved: false,
      error: '备份未写入：备份内容与记录数不符。',
    });
    const emptyTables = { reviewCases: [] };
    const emptyBytes = new Uint8Array(gzipSync(lines('2026-11-29T10:30:00.000Z', '定时', emptyTables)));
    expect(await put(writer, folder, { ...b, bytes: emptyBytes, sha256: sha(emptyBytes), counts: { reviewCases: 0 } })).toEqual({
      saved: false,
      error: '备份未写入：备份中没有任何记录。',
    });
    const notGzip = new TextEncoder().encode(
      serializeBackup({ tables: tablesOf(1), schemaVersion: 3, appVersion: '0.1.0', createdAt: '2026-11-29T10:30:00.000Z', reason: '定时' }).json,
    );
    expect(await put(writer, folder, { ...b, bytes: notGzip, sha256: sha(notGzip) })).toEqual({
      saved: false,
      error: '备份未写入：备份内容不完整。',
    });
    expect(await put(writer, folder, b, { reason: '其他' as BackupReason })).toEqual({ saved: false, error: '备份未写入：备份原因无效。' });
    // A header claiming a day that does not exist is no backup at all.
    const day99 = backup('2026-11-29T10:30:00.000Z', '定时', 1, (t) => t.replace('2026-11-29T10:30:00.000Z', '2026-11-99T10:30:00.000Z'));
    expect(await put(writer, folder, day99)).toMatchObject({ saved: false });
    // Nothing but the folder itself (created to hold the temp files, which are gone).
    expect(readdirSync(folder)).toEqual([]);
  });

  it('refuses pieces out of order, under an unknown token, too large, and a second backup while one is open', async () => {
    const { writer } = writerAt('2026-11-29T10:30:00Z');
    const b = backup('2026-11-29T10:30:00.000Z', '手动', 20);
    expect(await writer.append({ token: 'f'.repeat(32), index: 0, chunk: b.bytes })).toEqual({
      ok: false,
      error: '备份未写入：备份已结束或不存在。',
    });
    expect(await writer.finish({ token: 'f'.repeat(32), sha256: b.sha256, counts: b.counts })).toEqual({
      saved: false,
      error: '备份未写入：备份已结束或不存在。',
    });
    const begun = await writer.begin(folder, '手动');
    if (!begun.ok) throw new Error(begun.error);
    expect(await writer.begin(folder, '定时')).toEqual({ ok: false, error: '另一个备份正在写入，请稍后再试。' });
    expect(await writer.append({ token: begun.token, index: 0, chunk: b.bytes.subarray(0, 10) })).toEqual({ ok: true });
    // Index 2 after 0: the backup is over, its temp file gone.
    expect(await writer.append({ token: begun.token, index: 2, chunk: b.bytes.subarray(10) })).toEqual({
      ok: false,
      error: '备份未写入：备份内容的顺序有误。',
    });
    expect(await writer.append({ token: begun.token, index: 1, chunk: b.bytes.subarray(10) })).toEqual({
      ok: false,
      error: '备份未写入：备份已结束或不存在。',
    });
    expect(readdirSync(folder)).toEqual([]);
    const again = await writer.begin(folder, '导入前');
    if (!again.ok) throw new Error(again.error);
    expect(await writer.append({ token: again.token, index: 0, chunk: new Uint8Array(MAX_BACKUP_CHUNK_BYTES + 1) })).toEqual({
      ok: false,
      error: '备份未写入：单次发送的备份内容过大。',
    });
    expect(readdirSync(folder)).toEqual([]);
    // Aborted: nothing left behind.
    const third = await writer.begin(folder, '恢复前');
    if (!third.ok) throw new Error(third.error);
    await writer.append({ token: third.token, index: 0, chunk: b.bytes });
    await writer.abort(third.token);
    expect(readdirSync(folder)).toEqual([]);
  });

  it('drops a backup left open by a page that went away, once it has been idle', async () => {
    vi.useFakeTimers({ now: new Date('2026-11-29T10:30:00Z'), toFake: ['Date'] });
    try {
      const { writer } = writerAt('2026-11-29T10:30:00Z');
      const left = await writer.begin(folder, '定时');
      expect(left.ok).toBe(true);
      vi.setSystemTime(new Date('2026-11-29T10:31:01Z'));
      expect((await put(writer, folder, backup('2026-11-29T10:31:01.000Z', '手动'))).saved).toBe(true);
      expect(readdirSync(folder).filter((n) => n.startsWith('.'))).toEqual([]);
    } finally {
      vi.useRealTimers();
    }
  });

  it('refuses an oversize backup with the limit in Chinese, and writes nothing', async () => {
    const b = backup('2026-11-29T10:30:00.000Z', '手动', 50);
    const { writer } = writerAt('2026-11-29T10:30:00Z', { maxBytes: 200 });
    const result = await put(writer, folder, b);
    expect(result).toEqual({
      saved: false,
      error: expect.stringMatching(/^备份过大（超过 \d+(\.\d)? (KB|字节)），超过单个备份的上限 200 字节，未写入。$/),
    });
    expect(readdirSync(folder)).toEqual([]);
  });

  it("takes at most 1 GiB, the most readBackupFile reads back: ten times the bench's provincial backup (94 MB)", () => {
    expect(DEFAULT_BACKUP_LIMITS.maxBytes).toBe(1024 ** 3);
    expect(DEFAULT_BACKUP_LIMITS.maxBytes).toBe(MAX_BACKUP_FILE_BYTES);
    expect(DEFAULT_BACKUP_LIMITS.maxBytes).toBeGreaterThanOrEqual(10 * 94 * 1000 ** 2);
  });

  it('refuses rapid-fire writes of one reason until its interval has passed, without queueing them', async () => {
    const clock = { now: new Date('2026-11-29T10:30:00Z') };
    const writer = new BackupWriter({ indexFile, now: () => clock.now });
    const b = backup('2026-11-29T10:30:00.000Z');
    const results = await Promise.all(Array.from({ length: 20 }, () => put(writer, folder, b)));
    expect(results.filter((r) => r.saved)).toHaveLength(1);
    expect(results.filter((r) => !r.saved).map((r) => r.error)).toEqual(
      Array(19).fill('「定时」备份过于频繁：同类备份至少间隔 10 分钟，上一次在刚刚。本次未写入，请稍后再试。'),
    );
    clock.now = new Date('2026-11-29T10:39:00Z');
    expect((await put(writer, folder, b)).error).toBe('「定时」备份过于频繁：同类备份至少间隔 10 分钟，上一次在 9 分钟前。本次未写入，请稍后再试。');
    // Another reason has its own interval; the clerk's 手动 waits only seconds.
    expect((await put(writer, folder, backup('2026-11-29T10:39:00.000Z', '手动'))).saved).toBe(true);
    expect((await put(writer, folder, backup('2026-11-29T10:39:00.000Z', '手动'))).saved).toBe(false);
    clock.now = new Date('2026-11-29T10:39:05Z');
    expect((await put(writer, folder, backup('2026-11-29T10:39:05.000Z', '手动'))).saved).toBe(true);
    clock.now = new Date('2026-11-29T10:40:00Z');
    expect((await put(writer, folder, b)).saved).toBe(true);
    expect(readdirSync(folder)).toHaveLength(4);
  });

  it('keeps a written backup, and deletes nothing, when its record cannot be saved', async () => {
    writeFileSync(path.join(root, 'userData'), 'a file where the data folder should be');
    const { writer, clock } = writerAt('2026-11-29T01:00:00Z', { budget: { bytes: 10 ** 9, files: 1 } });
    const first = await put(writer, folder, backup('2026-11-29T01:00:00.000Z'));
    clock.now = new Date('2026-11-29T02:00:00Z');
    const second = await put(writer, folder, backup('2026-11-29T02:00:00.000Z'));
    expect([first.saved, second.saved]).toEqual([true, true]);
    expect(readdirSync(folder).sort()).toEqual([first.name, second.name].sort());
  });

  it('refuses a folder that cannot be written, in Chinese, and writes nothing', async () => {
    const file = path.join(root, '备份');
    writeFileSync(file, 'not a folder');
    const { writer } = writerAt('2026-11-29T10:30:00Z');
    const result = await put(writer, path.join(file, 'sub'), backup('2026-11-29T10:30:00.000Z'));
    expect(result.saved).toBe(false);
    expect(result.error).toContain('不是文件夹，无法写入备份');
    expect(readdirSync(root)).toEqual(['备份']);
  });
});

describe('retention on the recorded backups', () => {
  it('thins out what it wrote, keeping the one just written, and never touches files it did not write', async () => {
    const { writer, clock } = writerAt('2026-11-20T01:00:00Z');
    const first = await put(writer, folder, backup('2026-11-20T01:00:00.000Z'));
    clock.now = new Date('2026-11-20T02:00:00Z');
    const manual = await put(writer, folder, backup('2026-11-20T02:00:00.000Z', '手动'));
    clock.now = new Date('2026-11-20T09:00:00Z');
    const dayLast = await put(writer, folder, backup('2026-11-20T09:00:00.000Z'));
    // Files the clerk put there: a copy of an old backup, a note, a legacy backup that claims 2099 and is 手动.
    const copy = backup('2025-01-01T01:00:00.000Z');
    writeFileSync(path.join(folder, copy.name), copy.bytes);
    writeFileSync(path.join(folder, '我的笔记.json'), '{}');
    const claim = legacyBackup('2099-01-01T01:00:00.000Z', '手动');
    writeFileSync(path.join(folder, claim.name), claim.json);
    clock.now = new Date('2026-11-29T10:30:01Z');
    const fresh = await put(writer, folder, backup('2026-11-29T10:30:00.000Z'));
    // 2026-11-20: the day's newest routine backup stays, and the manual one (kept for a month); the earlier routine one goes.
    expect(readdirSync(folder).sort()).toEqual([fresh.name, dayLast.name, manual.name, copy.name, claim.name, '我的笔记.json'].sort());
    expect(readdirSync(folder)).not.toContain(first.name);
    expect(
      loadBackupRecords(indexFile, folder)
        .map((r) => r.name)
        .sort(),
    ).toEqual([fresh.name, dayLast.name, manual.name].sort());
    // What it did not write is still listed and readable for a restore.
    const listing = await listBackupFiles(folder);
    expect(listing.entries.map((e) => e.name)).toEqual(expect.arrayContaining([copy.name, claim.name]));
    expect(await readBackupChunk(folder, { name: copy.name, offset: 0 })).toEqual({ ok: true, bytes: copy.bytes, size: copy.bytes.length });
  });

  it('keeps every genuine backup the rule keeps through 41 crafted writes', async () => {
    const { writer, clock } = writerAt('2026-10-19T02:00:00Z');
    for (let day = 0; day < 41; day++) {
      clock.now = new Date(Date.parse('2026-10-19T02:00:00Z') + day * DAY);
      expect((await put(writer, folder, backup(clock.now.toISOString()))).saved).toBe(true);
    }
    const genuine = readdirSync(folder).sort();
    // Today's (28 Nov), one a day for the 30 days before, and October's newest before those: what the rule keeps.
    expect(genuine).toHaveLength(32);
    // 41 writes from a page that wants them gone: claimed dates far back and ahead, every reason, spread over the day.
    const claims = ['2026-11-99T10:00:00.000Z', '2099-12-31T10:00:00.000Z', '2020-01-01T10:00:00.000Z', '2026-11-30T10:00:00.000Z'];
    const reasons: BackupReason[] = ['定时', '启动', '退出', '升级前', '导入前', '恢复前'];
    for (let i = 0; i < 41; i++) {
      clock.now = new Date(Date.parse('2026-11-29T01:00:00Z') + i * 600_000);
      const b = backup(claims[i % claims.length].replace('-99T', '-28T'), reasons[i % reasons.length]);
      await put(writer, folder, b);
    }
    // A day has passed: 29 October left the daily window, so October keeps its newest (29th) and the 28th goes, by the rule.
    const kept = genuine.filter((name) => !name.includes('_2026-10-28_'));
    expect(kept).toHaveLength(31);
    const after = readdirSync(folder);
    for (const name of kept) expect(after).toContain(name);
    // The crafted ones are all named by the main clock, 29 Nov: the routine ones share today's six places, and those
    // before a risky step are kept for a month, as any would be.
    const crafted = after.filter((name) => name.includes('_2026-11-29_'));
    expect(crafted.filter((name) => /_(定时|启动|退出)\.fzbak$/.test(name)).length).toBeLessThanOrEqual(6);
    expect(crafted.filter((name) => /_(升级前|导入前|恢复前)\.fzbak$/.test(name))).toHaveLength(20);
    expect(after.filter((name) => !crafted.includes(name))).toEqual(kept);
  });

  it('gives backups recorded under a clock set to 2099 no protection', async () => {
    const { writer, clock, advance } = writerAt('2099-01-01T01:00:00Z');
    for (let i = 0; i < 10; i++) {
      expect((await put(writer, folder, backup(clock.now.toISOString(), '手动'))).saved).toBe(true);
      advance(60_000);
    }
    clock.now = new Date('2026-11-29T10:30:00Z');
    const today = await put(writer, folder, backup('2026-11-29T10:30:00.000Z'));
    // Today keeps six: the real one first, then five of the ten from "2099".
    const names = readdirSync(folder);
    expect(names).toContain(today.name);
    expect(names.filter((n) => n.includes('_2099-'))).toHaveLength(5);
  });

  it("deletes a recorded file only while it is what was written; a file changed since is the clerk's", async () => {
    const { writer, clock } = writerAt('2026-11-29T01:00:00Z', { budget: { bytes: 10 ** 9, files: 1 } });
    const first = await put(writer, folder, backup('2026-11-29T01:00:00.000Z'));
    const changed = backup('2026-11-29T01:00:00.000Z', '定时', 2);
    writeFileSync(path.join(folder, first.name!), changed.bytes);
    clock.now = new Date('2026-11-29T02:00:00Z');
    const second = await put(writer, folder, backup('2026-11-29T02:00:00.000Z'));
    expect(readdirSync(folder).sort()).toEqual([first.name, second.name].sort());
    expect(loadBackupRecords(indexFile, folder).map((r) => r.name)).toEqual([second.name]);
  });

  it('forgets a recorded file the clerk deleted, and deletes nothing when its record is unreadable', async () => {
    const { writer, clock } = writerAt('2026-11-29T01:00:00Z', { budget: { bytes: 10 ** 9, files: 1 } });
    const first = await put(writer, folder, backup('2026-11-29T01:00:00.000Z'));
    rmSync(path.join(folder, first.name!));
    clock.now = new Date('2026-11-29T02:00:00Z');
    const second = await put(writer, folder, backup('2026-11-29T02:00:00.000Z'));
    expect(loadBackupRecords(indexFile, folder).map((r) => r.name)).toEqual([second.name]);
    writeFileSync(indexFile, '{ not json');
    clock.now = new Date('2026-11-29T03:00:00Z');
    const third = await put(writer, folder, backup('2026-11-29T03:00:00.000Z'));
    expect(readdirSync(folder).sort()).toEqual([second.name, third.name].sort());
  });
});

describe('the folder budget', () => {
  it('deletes the oldest recorded automatic backups first, never 手动 nor the newest', async () => {
    // Compressed sizes differ by a byte or two from one backup to the next: the largest of them.
    const size = Math.max(...(['手动', '定时', '导入前', '启动'] as const).map((r) => backup('2026-11-29T01:00:00.000Z', r).bytes.length));
    const { writer, clock } = writerAt('2026-11-25T01:00:00Z', { budget: { bytes: 3 * size, files: 100 } });
    const written: string[] = [];
    for (const [at, reason] of [
      ['2026-11-25T01:00:00Z', '手动'],
      ['2026-11-26T01:00:00Z', '定时'],
      ['2026-11-27T01:00:00Z', '导入前'],
      ['2026-11-28T01:00:00Z', '启动'],
    ] as const) {
      clock.now = new Date(at);
      written.push((await put(writer, folder, backup(at, reason))).name!);
    }
    // Four files of three places: the oldest routine one (26th) went, the 手动 of the 25th stayed.
    expect(readdirSync(folder).sort()).toEqual([written[0], written[2], written[3]].sort());
    clock.now = new Date('2026-11-29T01:00:00Z');
    const next = await put(writer, folder, backup('2026-11-29T01:00:00.000Z'));
    // Then the 启动 of the 28th (routine before 导入前).
    expect(readdirSync(folder).sort()).toEqual([written[0], written[2], next.name].sort());
  });

  it('refuses a write, saying why, when only 手动 backups would be left to delete', async () => {
    const size = backup('2026-11-29T01:00:00.000Z', '手动').bytes.length;
    const { writer, clock } = writerAt('2026-11-29T01:00:00Z', { budget: { bytes: 2 * size, files: 100 } });
    await put(writer, folder, backup('2026-11-29T01:00:00.000Z', '手动'));
    clock.now = new Date('2026-11-29T02:00:00Z');
    await put(writer, folder, backup('2026-11-29T02:00:00.000Z', '手动'));
    clock.now = new Date('2026-11-29T03:00:00Z');
    const refused = await put(writer, folder, backup('2026-11-29T03:00:00.000Z', '手动'));
    expect(refused.saved).toBe(false);
    expect(refused.error).toMatch(
      /^备份未写入：备份文件夹中本程序的备份将超过上限（.+、100 个文件），其中手动备份共 .+，只能由您删除。请在备份文件夹（.+）中删除不再需要的手动备份后重试。$/,
    );
    expect(readdirSync(folder)).toHaveLength(2);
  });

  it('is 10 GiB and 1000 files by default', () => {
    expect(DEFAULT_BACKUP_LIMITS.budget).toEqual({ bytes: 10 * 1024 ** 3, files: 1000 });
  });
});

describe('listBackupFiles', () => {
  it('lists backups of both formats newest first with their headers, then foreign files without one', async () => {
    const a = legacyBackup('2026-11-28T01:00:00.000Z', '启动', 3);
    const b = backup('2026-11-29T01:00:00.000Z', '手动', 5);
    writeFileSync(path.join(root, a.name), a.json);
    writeFileSync(path.join(root, b.name), b.bytes);
    writeFileSync(path.join(root, '导出.json'), '[1,2,3]');
    writeFileSync(path.join(root, '坏的.fzbak'), 'not gzip');
    writeFileSync(path.join(root, '.hidden.json'), '{}');
    writeFileSync(path.join(root, '.fazhi-backup-0.tmp'), '{}');
    writeFileSync(path.join(root, 'readme.txt'), 'x');
    const listing = await listBackupFiles(root);
    expect(listing.folder).toBe(root);
    expect(listing.entries.map((e) => e.name).slice(0, 2)).toEqual([b.name, a.name]);
    expect(listing.entries[0].header).toMatchObject({
      reason: '手动',
      formatVersion: 2,
      counts: { reviewCases: 5, settings: 1 },
      appVersion: '0.1.0',
    });
    expect(listing.entries[0].size).toBe(b.bytes.length);
    expect(listing.entries[1].header).toMatchObject({ reason: '启动', formatVersion: 1, counts: { reviewCases: 3, settings: 1 } });
    expect(listing.entries.slice(2).map((e) => [e.name, e.header])).toEqual(
      expect.arrayContaining([
        ['导出.json', null],
        ['坏的.fzbak', null],
      ]),
    );
    expect(listing.entries).toHaveLength(4);
  });

  it('lists a missing folder as empty, without an error', async () => {
    expect(await listBackupFiles(path.join(root, 'missing'))).toEqual({ folder: path.join(root, 'missing'), entries: [] });
  });
});

describe('readBackupChunk', () => {
  it('reads a backup of either format by its plain name, in pieces', async () => {
    const b = backup('2026-11-29T01:00:00.000Z', '定时', 2000);
    writeFileSync(path.join(root, b.name), b.bytes);
    const first = await readBackupChunk(root, { name: b.name, offset: 0 });
    expect(first).toEqual({ ok: true, bytes: b.bytes.subarray(0, MAX_BACKUP_READ_BYTES), size: b.bytes.length });
    expect(await readBackupChunk(root, { name: b.name, offset: 100 })).toMatchObject({
      ok: true,
      bytes: b.bytes.subarray(100, 100 + MAX_BACKUP_READ_BYTES),
    });
    expect(await readBackupChunk(root, { name: b.name, offset: b.bytes.length })).toEqual({
      ok: true,
      bytes: new Uint8Array(0),
      size: b.bytes.length,
    });
    const old = legacyBackup('2026-11-29T01:00:00.000Z');
    writeFileSync(path.join(root, old.name), old.json);
    const read = await readBackupChunk(root, { name: old.name, offset: 0 });
    expect(read.ok && Buffer.from(read.bytes).toString('utf8')).toBe(old.json);
  });

  it.each([
    '../secret.json',
    '/etc/passwd',
    'a/b.json',
    'notes.txt',
    '..',
    '',
    'CON.json',
    'nul.json',
    'COM1.json',
    'lpt9.json',
    'a.json:evil',
    'C:x.json',
    'a.json.',
    'x?.json',
    '../secret.fzbak',
    'CON.fzbak',
    'a.fzbak:evil',
  ])('refuses the name %s', async (name) => {
    expect(isPlainBackupName(name)).toBe(false);
    expect(await readBackupChunk(root, { name, offset: 0 })).toEqual({ ok: false, error: '备份文件名无效。' });
  });

  it('says when the file is gone', async () => {
    expect(await readBackupChunk(root, { name: '法治台账备份_2026-11-29_090000_定时.fzbak', offset: 0 })).toEqual({
      ok: false,
      error: '找不到备份文件 法治台账备份_2026-11-29_090000_定时.fzbak，可能已被移动或删除。',
    });
  });
});

describe('QuitBackupGate', () => {
  it('passes once the renderer answers', async () => {
    const gate = new QuitBackupGate();
    expect(gate.passed).toBe(false);
    const outcome = gate.run(() => setTimeout(() => gate.answer(), 5), 1000);
    expect(gate.waiting).toBe(true);
    expect(await outcome).toBe('answered');
    expect(gate.passed).toBe(true);
  });

  it('passes after the time limit when the renderer never answers', async () => {
    const gate = new QuitBackupGate();
    expect(await gate.run(() => undefined, 20)).toBe('timeout');
    expect(gate.passed).toBe(true);
  });

  it('passes at once when the request cannot be sent', async () => {
    const gate = new QuitBackupGate();
    expect(
      await gate.run(() => {
        throw new Error('destroyed');
      }, 10_000),
    ).toBe('answered');
  });

  it('starts over for a new window', async () => {
    const gate = new QuitBackupGate();
    await gate.run(() => gate.answer(), 1000);
    gate.reset();
    expect(gate.passed).toBe(false);
  });
});

describe('the IPC payload schemas for backups', () => {
  const token = 'a'.repeat(32);

  it('accept what the renderer sends: a reason, pieces with their index, the checksum and counts, nothing else', () => {
    expect(backupReasonSchema.parse('定时')).toBe('定时');
    const piece = { token, index: 0, chunk: new Uint8Array([1, 2]) };
    expect(appendBackupRequestSchema.parse(piece)).toEqual(piece);
    const finish = { token, sha256: '0'.repeat(64), counts: { reviewCases: 1 } };
    expect(finishBackupRequestSchema.parse(finish)).toEqual(finish);
    expect(readBackupChunkRequestSchema.parse({ name: '法治台账备份_2026-11-29_090000_定时.fzbak', offset: 0 })).toBeTruthy();
  });

  it.each([
    ['a reason this app does not know', backupReasonSchema, '其他'],
    ['a file name for a reason', backupReasonSchema, '法治台账备份_2099-12-31_235959_手动.fzbak'],
    ['a piece as text', appendBackupRequestSchema, { token, index: 0, chunk: 'abc' }],
    ['an empty piece', appendBackupRequestSchema, { token, index: 0, chunk: new Uint8Array(0) }],
    ['a piece too large', appendBackupRequestSchema, { token, index: 0, chunk: new Uint8Array(MAX_BACKUP_CHUNK_BYTES + 1) }],
    ['a negative index', appendBackupRequestSchema, { token, index: -1, chunk: new Uint8Array(1) }],
    ['a token that is no token', appendBackupRequestSchema, { token: '../x', index: 0, chunk: new Uint8Array(1) }],
    ['an extra field', appendBackupRequestSchema, { token, index: 0, chunk: new Uint8Array(1), folder: 'C:\\Windows' }],
    ['a checksum that is no checksum', finishBackupRequestSchema, { token, sha256: 'x', counts: {} }],
    ['negative counts', finishBackupRequestSchema, { token, sha256: '0'.repeat(64), counts: { a: -1 } }],
    ['a file name of its own', finishBackupRequestSchema, { token, sha256: '0'.repeat(64), counts: {}, name: 'x.fzbak' }],
    ['a path to read', readBackupChunkRequestSchema, { name: '../x.fzbak', offset: 0 }],
    ['a negative offset', readBackupChunkRequestSchema, { name: 'x.fzbak', offset: -1 }],
    ['nothing', appendBackupRequestSchema, undefined],
  ])('refuse %s', (_label, schema, payload) => {
    expect((schema as typeof backupReasonSchema).safeParse(payload).success).toBe(false);
  });

  it('take a plain file name to read, never a path, a stream or a device', () => {
    expect(backupNameSchema.safeParse(backup('2026-11-29T10:30:00.000Z').name).success).toBe(true);
    for (const name of ['..', 'a/b.json', 'a\\b.json', '', 'x\u0000.json', 'CON.json', 'aux', 'a.json:stream', 'C:x.json']) {
      expect(backupNameSchema.safeParse(name).success).toBe(false);
    }
  });
});

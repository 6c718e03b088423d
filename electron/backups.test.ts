import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { backupFileName, serializeBackup, type BackupReason } from '../shared/backup/format';
import {
  QuitBackupGate,
  checkBackupFolder,
  defaultBackupFolder,
  isPlainBackupName,
  listBackupFiles,
  loadBackupFolder,
  readBackupFile,
  saveBackupFolder,
  thinOut,
  writeBackupFile,
} from './backups';
import { backupNameSchema, writeBackupRequestSchema } from './host-schemas';

let root: string;
beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), 'fazhi-backups-'));
});
afterEach(() => {
  rmSync(root, { recursive: true, force: true });
});

function backup(createdAt: string, reason: BackupReason = '定时', cases = 1) {
  const tables = {
    reviewCases: Array.from({ length: cases }, (_, i) => ({ id: `c${i}`, caseNo: `丹政复〔2026〕${i + 1}号`, deleted: 0 })),
    settings: [{ key: 'app', value: {} }],
  };
  const { json } = serializeBackup({ tables, schemaVersion: 2, appVersion: '0.1.0', createdAt, reason });
  return { name: backupFileName(createdAt, reason), json };
}

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

  it('refuses a folder inside the app\'s own data folder', async () => {
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

describe('writeBackupFile', () => {
  it('writes the backup under its name, creating the folder, with no temp file left', async () => {
    const folder = path.join(root, '法治台账备份');
    const b = backup('2026-11-29T10:30:00.000Z');
    const result = await writeBackupFile(folder, b, new Date('2026-11-29T10:30:01Z'));
    expect(result).toEqual({ saved: true, name: '法治台账备份_2026-11-29_183000_定时.json', path: path.join(folder, b.name) });
    expect(readdirSync(folder)).toEqual([b.name]);
    expect(readFileSync(path.join(folder, b.name), 'utf8')).toBe(b.json);
  });

  it('adds a serial when a backup of the same second exists', async () => {
    const b = backup('2026-11-29T10:30:00.000Z', '导入前');
    await writeBackupFile(root, b);
    const second = await writeBackupFile(root, b);
    expect(second.name).toBe('法治台账备份_2026-11-29_183000_导入前_2.json');
    expect(readdirSync(root).sort()).toEqual([b.name, second.name].sort());
  });

  it('refuses a broken backup text and a foreign name without writing anything', async () => {
    const b = backup('2026-11-29T10:30:00.000Z');
    const broken = await writeBackupFile(root, { name: b.name, json: b.json.slice(0, -20) });
    expect(broken).toEqual({ saved: false, error: '备份未写入：备份内容不完整。' });
    const altered = await writeBackupFile(root, { name: b.name, json: b.json.replace('丹政复〔2026〕1号', '丹政复〔2026〕2号') });
    expect(altered).toEqual({ saved: false, error: '备份未写入：备份内容与校验码不符。' });
    const foreign = await writeBackupFile(root, { name: '../evil.json', json: b.json });
    expect(foreign).toEqual({ saved: false, error: '备份文件名无效：../evil.json' });
    expect(readdirSync(root)).toEqual([]);
  });

  it('reports a folder that cannot be written, in Chinese, and writes nothing', async () => {
    const file = path.join(root, '备份');
    writeFileSync(file, 'not a folder');
    const result = await writeBackupFile(path.join(file, 'sub'), backup('2026-11-29T10:30:00.000Z'));
    expect(result.saved).toBe(false);
    expect(result.error).toContain('不是文件夹，无法写入备份');
    expect(readdirSync(root)).toEqual(['备份']);
  });

  it('thins out old backups after writing, keeping the one just written', async () => {
    const old = [
      backup('2026-11-20T01:00:00.000Z'),
      backup('2026-11-20T09:00:00.000Z'),
      backup('2026-11-20T02:00:00.000Z', '手动'),
    ];
    for (const b of old) writeFileSync(path.join(root, b.name), b.json);
    writeFileSync(path.join(root, '我的笔记.json'), '{}');
    const fresh = backup('2026-11-29T10:30:00.000Z');
    await writeBackupFile(root, fresh, new Date('2026-11-29T10:30:01Z'));
    // 2026-11-20: the day's newest routine backup stays, and the manual one (kept for a month); the earlier routine one goes.
    expect(readdirSync(root).sort()).toEqual([fresh.name, old[1].name, old[2].name, '我的笔记.json'].sort());
  });

  it('keeps an older good backup when all of today\'s are unreadable', async () => {
    const good = backup('2026-11-28T01:00:00.000Z');
    writeFileSync(path.join(root, good.name), good.json);
    const deleted = await thinOut(root, '2026-11-29', 'none');
    expect(deleted).toEqual([]);
    expect(readdirSync(root)).toEqual([good.name]);
  });
});

describe('listBackupFiles', () => {
  it('lists backups newest first with their headers, then foreign files without one', async () => {
    const a = backup('2026-11-28T01:00:00.000Z', '启动', 3);
    const b = backup('2026-11-29T01:00:00.000Z', '手动', 5);
    writeFileSync(path.join(root, a.name), a.json);
    writeFileSync(path.join(root, b.name), b.json);
    writeFileSync(path.join(root, '导出.json'), '[1,2,3]');
    writeFileSync(path.join(root, '.hidden.json'), '{}');
    writeFileSync(path.join(root, 'readme.txt'), 'x');
    const listing = await listBackupFiles(root);
    expect(listing.folder).toBe(root);
    expect(listing.entries.map((e) => e.name).slice(0, 2)).toEqual([b.name, a.name]);
    expect(listing.entries[0].header).toMatchObject({ reason: '手动', counts: { reviewCases: 5, settings: 1 }, appVersion: '0.1.0' });
    expect(listing.entries[0].size).toBe(Buffer.byteLength(b.json));
    expect(listing.entries[2]).toMatchObject({ name: '导出.json', header: null });
    expect(listing.entries).toHaveLength(3);
  });

  it('lists a missing folder as empty, without an error', async () => {
    expect(await listBackupFiles(path.join(root, 'missing'))).toEqual({ folder: path.join(root, 'missing'), entries: [] });
  });
});

describe('readBackupFile', () => {
  it('reads a backup by its plain name', async () => {
    const b = backup('2026-11-29T01:00:00.000Z');
    writeFileSync(path.join(root, b.name), b.json);
    expect(await readBackupFile(root, b.name)).toEqual({ ok: true, json: b.json });
  });

  it.each(['../secret.json', '/etc/passwd', 'a/b.json', 'notes.txt', '..', ''])('refuses the name %s', async (name) => {
    expect(isPlainBackupName(name)).toBe(false);
    expect(await readBackupFile(root, name)).toEqual({ ok: false, error: '备份文件名无效。' });
  });

  it('says when the file is gone', async () => {
    expect(await readBackupFile(root, '法治台账备份_2026-11-29_090000_定时.json')).toEqual({
      ok: false,
      error: '找不到备份文件 法治台账备份_2026-11-29_090000_定时.json，可能已被移动或删除。',
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
  const b = backup('2026-11-29T10:30:00.000Z');

  it('accept a backup the renderer makes', () => {
    expect(writeBackupRequestSchema.parse(b)).toEqual(b);
  });

  it.each([
    ['a name this app does not write', { ...b, name: 'autoexec.bat' }],
    ['a name with a folder', { ...b, name: `../${b.name}` }],
    ['data as bytes', { ...b, json: new Uint8Array([1]) }],
    ['an extra field', { ...b, folder: 'C:\\Windows' }],
    ['nothing', undefined],
  ])('refuse %s', (_label, payload) => {
    expect(writeBackupRequestSchema.safeParse(payload).success).toBe(false);
  });

  it('take a plain file name to read, never a path', () => {
    expect(backupNameSchema.safeParse(b.name).success).toBe(true);
    for (const name of ['..', 'a/b.json', 'a\\b.json', '', 'x\u0000.json']) expect(backupNameSchema.safeParse(name).success).toBe(false);
  });
});

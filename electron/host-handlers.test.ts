import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { serializeBackup } from '../shared/backup/format';

// The host handlers on a fake Electron: what reaches shell.showItemInFolder and the backup folder.
const fake = vi.hoisted(() => ({
  paths: new Map<string, string>(),
  shown: [] as string[],
  handlers: new Map<string, (event: unknown, ...args: unknown[]) => unknown>(),
  savePath: '',
}));

vi.mock('electron', () => ({
  app: {
    getPath: (name: string) => fake.paths.get(name) ?? `/nonexistent/${name}`,
    getVersion: () => '0.1.0',
  },
  BrowserWindow: { fromWebContents: () => null },
  dialog: {
    showSaveDialog: async () => ({ canceled: false, filePath: fake.savePath }),
    showOpenDialog: async () => ({ canceled: true, filePaths: [] }),
  },
  shell: {
    openExternal: async () => {},
    showItemInFolder: (p: string) => fake.shown.push(p),
  },
  ipcMain: {
    handle: (channel: string, listener: (event: unknown, ...args: unknown[]) => unknown) => fake.handlers.set(channel, listener),
  },
}));

const { registerHostHandlers } = await import('./host-handlers');

const base = mkdtempSync(path.join(tmpdir(), 'fazhi-host-'));
const original = { warn: console.warn, error: console.error };
const appFrame = { senderFrame: { url: 'app://fazhi/index.html', parent: null } };
let documents: string;
let backups: string;

beforeEach(() => {
  const profile = mkdtempSync(path.join(base, 'profile-'));
  documents = path.join(profile, 'Documents');
  backups = path.join(documents, '法治台账备份');
  mkdirSync(backups, { recursive: true });
  fake.paths.set('userData', path.join(profile, 'userData'));
  fake.paths.set('documents', documents);
  mkdirSync(path.join(profile, 'userData', 'logs'), { recursive: true });
  fake.shown = [];
  fake.handlers.clear();
  console.warn = () => {};
  console.error = () => {};
  registerHostHandlers();
});

afterAll(() => {
  console.warn = original.warn;
  console.error = original.error;
  rmSync(base, { recursive: true, force: true });
});

const call = (channel: string, ...args: unknown[]) => Promise.resolve().then(() => fake.handlers.get(channel)!(appFrame, ...args));

describe('host:showItemInFolder', () => {
  it('shows a file of the backup folder, and the log folder', async () => {
    const file = path.join(backups, '法治台账备份_2026-11-29_183000_定时.json');
    writeFileSync(file, '{}');
    await call('host:showItemInFolder', file);
    await call('host:showItemInFolder', path.join(fake.paths.get('userData')!, 'logs'));
    expect(fake.shown).toEqual([file, path.join(fake.paths.get('userData')!, 'logs')]);
  });

  it('shows an export where it was saved', async () => {
    const exports = path.join(documents, '导出');
    mkdirSync(exports);
    fake.savePath = path.join(exports, '行政复议台账.xlsx');
    expect(await call('host:saveFile', { suggestedName: '行政复议台账.xlsx', data: new Uint8Array([1]), filters: [] })).toEqual({
      saved: true,
      path: fake.savePath,
    });
    await call('host:showItemInFolder', fake.savePath);
    expect(fake.shown).toEqual([fake.savePath]);
  });

  it.each([
    ['a UNC share', '\\\\attacker\\share\\x'],
    ['a UNC share with slashes', '//attacker/share/x'],
    ['a device path', '\\\\.\\COM1'],
    ['a long-path prefix', '\\\\?\\C:\\Windows'],
    ['a file: URL', 'file:///etc/passwd'],
    ['a relative path', 'relative/path'],
    ['a folder outside', '/etc'],
    ['a way out of the backup folder', '../../../../../etc/passwd'],
  ])('refuses %s, with 路径无效, and shows nothing', async (_label, input) => {
    await expect(call('host:showItemInFolder', input)).rejects.toThrow(/^路径无效：/);
    expect(fake.shown).toEqual([]);
  });

  it('refuses a way out of the backup folder by ..', async () => {
    await expect(call('host:showItemInFolder', `${backups}/../../..`)).rejects.toThrow(/^路径无效：/);
    expect(fake.shown).toEqual([]);
  });
});

describe('host:writeBackup', () => {
  const json = serializeBackup({
    tables: { reviewCases: [{ id: 'c1' }] },
    schemaVersion: 3,
    appVersion: '0.1.0',
    createdAt: '2099-12-31T00:00:00.000Z',
    reason: '手动',
  }).json;

  it('writes into the backup folder under a name of the main process, from the reason and the text only', async () => {
    const result = (await call('host:writeBackup', { reason: '手动', json })) as { saved: boolean; name: string; path: string };
    expect(result.saved).toBe(true);
    expect(result.name).toMatch(/^法治台账备份_\d{4}-\d{2}-\d{2}_\d{6}_手动\.json$/);
    expect(result.name).not.toContain('2099');
    expect(readdirSync(backups)).toEqual([result.name]);
    expect(readdirSync(fake.paths.get('userData')!)).toContain('backup-index.json');
  });

  it('refuses a name from the page, and a second 手动 backup at once', async () => {
    await expect(call('host:writeBackup', { name: 'CON.json', reason: '手动', json })).rejects.toThrow(/请求参数无效/);
    expect((await call('host:writeBackup', { reason: '手动', json })) as { saved: boolean }).toMatchObject({ saved: true });
    expect(await call('host:writeBackup', { reason: '手动', json })).toMatchObject({ saved: false, error: expect.stringContaining('过于频繁') });
  });
});

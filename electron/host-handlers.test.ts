import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer as createTlsServer, type Server as TlsServer } from 'node:tls';
import { fileURLToPath } from 'node:url';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { X509Certificate, createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { BACKUP_FORMAT, BACKUP_FORMAT_VERSION, type BackupReason } from '../shared/backup/format';
import { BackupLineWriter } from '../shared/backup/stream';
import { syncConnectOrigins } from './sync-origin';

// The host handlers on a fake Electron: what reaches shell.showItemInFolder and the backup folder.
const fake = vi.hoisted(() => ({
  paths: new Map<string, string>(),
  shown: [] as string[],
  handlers: new Map<string, (event: unknown, ...args: unknown[]) => unknown>(),
  savePath: '',
  encryption: true,
  verifyProc: null as null | ((request: unknown, callback: (result: number) => void) => void),
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
  // Reversing the bytes stands in for the system's encryption.
  safeStorage: {
    isAsyncEncryptionAvailable: async () => fake.encryption,
    getSelectedStorageBackend: () => 'gnome_libsecret',
    encryptStringAsync: async (text: string) => Buffer.from(text, 'utf8').reverse(),
    decryptStringAsync: async (data: Buffer) => ({ result: Buffer.from(data).reverse().toString('utf8'), shouldReEncrypt: false }),
  },
}));

const { registerHostHandlers, installCertificateVerifier } = await import('./host-handlers');

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

describe('host:beginBackup, appendBackup, finishBackup', () => {
  const tables: Record<string, unknown[]> = { reviewCases: [{ id: 'c1' }] };
  /** A compressed backup as the renderer makes it (shared/backup/stream.ts). */
  function compressed(reason: BackupReason) {
    const hash = createHash('sha256');
    let text = '';
    const lines = new BackupLineWriter({ update: (b) => void hash.update(b), digest: () => hash.digest('hex') }, (b) => {
      text += Buffer.from(b).toString('utf8');
    });
    lines.header({
      format: BACKUP_FORMAT,
      formatVersion: BACKUP_FORMAT_VERSION,
      schemaVersion: 3,
      appVersion: '0.1.0',
      createdAt: '2099-12-31T00:00:00.000Z',
      reason,
      counts: { reviewCases: 1 },
    });
    lines.table('reviewCases');
    for (const row of tables.reviewCases) lines.row(row);
    lines.end();
    const chunk = new Uint8Array(gzipSync(text));
    return { chunk, sha256: createHash('sha256').update(chunk).digest('hex'), counts: { reviewCases: 1 } };
  }
  async function send(reason: BackupReason) {
    const b = compressed(reason);
    const begun = (await call('host:beginBackup', reason)) as { ok: boolean; token: string; error?: string };
    if (!begun.ok) return { saved: false, error: begun.error };
    expect(await call('host:appendBackup', { token: begun.token, index: 0, chunk: b.chunk })).toEqual({ ok: true });
    return call('host:finishBackup', { token: begun.token, sha256: b.sha256, counts: b.counts });
  }

  it('writes into the backup folder under a name of the main process, from the reason and the bytes only', async () => {
    const result = (await send('手动')) as { saved: boolean; name: string; path: string };
    expect(result.saved).toBe(true);
    expect(result.name).toMatch(/^法治台账备份_\d{4}-\d{2}-\d{2}_\d{6}_手动\.fzbak$/);
    expect(result.name).not.toContain('2099');
    expect(readdirSync(backups)).toEqual([result.name]);
    expect(readdirSync(fake.paths.get('userData')!)).toContain('backup-index.json');
  });

  it('refuses a name from the page, pieces as text, and a second 手动 backup at once', async () => {
    await expect(call('host:beginBackup', { name: 'CON.json', reason: '手动' })).rejects.toThrow(/请求参数无效/);
    await expect(call('host:appendBackup', { token: 'a'.repeat(32), index: 0, chunk: 'text' })).rejects.toThrow(/请求参数无效/);
    expect((await send('手动')) as { saved: boolean }).toMatchObject({ saved: true });
    expect(await send('手动')).toMatchObject({ saved: false, error: expect.stringContaining('过于频繁') });
  });
});

describe('host:saveSyncCredentials, loadSyncCredentials, clearSyncCredentials', () => {
  const account = { url: 'https://192.168.10.5:6984/fazhi', user: '王敏', password: 'Mi-码-2026!' };

  it('keeps the account encrypted in the user-data folder and gives it back', async () => {
    fake.encryption = true;
    expect(await call('host:loadSyncCredentials')).toBeNull();
    expect(await call('host:saveSyncCredentials', account)).toEqual({ ok: true });
    const file = readFileSync(path.join(fake.paths.get('userData')!, 'sync-credentials.json'));
    expect(file.includes(Buffer.from(account.password, 'utf8'))).toBe(false);
    expect(await call('host:loadSyncCredentials')).toEqual(account);
    await call('host:clearSyncCredentials');
    expect(await call('host:loadSyncCredentials')).toBeNull();
  });

  it('lets the page connect to the saved server only while it is saved', async () => {
    fake.encryption = true;
    await call('host:saveSyncCredentials', account);
    expect(syncConnectOrigins()).toEqual(['https://192.168.10.5:6984']);
    await call('host:clearSyncCredentials');
    expect(syncConnectOrigins()).toEqual([]);
    fake.encryption = false;
    await call('host:saveSyncCredentials', account);
    expect(syncConnectOrigins()).toEqual([]);
    fake.encryption = true;
  });

  it('allows a new server for the page until it reloads, and says when a reload is needed', async () => {
    await call('host:clearSyncCredentials');
    expect(await call('host:allowSyncServer', 'https://192.168.10.5:6984/fazhi')).toEqual({ reload: true });
    expect(syncConnectOrigins()).toEqual(['https://192.168.10.5:6984']);
    expect(await call('host:allowSyncServer', 'https://192.168.10.5:6984/other')).toEqual({ reload: false });
    await expect(call('host:allowSyncServer', 'file:///etc/passwd')).rejects.toThrow(/请求参数无效/);
    expect(syncConnectOrigins()).toEqual(['https://192.168.10.5:6984']);
    await call('host:clearSyncCredentials');
  });

  it('refuses to save without system encryption, with the reason in Chinese', async () => {
    fake.encryption = false;
    expect(await call('host:saveSyncCredentials', account)).toEqual({ ok: false, error: expect.stringContaining('无法加密保存密码') });
    fake.encryption = true;
  });

  it.each([
    ['an extra field', { ...account, remember: true }],
    ['a password in the address', { ...account, url: 'https://u:p@host/fazhi' }],
    ['a file address', { ...account, url: 'file:///etc/passwd' }],
    ['an empty password', { ...account, password: '' }],
    ['a number as account', { ...account, user: 1 }],
  ])('refuses %s', async (_label, payload) => {
    await expect(call('host:saveSyncCredentials', payload)).rejects.toThrow(/请求参数无效/);
  });
});

describe('host:certificateOf and trustCertificate', () => {
  const certs = path.join(path.dirname(fileURLToPath(import.meta.url)), 'test-certs');
  const pemA = readFileSync(path.join(certs, 'a.pem'), 'utf8');
  const pemB = readFileSync(path.join(certs, 'b.pem'), 'utf8');
  const url = 'https://127.0.0.1:5925/fazhi';
  let server: TlsServer;

  beforeAll(async () => {
    server = createTlsServer({ key: readFileSync(path.join(certs, 'a.key')), cert: pemA }, (socket) => socket.end());
    await new Promise<void>((resolve) => server.listen(5925, '127.0.0.1', resolve));
  });
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
  });

  const verify = (hostname: string, data: string) => new Promise<number>((resolve) => fake.verifyProc!({ hostname, certificate: { data } }, resolve));

  it('shows the certificate, trusts the confirmed fingerprint, and the session then accepts exactly that certificate for that host', async () => {
    installCertificateVerifier({ setCertificateVerifyProc: (proc: typeof fake.verifyProc) => (fake.verifyProc = proc) } as never);
    expect(await verify('127.0.0.1', pemA)).toBe(-3);

    const cert = (await call('host:certificateOf', url)) as { fingerprint: string; trusted: boolean };
    expect(cert).toMatchObject({ fingerprint: new X509Certificate(pemA).fingerprint256, subject: 'fazhi-test-a, 法治台账测试', trusted: false });
    await call('host:trustCertificate', { url, fingerprint: cert.fingerprint });
    // The proc installed at start-up reads the new trust: nothing is installed again.
    expect(await verify('127.0.0.1', pemA)).toBe(0);
    expect(await verify('127.0.0.1', pemB)).toBe(-2);
    expect(await verify('192.168.10.5', pemA)).toBe(-3);
    expect(await call('host:certificateOf', url)).toMatchObject({ trusted: true });
  });

  it('refuses a fingerprint it did not show, two loose arguments, and a non-https address', async () => {
    await expect(
      call('host:trustCertificate', { url: 'https://192.168.10.9/fazhi', fingerprint: new X509Certificate(pemB).fingerprint256 }),
    ).rejects.toThrow(/不是刚才从该服务器读取到的/);
    await expect(call('host:trustCertificate', url, 'AA')).rejects.toThrow(/请求参数无效/);
    await expect(call('host:trustCertificate', { url, fingerprint: 'AA:BB' })).rejects.toThrow(/请求参数无效/);
    expect(await call('host:certificateOf', 'http://127.0.0.1:5984/fazhi')).toEqual({ error: '只有 https:// 开头的服务器地址才有证书' });
  });
});

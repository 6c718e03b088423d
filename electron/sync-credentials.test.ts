import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  BASIC_TEXT_MESSAGE,
  NO_ENCRYPTION_MESSAGE,
  SYNC_CREDENTIALS_FILE,
  clearSyncCredentials,
  loadSyncCredentials,
  saveSyncCredentials,
  type CredentialStorage,
} from './sync-credentials';

/** A stand-in for safeStorage: "encrypts" by XOR with a key, so the bytes on disk are not the text. */
function fakeStorage(over: Partial<CredentialStorage> & { key?: number } = {}): CredentialStorage & { calls: string[] } {
  const key = over.key ?? 0x5a;
  const calls: string[] = [];
  const xor = (b: Buffer) => Buffer.from(b.map((x) => x ^ key));
  return {
    calls,
    isAsyncEncryptionAvailable: async () => true,
    getSelectedStorageBackend: () => 'gnome_libsecret',
    encryptStringAsync: async (text: string) => {
      calls.push('encrypt');
      return xor(Buffer.from(text, 'utf8'));
    },
    decryptStringAsync: async (data: Buffer) => {
      calls.push('decrypt');
      return { result: xor(data).toString('utf8'), shouldReEncrypt: false };
    },
    ...over,
  };
}

const base = mkdtempSync(path.join(tmpdir(), 'fazhi-cred-'));
const credentials = { url: 'https://192.168.10.5:6984/fazhi', user: '王敏', password: 'Mi-码-2026!' };
let userData: string;

beforeEach(() => {
  userData = mkdtempSync(path.join(base, 'ud-'));
  vi.spyOn(console, 'warn').mockImplementation(() => {});
});

afterAll(() => {
  vi.restoreAllMocks();
  rmSync(base, { recursive: true, force: true });
});

describe('saving the sync account', () => {
  it('writes only the encrypted bytes: neither the password, the account nor the address is in the file', async () => {
    const storage = fakeStorage();
    expect(await saveSyncCredentials(userData, credentials, storage, 'win32')).toEqual({ ok: true });
    const file = readFileSync(path.join(userData, SYNC_CREDENTIALS_FILE));
    for (const secret of [credentials.password, credentials.user, credentials.url, 'Mi-', '2026']) {
      expect(file.includes(Buffer.from(secret, 'utf8'))).toBe(false);
    }
    expect(readdirSync(userData)).toEqual([SYNC_CREDENTIALS_FILE]);
    expect(await loadSyncCredentials(userData, storage, 'win32')).toEqual(credentials);
  });

  it('on Linux, leaves the file readable by this user only', async () => {
    expect(await saveSyncCredentials(userData, credentials, fakeStorage(), 'linux')).toEqual({ ok: true });
    expect(statSync(path.join(userData, SYNC_CREDENTIALS_FILE)).mode & 0o777).toBe(0o600);
  });

  it('replaces the saved account, and clear removes it (twice is fine)', async () => {
    const storage = fakeStorage();
    await saveSyncCredentials(userData, credentials, storage, 'win32');
    await saveSyncCredentials(userData, { ...credentials, password: 'new-密码' }, storage, 'win32');
    expect((await loadSyncCredentials(userData, storage, 'win32'))?.password).toBe('new-密码');
    await clearSyncCredentials(userData);
    await clearSyncCredentials(userData);
    expect(await loadSyncCredentials(userData, storage, 'win32')).toBeNull();
    expect(readdirSync(userData)).toEqual([]);
  });

  it('refuses, in Chinese, where the system offers no encryption, and writes nothing', async () => {
    const storage = fakeStorage({ isAsyncEncryptionAvailable: async () => false });
    expect(await saveSyncCredentials(userData, credentials, storage, 'win32')).toEqual({ ok: false, error: NO_ENCRYPTION_MESSAGE });
    expect(NO_ENCRYPTION_MESSAGE).toMatch(/无法加密保存密码.*每次启动软件后请重新输入/);
    expect(storage.calls).toEqual([]);
    expect(readdirSync(userData)).toEqual([]);
  });

  it('refuses on Linux when Electron would fall back to its fixed key (no keyring)', async () => {
    const storage = fakeStorage({ getSelectedStorageBackend: () => 'basic_text' });
    expect(await saveSyncCredentials(userData, credentials, storage, 'linux')).toEqual({ ok: false, error: BASIC_TEXT_MESSAGE });
    expect(readdirSync(userData)).toEqual([]);
    // The same backend name means nothing on Windows, where DPAPI encrypts.
    expect(await saveSyncCredentials(userData, credentials, storage, 'win32')).toEqual({ ok: true });
  });

  it('says so when encryption itself fails, and writes nothing', async () => {
    const storage = fakeStorage({
      encryptStringAsync: async () => {
        throw new Error('keyring locked');
      },
    });
    expect(await saveSyncCredentials(userData, credentials, storage, 'win32')).toEqual({ ok: false, error: NO_ENCRYPTION_MESSAGE });
    expect(readdirSync(userData)).toEqual([]);
  });

  it('reports a folder it cannot write to', async () => {
    const result = await saveSyncCredentials(path.join(userData, 'missing', 'deeper'), credentials, fakeStorage(), 'win32');
    expect(result).toMatchObject({ ok: false, error: expect.stringMatching(/^同步账号未保存：/) });
  });
});

describe('loading the sync account', () => {
  it('is null when nothing was saved, the file is damaged, or it cannot be decrypted (another user or keyring)', async () => {
    expect(await loadSyncCredentials(userData, fakeStorage(), 'win32')).toBeNull();
    writeFileSync(path.join(userData, SYNC_CREDENTIALS_FILE), '{not json');
    expect(await loadSyncCredentials(userData, fakeStorage(), 'win32')).toBeNull();
    await saveSyncCredentials(userData, credentials, fakeStorage(), 'win32');
    const otherKey = fakeStorage({
      decryptStringAsync: async () => {
        throw new Error('Error while decrypting the ciphertext provided to safeStorage.decryptString.');
      },
    });
    expect(await loadSyncCredentials(userData, otherKey, 'win32')).toBeNull();
    expect(await loadSyncCredentials(userData, fakeStorage({ key: 0x11 }), 'win32')).toBeNull();
    // What was read is never logged.
    const logged = JSON.stringify(vi.mocked(console.warn).mock.calls);
    expect(logged).not.toContain(credentials.password);
  });

  it('re-encrypts when the system rotated its key', async () => {
    const storage = fakeStorage();
    await saveSyncCredentials(userData, credentials, storage, 'win32');
    const rotating = fakeStorage({
      decryptStringAsync: async (data: Buffer) => ({ result: Buffer.from(data.map((x) => x ^ 0x5a)).toString('utf8'), shouldReEncrypt: true }),
    });
    expect(await loadSyncCredentials(userData, rotating, 'win32')).toEqual(credentials);
    expect(rotating.calls).toEqual(['encrypt']);
  });
});

/**
 * The replication account (server address, account, password) of this PC, kept with Electron's safeStorage: the
 * operating system's key store encrypts it (DPAPI on Windows, the keyring on Linux, the Keychain on macOS) and only
 * the encrypted bytes are written to the user-data folder. Nothing is written where the system offers no real
 * encryption: on Linux without a keyring Electron falls back to a fixed key ("basic_text"), which is plain text in
 * all but name, so that is refused too.
 */
import { chmod, readFile, unlink } from 'node:fs/promises';
import path from 'node:path';
import type { SafeStorage } from 'electron';
import type { SaveSyncCredentialsResult, SyncCredentials } from '../shared/host-api';
import { describeWriteError, writeFileAtomic } from './files';

export const SYNC_CREDENTIALS_FILE = 'sync-credentials.json';
const FORMAT = 'fazhi-sync-credentials';

export type CredentialStorage = Pick<
  SafeStorage,
  'isAsyncEncryptionAvailable' | 'encryptStringAsync' | 'decryptStringAsync' | 'getSelectedStorageBackend'
>;

export const NO_ENCRYPTION_MESSAGE =
  '本机系统无法加密保存密码（没有可用的系统密钥存储），为安全起见不保存密码：每次启动软件后请重新输入同步账号的密码。';
export const BASIC_TEXT_MESSAGE =
  '本机系统没有可用的密钥环（如 GNOME 密钥环或 KWallet），密码只能以近乎明文的方式保存，因此不保存：每次启动软件后请重新输入同步账号的密码。';

export function credentialsFile(userData: string): string {
  return path.join(userData, SYNC_CREDENTIALS_FILE);
}

/** Why this system cannot keep a password safely, or null when it can. */
export async function encryptionProblem(storage: CredentialStorage, platform: string = process.platform): Promise<string | null> {
  let available = false;
  try {
    available = await storage.isAsyncEncryptionAvailable();
  } catch {
    available = false;
  }
  if (!available) return NO_ENCRYPTION_MESSAGE;
  if (platform === 'linux' && storage.getSelectedStorageBackend() === 'basic_text') return BASIC_TEXT_MESSAGE;
  return null;
}

export async function saveSyncCredentials(
  userData: string,
  credentials: SyncCredentials,
  storage: CredentialStorage,
  platform: string = process.platform,
): Promise<SaveSyncCredentialsResult> {
  const problem = await encryptionProblem(storage, platform);
  if (problem) return { ok: false, error: problem };
  let encrypted: Buffer;
  try {
    encrypted = await storage.encryptStringAsync(JSON.stringify({ url: credentials.url, user: credentials.user, password: credentials.password }));
  } catch (error) {
    console.warn('[sync] encryption failed', error instanceof Error ? error.message : String(error));
    return { ok: false, error: NO_ENCRYPTION_MESSAGE };
  }
  const file = JSON.stringify({ format: FORMAT, version: 1, encrypted: encrypted.toString('base64') });
  try {
    await writeFileAtomic(credentialsFile(userData), new TextEncoder().encode(file));
    // Readable by this user only (Windows ignores the mode; the profile folder is private there).
    if (platform !== 'win32') await chmod(credentialsFile(userData), 0o600);
  } catch (error) {
    return { ok: false, error: `同步账号未保存：${describeWriteError(error)}` };
  }
  return { ok: true };
}

function isCredentials(value: unknown): value is SyncCredentials {
  const v = value as Record<string, unknown> | null;
  return !!v && typeof v.url === 'string' && typeof v.user === 'string' && typeof v.password === 'string';
}

/** The saved account, or null when none is saved or it cannot be read back (another Windows user, a new keyring). */
export async function loadSyncCredentials(
  userData: string,
  storage: CredentialStorage,
  platform: string = process.platform,
): Promise<SyncCredentials | null> {
  let text: string;
  try {
    text = await readFile(credentialsFile(userData), 'utf8');
  } catch {
    return null;
  }
  try {
    const stored = JSON.parse(text) as { format?: unknown; encrypted?: unknown };
    if (stored.format !== FORMAT || typeof stored.encrypted !== 'string') return null;
    if (await encryptionProblem(storage, platform)) return null;
    const { result, shouldReEncrypt } = await storage.decryptStringAsync(Buffer.from(stored.encrypted, 'base64'));
    const credentials = JSON.parse(result) as unknown;
    if (!isCredentials(credentials)) return null;
    if (shouldReEncrypt) await saveSyncCredentials(userData, credentials, storage, platform);
    return { url: credentials.url, user: credentials.user, password: credentials.password };
  } catch (error) {
    // Never log what was read: only that it could not be.
    console.warn('[sync] the saved sync account could not be decrypted', error instanceof Error ? error.name : 'error');
    return null;
  }
}

export async function clearSyncCredentials(userData: string): Promise<void> {
  await unlink(credentialsFile(userData)).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'ENOENT') throw error;
  });
}

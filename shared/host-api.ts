/**
 * The contract between the renderer and its host. Electron implements it in the preload
 * (backed by IPC handlers in main); a plain browser implements it with downloads.
 */
import type { BackupReason, BackupSummary } from './backup/format';

export interface SaveFileRequest {
  suggestedName: string;
  data: Uint8Array;
  filters: { name: string; extensions: string[] }[];
}

export interface SaveFileResult {
  saved: boolean;
  path?: string;
  error?: string;
}

export interface AppInfo {
  kind: 'electron' | 'browser';
  version: string;
  platform: string;
}

/**
 * A backup is sent in pieces: `beginBackup` says why it is taken and gets a token, `appendBackup` sends the compressed
 * file (shared/backup/stream.ts) piece by piece, in order, and `finishBackup` closes it with the SHA-256 of what was
 * sent and the rows per table. The host names the file itself, from its own clock and the reason: the page never
 * chooses a name or a date, which is what the retention rule goes by.
 */
export type BeginBackupResult = { ok: true; token: string } | { ok: false; error: string };

export interface AppendBackupRequest {
  token: string;
  /** 0 for the first piece, then 1, 2, …: a piece out of order ends the backup. */
  index: number;
  chunk: Uint8Array;
}

export type AppendBackupResult = { ok: true } | { ok: false; error: string };

export interface FinishBackupRequest {
  token: string;
  /** SHA-256 (hex) of every byte sent. */
  sha256: string;
  /** Rows per table, as the file's header and last line say. */
  counts: Record<string, number>;
}

export interface WriteBackupResult {
  saved: boolean;
  /** The name the host gave the file (backupFileName of its own clock, "_2" added when taken). */
  name?: string;
  /** Absent in the browser, where the backup is a download. */
  path?: string;
  /** Why nothing was written, for the clerk. */
  error?: string;
}

export interface BackupListEntry {
  name: string;
  size: number;
  modifiedAt: string;
  /** Null when the file's start does not hold a readable backup header. */
  header: BackupSummary | null;
}

export interface BackupListing {
  /** Null in the browser, which has no backup folder. */
  folder: string | null;
  /** Backups newest first, then files that hold none. */
  entries: BackupListEntry[];
  error?: string;
}

/** A piece of a backup file, from `offset`; `size` is the whole file's. */
export interface ReadBackupChunkRequest {
  name: string;
  offset: number;
}

export type ReadBackupChunkResult = { ok: true; bytes: Uint8Array; size: number } | { ok: false; error: string };

export interface BackupFolderInfo {
  /** Null in the browser. */
  path: string | null;
  isDefault: boolean;
  /** Free and total space of the folder's disk; null when unknown. */
  freeBytes: number | null;
  totalBytes: number | null;
}

export interface ChooseBackupFolderResult {
  changed: boolean;
  folder?: BackupFolderInfo;
  error?: string;
}

/** What the desktop app keeps for replication (issue 17): the server's database address and the clerk's own account. */
export interface SyncCredentials {
  url: string;
  user: string;
  password: string;
}

export type SaveSyncCredentialsResult = { ok: true } | { ok: false; error: string };

/** The certificate a server presents, read by the host so that the clerk can compare its fingerprint with IT staff's. */
export interface ServerCertificate {
  /** SHA-256 of the certificate, upper-case hex pairs joined by colons (AA:BB:…). */
  fingerprint: string;
  subject: string;
  issuer: string;
  /** ISO time after which the certificate is no longer valid. */
  validTo: string;
  /** Whether this fingerprint is the one trusted for the server's host (absent where the host keeps no trust). */
  trusted?: boolean;
}

export type ServerCertificateResult = ServerCertificate | { error: string };

/** A SHA-256 fingerprint as ServerCertificate.fingerprint writes it. */
export const CERTIFICATE_FINGERPRINT_RE = /^[0-9A-F]{2}(:[0-9A-F]{2}){31}$/;

export interface HostApi {
  getAppInfo(): Promise<AppInfo>;
  saveFile(req: SaveFileRequest): Promise<SaveFileResult>;
  openExternal(url: string): Promise<boolean>;
  showItemInFolder(path: string): Promise<void>;
  /** Opens the folder of the support log in the file manager; false where there is none (the browser). */
  openLogFolder(): Promise<boolean>;
  /**
   * Electron: writes into the backup folder under a name of its own (temp file + rename), within a size limit,
   * a minimum interval per reason and a budget for the folder, then thins out the backups it recorded. Browser: a download.
   * Refused (`ok: false`) when another backup is being written or one of this reason came too soon.
   */
  beginBackup(reason: BackupReason): Promise<BeginBackupResult>;
  appendBackup(req: AppendBackupRequest): Promise<AppendBackupResult>;
  finishBackup(req: FinishBackupRequest): Promise<WriteBackupResult>;
  /** Drops a backup begun but not finished (the page could not make it). */
  abortBackup(token: string): Promise<void>;
  listBackups(): Promise<BackupListing>;
  /** A piece (at most MAX_BACKUP_READ_BYTES) of a file of the backup folder, by its plain name. */
  readBackupChunk(req: ReadBackupChunkRequest): Promise<ReadBackupChunkResult>;
  getBackupFolder(): Promise<BackupFolderInfo>;
  /** Asks the clerk for a new backup folder and checks that it can be written. */
  chooseBackupFolder(): Promise<ChooseBackupFolderResult>;
  /**
   * Electron: `handler` runs when the app is about to quit (the last backup); the window waits
   * for it, within a time limit. Browser: never called.
   */
  onBeforeQuit(handler: () => Promise<void>): void;
  /**
   * Electron only: the replication account, kept encrypted with the operating system's key store (safeStorage) in the
   * user-data folder, never as plain text. `save` refuses, with the reason in Chinese, where the system offers no
   * encryption. Absent in the browser, where the renderer keeps the password in memory for the session only.
   */
  syncCredentials?: {
    save(c: SyncCredentials): Promise<SaveSyncCredentialsResult>;
    load(): Promise<SyncCredentials | null>;
    clear(): Promise<void>;
  };
  /**
   * Electron only: trusts the certificate of `url`'s host by its SHA-256 fingerprint (the bureau's own certificate),
   * after the clerk compared it. Only the fingerprint certificateOf last showed for that host is accepted; from then
   * on connections to that host accept exactly that certificate and no other. Rejects with a Chinese reason.
   * Read and trust the certificate before the page's first request to such a server: Chromium caches each verification
   * (per certificate and host) for the session, so a refusal cached before the trust may last until the app restarts.
   */
  trustCertificate?(url: string, fingerprint: string): Promise<void>;
  /** Electron only: the certificate the https server at `url` presents (read by the main process), or why not. */
  certificateOf?(url: string): Promise<ServerCertificateResult>;
  /**
   * Electron only: lets the page connect to `url`'s server (the page's Content-Security-Policy allows its own origin
   * and the one sync server). `reload` is true when that server was not the allowed one: a page's policy is fixed
   * when it loads, so the page must reload before it can reach it. Saving the account keeps it allowed at the next
   * start; without a save, only until the app quits.
   */
  allowSyncServer?(url: string): Promise<{ reload: boolean }>;
}

/** Name of the global (`window.fazhiHost`) under which the Electron preload exposes the API. */
export const HOST_API_GLOBAL = 'fazhiHost';

export const IPC_CHANNELS = {
  getAppInfo: 'host:getAppInfo',
  saveFile: 'host:saveFile',
  openExternal: 'host:openExternal',
  showItemInFolder: 'host:showItemInFolder',
  openLogFolder: 'host:openLogFolder',
  beginBackup: 'host:beginBackup',
  appendBackup: 'host:appendBackup',
  finishBackup: 'host:finishBackup',
  abortBackup: 'host:abortBackup',
  listBackups: 'host:listBackups',
  readBackupChunk: 'host:readBackupChunk',
  getBackupFolder: 'host:getBackupFolder',
  chooseBackupFolder: 'host:chooseBackupFolder',
  quitBackupDone: 'host:quitBackupDone',
  saveSyncCredentials: 'host:saveSyncCredentials',
  loadSyncCredentials: 'host:loadSyncCredentials',
  clearSyncCredentials: 'host:clearSyncCredentials',
  trustCertificate: 'host:trustCertificate',
  certificateOf: 'host:certificateOf',
  allowSyncServer: 'host:allowSyncServer',
} as const;

/** Main → renderer: the app is quitting; take the last backup, then invoke quitBackupDone. */
export const BEFORE_QUIT_EVENT = 'backup:before-quit';

/**
 * Largest backup accepted (bytes of the file), which is also the largest the desktop app reads back: the bench's
 * provincial scale took 94 MB as plain JSON, a few MB compressed, so 1 GiB leaves far more than ten times that.
 */
export const MAX_BACKUP_BYTES = 1024 * 1024 * 1024;

/** Largest piece of a backup in one appendBackup call (the renderer sends 1 MiB pieces). */
export const MAX_BACKUP_CHUNK_BYTES = 8 * 1024 * 1024;

/** Largest piece readBackupChunk returns. */
export const MAX_BACKUP_READ_BYTES = 4 * 1024 * 1024;

/** Longest URL we hand to the operating system; real links are far shorter. */
export const MAX_EXTERNAL_URL_LENGTH = 2048;

interface ParsedUrl {
  protocol: string;
  hostname: string;
  username: string;
  password: string;
}

// shared/ compiles without DOM or Node typings, yet every runtime we target (browser,
// Electron main, Node tests) has the WHATWG URL parser. Parsing by hand would be the
// classic source of bypasses, so use the real parser through a minimal typed view.
function parseUrl(input: string): ParsedUrl {
  const UrlParser = (globalThis as unknown as { URL: new (input: string) => ParsedUrl }).URL;
  return new UrlParser(input);
}

/**
 * Whether a URL may be opened in the user's browser: http(s) only, with a host and without
 * embedded credentials. Everything else (file:, javascript:, data:, app:, custom handlers
 * that could launch programs) is refused.
 */
export function isSafeExternalUrl(url: string): boolean {
  if (typeof url !== 'string' || url.length === 0 || url.length > MAX_EXTERNAL_URL_LENGTH) return false;
  // The parser silently strips these; a URL that needs stripping is not one we want to pass on.
  if (/[\u0000-\u0020\u007f\\]/.test(url)) return false;
  // Special schemes parse `http:host` and `http:/host` too; insist on the unambiguous form.
  if (!/^https?:\/\//i.test(url)) return false;
  let parsed: ParsedUrl;
  try {
    parsed = parseUrl(url);
  } catch {
    return false;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return false;
  if (parsed.hostname === '') return false;
  if (parsed.username !== '' || parsed.password !== '') return false;
  // `http://@host` or `http://:@host` parse to empty credentials and leave no trace in the
  // parsed URL, yet they are the shape of a spoofing link: check the authority text too.
  const authority = url.slice(url.indexOf('//') + 2).split(/[/?#]/, 1)[0];
  return !authority.includes('@');
}

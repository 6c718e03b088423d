import { statSync } from 'node:fs';
import path from 'node:path';
import { BrowserWindow, app, dialog, safeStorage, shell, type OpenDialogOptions, type SaveDialogOptions, type Session } from 'electron';
import {
  IPC_CHANNELS,
  isSafeExternalUrl,
  type AppInfo,
  type ChooseBackupFolderResult,
  type SaveFileRequest,
  type SaveFileResult,
} from '../shared/host-api';
import { backupIndexFile } from './backup-index';
import {
  BackupWriter,
  QuitBackupGate,
  backupFolderInfo,
  checkBackupFolder,
  listBackupFiles,
  loadBackupFolder,
  readBackupChunk,
  saveBackupFolder,
  type BackupFolderSetting,
} from './backups';
import { describeWriteError, readJsonFile, sanitizeFileName, writeFileAtomic, writeJsonFile } from './files';
import {
  appendBackupRequestSchema,
  backupReasonSchema,
  backupTokenSchema,
  externalUrlSchema,
  finishBackupRequestSchema,
  itemPathSchema,
  noPayloadSchema,
  readBackupChunkRequestSchema,
  saveFileRequestSchema,
  syncCredentialsSchema,
  syncServerUrlSchema,
  trustCertificateRequestSchema,
} from './host-schemas';
import { handle } from './ipc';
import { logDirFor } from './log';
import { checkRevealPath } from './paths';
import { CertificateTrust, TRUSTED_CERTIFICATES_FILE, readServerCertificate } from './sync-certificates';
import { clearSyncCredentials, loadSyncCredentials, saveSyncCredentials } from './sync-credentials';
import { setSyncServer, syncConnectOrigins } from './sync-origin';

/** Holds the main window's close until the renderer's last backup is written (main.ts). */
export const quitBackupGate = new QuitBackupGate();

const LAST_SAVE_FOLDER_FILE = 'last-save-folder.json';

/** Folders this run saved exports into: their files may be shown in the file manager. */
const savedFolders = new Set<string>();

function lastSaveFolderPath(): string {
  return path.join(app.getPath('userData'), LAST_SAVE_FOLDER_FILE);
}

function lastSaveFolder(): string | undefined {
  const folder = (readJsonFile(lastSaveFolderPath()) as { folder?: unknown } | undefined)?.folder;
  return typeof folder === 'string' && path.isAbsolute(folder) ? folder : undefined;
}

/** The folder of the last successful save, if it still exists; else 文档. */
function startFolder(): string {
  const folder = lastSaveFolder();
  if (folder) {
    try {
      if (statSync(folder).isDirectory()) return folder;
    } catch {
      // The folder was removed or its drive is not attached: fall back below.
    }
  }
  return app.getPath('documents');
}

function rememberFolder(folder: string): void {
  try {
    writeJsonFile(lastSaveFolderPath(), { folder });
  } catch (error) {
    // Only a convenience: the file itself was saved.
    console.warn('[host] could not remember the save folder', error);
  }
}

async function saveFile(req: SaveFileRequest, owner: BrowserWindow | null): Promise<SaveFileResult> {
  const options: SaveDialogOptions = {
    title: '保存文件',
    buttonLabel: '保存',
    defaultPath: path.join(startFolder(), sanitizeFileName(req.suggestedName)),
    filters: req.filters,
    properties: ['showOverwriteConfirmation', 'createDirectory'],
  };
  const choice = owner ? await dialog.showSaveDialog(owner, options) : await dialog.showSaveDialog(options);
  if (choice.canceled || !choice.filePath) return { saved: false };

  const target = choice.filePath;
  try {
    await writeFileAtomic(target, req.data);
  } catch (error) {
    console.error('[host] saving failed', target, error);
    return { saved: false, error: describeWriteError(error) };
  }
  savedFolders.add(path.dirname(target));
  rememberFolder(path.dirname(target));
  return { saved: true, path: target };
}

function backupFolder(): BackupFolderSetting {
  return loadBackupFolder(app.getPath('userData'), app.getPath('documents'));
}

async function chooseBackupFolder(owner: BrowserWindow | null): Promise<ChooseBackupFolderResult> {
  const current = backupFolder();
  const options: OpenDialogOptions = {
    title: '选择备份文件夹',
    buttonLabel: '选择此文件夹',
    defaultPath: current.path,
    properties: ['openDirectory', 'createDirectory', 'promptToCreate'],
  };
  const choice = owner ? await dialog.showOpenDialog(owner, options) : await dialog.showOpenDialog(options);
  const folder = choice.filePaths[0];
  if (choice.canceled || !folder) return { changed: false };
  const problem = await checkBackupFolder(folder, app.getPath('userData'));
  if (problem) return { changed: false, error: problem };
  try {
    saveBackupFolder(app.getPath('userData'), folder);
  } catch (error) {
    return { changed: false, error: `无法保存备份文件夹设置：${error instanceof Error ? error.message : String(error)}` };
  }
  return { changed: true, folder: await backupFolderInfo({ path: folder, isDefault: false }) };
}

/**
 * Shows a file in the file manager, only inside a folder the app manages: the backup folder,
 * the log folder, and the folders exports were saved to (this run's and the remembered one).
 * Throws with the reason otherwise (the page reads it as a rejected promise).
 */
export function showItemInFolder(itemPath: string): void {
  const userData = app.getPath('userData');
  const roots = [backupFolder().path, logDirFor(userData), lastSaveFolder() ?? '', ...savedFolders];
  const checked = checkRevealPath(itemPath, roots);
  if (!checked.ok) {
    console.warn('[host] refused to show a path', itemPath, checked.error);
    throw new Error(checked.error);
  }
  shell.showItemInFolder(checked.path);
}

function registerBackupHandlers(): void {
  const writer = new BackupWriter({ indexFile: backupIndexFile(app.getPath('userData')) });
  handle(IPC_CHANNELS.beginBackup, backupReasonSchema, (reason) => writer.begin(backupFolder().path, reason));
  handle(IPC_CHANNELS.appendBackup, appendBackupRequestSchema, (req) => writer.append(req));
  handle(IPC_CHANNELS.finishBackup, finishBackupRequestSchema, (req) => writer.finish(req));
  handle(IPC_CHANNELS.abortBackup, backupTokenSchema, (token) => writer.abort(token));
  handle(IPC_CHANNELS.listBackups, noPayloadSchema, () => listBackupFiles(backupFolder().path));
  handle(IPC_CHANNELS.readBackupChunk, readBackupChunkRequestSchema, (req) => readBackupChunk(backupFolder().path, req));
  handle(IPC_CHANNELS.getBackupFolder, noPayloadSchema, () => backupFolderInfo(backupFolder()));
  handle(IPC_CHANNELS.chooseBackupFolder, noPayloadSchema, (_payload, event) => chooseBackupFolder(BrowserWindow.fromWebContents(event.sender)));
  handle(IPC_CHANNELS.quitBackupDone, noPayloadSchema, (): void => quitBackupGate.answer());
}

let certificateTrust: CertificateTrust | null = null;

/** The fingerprints the clerk trusted (read from the user-data folder on first use). */
function trust(): CertificateTrust {
  certificateTrust ??= new CertificateTrust(path.join(app.getPath('userData'), TRUSTED_CERTIFICATES_FILE));
  return certificateTrust;
}

/**
 * Makes `ses` accept, for a host the clerk trusted, exactly its confirmed certificate (sync-certificates.ts); main.ts
 * calls it once when the app is ready. The proc reads the trust as it is at each verification, so trusting needs no
 * new proc. Chromium's network service caches each verification result per certificate and host (setting the proc
 * again does not clear it), which is why the page must read the certificate (certificateOf, over node's tls, outside
 * Chromium) and have it trusted before its first request to a server whose certificate is the bureau's own.
 */
export function installCertificateVerifier(ses: Pick<Session, 'setCertificateVerifyProc'>): void {
  const current = trust();
  ses.setCertificateVerifyProc((request, callback) => callback(current.verify(request)));
}

/** At start, before the first page loads: the saved sync server becomes the page policy's one allowed server. */
export async function allowSavedSyncServer(): Promise<void> {
  setSyncServer((await loadSyncCredentials(app.getPath('userData'), safeStorage))?.url);
}

function registerSyncHandlers(): void {
  const userData = () => app.getPath('userData');
  // Each keeps the page policy's one allowed server (sync-origin.ts) in step with the saved account.
  handle(IPC_CHANNELS.saveSyncCredentials, syncCredentialsSchema, async (c) => {
    const result = await saveSyncCredentials(userData(), c, safeStorage);
    if (result.ok) setSyncServer(c.url);
    return result;
  });
  handle(IPC_CHANNELS.loadSyncCredentials, noPayloadSchema, async () => {
    const saved = await loadSyncCredentials(userData(), safeStorage);
    setSyncServer(saved?.url);
    return saved;
  });
  handle(IPC_CHANNELS.clearSyncCredentials, noPayloadSchema, async () => {
    await clearSyncCredentials(userData());
    setSyncServer(null);
  });
  handle(IPC_CHANNELS.certificateOf, syncServerUrlSchema, async (url) => {
    const result = await readServerCertificate(url);
    return 'error' in result ? result : trust().shownCertificate(url, result);
  });
  handle(IPC_CHANNELS.allowSyncServer, syncServerUrlSchema, (url) => {
    const before = syncConnectOrigins().join();
    setSyncServer(url);
    return { reload: syncConnectOrigins().join() !== before };
  });
  handle(IPC_CHANNELS.trustCertificate, trustCertificateRequestSchema, ({ url, fingerprint }): void => trust().trust(url, fingerprint));
}

/** The main-process side of the HostApi in shared/host-api.ts. */
export function registerHostHandlers(): void {
  handle(
    IPC_CHANNELS.getAppInfo,
    noPayloadSchema,
    (): AppInfo => ({
      kind: 'electron',
      version: app.getVersion(),
      platform: process.platform,
    }),
  );

  handle(IPC_CHANNELS.saveFile, saveFileRequestSchema, (req, event) => saveFile(req, BrowserWindow.fromWebContents(event.sender)));

  handle(IPC_CHANNELS.openExternal, externalUrlSchema, async (url): Promise<boolean> => {
    if (!isSafeExternalUrl(url)) return false;
    try {
      await shell.openExternal(url);
      return true;
    } catch (error) {
      console.warn('[host] openExternal failed', error);
      return false;
    }
  });

  handle(IPC_CHANNELS.showItemInFolder, itemPathSchema, (itemPath): void => showItemInFolder(itemPath));

  registerBackupHandlers();
  registerSyncHandlers();
}

import type {
  AppInfo,
  BackupFolderInfo,
  BackupListing,
  ChooseBackupFolderResult,
  HostApi,
  ReadBackupResult,
  SaveFileRequest,
  SaveFileResult,
  WriteBackupRequest,
  WriteBackupResult,
} from '../../../shared/host-api';
import { backupFileName } from '../../../shared/backup/format';
import { isSafeExternalUrl } from '../../../shared/host-api';

function download(name: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The host API in a plain browser: files leave as downloads. */
export const browserHost: HostApi = {
  async getAppInfo(): Promise<AppInfo> {
    return { kind: 'browser', version: __APP_VERSION__, platform: navigator.platform };
  },
  async saveFile(req: SaveFileRequest): Promise<SaveFileResult> {
    download(req.suggestedName, new Blob([req.data as BlobPart]));
    return { saved: true };
  },
  async openExternal(url: string): Promise<boolean> {
    if (!isSafeExternalUrl(url)) return false;
    window.open(url, '_blank', 'noopener,noreferrer');
    return true;
  },
  async showItemInFolder(): Promise<void> {},
  // A browser keeps no log file of ours.
  async openLogFolder(): Promise<boolean> {
    return false;
  },
  // A browser has no backup folder: a backup is a download, and a restore reads a file the clerk chooses.
  // Named like the desktop app's backups, from this clock.
  async writeBackup(req: WriteBackupRequest): Promise<WriteBackupResult> {
    const name = backupFileName(new Date().toISOString(), req.reason);
    download(name, new Blob([req.json], { type: 'application/json' }));
    return { saved: true, name };
  },
  async listBackups(): Promise<BackupListing> {
    return { folder: null, entries: [] };
  },
  async readBackup(): Promise<ReadBackupResult> {
    return { ok: false, error: '浏览器版没有备份文件夹，请点击「从文件恢复」选择备份文件。' };
  },
  async getBackupFolder(): Promise<BackupFolderInfo> {
    return { path: null, isDefault: true, freeBytes: null, totalBytes: null };
  },
  async chooseBackupFolder(): Promise<ChooseBackupFolderResult> {
    return { changed: false };
  },
  onBeforeQuit(): void {},
};

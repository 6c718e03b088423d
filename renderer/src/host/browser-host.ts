import type {
  AppInfo,
  BackupFolderInfo,
  BackupListing,
  ChooseBackupFolderResult,
  HostApi,
  ReadBackupChunkResult,
  SaveFileRequest,
  SaveFileResult,
  WriteBackupResult,
} from '../../../shared/host-api';
import { backupFileName, type BackupReason } from '../../../shared/backup/format';
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

/** Backups begun and not yet downloaded: their compressed pieces, kept as one Blob of pieces (never one buffer). */
const pending = new Map<string, { reason: BackupReason; parts: Uint8Array[]; next: number }>();

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
  async beginBackup(reason) {
    const token = crypto.randomUUID().replace(/-/g, '');
    pending.set(token, { reason, parts: [], next: 0 });
    return { ok: true, token };
  },
  async appendBackup(req) {
    const backup = pending.get(req.token);
    if (!backup || backup.next !== req.index) {
      pending.delete(req.token);
      return { ok: false, error: '备份未写入：备份内容的顺序有误。' };
    }
    backup.next++;
    backup.parts.push(req.chunk);
    return { ok: true };
  },
  async finishBackup(req): Promise<WriteBackupResult> {
    const backup = pending.get(req.token);
    pending.delete(req.token);
    if (!backup) return { saved: false, error: '备份未写入：备份已结束或不存在。' };
    const name = backupFileName(new Date().toISOString(), backup.reason);
    // A Blob of the pieces: the download is one file, never one string or buffer in the page.
    download(name, new Blob(backup.parts as BlobPart[], { type: 'application/gzip' }));
    return { saved: true, name };
  },
  async abortBackup(token) {
    pending.delete(token);
  },
  async listBackups(): Promise<BackupListing> {
    return { folder: null, entries: [] };
  },
  async readBackupChunk(): Promise<ReadBackupChunkResult> {
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

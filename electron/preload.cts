// Sandboxed preloads must be CommonJS and may require only 'electron' (and a few built-ins):
// the bundler inlines the shared constants, so this file ships as one self-contained script.
import { contextBridge, ipcRenderer } from 'electron';
import type { BackupReason } from '../shared/backup/format';
import {
  BEFORE_QUIT_EVENT,
  HOST_API_GLOBAL,
  IPC_CHANNELS,
  type AppInfo,
  type BackupFolderInfo,
  type BackupListing,
  type ChooseBackupFolderResult,
  type HostApi,
  type AppendBackupRequest,
  type AppendBackupResult,
  type BeginBackupResult,
  type FinishBackupRequest,
  type ReadBackupChunkRequest,
  type ReadBackupChunkResult,
  type SaveSyncCredentialsResult,
  type ServerCertificateResult,
  type SyncCredentials,
  type SaveFileRequest,
  type SaveFileResult,
  type WriteBackupResult,
} from '../shared/host-api';

let beforeQuit: (() => Promise<void>) | null = null;

// Registered here rather than when the page asks, so that main always gets its answer (at
// once when the page never registered a handler, e.g. after a start-up error).
ipcRenderer.on(BEFORE_QUIT_EVENT, () => {
  const work = beforeQuit ? beforeQuit().catch(() => undefined) : Promise.resolve();
  void work.finally(() => ipcRenderer.invoke(IPC_CHANNELS.quitBackupDone));
});

// Each method forwards exactly the fields of the contract, so nothing else the page puts on
// an argument object (or ipcRenderer itself) ever crosses the bridge.
const hostApi: HostApi = {
  getAppInfo: (): Promise<AppInfo> => ipcRenderer.invoke(IPC_CHANNELS.getAppInfo),
  saveFile: (req: SaveFileRequest): Promise<SaveFileResult> =>
    ipcRenderer.invoke(IPC_CHANNELS.saveFile, {
      suggestedName: req.suggestedName,
      data: req.data,
      filters: req.filters.map((filter) => ({ name: filter.name, extensions: [...filter.extensions] })),
    }),
  openExternal: (url: string): Promise<boolean> => ipcRenderer.invoke(IPC_CHANNELS.openExternal, url),
  showItemInFolder: (itemPath: string): Promise<void> => ipcRenderer.invoke(IPC_CHANNELS.showItemInFolder, itemPath),
  openLogFolder: (): Promise<boolean> => ipcRenderer.invoke(IPC_CHANNELS.openLogFolder),
  beginBackup: (reason: BackupReason): Promise<BeginBackupResult> => ipcRenderer.invoke(IPC_CHANNELS.beginBackup, reason),
  appendBackup: (req: AppendBackupRequest): Promise<AppendBackupResult> =>
    ipcRenderer.invoke(IPC_CHANNELS.appendBackup, { token: req.token, index: req.index, chunk: req.chunk }),
  finishBackup: (req: FinishBackupRequest): Promise<WriteBackupResult> =>
    ipcRenderer.invoke(IPC_CHANNELS.finishBackup, { token: req.token, sha256: req.sha256, counts: req.counts }),
  abortBackup: (token: string): Promise<void> => ipcRenderer.invoke(IPC_CHANNELS.abortBackup, token),
  listBackups: (): Promise<BackupListing> => ipcRenderer.invoke(IPC_CHANNELS.listBackups),
  readBackupChunk: (req: ReadBackupChunkRequest): Promise<ReadBackupChunkResult> =>
    ipcRenderer.invoke(IPC_CHANNELS.readBackupChunk, { name: req.name, offset: req.offset }),
  getBackupFolder: (): Promise<BackupFolderInfo> => ipcRenderer.invoke(IPC_CHANNELS.getBackupFolder),
  chooseBackupFolder: (): Promise<ChooseBackupFolderResult> => ipcRenderer.invoke(IPC_CHANNELS.chooseBackupFolder),
  onBeforeQuit: (handler: () => Promise<void>): void => {
    beforeQuit = typeof handler === 'function' ? handler : null;
  },
  syncCredentials: {
    save: (c: SyncCredentials): Promise<SaveSyncCredentialsResult> =>
      ipcRenderer.invoke(IPC_CHANNELS.saveSyncCredentials, { url: c.url, user: c.user, password: c.password }),
    load: (): Promise<SyncCredentials | null> => ipcRenderer.invoke(IPC_CHANNELS.loadSyncCredentials),
    clear: (): Promise<void> => ipcRenderer.invoke(IPC_CHANNELS.clearSyncCredentials),
  },
  trustCertificate: (url: string, fingerprint: string): Promise<void> => ipcRenderer.invoke(IPC_CHANNELS.trustCertificate, { url, fingerprint }),
  certificateOf: (url: string): Promise<ServerCertificateResult> => ipcRenderer.invoke(IPC_CHANNELS.certificateOf, url),
  allowSyncServer: (url: string): Promise<{ reload: boolean }> => ipcRenderer.invoke(IPC_CHANNELS.allowSyncServer, url),
};

contextBridge.exposeInMainWorld(HOST_API_GLOBAL, hostApi);

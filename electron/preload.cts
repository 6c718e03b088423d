// Sandboxed preloads must be CommonJS and may require only 'electron' (and a few built-ins):
// the bundler inlines the shared constants, so this file ships as one self-contained script.
import { contextBridge, ipcRenderer } from 'electron';
import {
  BEFORE_QUIT_EVENT,
  HOST_API_GLOBAL,
  IPC_CHANNELS,
  type AppInfo,
  type BackupFolderInfo,
  type BackupListing,
  type ChooseBackupFolderResult,
  type HostApi,
  type ReadBackupResult,
  type SaveFileRequest,
  type SaveFileResult,
  type WriteBackupRequest,
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
  writeBackup: (req: WriteBackupRequest): Promise<WriteBackupResult> =>
    ipcRenderer.invoke(IPC_CHANNELS.writeBackup, { reason: req.reason, json: req.json }),
  listBackups: (): Promise<BackupListing> => ipcRenderer.invoke(IPC_CHANNELS.listBackups),
  readBackup: (name: string): Promise<ReadBackupResult> => ipcRenderer.invoke(IPC_CHANNELS.readBackup, name),
  getBackupFolder: (): Promise<BackupFolderInfo> => ipcRenderer.invoke(IPC_CHANNELS.getBackupFolder),
  chooseBackupFolder: (): Promise<ChooseBackupFolderResult> => ipcRenderer.invoke(IPC_CHANNELS.chooseBackupFolder),
  onBeforeQuit: (handler: () => Promise<void>): void => {
    beforeQuit = typeof handler === 'function' ? handler : null;
  },
};

contextBridge.exposeInMainWorld(HOST_API_GLOBAL, hostApi);

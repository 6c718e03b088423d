// Sandboxed preloads must be CommonJS and may require only 'electron' (and a few built-ins):
// the bundler inlines the shared constants, so this file ships as one self-contained script.
import { contextBridge, ipcRenderer } from 'electron';
import {
  HOST_API_GLOBAL,
  IPC_CHANNELS,
  type AppInfo,
  type HostApi,
  type SaveFileRequest,
  type SaveFileResult,
} from '../shared/host-api';

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
};

contextBridge.exposeInMainWorld(HOST_API_GLOBAL, hostApi);

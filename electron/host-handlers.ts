import { statSync } from 'node:fs';
import path from 'node:path';
import { BrowserWindow, app, dialog, shell, type SaveDialogOptions } from 'electron';
import {
  IPC_CHANNELS,
  isSafeExternalUrl,
  type AppInfo,
  type SaveFileRequest,
  type SaveFileResult,
} from '../shared/host-api';
import { describeWriteError, readJsonFile, sanitizeFileName, writeFileAtomic, writeJsonFile } from './files';
import { externalUrlSchema, itemPathSchema, noPayloadSchema, saveFileRequestSchema } from './host-schemas';
import { handle } from './ipc';

const LAST_SAVE_FOLDER_FILE = 'last-save-folder.json';

function lastSaveFolderPath(): string {
  return path.join(app.getPath('userData'), LAST_SAVE_FOLDER_FILE);
}

/** The folder of the last successful save, if it still exists; else 文档. */
function startFolder(): string {
  const saved = readJsonFile(lastSaveFolderPath()) as { folder?: unknown } | undefined;
  const folder = saved?.folder;
  if (typeof folder === 'string' && path.isAbsolute(folder)) {
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
  rememberFolder(path.dirname(target));
  return { saved: true, path: target };
}

/** The main-process side of the HostApi in shared/host-api.ts. */
export function registerHostHandlers(): void {
  handle(IPC_CHANNELS.getAppInfo, noPayloadSchema, (): AppInfo => ({
    kind: 'electron',
    version: app.getVersion(),
    platform: process.platform,
  }));

  handle(IPC_CHANNELS.saveFile, saveFileRequestSchema, (req, event) =>
    saveFile(req, BrowserWindow.fromWebContents(event.sender)),
  );

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

  handle(IPC_CHANNELS.showItemInFolder, itemPathSchema, (itemPath): void => {
    // Revealing is harmless, but only for a real absolute path: a relative one would
    // resolve against the app's working directory.
    if (!path.isAbsolute(itemPath)) throw new Error('路径无效');
    shell.showItemInFolder(path.normalize(itemPath));
  });
}

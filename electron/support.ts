import { mkdirSync } from 'node:fs';
import { app, shell } from 'electron';
import { IPC_CHANNELS } from '../shared/host-api';
import { noPayloadSchema } from './host-schemas';
import { handle } from './ipc';
import { RotatingLog, captureMainProcessErrors, logDirFor } from './log';

let supportLog: RotatingLog | undefined;

/**
 * Starts the support log under <userData>/logs. Call once, right after userData is pinned: every
 * warning from then on lands in the file. Also records renderer and helper-process crashes, which
 * otherwise leave no trace once the window reloads.
 */
export function startSupportLog(): RotatingLog {
  if (supportLog) return supportLog;
  const log = new RotatingLog(logDirFor(app.getPath('userData')));
  supportLog = log;
  captureMainProcessErrors(log);
  log.write('info', `start ${app.getName()} ${app.getVersion()}`, {
    electron: process.versions.electron,
    platform: process.platform,
    arch: process.arch,
    packaged: app.isPackaged,
  });
  app.on('render-process-gone', (_event, contents, details) => {
    console.error('[main] renderer gone', { url: contents.getURL(), reason: details.reason, exitCode: details.exitCode });
  });
  app.on('child-process-gone', (_event, details) => {
    if (details.reason !== 'clean-exit') console.error('[main] child process gone', details);
  });
  return log;
}

/** Shows the log folder in the system file manager (created first, so it always opens). */
export async function openLogFolder(): Promise<boolean> {
  const dir = logDirFor(app.getPath('userData'));
  try {
    mkdirSync(dir, { recursive: true });
  } catch (error) {
    console.warn('[support] could not create the log folder', error);
    return false;
  }
  // openPath answers with an error message, or '' when the folder was opened.
  const failure = await shell.openPath(dir);
  if (failure) console.warn('[support] could not open the log folder', failure);
  return failure === '';
}

/** IPC for 设置 → 打开日志文件夹 (HostApi.openLogFolder). */
export function registerSupportHandlers(): void {
  handle(IPC_CHANNELS.openLogFolder, noPayloadSchema, () => openLogFolder());
}

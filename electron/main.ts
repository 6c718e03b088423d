import path from 'node:path';
import { BrowserWindow, Menu, app, dialog, protocol, screen, session, shell } from 'electron';
import { readJsonFile, writeJsonFile } from './files';
import { BEFORE_QUIT_EVENT } from '../shared/host-api';
import { allowSavedSyncServer, installCertificateVerifier, quitBackupGate, registerHostHandlers } from './host-handlers';
import { trustDevServerOrigin } from './ipc';
import { lockDownContents, lockDownSession } from './lockdown';
import { aboutDetail, buildMenuTemplate } from './menu';
import { registerAppProtocol } from './protocol';
import { openLogFolder, registerSupportHandlers, startSupportLog } from './support';
import { APP_ENTRY_URL, APP_ID, APP_SCHEME, APP_TITLE, USER_DATA_DIR_NAME, secureWebPreferences } from './window-options';
import { MIN_WINDOW_SIZE, WINDOW_STATE_FILE, restoreWindowState, windowStateToSave } from './window-state';

// Bundled to dist-electron/main.cjs; the renderer build sits in dist/renderer beside it.
const RENDERER_DIR = path.join(__dirname, '..', 'dist', 'renderer');
const PRELOAD_PATH = path.join(__dirname, 'preload.cjs');

// Both must happen before `ready`, and neither may ever change: IndexedDB is keyed by the
// app:// origin, and the whole profile lives in the pinned userData folder.
protocol.registerSchemesAsPrivileged([
  {
    scheme: APP_SCHEME,
    // corsEnabled stays false so no other origin can read app:// responses; codeCache lets
    // V8 cache the compiled bundle, which shortens start-up on old office PCs.
    privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: false, stream: true, codeCache: true },
  },
]);
// The e2e suite runs the unpackaged app against a temporary profile; an installed copy always uses the pinned folder.
const testUserData = !app.isPackaged ? process.env.FAZHI_USER_DATA : undefined;
app.setPath('userData', testUserData || path.join(app.getPath('appData'), USER_DATA_DIR_NAME));
startSupportLog();
if (process.platform === 'win32') app.setAppUserModelId(APP_ID);
app.enableSandbox();

/**
 * Development only: `VITE_DEV_SERVER_URL=http://localhost:5173 electron .` loads the Vite
 * dev server. A packaged app ignores the variable, so nobody can point an installed copy
 * (and its host API) at another page by setting an environment variable.
 */
function devServerUrl(): string | undefined {
  const value = process.env.VITE_DEV_SERVER_URL;
  if (app.isPackaged || !value) return undefined;
  try {
    const url = new URL(value);
    const loopback = ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
    if ((url.protocol === 'http:' || url.protocol === 'https:') && loopback) return url.href;
  } catch {
    // Fall through to the warning.
  }
  console.warn(`[main] ignoring VITE_DEV_SERVER_URL=${value}: only a loopback http(s) URL is accepted`);
  return undefined;
}

const DEV_SERVER_URL = devServerUrl();
const DEV_SERVER_ORIGIN = DEV_SERVER_URL ? new URL(DEV_SERVER_URL).origin : undefined;
if (DEV_SERVER_URL) trustDevServerOrigin(DEV_SERVER_URL);

let mainWindow: BrowserWindow | null = null;
/** Set by 退出 in the menu (app.quit) as opposed to closing the window; either way the last backup runs first. */
let quitRequested = false;
/**
 * A backup of 10,000 records took 4–9 s in Chromium on a busy test machine; an old office PC
 * gets room to finish, but a stuck page must not keep the app from quitting.
 */
const QUIT_BACKUP_TIMEOUT_MS = 30_000;

// Looked up on each call (not bound once), so the e2e suite can stub shell.openExternal.
const openInBrowser = (url: string): Promise<void> => shell.openExternal(url);

function windowStatePath(): string {
  return path.join(app.getPath('userData'), WINDOW_STATE_FILE);
}

function saveWindowState(win: BrowserWindow): void {
  try {
    writeJsonFile(windowStatePath(), windowStateToSave(win.getNormalBounds(), win.isMaximized()));
  } catch (error) {
    console.warn('[main] could not save the window state', error);
  }
}

function showAbout(): void {
  const options = {
    type: 'info' as const,
    title: `关于${APP_TITLE}`,
    message: APP_TITLE,
    detail: aboutDetail(app.getVersion(), process.versions),
    buttons: ['确定'],
    noLink: true,
  };
  void (mainWindow ? dialog.showMessageBox(mainWindow, options) : dialog.showMessageBox(options));
}

function showLoadFailure(error: unknown): void {
  console.error('[main] the window failed to load', error);
  dialog.showErrorBox(
    `${APP_TITLE}无法启动`,
    DEV_SERVER_URL
      ? `无法打开开发服务器 ${DEV_SERVER_URL}，请先运行 npm run web。`
      : `找不到界面文件（${RENDERER_DIR}）。请先运行 npm run build，或重新安装本软件。`,
  );
  app.quit();
}

function createMainWindow(): BrowserWindow {
  const workAreas = screen.getAllDisplays().map((display) => display.workArea);
  const state = restoreWindowState(readJsonFile(windowStatePath()), workAreas);

  const win = new BrowserWindow({
    x: state.x,
    y: state.y,
    width: state.width,
    height: state.height,
    minWidth: MIN_WINDOW_SIZE.width,
    minHeight: MIN_WINDOW_SIZE.height,
    title: APP_TITLE,
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: secureWebPreferences(PRELOAD_PATH),
  });
  if (state.maximized) win.maximize();

  win.once('ready-to-show', () => win.show());
  quitBackupGate.reset();
  win.on('close', (event) => {
    saveWindowState(win);
    // The renderer holds the data (IndexedDB), so it writes the last backup; the window stays until it is done.
    if (quitBackupGate.passed || win.webContents.isDestroyed() || win.webContents.isCrashed()) return;
    event.preventDefault();
    if (quitBackupGate.waiting) return;
    void quitBackupGate
      .run(() => win.webContents.send(BEFORE_QUIT_EVENT), QUIT_BACKUP_TIMEOUT_MS)
      .then((outcome) => {
        if (outcome === 'timeout') console.warn('[main] the last backup did not finish in time; quitting anyway');
        if (quitRequested) app.quit();
        else if (!win.isDestroyed()) win.close();
      });
  });
  win.on('closed', () => {
    if (mainWindow === win) mainWindow = null;
  });
  // A page with unsaved changes (renderer/src/ui/unsaved.ts) refuses to unload; Electron would then silently keep
  // the window (no reload, no close) without asking: ask here, and leave only if the clerk says so.
  win.webContents.on('will-prevent-unload', (event) => {
    const choice = dialog.showMessageBoxSync(win, {
      type: 'question',
      title: APP_TITLE,
      message: '离开本页面？',
      detail: '本页面有尚未保存的内容，离开后将丢失。',
      buttons: ['留在本页', '放弃修改并离开'],
      defaultId: 0,
      cancelId: 0,
      noLink: true,
    });
    if (choice === 1) event.preventDefault();
  });

  win.loadURL(DEV_SERVER_URL ?? APP_ENTRY_URL).catch(showLoadFailure);
  return win;
}

function focusMainWindow(): void {
  if (!mainWindow) return;
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.show();
  mainWindow.focus();
}

// Two copies writing the same IndexedDB would interleave their change logs: the second
// launch hands over to the first window instead.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', focusMainWindow);
  app.on('before-quit', () => {
    quitRequested = true;
  });
  app.on('web-contents-created', (_event, contents) => lockDownContents(contents, DEV_SERVER_ORIGIN, openInBrowser));

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });

  app.on('activate', () => {
    if (app.isReady() && BrowserWindow.getAllWindows().length === 0) mainWindow = createMainWindow();
  });

  app
    .whenReady()
    .then(async () => {
      lockDownSession(session.defaultSession, DEV_SERVER_ORIGIN);
      installCertificateVerifier(session.defaultSession);
      registerAppProtocol(protocol, RENDERER_DIR);
      registerHostHandlers();
      registerSupportHandlers();
      Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenuTemplate({ showAbout, openLogFolder: () => void openLogFolder() })));
      await allowSavedSyncServer();
      mainWindow = createMainWindow();
    })
    .catch((error: unknown) => {
      console.error('[main] startup failed', error);
      dialog.showErrorBox(`${APP_TITLE}无法启动`, error instanceof Error ? error.message : String(error));
      app.exit(1);
    });
}

import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

// main.ts runs on import; this fake Electron records what it does, in order. boot() re-imports it
// on a fresh fake so each scenario (first start, saved window, second instance) starts clean.
const fake = vi.hoisted(() => {
  const state = {
    calls: [] as string[],
    windows: [] as FakeWindow[],
    appListeners: new Map<string, (...args: unknown[]) => void>(),
    paths: new Map<string, string>(),
    lockGranted: true,
    openedPaths: [] as string[],
    messageBoxChoice: 0,
  };
  class FakeWindow {
    options: Record<string, unknown>;
    url?: string;
    listeners = new Map<string, (...args: unknown[]) => void>();
    // Already gone, so closing does not wait for the renderer's last backup (not part of these tests).
    contentsListeners = new Map<string, (...args: unknown[]) => void>();
    webContents = {
      isDestroyed: () => true,
      isCrashed: () => false,
      send: () => {},
      on: (name: string, listener: (...args: unknown[]) => void) => this.contentsListeners.set(name, listener),
    };
    isDestroyed() {
      return false;
    }
    maximized = false;
    normalBounds = { x: 0, y: 0, width: 0, height: 0 };
    constructor(options: Record<string, unknown>) {
      this.options = options;
      state.windows.push(this);
      state.calls.push('new BrowserWindow');
    }
    static getAllWindows() {
      return state.windows;
    }
    maximize() {
      this.maximized = true;
    }
    isMaximized() {
      return this.maximized;
    }
    getNormalBounds() {
      return this.normalBounds;
    }
    isMinimized() {
      return false;
    }
    restore() {}
    show() {}
    focus() {
      state.calls.push('focus');
    }
    once(event: string, listener: (...args: unknown[]) => void) {
      this.listeners.set(event, listener);
    }
    on(event: string, listener: (...args: unknown[]) => void) {
      this.listeners.set(event, listener);
    }
    loadURL(url: string) {
      this.url = url;
      state.calls.push(`loadURL ${url}`);
      return Promise.resolve();
    }
  }
  const electron = {
    app: {
      isPackaged: true,
      setPath: (name: string, value: string) => {
        state.paths.set(name, value);
        state.calls.push(`setPath ${name} ${value}`);
      },
      getPath: (name: string) => state.paths.get(name) ?? `/nonexistent/${name}`,
      getName: () => '法治台账',
      setAppUserModelId: (id: string) => state.calls.push(`setAppUserModelId ${id}`),
      enableSandbox: () => state.calls.push('enableSandbox'),
      requestSingleInstanceLock: () => {
        state.calls.push('requestSingleInstanceLock');
        return state.lockGranted;
      },
      on: (event: string, listener: (...args: unknown[]) => void) => {
        state.appListeners.set(event, listener);
        state.calls.push(`app.on ${event}`);
      },
      whenReady: () => Promise.resolve(),
      isReady: () => true,
      getVersion: () => '0.1.0',
      quit: () => state.calls.push('quit'),
      exit: () => state.calls.push('exit'),
    },
    // No saved sync account in these tests: only its encryption's presence is asked for.
    safeStorage: {},
    protocol: {
      registerSchemesAsPrivileged: (schemes: unknown) => state.calls.push(`registerSchemesAsPrivileged ${JSON.stringify(schemes)}`),
      handle: (scheme: string) => state.calls.push(`protocol.handle ${scheme}`),
    },
    session: {
      defaultSession: {
        setPermissionRequestHandler: () => state.calls.push('setPermissionRequestHandler'),
        setPermissionCheckHandler: () => state.calls.push('setPermissionCheckHandler'),
        setDevicePermissionHandler: () => state.calls.push('setDevicePermissionHandler'),
        setCertificateVerifyProc: () => state.calls.push('setCertificateVerifyProc'),
      },
    },
    Menu: { buildFromTemplate: (template: unknown) => template, setApplicationMenu: () => state.calls.push('setApplicationMenu') },
    screen: { getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1040 } }] },
    BrowserWindow: FakeWindow,
    ipcMain: { handle: (channel: string) => state.calls.push(`ipcMain.handle ${channel}`) },
    dialog: {
      showErrorBox: () => state.calls.push('showErrorBox'),
      showMessageBox: async () => ({}),
      showMessageBoxSync: (_win: unknown, options: { buttons: string[] }) => {
        state.calls.push(`showMessageBoxSync ${options.buttons.join('/')}`);
        return state.messageBoxChoice;
      },
      showSaveDialog: async () => ({}),
    },
    shell: {
      openExternal: async () => {},
      showItemInFolder: () => {},
      openPath: async (p: string) => {
        state.openedPaths.push(p);
        return '';
      },
    },
  };
  return { state, electron };
});

vi.mock('electron', () => fake.electron);

let appData: string;
const userData = () => path.join(appData, 'fazhi-ledger');
const originalConsole = { warn: console.warn, error: console.error };

/** Imports main.ts afresh on a clean fake and lets its whenReady() chain run. */
async function boot(options: { lockGranted?: boolean; windowState?: unknown } = {}) {
  const { state } = fake;
  state.calls.length = 0;
  state.windows.length = 0;
  state.appListeners.clear();
  state.paths.clear();
  state.paths.set('appData', appData);
  state.lockGranted = options.lockGranted ?? true;
  rmSync(userData(), { recursive: true, force: true });
  if (options.windowState !== undefined) {
    mkdirSync(userData(), { recursive: true });
    writeFileSync(path.join(userData(), 'window-state.json'), JSON.stringify(options.windowState));
  }
  vi.resetModules();
  await import('./main');
  // The chain reads the saved sync account (a file that is not there) before it opens the window: wait for the window
  // (none comes when the single-instance lock is refused), then one more turn for what follows its creation.
  for (let i = 0; i < 200 && state.lockGranted && state.windows.length === 0; i++) await new Promise((resolve) => setTimeout(resolve, 10));
  await new Promise((resolve) => setTimeout(resolve, 20));
  return state;
}

beforeAll(() => {
  // Quiet: what main prints is asserted through the log file instead.
  console.warn = () => {};
  console.error = () => {};
  appData = mkdtempSync(path.join(tmpdir(), 'fazhi-main-test-'));
  vi.stubEnv('VITE_DEV_SERVER_URL', 'http://localhost:5173/');
  vi.stubEnv('FAZHI_USER_DATA', path.join(appData, 'elsewhere'));
});

afterAll(() => {
  vi.unstubAllEnvs();
  // main.ts wraps console.warn/error for the support log; give the worker its console back.
  console.warn = originalConsole.warn;
  console.error = originalConsole.error;
  rmSync(appData, { recursive: true, force: true });
});

describe('main process start-up', () => {
  let calls: string[];
  const indexOf = (prefix: string) => calls.findIndex((call) => call.startsWith(prefix));

  beforeAll(async () => {
    calls = [...(await boot()).calls];
  });

  it('registers app:// as a privileged scheme before the app is ready', () => {
    const call = calls.find((c) => c.startsWith('registerSchemesAsPrivileged'));
    const [scheme] = JSON.parse(call!.slice('registerSchemesAsPrivileged '.length));
    expect(scheme.scheme).toBe('app');
    expect(scheme.privileges).toMatchObject({
      standard: true,
      secure: true,
      supportFetchAPI: true,
      corsEnabled: false,
      stream: true,
    });
    expect(indexOf('registerSchemesAsPrivileged')).toBeLessThan(indexOf('protocol.handle'));
  });

  it('pins userData to <appData>/fazhi-ledger before taking the single-instance lock, which lives in it', () => {
    expect(calls).toContain(`setPath userData ${userData()}`);
    expect(indexOf('setPath userData')).toBeLessThan(indexOf('requestSingleInstanceLock'));
  });

  it('ignores FAZHI_USER_DATA in a packaged app (only the e2e suite may move the profile)', () => {
    expect(calls.filter((c) => c.startsWith('setPath userData'))).toEqual([`setPath userData ${userData()}`]);
  });

  it('enables the sandbox for every renderer', () => {
    expect(calls).toContain('enableSandbox');
  });

  it('locks down the session and serves app:// before opening the window', () => {
    const windowAt = indexOf('new BrowserWindow');
    expect(indexOf('setPermissionRequestHandler')).toBeLessThan(windowAt);
    expect(indexOf('setPermissionCheckHandler')).toBeLessThan(windowAt);
    expect(indexOf('setDevicePermissionHandler')).toBeLessThan(windowAt);
    expect(indexOf('protocol.handle app')).toBeLessThan(windowAt);
    expect(indexOf('app.on web-contents-created')).toBeLessThan(windowAt);
  });

  it('registers every host API channel', () => {
    for (const channel of ['host:getAppInfo', 'host:saveFile', 'host:openExternal', 'host:showItemInFolder', 'host:openLogFolder']) {
      expect(calls).toContain(`ipcMain.handle ${channel}`);
    }
  });

  it('opens one hidden, sandboxed window of the agreed size', () => {
    expect(fake.state.windows).toHaveLength(1);
    const { options } = fake.state.windows[0];
    expect(options).toMatchObject({ width: 1366, height: 768, minWidth: 1024, minHeight: 700, title: '法治台账', show: false });
    expect(options.x).toBeUndefined();
    expect(options.webPreferences).toMatchObject({ sandbox: true, contextIsolation: true, nodeIntegration: false, webSecurity: true });
    expect(String((options.webPreferences as { preload: string }).preload)).toMatch(/preload\.cjs$/);
  });

  it('loads app://fazhi and ignores VITE_DEV_SERVER_URL in a packaged app', () => {
    expect(fake.state.windows[0].url).toBe('app://fazhi/index.html');
  });

  it('starts the support log in userData/logs with a start line', () => {
    const log = readFileSync(path.join(userData(), 'logs', 'main.log'), 'utf8');
    expect(log).toMatch(/\[info\] start 法治台账 0\.1\.0/);
  });

  it('writes main-process warnings to the support log', () => {
    console.warn('[test] a warning for support');
    expect(readFileSync(path.join(userData(), 'logs', 'main.log'), 'utf8')).toContain('[warn] [test] a warning for support');
  });

  it('records crashed renderers in the log', () => {
    const gone = fake.state.appListeners.get('render-process-gone')!;
    gone({}, { getURL: () => 'app://fazhi/index.html' }, { reason: 'oom', exitCode: 9 });
    expect(readFileSync(path.join(userData(), 'logs', 'main.log'), 'utf8')).toContain("reason: 'oom'");
  });

  it('focuses the existing window when the app is launched again', () => {
    fake.state.calls.length = 0;
    fake.state.appListeners.get('second-instance')!();
    expect(fake.state.calls).toContain('focus');
    expect(fake.state.windows).toHaveLength(1);
  });

  it('asks before a page with unsaved changes unloads, and unloads only when the clerk chooses to leave', () => {
    const win = fake.state.windows[0];
    const unload = win.contentsListeners.get('will-prevent-unload')!;
    for (const [choice, left] of [
      [0, false],
      [1, true],
    ] as const) {
      fake.state.messageBoxChoice = choice;
      let prevented = false;
      unload({ preventDefault: () => (prevented = true) });
      // preventDefault() on this event overrides the page's refusal: the page unloads.
      expect(prevented).toBe(left);
    }
    expect(fake.state.calls).toContain('showMessageBoxSync 留在本页/放弃修改并离开');
  });

  it('remembers the window size and position on close', () => {
    const win = fake.state.windows[0];
    win.normalBounds = { x: 120.4, y: 80, width: 1200, height: 760 };
    win.maximized = true;
    win.listeners.get('close')!({ preventDefault: () => {} });
    expect(JSON.parse(readFileSync(path.join(userData(), 'window-state.json'), 'utf8'))).toEqual({
      x: 120,
      y: 80,
      width: 1200,
      height: 760,
      maximized: true,
    });
  });
});

describe('the next start', () => {
  it('reopens the window where it was left', async () => {
    const state = await boot({ windowState: { x: 120, y: 80, width: 1200, height: 760, maximized: false } });
    expect(state.windows[0].options).toMatchObject({ x: 120, y: 80, width: 1200, height: 760 });
    expect(state.windows[0].maximized).toBe(false);
  });

  it('reopens maximised when it was closed maximised', async () => {
    const state = await boot({ windowState: { x: 0, y: 0, width: 1366, height: 768, maximized: true } });
    expect(state.windows[0].maximized).toBe(true);
  });

  it('centres a window that was left on a monitor no longer attached', async () => {
    const state = await boot({ windowState: { x: 4000, y: 100, width: 1200, height: 760, maximized: false } });
    expect(state.windows[0].options.x).toBeUndefined();
    expect(state.windows[0].options).toMatchObject({ width: 1200, height: 760 });
  });
});

describe('a second instance', () => {
  it('quits at once and opens no window of its own', async () => {
    const state = await boot({ lockGranted: false });
    expect(state.calls).toContain('quit');
    expect(state.windows).toHaveLength(0);
    expect(state.calls.some((c) => c.startsWith('ipcMain.handle'))).toBe(false);
    expect(existsSync(path.join(userData(), 'window-state.json'))).toBe(false);
  });
});

import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

// main.ts runs on import; this fake Electron records what it does, in order.
const fake = vi.hoisted(() => {
  const calls: string[] = [];
  const windows: { options: Record<string, unknown>; url?: string }[] = [];
  let resolveReady: () => void = () => {};
  const ready = new Promise<void>((resolve) => {
    resolveReady = resolve;
  });
  class BrowserWindow {
    options: Record<string, unknown>;
    url?: string;
    constructor(options: Record<string, unknown>) {
      this.options = options;
      windows.push(this);
      calls.push('new BrowserWindow');
    }
    static getAllWindows() {
      return windows;
    }
    maximize() {}
    once() {}
    on() {}
    loadURL(url: string) {
      this.url = url;
      calls.push(`loadURL ${url}`);
      return Promise.resolve();
    }
  }
  const electron = {
    app: {
      isPackaged: true,
      setPath: (name: string, value: string) => calls.push(`setPath ${name} ${value}`),
      getPath: (name: string) => (name === 'appData' ? '/home/clerk/.config' : `/tmp/fazhi-main-test-${name}`),
      setAppUserModelId: () => {},
      enableSandbox: () => calls.push('enableSandbox'),
      requestSingleInstanceLock: () => {
        calls.push('requestSingleInstanceLock');
        return true;
      },
      on: (event: string) => calls.push(`app.on ${event}`),
      whenReady: () => ready,
      isReady: () => true,
      getVersion: () => '0.1.0',
      quit: () => calls.push('quit'),
      exit: () => {},
    },
    protocol: {
      registerSchemesAsPrivileged: (schemes: unknown) => calls.push(`registerSchemesAsPrivileged ${JSON.stringify(schemes)}`),
      handle: (scheme: string) => calls.push(`protocol.handle ${scheme}`),
    },
    session: {
      defaultSession: {
        setPermissionRequestHandler: () => calls.push('setPermissionRequestHandler'),
        setPermissionCheckHandler: () => calls.push('setPermissionCheckHandler'),
        setDevicePermissionHandler: () => {},
      },
    },
    Menu: { buildFromTemplate: (template: unknown) => template, setApplicationMenu: () => calls.push('setApplicationMenu') },
    screen: { getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1040 } }] },
    BrowserWindow,
    ipcMain: { handle: (channel: string) => calls.push(`ipcMain.handle ${channel}`) },
    dialog: { showErrorBox: () => calls.push('showErrorBox'), showMessageBox: async () => ({}), showSaveDialog: async () => ({}) },
    shell: { openExternal: async () => {}, showItemInFolder: () => {} },
  };
  return { calls, windows, electron, resolveReady };
});

vi.mock('electron', () => fake.electron);

beforeAll(async () => {
  vi.stubEnv('VITE_DEV_SERVER_URL', 'http://localhost:5173/');
  await import('./main');
  fake.resolveReady();
  await new Promise((resolve) => setTimeout(resolve, 0));
});

afterAll(() => {
  vi.unstubAllEnvs();
});

function indexOf(prefix: string): number {
  return fake.calls.findIndex((call) => call.startsWith(prefix));
}

describe('main process start-up', () => {
  it('registers app:// as a privileged scheme before the app is ready', () => {
    const call = fake.calls.find((c) => c.startsWith('registerSchemesAsPrivileged'));
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

  it('pins userData before taking the single-instance lock, which lives in it', () => {
    expect(fake.calls).toContain('setPath userData /home/clerk/.config/fazhi-ledger');
    expect(indexOf('setPath userData')).toBeLessThan(indexOf('requestSingleInstanceLock'));
  });

  it('locks down the session and serves app:// before opening the window', () => {
    const windowAt = indexOf('new BrowserWindow');
    expect(indexOf('setPermissionRequestHandler')).toBeLessThan(windowAt);
    expect(indexOf('setPermissionCheckHandler')).toBeLessThan(windowAt);
    expect(indexOf('protocol.handle app')).toBeLessThan(windowAt);
    expect(indexOf('app.on web-contents-created')).toBeLessThan(windowAt);
  });

  it('registers every host API channel', () => {
    for (const channel of ['host:getAppInfo', 'host:saveFile', 'host:openExternal', 'host:showItemInFolder']) {
      expect(fake.calls).toContain(`ipcMain.handle ${channel}`);
    }
  });

  it('opens one hidden, sandboxed window of the agreed size', () => {
    expect(fake.windows).toHaveLength(1);
    const { options } = fake.windows[0];
    expect(options).toMatchObject({ width: 1366, height: 768, minWidth: 1024, minHeight: 700, title: '法治台账', show: false });
    expect(options.webPreferences).toMatchObject({ sandbox: true, contextIsolation: true, nodeIntegration: false });
    expect(String((options.webPreferences as { preload: string }).preload)).toMatch(/preload\.cjs$/);
  });

  it('loads app://fazhi and ignores VITE_DEV_SERVER_URL in a packaged app', () => {
    expect(fake.windows[0].url).toBe('app://fazhi/index.html');
  });
});

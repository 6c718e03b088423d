import { expect, test } from '@playwright/test';
import { electronSkipReason, launchApp, openedExternally, removeDir, stubOpenExternal, type LaunchedApp } from './launch';

// Electron's security checklist, checked in the running app (unit tests check each piece alone:
// electron/window-options.test.ts, lockdown.test.ts, protocol.test.ts, ipc.test.ts).
const skipReason = electronSkipReason();
test.skip(skipReason !== null, skipReason ?? '');

let launched: LaunchedApp;

test.beforeEach(async () => {
  launched = await launchApp();
});

test.afterEach(async () => {
  await launched.close();
  removeDir(launched.userData);
});

test('the page has no Node and only the host API crosses the bridge', async () => {
  const { window } = launched;
  const seen = await window.evaluate(() => {
    const w = window as unknown as Record<string, unknown>;
    const host = (w.fazhiHost ?? {}) as Record<string, unknown>;
    return {
      node: ['require', 'process', 'module', 'exports', 'Buffer', 'global', 'ipcRenderer', 'electron'].filter((name) => name in w),
      hostKeys: Object.keys(host),
      nonFunctions: Object.keys(host).filter((key) => typeof host[key] !== 'function'),
      frozen: Object.isFrozen(host),
    };
  });
  // nodeIntegration off + contextIsolation on + sandbox: none of Node's globals reach the page.
  expect(seen.node).toEqual([]);
  expect(seen.hostKeys).toEqual(expect.arrayContaining(['getAppInfo', 'saveFile', 'openExternal', 'showItemInFolder', 'openLogFolder']));
  // Only methods: no ipcRenderer, no generic invoke/send that would let the page reach any channel.
  expect(seen.nonFunctions).toEqual([]);
  for (const forbidden of ['invoke', 'send', 'sendSync', 'on', 'ipcRenderer']) expect(seen.hostKeys).not.toContain(forbidden);
  // contextBridge hands the page a frozen copy.
  expect(seen.frozen).toBe(true);
});

test('the window runs app://fazhi in a sandboxed renderer', async () => {
  const { app } = launched;
  const info = await app.evaluate(({ BrowserWindow, app: electronApp }) => {
    const windows = BrowserWindow.getAllWindows();
    const renderers = electronApp.getAppMetrics().filter((metric) => metric.type === 'Tab');
    return {
      count: windows.length,
      url: windows[0].webContents.getURL(),
      platform: process.platform,
      sandboxed: renderers.map((metric) => metric.sandboxed),
    };
  });
  expect(info.count).toBe(1);
  expect(info.url).toMatch(/^app:\/\/fazhi\/index\.html/);
  // Electron reports OS-level sandboxing on Windows and macOS only.
  if (info.platform !== 'linux') expect(info.sandboxed.every((s) => s === true)).toBe(true);
});

test('every app:// response carries the strict CSP, and scripts cannot be evaluated or injected', async () => {
  const { window } = launched;
  const result = await window.evaluate(async () => {
    const res = await fetch('/index.html');
    let evalBlocked = false;
    try {
      // biome-ignore lint/security/noGlobalEval: the test proves that the CSP blocks eval.
      globalThis.eval('1 + 1');
    } catch {
      evalBlocked = true;
    }
    const script = document.createElement('script');
    script.textContent = 'window.__inlineRan = true;';
    document.body.appendChild(script);
    await new Promise((resolve) => setTimeout(resolve, 50));
    return {
      csp: res.headers.get('content-security-policy'),
      nosniff: res.headers.get('x-content-type-options'),
      evalBlocked,
      inlineRan: (window as unknown as { __inlineRan?: boolean }).__inlineRan === true,
    };
  });
  expect(result.csp).toContain("script-src 'self'");
  expect(result.csp).toContain("object-src 'none'");
  expect(result.csp).toContain("frame-ancestors 'none'");
  expect(result.nosniff).toBe('nosniff');
  expect(result.evalBlocked).toBe(true);
  expect(result.inlineRan).toBe(false);
});

test('app:// serves only files inside the app, to GET', async () => {
  const { window } = launched;
  const statuses = await window.evaluate(async () => {
    const status = (url: string, init?: RequestInit) =>
      fetch(url, init).then(
        (r) => r.status,
        () => -1,
      );
    return {
      index: await status('/index.html'),
      post: await status('/index.html', { method: 'POST', body: 'x' }),
      missing: await status('/no-such-file.js'),
      // Chromium resolves /../ and %2e%2e before the handler sees them (they ask for files under
      // dist/renderer that do not exist: 404); encoded separators reach the handler, which refuses them (403).
      traversal: await Promise.all(
        [
          '/../../package.json',
          '/%2e%2e/%2e%2e/package.json',
          '/..%2f..%2fpackage.json',
          '/..%5c..%5cpackage.json',
          '/assets/..%2f..%2f..%2fpackage.json',
        ].map((url) => status(url)),
      ),
      encoded: await Promise.all(['/..%2f..%2fpackage.json', '/..%5c..%5cpackage.json'].map((url) => status(url))),
    };
  });
  expect(statuses.index).toBe(200);
  expect(statuses.post).toBe(405);
  expect(statuses.missing).toBe(404);
  for (const code of statuses.traversal) expect([403, 404]).toContain(code);
  expect(statuses.encoded).toEqual([403, 403]);
});

test('links never navigate the app: web links open in the system browser, others are refused', async () => {
  const { app, window } = launched;
  await stubOpenExternal(app);
  const before = window.url();

  await window.evaluate(() => {
    const add = (id: string, href: string, blank: boolean) => {
      const a = document.createElement('a');
      a.id = id;
      a.href = href;
      a.textContent = id;
      if (blank) a.target = '_blank';
      a.style.cssText = 'position:fixed;top:0;left:0;z-index:99999;display:block;padding:4px;background:#fff';
      document.body.appendChild(a);
    };
    add('blank-link', 'https://example.com/blank', true);
    add('plain-link', 'https://example.com/plain', false);
    add('file-link', 'file:///etc/passwd', false);
  });
  await window.locator('#blank-link').click();
  await window.locator('#blank-link').evaluate((el) => el.remove());
  await window.locator('#plain-link').click();
  await window.locator('#plain-link').evaluate((el) => el.remove());
  await window.locator('#file-link').click();
  await window.evaluate(() => {
    globalThis.open('https://example.com/window-open');
    globalThis.open('javascript:alert(1)');
  });

  await expect
    .poll(() => openedExternally(app))
    .toEqual(['https://example.com/blank', 'https://example.com/plain', 'https://example.com/window-open']);
  expect(window.url()).toBe(before);
  expect(await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(1);
  await expect(window.getByText('法治台账').first()).toBeVisible();
});

test('IPC payloads are validated: bad requests are refused in the main process', async () => {
  const { app, window } = launched;
  await stubOpenExternal(app);
  const result = await window.evaluate(async () => {
    const host = (window as unknown as { fazhiHost: Record<string, (...args: unknown[]) => Promise<unknown>> }).fazhiHost;
    const outcome = (p: Promise<unknown>) =>
      p.then(
        (value) => ({ value }),
        (error: Error) => ({ error: String(error.message) }),
      );
    return {
      fileUrl: await outcome(host.openExternal('file:///etc/passwd')),
      notAString: await outcome(host.openExternal(42)),
      badSave: await outcome(host.saveFile({ suggestedName: '', data: 'not bytes', filters: [] })),
      relativePath: await outcome(host.showItemInFolder('relative/path')),
    };
  });
  expect(result.fileUrl).toEqual({ value: false });
  expect(result.notAString).toEqual({ error: expect.stringContaining('请求参数无效') });
  expect(result.badSave).toEqual({ error: expect.stringContaining('请求参数无效') });
  expect(result.relativePath).toEqual({ error: expect.stringContaining('路径无效') });
  expect(await openedExternally(app)).toEqual([]);
});

test('web permissions are denied by default', async () => {
  const { window } = launched;
  const result = await window.evaluate(async () => ({
    geolocation: (await navigator.permissions.query({ name: 'geolocation' })).state,
    notifications: await Notification.requestPermission(),
    camera: await navigator.mediaDevices.getUserMedia({ video: true }).then(
      () => 'granted',
      (error: Error) => error.name,
    ),
  }));
  expect(result.geolocation).toBe('denied');
  expect(result.notifications).toBe('denied');
  expect(result.camera).not.toBe('granted');
});

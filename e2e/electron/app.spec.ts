import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
// @ts-expect-error: a plain .mjs module shared with `npm start`
import { findElectronBinary } from '../../scripts/electron-binary.mjs';
import { APP_ROOT, electronSkipReason, launchApp, removeDir } from './launch';

const skipReason = electronSkipReason();
test.skip(skipReason !== null, skipReason ?? '');

test('the window is locked down and the first screen renders', async () => {
  const { app, window, userData, close } = await launchApp();
  try {
    const url = await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0].webContents.getURL());
    expect(url.startsWith('app://fazhi/')).toBe(true);
    await expect(window.getByText('法治台账').first()).toBeVisible();
    // No Node in the page (nodeIntegration off, sandbox on), and only the small host API crosses the bridge.
    const exposed = await window.evaluate(() => {
      const w = window as unknown as Record<string, unknown>;
      return { require: typeof w.require, process: typeof w.process, host: Object.keys((w.fazhiHost as object) ?? {}).sort() };
    });
    expect(exposed.require).toBe('undefined');
    expect(exposed.process).toBe('undefined');
    // security.spec.ts checks the bridge in detail; here only that the preload ran.
    expect(exposed.host).toEqual(expect.arrayContaining(['getAppInfo', 'openExternal', 'saveFile', 'showItemInFolder', 'openLogFolder']));
  } finally {
    await close();
    removeDir(userData);
  }
});

test('data survives a restart', async () => {
  const first = await launchApp();
  try {
    await first.window.getByRole('textbox', { name: '使用人姓名' }).fill('张明');
    await first.window.getByRole('button', { name: /确\s*定/ }).click();
    await expect(first.window.getByText('当前使用人：张明')).toBeVisible();
  } finally {
    await first.close();
  }
  const second = await launchApp(first.userData);
  try {
    await expect(second.window.getByText('当前使用人：张明')).toBeVisible();
  } finally {
    await second.close();
    removeDir(first.userData);
  }
});

test('the window comes back at the size and place it was left', async () => {
  const first = await launchApp();
  const bounds = { x: 40, y: 30, width: 1100, height: 720 };
  try {
    await first.app.evaluate(({ BrowserWindow }, b) => BrowserWindow.getAllWindows()[0].setBounds(b), bounds);
  } finally {
    await first.close();
  }
  expect(JSON.parse(readFileSync(path.join(first.userData, 'window-state.json'), 'utf8'))).toMatchObject({ width: 1100, height: 720 });
  const second = await launchApp(first.userData);
  try {
    const restored = await second.app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0].getNormalBounds());
    // Window managers may nudge the position by a frame; the size is exact.
    expect({ width: restored.width, height: restored.height }).toEqual({ width: 1100, height: 720 });
  } finally {
    await second.close();
    removeDir(first.userData);
  }
});

test('a second launch hands over to the running window and exits', async () => {
  const first = await launchApp();
  try {
    const { binary } = findElectronBinary(APP_ROOT) as { binary: { executable: string } };
    const exitCode = await new Promise<number | null>((resolve, reject) => {
      const child = spawn(binary.executable, [APP_ROOT], {
        cwd: APP_ROOT,
        env: { ...process.env, FAZHI_USER_DATA: first.userData },
        stdio: 'ignore',
      });
      const timer = setTimeout(() => {
        child.kill();
        reject(new Error('the second instance did not exit within 30 s'));
      }, 30_000);
      child.on('exit', (code) => {
        clearTimeout(timer);
        resolve(code);
      });
    });
    expect(exitCode).toBe(0);
    expect(await first.app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(1);
  } finally {
    await first.close();
    removeDir(first.userData);
  }
});

test('帮助 → 关于 names the version, and the menus are in Chinese', async () => {
  const { app, userData, close } = await launchApp();
  try {
    const menus = await app.evaluate(({ Menu }) => Menu.getApplicationMenu()?.items.map((item) => item.label) ?? []);
    expect(menus).toEqual(['文件(&F)', '编辑(&E)', '视图(&V)', '帮助(&H)']);
    const about = await app.evaluate(async ({ Menu, dialog, app: electronApp }) => {
      let shown: { title?: string; detail?: string } | undefined;
      dialog.showMessageBox = (async (...args: unknown[]) => {
        shown = args[args.length - 1] as { title?: string; detail?: string };
        return { response: 0, checkboxChecked: false };
      }) as typeof dialog.showMessageBox;
      const help = Menu.getApplicationMenu()!.items.find((item) => item.label === '帮助(&H)')!;
      help.submenu!.items.find((item) => item.label === '关于')!.click();
      await new Promise((resolve) => setTimeout(resolve, 100));
      return { shown, version: electronApp.getVersion() };
    });
    expect(about.shown?.title).toBe('关于法治台账');
    expect(about.shown?.detail).toContain(`版本：${about.version}`);
  } finally {
    await close();
    removeDir(userData);
  }
});

test('problems are written to the support log under userData/logs', async () => {
  const { app, userData, close } = await launchApp();
  try {
    await app.evaluate(() => console.warn('[e2e] a warning for the support log'));
  } finally {
    await close();
  }
  try {
    const log = path.join(userData, 'logs', 'main.log');
    expect(existsSync(log)).toBe(true);
    const text = readFileSync(log, 'utf8');
    expect(text).toMatch(/\[info\] start /);
    expect(text).toContain('[warn] [e2e] a warning for the support log');
  } finally {
    removeDir(userData);
  }
});

// Needs <SupportSettings /> on the 设置 page (renderer/src/features/settings/SupportSettings.tsx).
test('设置 → 打开日志文件夹 shows userData/logs in the file manager', async () => {
  const { app, window, userData, close } = await launchApp();
  try {
    await app.evaluate(({ shell }) => {
      const g = globalThis as unknown as { __openedPaths: string[] };
      g.__openedPaths = [];
      shell.openPath = async (p: string) => {
        g.__openedPaths.push(p);
        return '';
      };
    });
    await window.getByRole('textbox', { name: '使用人姓名' }).fill('张明');
    await window.getByRole('button', { name: /确\s*定/ }).click();
    await window.getByRole('menuitem', { name: '设置' }).click();
    await window.getByRole('button', { name: /打开日志文件夹/ }).click();
    await expect
      .poll(() => app.evaluate(() => (globalThis as unknown as { __openedPaths: string[] }).__openedPaths))
      .toEqual([path.join(userData, 'logs')]);
  } finally {
    await close();
    removeDir(userData);
  }
});

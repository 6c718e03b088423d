import { expect, test } from '@playwright/test';
import { electronSkipReason, launchApp, removeDir } from './launch';

const skipReason = electronSkipReason();
if (skipReason) console.log(`Electron e2e skipped: ${skipReason}`);
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
    expect(exposed).toEqual({ require: 'undefined', process: 'undefined', host: ['getAppInfo', 'openExternal', 'saveFile', 'showItemInFolder'] });
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

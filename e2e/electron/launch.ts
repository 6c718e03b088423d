import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { _electron, expect, type ElectronApplication, type Page } from '@playwright/test';
// @ts-expect-error: a plain .mjs module shared with `npm start`
import { findElectronBinary } from '../../scripts/electron-binary.mjs';

export const APP_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

let skipAnnounced = false;

/** Why the Electron suite cannot run here, or null when it can. Says it once per process, in one line. */
export function electronSkipReason(): string | null {
  const { binary } = findElectronBinary(APP_ROOT) as { binary: { ok: boolean; reason?: string } };
  if (binary.ok) return null;
  const reason = `Electron binary not available on this machine (${binary.reason}); set ELECTRON_MIRROR and run npx install-electron to run this suite`;
  if (!skipAnnounced) console.log(`Electron e2e skipped: ${reason}`);
  skipAnnounced = true;
  return reason;
}

export interface LaunchedApp {
  app: ElectronApplication;
  window: Page;
  userData: string;
  close: () => Promise<void>;
}

export function tempDir(prefix: string): string {
  return mkdtempSync(path.join(tmpdir(), prefix));
}

/**
 * Starts the built app (npm run build) with a temporary userData folder (FAZHI_USER_DATA, honoured
 * by main.ts only when unpackaged) and waits for the explicit ready signal of the first screen.
 * `env` adds to the environment, e.g. HOME to move the Documents folder on Linux.
 */
export async function launchApp(userData = tempDir('fazhi-e2e-'), env: Record<string, string> = {}): Promise<LaunchedApp> {
  const { binary } = findElectronBinary(APP_ROOT) as { binary: { executable: string } };
  const app = await _electron.launch({
    executablePath: binary.executable,
    args: [APP_ROOT],
    cwd: APP_ROOT,
    env: { ...(process.env as Record<string, string>), ...env, FAZHI_USER_DATA: userData },
    timeout: 60_000,
  });
  const window = await app.firstWindow();
  await window.waitForFunction(() => document.documentElement.dataset.ready === 'true');
  return {
    app,
    window,
    userData,
    close: async () => {
      await app.close();
    },
  };
}

export function removeDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

/** An exact-match regex for a button label, tolerating the spaces antd puts between two characters. */
export function label(text: string): RegExp {
  const chars = [...text].map((ch) => ch.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`^\\s*${chars.join('\\s*')}\\s*$`);
}

/** Answers the 使用人姓名 question a fresh profile asks (a first write to the database). */
export async function answerOperatorGate(window: Page, operator = '张明'): Promise<void> {
  const gate = window.getByRole('dialog', { name: '请填写使用人姓名' });
  await expect(gate).toBeVisible();
  await gate.getByRole('textbox', { name: '使用人姓名' }).fill(operator);
  await gate.getByRole('button', { name: label('确定') }).click();
  await expect(gate).toBeHidden();
  await expect(window.getByText(`当前使用人：${operator}`)).toBeVisible();
}

/**
 * Replaces shell.openExternal in the main process with a recorder, so no browser opens during the
 * test. main.ts looks shell.openExternal up on every call, so the stub takes effect at once.
 */
export async function stubOpenExternal(app: ElectronApplication): Promise<void> {
  await app.evaluate(({ shell }) => {
    const g = globalThis as unknown as { __openedExternally: string[] };
    g.__openedExternally = [];
    shell.openExternal = async (url: string) => {
      g.__openedExternally.push(url);
    };
  });
}

export async function openedExternally(app: ElectronApplication): Promise<string[]> {
  return app.evaluate(() => [...(globalThis as unknown as { __openedExternally: string[] }).__openedExternally]);
}

/** Makes the next save dialogs answer `filePath` and records the options they were shown with. */
export async function stubSaveDialog(app: ElectronApplication, filePath: string): Promise<void> {
  await app.evaluate(({ dialog }, target) => {
    const g = globalThis as unknown as { __saveDialogs: unknown[] };
    g.__saveDialogs = [];
    // Called as showSaveDialog(window, options) or showSaveDialog(options): record the options.
    dialog.showSaveDialog = (async (...args: unknown[]) => {
      g.__saveDialogs.push(args[args.length - 1]);
      return { canceled: false, filePath: target };
    }) as typeof dialog.showSaveDialog;
  }, filePath);
}

export async function saveDialogsShown(app: ElectronApplication): Promise<{ defaultPath?: string; filters?: { extensions: string[] }[] }[]> {
  return app.evaluate(() => (globalThis as unknown as { __saveDialogs: never[] }).__saveDialogs);
}

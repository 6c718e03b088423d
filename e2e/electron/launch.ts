import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { _electron, type ElectronApplication, type Page } from '@playwright/test';
// @ts-expect-error: a plain .mjs module shared with `npm start`
import { findElectronBinary } from '../../scripts/electron-binary.mjs';

export const APP_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Why the Electron suite cannot run here, or null when it can. */
export function electronSkipReason(): string | null {
  const { binary } = findElectronBinary(APP_ROOT) as { binary: { ok: boolean; reason?: string } };
  return binary.ok ? null : `Electron binary not available on this machine (${binary.reason}); set ELECTRON_MIRROR and run npx install-electron to run this suite`;
}

export interface LaunchedApp {
  app: ElectronApplication;
  window: Page;
  userData: string;
  close: () => Promise<void>;
}

/** Starts the built app with a temporary userData folder and waits until the first screen is rendered. */
export async function launchApp(userData = mkdtempSync(path.join(tmpdir(), 'fazhi-e2e-'))): Promise<LaunchedApp> {
  const { binary } = findElectronBinary(APP_ROOT) as { binary: { executable: string } };
  const app = await _electron.launch({
    executablePath: binary.executable,
    args: [APP_ROOT],
    env: { ...process.env, FAZHI_USER_DATA: userData },
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

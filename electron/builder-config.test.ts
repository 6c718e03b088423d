import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { APP_ID, APP_TITLE, USER_DATA_DIR_NAME } from './window-options';

// electron-builder.yml decides what clerks install; these tests pin the parts that protect their
// data and the app's security, and validate the file against electron-builder's own schema.
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
// Both come with electron-builder (a devDependency); neither ships type declarations we use.
const yaml = require('js-yaml') as { load(text: string): unknown };
const { validateConfiguration } = require('app-builder-lib/out/util/config/config.js') as {
  validateConfiguration(config: unknown, debugLogger: { isEnabled: boolean; add(): void }): Promise<void>;
};

interface Target {
  target: string;
  arch: string[];
}
// biome-ignore lint/suspicious/noExplicitAny: the parsed YAML is untyped; the assertions below check its shape.
const config = yaml.load(readFileSync(path.join(ROOT, 'electron-builder.yml'), 'utf8')) as Record<string, any>;
const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { name: string; productName: string; main: string };

function targets(list: Target[]): Record<string, string[]> {
  return Object.fromEntries(list.map((t) => [t.target, [...t.arch].sort()]));
}

describe('electron-builder.yml', () => {
  // Loading app-builder-lib takes seconds on a busy machine.
  it('matches electron-builder’s schema', { timeout: 60_000 }, async () => {
    await expect(validateConfiguration(config, { isEnabled: false, add: () => {} })).resolves.toBeUndefined();
  });

  it('keeps the app identity that keys the clerks’ data', () => {
    expect(config.appId).toBe(APP_ID);
    expect(config.productName).toBe(APP_TITLE);
    expect(pkg.productName).toBe(APP_TITLE);
    // userData is pinned by folder name in main.ts, independent of productName.
    expect(USER_DATA_DIR_NAME).toBe(pkg.name);
  });

  it('flips the Electron fuses', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('packs the built app into app.asar without node_modules', () => {
    expect(config.asar).toBe(true);
    expect(config.files).toEqual(expect.arrayContaining(['dist/renderer/**', 'dist-electron/**', '!node_modules/**']));
    expect(pkg.main).toBe('dist-electron/main.cjs');
  });

  it('builds a per-user NSIS installer with a choosable folder that keeps data on uninstall, and a portable exe', () => {
    expect(targets(config.win.target)).toEqual({ nsis: ['x64'], portable: ['x64'] });
    expect(config.nsis).toMatchObject({
      oneClick: false,
      perMachine: false,
      allowToChangeInstallationDirectory: true,
      deleteAppDataOnUninstall: false,
      installerLanguages: ['zh_CN'],
    });
  });

  it('builds deb and AppImage for x64 and arm64 (UOS, Kylin) with a Chinese desktop entry', () => {
    expect(targets(config.linux.target)).toEqual({ deb: ['arm64', 'x64'], AppImage: ['arm64', 'x64'] });
    expect(config.linux.desktop.entry.Name).toBe('法治台账');
    expect(config.linux.category).toBe('Office');
    // The window's WM_CLASS comes from desktopName and must name the installed .desktop file.
    expect(config.extraMetadata.desktopName).toBe(`${config.linux.executableName}.desktop`);
    expect(config.linux.syncDesktopName).toBe(true);
  });

  it('uses ASCII artifact and executable names', () => {
    for (const name of [config.win.executableName, config.linux.executableName]) expect(name).toBe('fazhi-ledger');
    for (const section of ['nsis', 'portable', 'deb', 'appImage']) expect(config[section].artifactName).toMatch(/^[\x20-\x7e]+$/);
  });

  it('has a 512×512 PNG icon for Windows and Linux', () => {
    for (const icon of [config.win.icon, config.linux.icon]) {
      const png = readFileSync(path.join(ROOT, icon));
      expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
      // IHDR: width and height as big-endian integers at bytes 16 and 20.
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([512, 512]);
    }
  });
});

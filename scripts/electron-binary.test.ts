import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ELECTRON_MIRROR_CN, findElectronBinary, locateElectronBinary, missingElectronMessage } from './electron-binary.mjs';

const electronDir = path.join('/app', 'node_modules', 'electron');
const linuxExecutable = path.join(electronDir, 'dist', 'electron');

function existing(...files: string[]) {
  return (file: string) => files.includes(file);
}

describe('locateElectronBinary', () => {
  it('finds the executable named by path.txt', () => {
    expect(locateElectronBinary({ electronDir, pathTxt: 'electron', overrideDistPath: undefined, exists: existing(linuxExecutable) })).toEqual({
      ok: true,
      executable: linuxExecutable,
    });
  });

  it('reports a package whose binary was never downloaded', () => {
    expect(locateElectronBinary({ electronDir, pathTxt: undefined, overrideDistPath: undefined, exists: existing() })).toEqual({
      ok: false,
      reason: 'not-downloaded',
    });
    expect(locateElectronBinary({ electronDir, pathTxt: '  \n', overrideDistPath: undefined, exists: existing() })).toEqual({
      ok: false,
      reason: 'not-downloaded',
    });
  });

  it('reports an executable that path.txt names but that is gone', () => {
    expect(locateElectronBinary({ electronDir, pathTxt: 'electron', overrideDistPath: undefined, exists: existing() })).toEqual({
      ok: false,
      reason: 'executable-missing',
      executable: linuxExecutable,
    });
  });

  it('reports a missing electron package', () => {
    expect(locateElectronBinary({ electronDir: undefined, pathTxt: undefined, overrideDistPath: undefined, exists: existing() })).toEqual({
      ok: false,
      reason: 'package-missing',
    });
  });

  it('honours ELECTRON_OVERRIDE_DIST_PATH like electron/index.js', () => {
    const override = path.join('/opt', 'electron-45');
    expect(
      locateElectronBinary({
        electronDir,
        pathTxt: undefined,
        overrideDistPath: override,
        exists: existing(path.join(override, 'electron')),
      }),
    ).toEqual({ ok: true, executable: path.join(override, 'electron') });
    expect(locateElectronBinary({ electronDir, pathTxt: 'electron.exe', overrideDistPath: override, exists: existing() })).toEqual({
      ok: false,
      reason: 'executable-missing',
      executable: path.join(override, 'electron.exe'),
    });
  });

  it('handles the macOS bundle path', () => {
    const mac = path.join(electronDir, 'dist', 'Electron.app/Contents/MacOS/Electron');
    expect(
      locateElectronBinary({
        electronDir,
        pathTxt: 'Electron.app/Contents/MacOS/Electron',
        overrideDistPath: undefined,
        exists: existing(mac),
      }),
    ).toEqual({ ok: true, executable: mac });
  });
});

describe('findElectronBinary', () => {
  let root: string | undefined;

  afterEach(() => {
    if (root) rmSync(root, { recursive: true, force: true });
    root = undefined;
  });

  function fakeApp(withBinary: boolean): string {
    root = mkdtempSync(path.join(tmpdir(), 'fazhi-electron-'));
    writeFileSync(path.join(root, 'package.json'), '{"name":"x"}');
    const dir = path.join(root, 'node_modules', 'electron');
    mkdirSync(path.join(dir, 'dist'), { recursive: true });
    writeFileSync(path.join(dir, 'package.json'), '{"name":"electron","version":"45.3.4"}');
    if (withBinary) {
      writeFileSync(path.join(dir, 'path.txt'), 'electron');
      writeFileSync(path.join(dir, 'dist', 'electron'), '');
    }
    return root;
  }

  it('reads path.txt and the dist folder of the app’s own electron package', () => {
    const app = fakeApp(true);
    const { electronDir: dir, binary } = findElectronBinary(app, {});
    expect(dir).toBe(path.join(app, 'node_modules', 'electron'));
    expect(binary).toEqual({ ok: true, executable: path.join(app, 'node_modules', 'electron', 'dist', 'electron') });
  });

  it('never triggers a download while looking', () => {
    const app = fakeApp(false);
    expect(findElectronBinary(app, {}).binary).toEqual({ ok: false, reason: 'not-downloaded' });
  });
});

describe('missingElectronMessage', () => {
  const message = missingElectronMessage();

  it('names the mirror variable and its value', () => {
    expect(message).toContain(`ELECTRON_MIRROR=${ELECTRON_MIRROR_CN}`);
    expect(ELECTRON_MIRROR_CN).toBe('https://npmmirror.com/mirrors/electron/');
  });

  it('tells what to run, in Chinese and in English', () => {
    expect(message).toContain('npm install');
    expect(message).toContain('npx install-electron');
    expect(message).toContain('npm run web');
    expect(message).toMatch(/未找到 Electron/);
    expect(message).toMatch(/Electron binary is missing/);
  });

  it('is one paragraph', () => {
    expect(message).not.toMatch(/\n\s*\n/);
  });
});

import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkRevealPath, isSafeFileName, isWindowsDeviceName } from './paths';

describe('isSafeFileName', () => {
  it.each(['法治台账备份_2026-11-29_183000_定时.json', '法治台账备份_2026-11-29_183000_手动_2.json', '我的备份.json', 'console.json', 'com10.json'])(
    'accepts %s',
    (name) => {
      expect(isSafeFileName(name)).toBe(true);
    },
  );

  it.each([
    ['a colon (drive, NTFS stream)', '法治台账备份_2026-11-29_18:30:00_定时.json'],
    ['a stream', 'a.json:Zone.Identifier'],
    ['a device', 'CON'],
    ['a device with an extension', 'nul.json'],
    ['a numbered device', 'COM1.json'],
    ['a printer port', 'LPT9.json'],
    ['a superscript port', 'COM¹.json'],
    ['the console input', 'CONIN$'],
    ['a device hidden by a trailing dot', 'AUX.'],
    ['a trailing dot', 'a.json.'],
    ['a trailing space', 'a.json '],
    ['a folder', 'a/b.json'],
    ['a Windows folder', 'a\\b.json'],
    ['a wildcard', 'a*.json'],
    ['a control character', 'a\u0001.json'],
    ['dot-dot', '..'],
    ['nothing', ''],
    ['an overlong name', `${'a'.repeat(252)}.json`],
  ])('refuses %s', (_label, name) => {
    expect(isSafeFileName(name)).toBe(false);
  });

  it('knows the device names in any case', () => {
    for (const name of ['con', 'Prn', 'AUX', 'nUl', 'com0', 'COM9', 'lpt1', 'conout$']) expect(isWindowsDeviceName(name)).toBe(true);
    expect(isWindowsDeviceName('conference')).toBe(false);
  });
});

describe('checkRevealPath on Windows', () => {
  const backups = 'C:\\Users\\clerk\\Documents\\法治台账备份';
  const logs = 'C:\\Users\\clerk\\AppData\\Roaming\\fazhi-ledger\\logs';
  const roots = [backups, logs, 'D:\\导出'];
  // Every local path "exists" and links nowhere, except one junction that leads out of the backup folder.
  const realpath = (p: string) =>
    p.toLowerCase().startsWith(`${backups.toLowerCase()}\\junction`) ? `C:\\Windows${p.slice(backups.length + 9)}` : p;
  const check = (input: string) => checkRevealPath(input, roots, { platform: 'win32', realpath });

  it.each([
    `${backups}\\法治台账备份_2026-11-29_183000_定时.json`,
    backups,
    `${logs}\\main.log`,
    'D:\\导出\\行政复议台账.xlsx',
    // Windows compares paths without case and takes either separator.
    'c:/users/clerk/documents/法治台账备份/x.json',
  ])('shows %s', (input) => {
    expect(check(input)).toMatchObject({ ok: true });
  });

  it('hands the file manager the resolved path', () => {
    expect(check(`${backups}\\sub\\..\\x.json`)).toEqual({ ok: true, path: `${backups}\\x.json` });
  });

  it.each([
    ['a UNC share', '\\\\server\\share\\法治台账备份\\x.json'],
    ['a UNC share with slashes', '//server/share/x.json'],
    ['a mixed UNC', '\\/server/share'],
    ['a UNC share by IP', '\\\\10.0.0.1\\c$'],
    ['a device path', '\\\\.\\COM1'],
    ['a long-path prefix', `\\\\?\\${backups}\\x.json`],
    ['a long UNC prefix', '\\\\?\\UNC\\server\\share\\x'],
    ['a file: URL', `file:///${backups.replace(/\\/g, '/')}/x.json`],
    ['a file: URL to a share', 'file://server/share/x.json'],
    ['an smb: URL', 'smb://server/share'],
    ['a relative path', '法治台账备份\\x.json'],
    ['a dot path', '.\\x.json'],
    ['a drive-relative path', 'C:x.json'],
    ['a rooted path without a drive', '\\Users\\clerk\\Documents\\法治台账备份\\x.json'],
    ['an NTFS stream', `${backups}\\x.json:hidden`],
    ['a device name inside the folder', `${backups}\\CON`],
    ['a device name with an extension', `${backups}\\nul.json`],
    ['a name with a trailing dot', `${backups}\\x.json.`],
    ['a way out by ..', `${backups}\\..\\..\\..\\..\\Windows\\System32\\calc.exe`],
    ['a folder outside', 'C:\\Windows\\System32'],
    ['a neighbour with the same prefix', `${backups}2\\x.json`],
    ['a junction out of the folder', `${backups}\\junction\\System32`],
    ['nothing', ''],
    ['a control character', `${backups}\\x\u0007.json`],
  ])('refuses %s', (_label, input) => {
    const result = check(input);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toMatch(/^路径无效：/);
  });

  it('refuses a path that does not exist', () => {
    const missing = checkRevealPath(`${backups}\\gone.json`, roots, {
      platform: 'win32',
      realpath: (p) => {
        if (p.endsWith('gone.json')) throw Object.assign(new Error('ENOENT'), { code: 'ENOENT' });
        return p;
      },
    });
    expect(missing).toEqual({ ok: false, error: '路径无效：文件或文件夹不存在。' });
  });

  it('ignores a root that is itself a network share', () => {
    expect(checkRevealPath('\\\\server\\share\\x.json', ['\\\\server\\share'], { platform: 'win32', realpath }).ok).toBe(false);
  });
});

describe('checkRevealPath on Linux, with the real file system', () => {
  const base = mkdtempSync(path.join(tmpdir(), 'fazhi-paths-'));
  const folder = path.join(base, '法治台账备份');
  mkdirSync(folder);
  writeFileSync(path.join(folder, 'a.json'), '{}');
  mkdirSync(path.join(base, 'secret'));
  writeFileSync(path.join(base, 'secret', 'key'), 'x');
  symlinkSync(path.join(base, 'secret'), path.join(folder, 'link'));
  afterAll(() => rmSync(base, { recursive: true, force: true }));
  const check = (input: string) => checkRevealPath(input, [folder, path.join(base, 'missing-root')], { platform: 'linux' });

  it('shows a file in the folder, and the folder', () => {
    expect(check(path.join(folder, 'a.json'))).toEqual({ ok: true, path: path.join(folder, 'a.json') });
    expect(check(folder)).toEqual({ ok: true, path: folder });
  });

  it.each([
    ['a symlink out of the folder', () => path.join(folder, 'link', 'key')],
    ['a way out by ..', () => `${folder}/../secret/key`],
    ['a relative path', () => 'relative/path'],
    ['a network path', () => `//server${folder}`],
    ['a file: URL', () => `file://${folder}/a.json`],
    ['a missing file', () => path.join(folder, 'gone.json')],
  ])('refuses %s', (_label, input) => {
    expect(check(input()).ok).toBe(false);
  });
});

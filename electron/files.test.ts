import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { describeWriteError, readJsonFile, sanitizeFileName, writeFileAtomic, writeFileAtomicSync, writeJsonFile } from './files';

let dir: string;

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'fazhi-files-'));
});

afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('writeFileAtomic', () => {
  it('writes a new file and leaves no temp file behind', async () => {
    const target = path.join(dir, '行政复议台账.xlsx');
    await writeFileAtomic(target, new Uint8Array([1, 2, 3]));
    expect([...readFileSync(target)]).toEqual([1, 2, 3]);
    expect(readdirSync(dir)).toEqual(['行政复议台账.xlsx']);
  });

  it('replaces an existing file', async () => {
    const target = path.join(dir, 'a.docx');
    writeFileSync(target, 'old');
    await writeFileAtomic(target, new TextEncoder().encode('new'));
    expect(readFileSync(target, 'utf8')).toBe('new');
    expect(readdirSync(dir)).toEqual(['a.docx']);
  });

  it('keeps the old file and cleans up when the rename fails', async () => {
    // Renaming a file over a non-empty directory fails on every platform.
    const target = path.join(dir, 'occupied');
    writeFileSync(path.join(dir, 'keep.txt'), 'x');
    mkdirSync(target);
    writeFileSync(path.join(target, 'inside.txt'), 'still here');
    await expect(writeFileAtomic(target, new Uint8Array([9]))).rejects.toThrow();
    expect(readFileSync(path.join(target, 'inside.txt'), 'utf8')).toBe('still here');
    expect(readdirSync(dir).sort()).toEqual(['keep.txt', 'occupied']);
  });

  it('fails without leftovers when the folder does not exist', async () => {
    await expect(writeFileAtomic(path.join(dir, 'missing', 'a.xlsx'), new Uint8Array([1]))).rejects.toMatchObject({
      code: 'ENOENT',
    });
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe('JSON settings files', () => {
  it('round-trips a value', () => {
    const file = path.join(dir, 'state.json');
    writeJsonFile(file, { width: 1366, note: '窗口' });
    expect(readJsonFile(file)).toEqual({ width: 1366, note: '窗口' });
    expect(readdirSync(dir)).toEqual(['state.json']);
  });

  it('reads a missing or corrupt file as undefined', () => {
    expect(readJsonFile(path.join(dir, 'missing.json'))).toBeUndefined();
    writeFileSync(path.join(dir, 'bad.json'), '{"width": 13');
    expect(readJsonFile(path.join(dir, 'bad.json'))).toBeUndefined();
  });

  it('writes strings synchronously and atomically', () => {
    const file = path.join(dir, 'x.txt');
    writeFileAtomicSync(file, '一');
    writeFileAtomicSync(file, '二');
    expect(readFileSync(file, 'utf8')).toBe('二');
    expect(readdirSync(dir)).toEqual(['x.txt']);
  });
});

describe('sanitizeFileName', () => {
  it.each([
    ['行政复议台账_2024.xlsx', '行政复议台账_2024.xlsx'],
    ['年度统计 2024-12-31.docx', '年度统计 2024-12-31.docx'],
    ['../../etc/passwd', '.._.._etc_passwd'],
    ['C:\\Windows\\evil.exe', 'C__Windows_evil.exe'],
    ['a<b>c:d"e|f?g*h.txt', 'a_b_c_d_e_f_g_h.txt'],
    ['name with trailing dots...', 'name with trailing dots'],
    ['  spaced  ', 'spaced'],
    ['tab\there.txt', 'tabhere.txt'],
    ['CON', '_CON'],
    ['nul.txt', '_nul.txt'],
    ['', '导出文件'],
    ['..', '导出文件'],
    ['/', '导出文件'],
  ])('%s -> %s', (input, expected) => {
    expect(sanitizeFileName(input)).toBe(expected);
  });

  it('shortens very long names but keeps the extension', () => {
    const name = sanitizeFileName(`${'台'.repeat(300)}.xlsx`);
    expect(Array.from(name)).toHaveLength(200);
    expect(name.endsWith('.xlsx')).toBe(true);
  });
});

describe('describeWriteError', () => {
  it('explains a locked file', () => {
    expect(describeWriteError(Object.assign(new Error('x'), { code: 'EBUSY' }))).toMatch(/其他程序/);
    expect(describeWriteError(Object.assign(new Error('x'), { code: 'EPERM' }))).toMatch(/写入权限/);
  });

  it('explains a full disk and falls back to the message', () => {
    expect(describeWriteError(Object.assign(new Error('x'), { code: 'ENOSPC' }))).toMatch(/磁盘空间不足/);
    expect(describeWriteError(new Error('boom'))).toBe('文件未保存：boom');
    expect(describeWriteError(null)).toBe('文件未保存：null');
  });
});

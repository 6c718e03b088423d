import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, openSync, readFileSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import { open, rename, unlink } from 'node:fs/promises';
import path from 'node:path';

function tempPathFor(target: string): string {
  // Same folder as the target, so the final rename never crosses file systems.
  return path.join(path.dirname(target), `.${path.basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
}

/**
 * Writes `data` to `target` so that the target is either the old file or the complete new
 * one, never half-written: write a temp file beside it, flush it to disk, then rename.
 */
export async function writeFileAtomic(target: string, data: Uint8Array): Promise<void> {
  const temp = tempPathFor(target);
  try {
    const handle = await open(temp, 'wx');
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, target);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw error;
  }
}

/** Synchronous twin for the few bytes written while the app is closing. */
export function writeFileAtomicSync(target: string, data: Uint8Array | string): void {
  const temp = tempPathFor(target);
  try {
    const fd = openSync(temp, 'wx');
    try {
      writeSync(fd, typeof data === 'string' ? Buffer.from(data, 'utf8') : data);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temp, target);
  } catch (error) {
    try {
      unlinkSync(temp);
    } catch {
      // The temp file was never created, or is already gone.
    }
    throw error;
  }
}

/** Reads a small JSON settings file; a missing or corrupt file reads as undefined. */
export function readJsonFile(filePath: string): unknown {
  try {
    return JSON.parse(readFileSync(filePath, 'utf8')) as unknown;
  } catch {
    return undefined;
  }
}

export function writeJsonFile(filePath: string, value: unknown): void {
  writeFileAtomicSync(filePath, `${JSON.stringify(value, null, 2)}\n`);
}

const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\..*)?$/i;
const MAX_FILE_NAME_LENGTH = 200;

/**
 * Turns a name proposed by the renderer into a plain file name valid on Windows, macOS and
 * Linux: no folders, no characters Windows forbids, no trailing dots or spaces, no device
 * names. The user can still change it in the save dialog.
 */
export function sanitizeFileName(name: string): string {
  let clean = name
    .replace(/[\u0000-\u001f\u007f]/g, '')
    .replace(/[<>:"/\\|?*]/g, '_')
    .trim()
    .replace(/[. ]+$/, '');
  const chars = Array.from(clean);
  if (chars.length > MAX_FILE_NAME_LENGTH) {
    const ext = path.extname(clean).slice(0, 16);
    clean = chars.slice(0, MAX_FILE_NAME_LENGTH - ext.length).join('') + ext;
  }
  if (clean === '' || /^[._]+$/.test(clean)) return '导出文件';
  if (WINDOWS_RESERVED.test(clean)) return `_${clean}`;
  return clean;
}

/** A message a clerk can act on, for a failed write. */
export function describeWriteError(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  switch (code) {
    case 'EBUSY':
    case 'EPERM':
    case 'EACCES':
      return '无法写入该文件：文件可能正被其他程序（如 Excel、WPS）打开，或没有写入权限。请关闭该文件后重试，或换一个位置保存。';
    case 'ENOSPC':
      return '磁盘空间不足，文件未保存。';
    case 'ENOENT':
      return '保存位置不存在，请重新选择文件夹。';
    case 'EROFS':
      return '该位置是只读的，请换一个位置保存。';
    default:
      return `文件未保存：${error instanceof Error ? error.message : String(error)}`;
  }
}

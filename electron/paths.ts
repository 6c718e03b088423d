import { realpathSync } from 'node:fs';
import path from 'node:path';

/**
 * Paths the page hands to the main process. A path from the page is never used to reach
 * anything but a local file inside a folder the app manages: on Windows, merely looking at
 * `\\server\share` makes the PC log in to that server with the clerk's password hash (NTLM),
 * and `\\.\COM1`, `\\?\…`, `CON` or `x.json:stream` reach devices and hidden streams instead of files.
 */

/** Windows device names, which Windows opens as the device whatever the folder or extension (CON.json is the console). */
const WINDOWS_DEVICE = /^(con|prn|aux|nul|conin\$|conout\$|com[0-9¹²³]|lpt[0-9¹²³])(\..*)?$/i;

/** Whether a name is a Windows device name (CON, NUL, COM1, LPT1 …, with or without an extension). */
export function isWindowsDeviceName(name: string): boolean {
  return WINDOWS_DEVICE.test(name.replace(/[. ]+$/, ''));
}

/**
 * A plain file name valid and harmless on Windows, macOS and Linux: no folder, no `:` (drive
 * letters, NTFS streams), none of `<>"|?*`, no control characters, no trailing dot or space
 * (Windows drops them, so two names would mean one file), no device name, at most 255 characters.
 */
export function isSafeFileName(name: string): boolean {
  return (
    typeof name === 'string' &&
    name.length > 0 &&
    name.length <= 255 &&
    name !== '.' &&
    name !== '..' &&
    !/[\u0000-\u001f\u007f<>:"/\\|?*]/.test(name) &&
    !/[. ]$/.test(name) &&
    !isWindowsDeviceName(name)
  );
}

export interface RevealOptions {
  /** Whose path rules apply; the running platform by default (tests check Windows' rules anywhere). */
  platform?: NodeJS.Platform;
  /** Resolves links and junctions; throws for a path that does not exist. */
  realpath?: (p: string) => string;
}

function isInside(child: string, parent: string, p: path.PlatformPath): boolean {
  const rel = p.relative(parent, child);
  return rel === '' || (!rel.startsWith('..') && !p.isAbsolute(rel));
}

/**
 * The local path to reveal in the file manager, or why not. `input` must be an absolute local
 * path that, once resolved (`..` removed) and with links followed, lies inside one of `roots`
 * (the backup folder, the log folder, the folders exports were saved to). Refused: UNC paths
 * (`\\server\share`, `//server/share`), device paths (`\\?\`, `\\.\`), URLs (`file:`), relative and
 * drive-relative paths (`C:x`), NTFS streams, device names, and anything outside the roots.
 */
export function checkRevealPath(
  input: string,
  roots: readonly string[],
  options: RevealOptions = {},
): { ok: true; path: string } | { ok: false; error: string } {
  const windows = (options.platform ?? process.platform) === 'win32';
  const p = windows ? path.win32 : path.posix;
  const realpath = options.realpath ?? ((q: string) => realpathSync(q));
  const refuse = (why: string) => ({ ok: false as const, error: `路径无效：${why}` });
  if (typeof input !== 'string' || input.length === 0 || input.length > 4096 || /[\u0000-\u001f\u007f]/.test(input)) {
    return refuse('不是有效的路径。');
  }
  // Two leading separators of either kind: a network share or a device namespace, on every platform.
  if (/^[\\/]{2}/.test(input)) return refuse('不能打开网络路径或设备路径。');
  if (/^[a-z][a-z0-9+.-]+:/i.test(input)) return refuse('不能打开网址。');
  if (windows) {
    // A drive letter and a separator, then no colon at all (a colon later names an NTFS stream).
    if (!/^[a-z]:[\\/]/i.test(input)) return refuse('只能打开本机的绝对路径。');
    if (input.indexOf(':', 2) >= 0) return refuse('路径中不能含有冒号。');
  } else if (!p.isAbsolute(input)) {
    return refuse('只能打开本机的绝对路径。');
  }
  const resolved = p.resolve(input);
  if (windows && p.parse(resolved).root.length !== 3) return refuse('只能打开本机的绝对路径。');
  if (windows && resolved.split(/[\\/]/).some((part, i) => i > 0 && part !== '' && (isWindowsDeviceName(part) || /[. ]$/.test(part)))) {
    return refuse('路径中含有设备名或以点、空格结尾的名称。');
  }
  let real: string;
  try {
    real = realpath(resolved);
  } catch {
    return refuse('文件或文件夹不存在。');
  }
  for (const root of roots) {
    if (!root || !p.isAbsolute(root) || /^[\\/]{2}/.test(root)) continue;
    let realRoot: string;
    try {
      realRoot = realpath(p.resolve(root));
    } catch {
      // A folder that does not exist holds nothing to show.
      continue;
    }
    if (isInside(resolved, p.resolve(root), p) && isInside(real, realRoot, p)) return { ok: true, path: resolved };
  }
  return refuse('只能在文件夹中显示本程序的备份、日志和导出文件。');
}

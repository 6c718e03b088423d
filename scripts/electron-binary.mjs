// Where is the Electron executable, and is it there? Mirrors node_modules/electron/index.js
// (electron 45) without its side effect: requiring 'electron' from Node starts a download
// from GitHub when the binary is absent, and prints a stack trace when that fails.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

export const ELECTRON_MIRROR_CN = 'https://npmmirror.com/mirrors/electron/';

/**
 * @typedef {{ ok: true, executable: string }
 *   | { ok: false, reason: 'package-missing' | 'not-downloaded' | 'executable-missing', executable?: string }} ElectronBinary
 */

/**
 * The decision, free of I/O.
 * @param {{
 *   electronDir: string | undefined,   // node_modules/electron, or undefined when not installed
 *   pathTxt: string | undefined,       // contents of node_modules/electron/path.txt, if any
 *   overrideDistPath: string | undefined, // ELECTRON_OVERRIDE_DIST_PATH
 *   exists: (file: string) => boolean,
 * }} input
 * @returns {ElectronBinary}
 */
export function locateElectronBinary({ electronDir, pathTxt, overrideDistPath, exists }) {
  const relative = pathTxt?.trim() || undefined;
  if (overrideDistPath) {
    // index.js honours the override before anything else, even without path.txt.
    const executable = path.join(overrideDistPath, relative ?? 'electron');
    return exists(executable) ? { ok: true, executable } : { ok: false, reason: 'executable-missing', executable };
  }
  if (!electronDir) return { ok: false, reason: 'package-missing' };
  // install.js writes path.txt only after the download was unpacked.
  if (!relative) return { ok: false, reason: 'not-downloaded' };
  const executable = path.join(electronDir, 'dist', relative);
  return exists(executable) ? { ok: true, executable } : { ok: false, reason: 'executable-missing', executable };
}

/** node_modules/electron as Node would resolve it from the app root, or undefined. */
export function resolveElectronDir(appRoot) {
  try {
    const require = createRequire(path.join(appRoot, 'package.json'));
    return path.dirname(require.resolve('electron/package.json'));
  } catch {
    return undefined;
  }
}

/** The same decision, reading the real files. */
export function findElectronBinary(appRoot, env = process.env) {
  const electronDir = resolveElectronDir(appRoot);
  let pathTxt;
  if (electronDir) {
    try {
      pathTxt = readFileSync(path.join(electronDir, 'path.txt'), 'utf8');
    } catch {
      pathTxt = undefined;
    }
  }
  return {
    electronDir,
    binary: locateElectronBinary({
      electronDir,
      pathTxt,
      overrideDistPath: env.ELECTRON_OVERRIDE_DIST_PATH || undefined,
      exists: existsSync,
    }),
  };
}

/** The one paragraph `npm start` prints when Electron cannot run here. */
export function missingElectronMessage() {
  return [
    '无法启动桌面版：未找到 Electron 运行程序（node_modules/electron 中没有可执行文件，首次启动时的自动下载也未成功，通常是因为无法访问 GitHub）。',
    `在中国大陆，请先设置下载镜像 ELECTRON_MIRROR=${ELECTRON_MIRROR_CN}`,
    `（PowerShell：$env:ELECTRON_MIRROR="${ELECTRON_MIRROR_CN}"；cmd：set ELECTRON_MIRROR=${ELECTRON_MIRROR_CN}；bash：export ELECTRON_MIRROR=${ELECTRON_MIRROR_CN}），`,
    '然后重新运行 npm install 或 npx install-electron；也可以运行 npm run web，在浏览器中使用同一个应用。',
    'Cannot start the desktop app: the Electron binary is missing (node_modules/electron has no executable and the download',
    'on first use did not succeed, usually because GitHub is unreachable). Users in China: set',
    `ELECTRON_MIRROR=${ELECTRON_MIRROR_CN} and run \`npm install\` or \`npx install-electron\` again.`,
    'Meanwhile `npm run web` runs the same app in a browser.',
  ].join('\n');
}

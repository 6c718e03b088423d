// `npm start`: build, then run the app in Electron. Where the Electron binary is missing and
// cannot be downloaded, explain what to do in one paragraph and exit 1, without a stack trace.
import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { findElectronBinary, missingElectronMessage } from './electron-binary.mjs';

const appRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function fail() {
  console.error(`\n${missingElectronMessage()}\n`);
  process.exit(1);
}

/** What `require('electron')` would do on first use, but quietly: its failure is a stack trace. */
function tryDownload(electronDir) {
  console.log('正在下载 Electron 运行程序… / Downloading the Electron binary…');
  const result = spawnSync(process.execPath, [path.join(electronDir, 'install.js')], {
    cwd: appRoot,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: process.env,
    timeout: 20 * 60 * 1000,
  });
  return result.status === 0;
}

let { electronDir, binary } = findElectronBinary(appRoot);
if (!binary.ok && electronDir && !process.env.ELECTRON_OVERRIDE_DIST_PATH) {
  if (tryDownload(electronDir)) ({ binary } = findElectronBinary(appRoot));
}
if (!binary.ok) fail();

// npm sets npm_execpath when this runs as `npm start`; run the build with the same npm.
const npmCli = process.env.npm_execpath;
const build = npmCli
  ? spawnSync(process.execPath, [npmCli, 'run', 'build'], { cwd: appRoot, stdio: 'inherit' })
  : spawnSync('npm', ['run', 'build'], { cwd: appRoot, stdio: 'inherit', shell: process.platform === 'win32' });
if (build.status !== 0) {
  console.error('构建失败，未启动应用。 / The build failed; the app was not started.');
  process.exit(build.status ?? 1);
}

const env = { ...process.env };
// Inherited from a parent tool, this would make Electron run as plain Node.
delete env.ELECTRON_RUN_AS_NODE;

const child = spawn(binary.executable, [appRoot, ...process.argv.slice(2)], { cwd: appRoot, stdio: 'inherit', env });
child.on('error', (error) => {
  console.error(`无法运行 Electron / Could not run Electron (${binary.executable}): ${error.message}`);
  process.exit(1);
});
child.on('close', (code, signal) => {
  process.exit(code ?? (signal ? 1 : 0));
});
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => child.kill(signal));
}

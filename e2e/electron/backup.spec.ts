import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { gunzipSync } from 'node:zlib';
import { BACKUP_FILE_EXTENSION, BACKUP_FILE_PREFIX } from '../../shared/backup/format';
import { answerOperatorGate, electronSkipReason, launchApp, removeDir, tempDir } from './launch';

const skipReason = electronSkipReason();
test.skip(skipReason !== null, skipReason ?? '');

/** Where electron/backups.ts keeps the folder chosen in 设置 (BACKUP_SETTINGS_FILE, inside userData). */
const BACKUP_SETTINGS_FILE = 'backup-settings.json';
const DEFAULT_BACKUP_FOLDER_NAME = '法治台账备份';

function backupFiles(folder: string): string[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder).filter((name) => name.startsWith(BACKUP_FILE_PREFIX) && name.endsWith(BACKUP_FILE_EXTENSION));
}

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true }).map(String);
}

test('a change is backed up into the chosen folder, outside userData, by the time the app has quit', async () => {
  const backupDir = path.join(tempDir('fazhi-backups-'), '台账备份');
  const userData = tempDir('fazhi-e2e-');
  writeFileSync(path.join(userData, BACKUP_SETTINGS_FILE), JSON.stringify({ folder: backupDir }));
  const launched = await launchApp(userData);
  try {
    await answerOperatorGate(launched.window, '李华');
  } finally {
    await launched.close();
  }
  try {
    await expect.poll(() => backupFiles(backupDir).length, { timeout: 20_000 }).toBeGreaterThan(0);
    const newest = backupFiles(backupDir).sort().at(-1)!;
    // Format 2: gzip-compressed lines of JSON, the header first.
    const text = gunzipSync(readFileSync(path.join(backupDir, newest))).toString('utf8');
    expect(JSON.parse(text.slice(0, text.indexOf('\n'))).format).toBe('fazhi-ledger-backup');
    // The operator name written before quitting is in the backup.
    expect(text).toContain('李华');
    // Nothing of the kind inside userData: a backup beside the data it protects would die with it.
    expect(filesUnder(userData).filter((name) => name.endsWith(BACKUP_FILE_EXTENSION) && name.includes(BACKUP_FILE_PREFIX))).toEqual([]);
  } finally {
    removeDir(userData);
    removeDir(path.dirname(backupDir));
  }
});

test('by default backups go to 文档/法治台账备份', async () => {
  test.skip(process.platform !== 'linux', 'the Documents folder can be redirected through HOME on Linux only');
  const home = tempDir('fazhi-home-');
  mkdirSync(path.join(home, 'Documents'), { recursive: true });
  const launched = await launchApp(undefined, { HOME: home, XDG_CONFIG_HOME: path.join(home, '.config') });
  let documents = '';
  try {
    documents = await launched.app.evaluate(({ app }) => app.getPath('documents'));
    expect(documents.startsWith(home)).toBe(true);
    await answerOperatorGate(launched.window);
  } finally {
    await launched.close();
  }
  try {
    await expect.poll(() => backupFiles(path.join(documents, DEFAULT_BACKUP_FOLDER_NAME)).length, { timeout: 20_000 }).toBeGreaterThan(0);
  } finally {
    removeDir(launched.userData);
    removeDir(home);
  }
});

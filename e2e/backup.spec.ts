import { readFileSync, writeFileSync } from 'node:fs';
import { gunzipSync, gzipSync } from 'node:zlib';
import { test, type Browser, type Page, type TestInfo } from '@playwright/test';
import { expect, goTo, label, listTotal, openApp, registerCase } from './helpers';

/**
 * Backup and restore in the browser: download a backup, start again on an empty profile (as on
 * a new computer, or after the browser's data was cleared), restore from the downloaded file,
 * and find the data back. Bad files are refused with a reason and change nothing.
 */

const CASE = {
  caseNo: '丹政复〔2024〕7号',
  receivedDate: '2024-03-05',
  applicant: '王小明',
  respondent: '丹阳市公安局',
  category: '行政处罚',
  field: '公安',
};

async function openBackupPage(page: Page): Promise<void> {
  await page.goto('/#/backup');
  await expect(page.getByRole('heading', { level: 4, name: '数据备份与恢复' })).toBeVisible();
}

/** A second, empty browser profile with the same settings as the test's own. */
async function freshPage(browser: Browser, testInfo: TestInfo): Promise<Page> {
  const { baseURL, locale, timezoneId, viewport } = testInfo.project.use;
  const context = await browser.newContext({ baseURL, locale, timezoneId, viewport, reducedMotion: 'reduce' });
  return context.newPage();
}

/** A format-2 backup (gzip-compressed lines of JSON) read back: its header and its tables. */
function readBack(bytes: Buffer): {
  header: Record<string, unknown> & { counts: Record<string, number> };
  tables: Record<string, Record<string, unknown>[]>;
} {
  const lines = gunzipSync(bytes).toString('utf8').split('\n').filter(Boolean);
  const tables: Record<string, Record<string, unknown>[]> = {};
  let current = '';
  for (const line of lines.slice(1)) {
    const value = JSON.parse(line);
    if (!Array.isArray(value)) tables[current].push(value);
    else if (value[0] === 'table') {
      current = value[1];
      tables[current] = [];
    }
  }
  return { header: JSON.parse(lines[0]), tables };
}

async function chooseFile(page: Page, file: string | { name: string; mimeType: string; buffer: Buffer }): Promise<void> {
  await page.locator('input[type=file]').setInputFiles(file);
}

test('a downloaded backup brings the data back on an empty profile; bad files change nothing', async ({ page, browser }, testInfo) => {
  // Two profiles and four files: longer than the default minute on a loaded machine.
  test.setTimeout(240_000);
  await openApp(page);
  await registerCase(page, CASE);
  await openBackupPage(page);
  await expect(page.getByText('还没有下载过数据备份')).toBeVisible();

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: '下载备份文件' }).first().click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^法治台账备份_\d{4}-\d{2}-\d{2}_\d{6}_手动\.fzbak$/);
  const backupPath = testInfo.outputPath(download.suggestedFilename());
  await download.saveAs(backupPath);
  // The reminder is gone once a backup was taken.
  await expect(page.getByText('还没有下载过数据备份')).toBeHidden();

  const bytes = readFileSync(backupPath);
  // gzip: the browser's download is the compressed file itself.
  expect([bytes[0], bytes[1]]).toEqual([0x1f, 0x8b]);
  const backup = readBack(bytes);
  // The schema version the page's database is at (IndexedDB holds Dexie's version × 10).
  const idbVersion = await page.evaluate(async () => Math.max(...(await indexedDB.databases()).map((d) => d.version ?? 0)));
  expect(backup.header).toMatchObject({ format: 'fazhi-ledger-backup', formatVersion: 2, schemaVersion: idbVersion / 10, reason: '手动' });
  expect(backup.header.counts.reviewCases).toBe(1);
  expect(backup.tables.reviewCases[0]).toMatchObject({ caseNo: CASE.caseNo, applicant: CASE.applicant, receivedDate: CASE.receivedDate });

  // A new, empty profile with another clerk's name.
  const other = await freshPage(browser, testInfo);
  await openApp(other, '李娜');
  await goTo(other, '行政复议案件');
  await expect(other.getByRole('cell', { name: CASE.caseNo })).toHaveCount(0);
  await openBackupPage(other);

  // Bad files first: each is refused with its reason, and nothing changes.
  const truncatedPath = testInfo.outputPath('截断的备份.fzbak');
  writeFileSync(truncatedPath, bytes.subarray(0, Math.floor(bytes.length / 2)));
  await chooseFile(other, truncatedPath);
  await expect(other.getByRole('alert').filter({ hasText: '没有恢复' })).toContainText(/备份文件(不完整|已损坏)/);
  await chooseFile(other, { name: '案件导出.json', mimeType: 'application/json', buffer: Buffer.from('[{"案号":"丹政复〔2024〕9号"}]') });
  await expect(other.getByRole('alert').filter({ hasText: '没有恢复' })).toContainText('所选文件不是法治台账的备份文件');
  const tampered = gzipSync(gunzipSync(bytes).toString('utf8').replace(CASE.applicant, '别人'));
  await chooseFile(other, { name: '改过的备份.fzbak', mimeType: 'application/gzip', buffer: tampered });
  await expect(other.getByRole('alert').filter({ hasText: '没有恢复' })).toContainText('备份文件校验失败');
  await expect(other.getByText('当前使用人：李娜')).toBeVisible();

  // The real backup: check, confirm, restore.
  await chooseFile(other, backupPath);
  const confirm = other.getByRole('dialog').filter({ hasText: '用这份备份替换当前全部数据？' });
  await expect(confirm).toBeVisible();
  await expect(confirm).toContainText('台账记录1 条（行政复议案件 1 条）');
  const safetyDownload = other.waitForEvent('download');
  await confirm.getByRole('button', { name: label('恢复') }).click();
  // The profile had data (the clerk's name), so it was backed up first: in the browser, a download.
  expect((await safetyDownload).suggestedFilename()).toMatch(/_恢复前\.fzbak$/);
  await expect(other.getByRole('alert').filter({ hasText: '已从备份“' })).toContainText('恢复前的数据已备份为');

  // Everything is back, settings included (the name in the backup).
  await expect(other.getByText('当前使用人：张明')).toBeVisible();
  await goTo(other, '行政复议案件');
  await expect(other.getByRole('cell', { name: CASE.caseNo })).toBeVisible();
  await expect(other.getByRole('cell', { name: CASE.applicant })).toBeVisible();
  await expect(listTotal(other)).toContainText('共 1');
  // And it survives a reload.
  await other.reload();
  await goTo(other, '行政复议案件');
  await expect(other.getByRole('cell', { name: CASE.caseNo })).toBeVisible();
  // 修改记录 shows the restore itself: which file, and who restored it (the clerk of this PC, not the backup's).
  await other.getByRole('menuitem', { name: '修改记录' }).click();
  const restoreRow = other.getByRole('row').filter({ hasText: `从备份“${download.suggestedFilename()}”恢复全部数据` });
  await expect(restoreRow).toBeVisible();
  await expect(restoreRow).toContainText('李娜');
  await expect(restoreRow).toContainText('数据恢复');
  await other.context().close();
});

/**
 * The desktop app's backup folder, stubbed in the page: window.fazhiHost is what the Electron
 * preload exposes, so the renderer takes the Electron paths (automatic backups, the folder's
 * list, the offer to restore into an empty database). Files live in the profile's localStorage.
 */
type FolderFile = { name: string; b64: string; header: unknown };

function installFolderHost(preloaded: FolderFile[]): void {
  const KEY = 'e2e-backup-folder';
  const load = (): FolderFile[] => JSON.parse(localStorage.getItem(KEY) ?? '[]');
  if (!localStorage.getItem(KEY)) localStorage.setItem(KEY, JSON.stringify(preloaded));
  const folder = 'C:\\Users\\clerk\\Documents\\法治台账备份';
  const open = new Map<string, { reason: string; parts: Uint8Array[] }>();
  const toB64 = (bytes: Uint8Array) => btoa(Array.from(bytes, (b) => String.fromCharCode(b)).join(''));
  const fromB64 = (b64: string) => Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
  (window as unknown as Record<string, unknown>).fazhiHost = {
    getAppInfo: async () => ({ kind: 'electron', version: '0.1.0', platform: 'win32' }),
    saveFile: async () => ({ saved: false }),
    openExternal: async () => false,
    showItemInFolder: async () => {},
    openLogFolder: async () => false,
    beginBackup: async (reason: string) => {
      const token = crypto.randomUUID().replace(/-/g, '');
      open.set(token, { reason, parts: [] });
      return { ok: true, token };
    },
    appendBackup: async (req: { token: string; index: number; chunk: Uint8Array }) => {
      const backup = open.get(req.token);
      if (!backup || backup.parts.length !== req.index) return { ok: false, error: '顺序有误' };
      backup.parts.push(req.chunk.slice());
      return { ok: true };
    },
    finishBackup: async (req: { token: string }) => {
      const backup = open.get(req.token)!;
      open.delete(req.token);
      const bytes = new Uint8Array(await new Blob(backup.parts as BlobPart[]).arrayBuffer());
      // The header is the first line of the decompressed file, as the main process reads it for its listing.
      const text = await new Response(new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'))).text();
      const header = JSON.parse(text.slice(0, text.indexOf('\n')));
      // Named by the host from its own clock (China time), as the desktop app's main process does.
      const china = new Date(Date.now() + 8 * 3_600_000).toISOString();
      const name = `法治台账备份_${china.slice(0, 10)}_${china.slice(11, 19).replace(/:/g, '')}_${backup.reason}.fzbak`;
      localStorage.setItem(KEY, JSON.stringify([...load(), { name, b64: toB64(bytes), header }]));
      return { saved: true, name, path: `${folder}\\${name}` };
    },
    abortBackup: async (token: string) => void open.delete(token),
    listBackups: async () => ({
      folder,
      entries: load()
        .map((f) => ({ name: f.name, size: f.b64.length, modifiedAt: (f.header as { createdAt: string }).createdAt, header: f.header }))
        .reverse(),
    }),
    readBackupChunk: async (req: { name: string; offset: number }) => {
      const found = load().find((f) => f.name === req.name);
      if (!found) return { ok: false, error: `找不到备份文件 ${req.name}` };
      const bytes = fromB64(found.b64);
      // Small pieces, so that the restore reads the file in several.
      return { ok: true, bytes: bytes.slice(req.offset, req.offset + 512), size: bytes.length };
    },
    getBackupFolder: async () => ({ path: folder, isDefault: true, freeBytes: 50 * 1024 ** 3, totalBytes: 200 * 1024 ** 3 }),
    chooseBackupFolder: async () => ({ changed: false }),
    onBeforeQuit: () => {},
  };
}

async function folderFiles(page: Page): Promise<FolderFile[]> {
  return page.evaluate(() => JSON.parse(localStorage.getItem('e2e-backup-folder') ?? '[]'));
}

test('desktop: a backup at start-up, and an empty profile is offered the newest backup', async ({ page, browser }, testInfo) => {
  test.setTimeout(240_000);
  await page.addInitScript(installFolderHost, []);
  await openApp(page);
  await registerCase(page, CASE);
  // Nothing at the first start (the database was empty); a 启动 backup at the next one.
  expect(await folderFiles(page)).toEqual([]);
  await page.reload();
  await expect(page.getByText('当前使用人：张明')).toBeVisible();
  await expect.poll(async () => (await folderFiles(page)).map((f) => f.name.replace(/^.*_/, ''))).toEqual(['启动.fzbak']);
  await openBackupPage(page);
  await expect(page.getByRole('row').filter({ hasText: '启动' })).toContainText('1 条');
  const [startupBackup] = await folderFiles(page);

  // Another computer: the same backup folder, an empty database.
  const other = await freshPage(browser, testInfo);
  await other.addInitScript(installFolderHost, [startupBackup]);
  await other.goto('/');
  const offer = other.getByRole('dialog').filter({ hasText: '从备份恢复数据？' });
  await expect(offer).toBeVisible();
  await expect(offer).toContainText('台账记录：1 条（行政复议案件 1 条）');
  await offer.getByRole('button', { name: label('恢复') }).click();
  await expect(offer).toBeHidden();
  // The restored settings answer the 使用人 question too.
  await expect(other.getByRole('dialog', { name: '请填写使用人姓名' })).toBeHidden();
  await expect(other.getByText('当前使用人：张明')).toBeVisible();
  await goTo(other, '行政复议案件');
  await expect(other.getByRole('cell', { name: CASE.caseNo })).toBeVisible();
  await other.context().close();
});

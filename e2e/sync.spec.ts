import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { test, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { caseDrawer, caseHeading, expect, fillCaseForm, label, openApp, openCase } from './helpers';

/**
 * 多机同步 in the browser: two browser contexts are two PCs (each its own IndexedDB: Dexie and the local PouchDB),
 * against a pouchdb-server (the CouchDB stand-in) started here on a port of its own, in memory.
 */

const COUCH_PORT = Number(process.env.SYNC_E2E_COUCH_PORT ?? 5915);
const COUCH = `http://127.0.0.1:${COUCH_PORT}`;
const BIN = resolve(import.meta.dirname, '../node_modules/pouchdb-server/bin/pouchdb-server');

let server: ChildProcess | null = null;
let dir = '';

async function until(ok: () => Promise<boolean>): Promise<void> {
  for (let i = 0; i < 200; i++) {
    if (await ok().catch(() => false)) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('pouchdb-server did not start');
}

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'fazhi-e2e-couch-'));
  server = spawn(process.execPath, [BIN, '--in-memory', '--port', String(COUCH_PORT), '-n', '-c', join(dir, 'config.json')], {
    cwd: dir,
    stdio: 'ignore',
  });
  await until(async () => (await fetch(COUCH)).ok);
  const put = (path: string, body: unknown) =>
    fetch(`${COUCH}/${path}`, { method: 'PUT', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
  await put('fazhi', {});
  for (const [name, password] of [
    ['zhangsan', 'zs-secret'],
    ['lisi', 'ls-secret'],
  ]) {
    await put(`_users/org.couchdb.user:${name}`, { _id: `org.couchdb.user:${name}`, name, password, roles: ['fazhi_clerk'], type: 'user' });
  }
  await put('fazhi/_security', { admins: { names: [], roles: ['fazhi_admin'] }, members: { names: [], roles: ['fazhi_clerk', 'fazhi_town'] } });
  await put('_config/admins/admin', 'adminpw');
  // Ready once a clerk's account opens the database.
  const clerk = { Authorization: `Basic ${Buffer.from('zhangsan:zs-secret').toString('base64')}` };
  await until(async () => (await fetch(`${COUCH}/fazhi`, { headers: clerk })).ok);
});

test.afterAll(async () => {
  server?.kill();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

async function pc(browser: Browser, operator: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await openApp(page, operator);
  return { context, page };
}

async function startSyncing(page: Page, user: string, password: string): Promise<void> {
  await page.goto('/#/settings/sync');
  await page.getByLabel('服务器地址').fill(COUCH);
  await page.getByLabel('账号').fill(user);
  await page.getByLabel('密码').fill(password);
  await page.getByRole('button', { name: '开始同步' }).click();
  await expect(page.getByText('已开始同步')).toBeVisible();
  await expect(page.getByTestId('sync-status')).toContainText('已同步');
}

const CASE = {
  caseNo: '丹政复〔2025〕31号',
  receivedDate: '2025-03-03',
  applicant: '王建国',
  respondent: '丹阳市公安局',
  category: '行政处罚',
  field: '公安',
};

let a: { context: BrowserContext; page: Page };
let b: { context: BrowserContext; page: Page };

test('a wrong password says so and starts nothing; with the right ones both PCs sync', async ({ browser }) => {
  a = await pc(browser, '张三');
  b = await pc(browser, '李四');
  await a.page.goto('/#/settings/sync');
  await a.page.getByLabel('服务器地址').fill(COUCH);
  await a.page.getByLabel('账号').fill('zhangsan');
  await a.page.getByLabel('密码').fill('wrong');
  await a.page.getByRole('button', { name: '测试连接' }).click();
  await expect(a.page.getByText('用户名或密码错误')).toBeVisible();
  await a.page.getByLabel('服务器地址').fill('http://127.0.0.1:5919');
  await a.page.getByLabel('密码').fill('zs-secret');
  await a.page.getByRole('button', { name: '测试连接' }).click();
  await expect(a.page.getByText('无法连接服务器').first()).toBeVisible();
  await startSyncing(a.page, 'zhangsan', 'zs-secret');
  await startSyncing(b.page, 'lisi', 'ls-secret');
  await a.page.screenshot({ path: 'test-results/sync-settings.png' });
});

test('a case saved on A shows on B (latency measured)', async () => {
  await b.page.goto('/#/review');
  const auth = { Authorization: `Basic ${Buffer.from('admin:adminpw').toString('base64')}` };
  const before = ((await (await fetch(`${COUCH}/fazhi`, { headers: auth })).json()) as { doc_count: number }).doc_count;
  const drawer = await fillCaseForm(a.page, CASE);
  await drawer.getByRole('button', { name: label('保存') }).click();
  const saved = Date.now();
  let onServer = 0;
  void (async () => {
    for (let i = 0; i < 400 && !onServer; i++) {
      const n = ((await (await fetch(`${COUCH}/fazhi`, { headers: auth })).json()) as { doc_count: number }).doc_count;
      if (n > before) onServer = Date.now() - saved;
      else await new Promise((r) => setTimeout(r, 20));
    }
  })();
  await expect(b.page.getByRole('cell', { name: CASE.caseNo, exact: true })).toBeVisible({ timeout: 20_000 });
  const latency = Date.now() - saved;
  console.log(`save on A → shown on B: ${latency} ms (on the server after ${onServer} ms)`);
  test.info().annotations.push({ type: 'latency-ms', description: String(latency) });
  // The goal is ≤ 2 s on an idle PC; the shared CI machine is often far busier, so only a gross delay fails.
  expect(latency).toBeLessThan(15_000);
  await expect(a.page.getByTestId('sync-status')).toContainText('已同步');
});

async function editApplicant(page: Page, applicant: string): Promise<void> {
  await openCase(page, CASE.caseNo);
  await page.getByRole('button', { name: '修改信息' }).click();
  const drawer = page.getByRole('dialog', { name: `修改案件信息 ${CASE.caseNo}` });
  await expect(drawer).toBeVisible();
  await drawer.getByLabel('申请人', { exact: true }).fill(applicant);
  await drawer.getByRole('button', { name: label('保存') }).click();
  await expect(drawer).toBeHidden();
  await expect(page.getByText(applicant).first()).toBeVisible();
}

test('offline edits on both PCs: 离线, then a conflict on 同步冲突 that the clerk resolves on A, and B follows', async () => {
  await a.context.setOffline(true);
  await b.context.setOffline(true);
  await editApplicant(a.page, '王建国（甲）');
  await editApplicant(b.page, '王建国（乙）');
  await expect(a.page.getByTestId('sync-status')).toContainText('离线');
  await a.page.screenshot({ path: 'test-results/sync-offline.png' });
  await a.context.setOffline(false);
  await b.context.setOffline(false);
  // Each keeps its own version until the clerk decides; both see the conflict.
  for (const { page } of [a, b]) await expect(page.getByText('1 项同步冲突')).toBeVisible({ timeout: 30_000 });
  await openCase(b.page, CASE.caseNo);
  await expect(caseHeading(b.page)).toBeVisible();
  await expect(b.page.getByText('王建国（乙）').first()).toBeVisible();

  await a.page.getByText('1 项同步冲突').click();
  await expect(a.page.getByRole('heading', { name: '同步冲突' })).toBeVisible();
  const card = a.page.locator('.ant-card').filter({ hasText: CASE.caseNo });
  await expect(card.getByText('王建国（甲）', { exact: true })).toBeVisible();
  await expect(card.getByText('王建国（乙）', { exact: true })).toBeVisible();
  await expect(card.getByText(/李四，PC-/)).toBeVisible();
  await a.page.screenshot({ path: 'test-results/sync-conflict.png' });
  // Keep B's applicant.
  await card.getByText('王建国（乙）', { exact: true }).click();
  await card.getByRole('button', { name: '按所选字段合并保存' }).click();
  await expect(a.page.getByText('没有冲突')).toBeVisible();
  await expect(a.page.getByText('1 项同步冲突')).toBeHidden();
  await expect(b.page.getByText('1 项同步冲突')).toBeHidden({ timeout: 30_000 });
  await openCase(a.page, CASE.caseNo);
  await expect(a.page.getByText('王建国（乙）').first()).toBeVisible();
  await expect(b.page.getByText('王建国（乙）').first()).toBeVisible();
  await a.context.close();
  await b.context.close();
});

void caseDrawer;

import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { gunzipSync, gzipSync } from 'node:zlib';
import { test } from '@playwright/test';
import {
  caseDrawer,
  caseHeading,
  expect,
  fillCaseForm,
  fillStep,
  label,
  openApp,
  openCase,
  registerCase,
  timelineItems,
  type CaseInput,
} from './helpers';

/**
 * What a clerk types is what the ledger keeps: each silent path of issue 14 now refuses, asks or says so.
 * Every test starts from an empty database (a new browser context).
 */

test.describe.configure({ timeout: 240_000 });

const CASE: CaseInput = {
  caseNo: '丹政复〔2025〕21号',
  receivedDate: '2025-04-07',
  applicant: '孙立华',
  respondent: '丹阳市自然资源和规划局',
  category: '行政处罚',
  field: '自然资源',
};

test('受理: a typed impossible date (2026-02-30) is refused on its field, never recorded as today', async ({ page }) => {
  await openApp(page);
  await registerCase(page, CASE);
  const modal = await fillStep(page, '受理', { date: '2025-04-09' });
  const date = modal.locator('input#date');
  await date.click();
  await date.fill('2026-02-30');
  await date.press('Enter');
  await modal.getByRole('button', { name: label('确定') }).click();
  await expect(modal.getByRole('alert')).toContainText('受理日期“2026-02-30”不是有效日期');
  await expect(modal).toBeVisible();
  await expect(timelineItems(page)).toHaveCount(1);
  await expect(caseHeading(page)).toContainText('待受理');
  await page.screenshot({ path: test.info().outputPath('impossible-date.png') });
});

test('行政协议: a negative amount and 十二万 are refused with a message, not saved as 0 or emptied', async ({ page }) => {
  await openApp(page);
  await page.getByRole('menuitem', { name: '行政协议审查' }).click();
  await page.getByRole('button', { name: /登记/ }).first().click();
  const drawer = page.getByRole('dialog', { name: '登记行政协议合法性审查' });
  await expect(drawer).toBeVisible();
  await drawer.getByLabel('协议名称').fill('丹阳市高新区标准厂房招商引资协议');
  const amount = drawer.getByLabel('金额（万元）');
  const amountItem = drawer.locator('.ant-form-item').filter({ has: page.locator('input#amount') });
  await amount.fill('-5');
  await drawer.getByRole('button', { name: label('保存') }).click();
  await expect(drawer.getByRole('alert')).toContainText('金额（万元）必须是不小于0的数字');
  // The amount is still what was typed, and the error is on its field.
  await expect(amount).toHaveValue('-5');
  await expect(amountItem).toContainText('金额（万元）必须是不小于0的数字');
  await page.screenshot({ path: test.info().outputPath('negative-amount.png') });
  await amount.fill('十二万');
  await drawer.getByRole('button', { name: label('保存') }).click();
  await expect(amount).toHaveValue('十二万');
  await expect(amountItem).toContainText('金额（万元）必须是不小于0的数字');
});

test('Esc on a changed registration drawer asks before discarding; 继续填写 keeps what was typed', async ({ page }) => {
  await openApp(page);
  const drawer = await fillCaseForm(page, { applicant: '周文斌', respondent: '丹阳市市场监督管理局' });
  await page.keyboard.press('Escape');
  const ask = page.getByRole('dialog').filter({ hasText: '放弃填写的内容？' });
  await expect(ask).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('discard-ask.png') });
  await ask.getByRole('button', { name: label('继续填写') }).click();
  await expect(ask).toBeHidden();
  await expect(drawer).toBeVisible();
  await expect(drawer.getByLabel('申请人', { exact: true })).toHaveValue('周文斌');
  // A click on the mask asks as well; 放弃并关闭 closes.
  await page.mouse.click(100, 400);
  await expect(ask).toBeVisible();
  await ask.getByRole('button', { name: label('放弃并关闭') }).click();
  await expect(caseDrawer(page)).toBeHidden();
  // An unchanged drawer closes on Esc without a question.
  await page.getByRole('button', { name: '登记新案件' }).click();
  await expect(caseDrawer(page)).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(caseDrawer(page)).toBeHidden();
  await expect(ask).toBeHidden();
});

test('two tabs edit one case: the second save is refused with a reload offer, the first save’s changes stay', async ({ page }) => {
  await openApp(page);
  await registerCase(page, CASE);
  const url = page.url();
  const second = await page.context().newPage();
  await second.goto(url);
  await expect(caseHeading(second)).toContainText(CASE.caseNo);

  // Both tabs open 修改.
  const editDrawer = (p: typeof page) => p.getByRole('dialog', { name: `修改案件信息 ${CASE.caseNo}` });
  for (const p of [page, second]) {
    await p.getByRole('button', { name: /修改信息/ }).click();
    await expect(editDrawer(p)).toBeVisible();
  }
  // The first saves 申请人 and 备注.
  await editDrawer(page).getByLabel('申请人', { exact: true }).fill('孙立华、孙立新');
  await editDrawer(page).getByLabel('备注').fill('申请人补充提交了身份证明');
  await editDrawer(page)
    .getByRole('button', { name: label('保存') })
    .click();
  await expect(editDrawer(page)).toBeHidden();
  // The second saves 被申请人: refused, it says why and offers a reload.
  await editDrawer(second).getByLabel('被申请人', { exact: true }).fill('丹阳市人民政府云阳街道办事处');
  await editDrawer(second)
    .getByRole('button', { name: label('保存') })
    .click();
  const stale = second.getByRole('dialog').filter({ hasText: '该记录已在其他窗口被修改' });
  await expect(stale).toBeVisible();
  await second.screenshot({ path: test.info().outputPath('stale-write.png') });
  await stale.getByRole('button', { name: label('重新载入最新内容') }).click();
  await expect(editDrawer(second).getByLabel('申请人', { exact: true })).toHaveValue('孙立华、孙立新');
  await expect(editDrawer(second).getByLabel('备注')).toHaveValue('申请人补充提交了身份证明');
  // After the reload the clerk's change saves on top of the first one.
  await editDrawer(second).getByLabel('被申请人', { exact: true }).fill('丹阳市人民政府云阳街道办事处');
  await editDrawer(second)
    .getByRole('button', { name: label('保存') })
    .click();
  await expect(editDrawer(second)).toBeHidden();
  await page.reload();
  await openCase(page, CASE.caseNo);
  await expect(page.getByText('孙立华、孙立新').first()).toBeVisible();
  await expect(page.getByText('申请人补充提交了身份证明', { exact: true })).toBeVisible();
  await expect(page.getByText('丹阳市人民政府云阳街道办事处').first()).toBeVisible();
});

test('a hand-edited backup whose operatorName is an object is refused naming the field; the app never blanks', async ({ page }, testInfo) => {
  await openApp(page);
  await registerCase(page, CASE);
  await page.goto('/#/backup');
  await expect(page.getByRole('heading', { level: 4, name: '数据备份与恢复' })).toBeVisible();
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: '下载备份文件' }).first().click();
  const download = await downloading;
  const path = testInfo.outputPath('backup.fzbak');
  await download.saveAs(path);

  // Edited by hand (format 2: gzip over lines of JSON), the checksum of the closing line recomputed as a careful
  // editor would: over every byte before that line.
  const lines = gunzipSync(readFileSync(path)).toString('utf8').split('\n').filter(Boolean);
  const body = lines.slice(0, -1).map((line) => {
    const row = JSON.parse(line);
    return row?.key === 'app' ? JSON.stringify({ ...row, value: { ...row.value, operatorName: { name: '张明' } } }) : line;
  });
  expect(body.join('\n')).toContain('{"name":"张明"}');
  const before = `${body.join('\n')}\n`;
  const [, trailer] = JSON.parse(lines[lines.length - 1]);
  const checksum = createHash('sha256').update(before, 'utf8').digest('hex');
  const edited = gzipSync(`${before}${JSON.stringify(['end', { ...trailer, checksum }])}\n`);
  await page.locator('input[type=file]').setInputFiles({ name: '改过的备份.fzbak', mimeType: 'application/gzip', buffer: edited });
  const refusal = page.getByRole('alert').filter({ hasText: '没有恢复' });
  await expect(refusal).toContainText('operatorName');
  await expect(refusal).toContainText('使用人姓名');
  await page.screenshot({ path: testInfo.outputPath('bad-backup.png') });
  // Nothing changed: the pages still show, the clerk's name and the case are there.
  await page.reload();
  await expect(page.getByText('当前使用人：张明')).toBeVisible();
  await openCase(page, CASE.caseNo);
});

test('a record of a broken shape in the database shows a Chinese error with ways out, not a blank app', async ({ page }) => {
  await openApp(page);
  await registerCase(page, CASE);
  // Written behind the app's back (as an older tool or a hand edit might): the applicant is an object.
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('fazhi-ledger');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction('reviewCases', 'readwrite');
          const store = tx.objectStore('reviewCases');
          const all = store.getAll();
          all.onsuccess = () => {
            for (const c of all.result) store.put({ ...c, applicant: { name: '孙立华' }, events: 'x' });
          };
          tx.oncomplete = () => resolve();
          tx.onerror = () => reject(tx.error);
        };
      }),
  );
  await page.reload();
  await page.goto(`/#/review/${encodeURIComponent(CASE.caseNo)}`);
  const failed = page.getByText('本页面出现错误，无法显示');
  await expect(failed).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('error-boundary.png') });
  // The menu still works, and 数据备份与恢复 is one click away.
  await page.getByRole('button', { name: '数据备份与恢复' }).click();
  await expect(page.getByRole('heading', { level: 4, name: '数据备份与恢复' })).toBeVisible();
  await page.getByRole('menuitem', { name: '待办' }).click();
  await expect(page.getByRole('heading', { level: 4, name: /^待办/ })).toBeVisible();
});

import { test, type Page } from '@playwright/test';
import {
  caseDrawer,
  caseHeading,
  confirmImport,
  expect,
  fillCaseForm,
  fillStep,
  goTo,
  label,
  openApp,
  pickDate,
  recordStep,
  registerCase,
  stepButton,
  timelineItems,
  type CaseInput,
} from './helpers';

/**
 * The rest of issue 14's silent paths, each through the UI: leaving a page with unsaved typing asks (设置, Back, a
 * reload), 0 days of extension and a 施行日期 before the 公布日期 are refused on their field, a 案号 of another pattern
 * or year asks before it is saved, a full disk reads as a Chinese sentence (a step, 更换使用人), and in the browser an
 * import whose safety backup was not confirmed as saved does not start. Every refusal changes nothing.
 */

test.describe.configure({ timeout: 240_000 });

const CASE: CaseInput = {
  caseNo: '丹政复〔2026〕3号',
  receivedDate: '2026-01-12',
  applicant: '陈国平',
  respondent: '丹阳市住房和城乡建设局',
  category: '行政强制',
  field: '住建',
};

const leaveQuestion = (page: Page) => page.getByRole('dialog').filter({ hasText: '离开本页面？' });

test('设置: an unsaved edit asks before the menu or Back leaves the page; 留在本页 keeps it; a saved one leaves freely', async ({ page }) => {
  await openApp(page);
  await goTo(page, '设置');
  const prefix = page.getByLabel('案号前缀');
  await expect(prefix).toHaveValue('丹政复');
  await prefix.fill('丹政复字');
  // The menu asks.
  await goTo(page, '待办');
  await expect(leaveQuestion(page)).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('leave-settings.png') });
  await leaveQuestion(page).getByRole('button', { name: '留在本页' }).click();
  await expect(leaveQuestion(page)).toBeHidden();
  await expect(page).toHaveURL(/#\/settings$/);
  await expect(prefix).toHaveValue('丹政复字');
  // Back asks too, and the address stays the page's own.
  await page.goBack();
  await expect(leaveQuestion(page)).toBeVisible();
  await expect(page).toHaveURL(/#\/settings$/);
  await leaveQuestion(page).getByRole('button', { name: '留在本页' }).click();
  await expect(prefix).toHaveValue('丹政复字');
  // 放弃修改并离开 leaves; the setting is unchanged.
  await goTo(page, '待办');
  await leaveQuestion(page).getByRole('button', { name: '放弃修改并离开' }).click();
  await expect(page).toHaveURL(/#\/todo$/);
  await goTo(page, '设置');
  await expect(page.getByLabel('案号前缀')).toHaveValue('丹政复');
  // Saved: leaving does not ask.
  await page.getByLabel('镇级单位表述').fill('镇（区、街道）');
  await page.getByLabel('人民政府简称').fill('市人民政府');
  await page.getByRole('button', { name: '保存机关名称' }).click();
  await expect(page.getByText('设置已保存')).toBeVisible();
  await goTo(page, '待办');
  await expect(page).toHaveURL(/#\/todo$/);
  await expect(leaveQuestion(page)).toHaveCount(0);
});

test('a reload with an open, changed registration form asks (beforeunload); staying keeps what was typed', async ({ page }) => {
  await openApp(page);
  const drawer = await fillCaseForm(page, { applicant: '陈国平' });
  const asked: string[] = [];
  page.on('dialog', (d) => {
    asked.push(d.type());
    void d.dismiss();
  });
  // Dismissed: the reload does not happen (the navigation Playwright waits for never comes).
  await page.reload({ timeout: 3000 }).catch(() => undefined);
  expect(asked).toEqual(['beforeunload']);
  await expect(drawer.getByLabel('申请人', { exact: true })).toHaveValue('陈国平');
  // An unchanged page reloads without a question.
  page.removeAllListeners('dialog');
  await drawer.getByLabel('申请人', { exact: true }).press('Escape');
  await page
    .getByRole('dialog')
    .filter({ hasText: '放弃填写的内容？' })
    .getByRole('button', { name: label('放弃并关闭') })
    .click();
  await expect(caseDrawer(page)).toBeHidden();
  await page.reload();
  await expect(page.getByRole('button', { name: '登记新案件' })).toBeVisible();
});

test('延期 of 0 days is refused on the field (not saved as 1 day); the timeline is unchanged', async ({ page }) => {
  await openApp(page);
  await registerCase(page, CASE);
  await recordStep(page, '受理', { date: '2026-01-14', procedure: '普通程序' });
  const modal = await fillStep(page, '延期', { date: '2026-03-10', extensionDays: 0 });
  await modal.getByRole('button', { name: label('确定') }).click();
  const field = modal.locator('.ant-form-item').filter({ has: page.locator('input#extensionDays') });
  await expect(field).toContainText('延长天数必须是1到30之间的整数');
  await expect(modal.getByLabel('延长天数')).toHaveValue('0');
  await page.screenshot({ path: test.info().outputPath('zero-days.png') });
  await modal.getByRole('button', { name: label('取消') }).click();
  await expect(timelineItems(page)).toHaveCount(2);
  await expect(stepButton(page, '延期')).toBeVisible();
});

test('规范性文件: a 施行日期 before the 公布日期 is refused on its field, nothing is registered', async ({ page }) => {
  await openApp(page);
  await page.getByRole('menuitem', { name: '规范性文件' }).click();
  await page.getByRole('button', { name: '登记文件' }).click();
  const drawer = page.getByRole('dialog', { name: '登记规范性文件' });
  await drawer.getByLabel('文件名称').fill('丹阳市城市绿化管理办法');
  await drawer.getByLabel('文号').fill('丹政规〔2026〕2号');
  await drawer.getByLabel('制定机关').fill('丹阳市人民政府');
  await pickDate(drawer.getByLabel('公布日期'), '2026-03-01');
  await pickDate(drawer.getByLabel('施行日期'), '2026-02-01');
  await drawer.getByRole('button', { name: label('保存') }).click();
  const field = drawer.locator('.ant-form-item').filter({ has: page.locator('input#effectiveDate') });
  await expect(field).toContainText('施行日期（2026-02-01）不能早于公布日期（2026-03-01）');
  await expect(drawer).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('effective-before-publish.png') });
  await drawer.press('Escape');
  await page
    .getByRole('dialog')
    .filter({ hasText: '放弃填写的内容？' })
    .getByRole('button', { name: label('放弃并关闭') })
    .click();
  await expect(page.getByText('丹阳市城市绿化管理办法')).toHaveCount(0);
});

test('案号: "abc" and a 案号 of 2025 for an application received in 2026 each ask before saving', async ({ page }) => {
  await openApp(page);
  const drawer = await fillCaseForm(page, { ...CASE, caseNo: 'abc' });
  await drawer.getByRole('button', { name: label('保存') }).click();
  const check = page.getByRole('dialog').filter({ hasText: '请核对后再保存' });
  await expect(check).toContainText('案号“abc”不符合“丹政复〔年度〕序号号');
  await check.getByRole('button', { name: label('返回修改') }).click();
  await expect(drawer).toBeVisible();
  await expect(drawer.locator('.ant-form-item').filter({ has: page.locator('input#caseNo') })).toContainText('不符合');
  await drawer.getByLabel('案号').fill('丹政复〔2025〕99号');
  await drawer.getByRole('button', { name: label('保存') }).click();
  await expect(check).toContainText('案号年度（2025）与收到申请的年度（2026）不一致');
  await page.screenshot({ path: test.info().outputPath('case-no-year.png') });
  await check.getByRole('button', { name: label('仍然保存') }).click();
  await expect(caseHeading(page)).toContainText('丹政复〔2025〕99号');
});

test('a full disk: a step and 更换使用人 say 磁盘空间不足 in Chinese and change nothing', async ({ page }) => {
  // Every write of IndexedDB fails as on a full disk while window.__diskFull is set.
  await page.addInitScript(() => {
    const w = window as unknown as { __diskFull?: boolean };
    for (const method of ['put', 'add'] as const) {
      const original = IDBObjectStore.prototype[method];
      IDBObjectStore.prototype[method] = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
        if (w.__diskFull) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        return original.apply(this, args);
      };
    }
  });
  await openApp(page);
  await registerCase(page, CASE);
  await page.evaluate(() => {
    (window as unknown as { __diskFull?: boolean }).__diskFull = true;
  });
  const modal = await fillStep(page, '受理', { date: '2026-01-14', procedure: '普通程序' });
  await modal.getByRole('button', { name: label('确定') }).click();
  await expect(modal.getByRole('alert')).toContainText('磁盘空间不足，未能保存');
  await expect(modal.getByRole('alert')).not.toContainText('QuotaExceeded');
  await page.screenshot({ path: test.info().outputPath('disk-full-step.png') });
  await modal.getByRole('button', { name: label('取消') }).click();
  await expect(timelineItems(page)).toHaveCount(1);

  await page.getByRole('button', { name: label('更换') }).click();
  const gate = page.getByRole('dialog', { name: '请填写使用人姓名' });
  await gate.getByRole('textbox', { name: '使用人姓名' }).fill('李娜');
  await gate.getByRole('button', { name: label('确定') }).click();
  await expect(gate).toContainText('更换使用人未成功：磁盘空间不足');
  await gate.getByRole('button', { name: label('取消') }).click();
  await expect(page.getByText('当前使用人：张明')).toBeVisible();
});

test('browser: an import whose safety backup is not confirmed as saved does not start; confirmed, it does', async ({ page }) => {
  await openApp(page);
  await page.getByRole('menuitem', { name: '台账导入' }).click();
  const csv = ['案号,申请人,被申请人,行为类别,管理领域,收到日期,承办人', '丹政复〔2026〕5号,周建军,丹阳市公安局,行政处罚,公安,2026-02-03,张明'].join(
    '\r\n',
  );
  const choose = () =>
    page.locator('input[type=file]').setInputFiles({ name: '案件.csv', mimeType: 'text/csv', buffer: Buffer.from(`\ufeff${csv}`, 'utf8') });
  await choose();
  await expect(page.getByText('共 1 行')).toBeVisible({ timeout: 60_000 });
  await confirmImport(page, false);
  const refused = page.getByRole('dialog').filter({ hasText: '没有导入' });
  await expect(refused).toContainText('导入前的备份没有成功，本次没有导入任何数据：备份文件没有确认保存');
  await page.screenshot({ path: test.info().outputPath('import-backup-not-saved.png') });
  await refused.getByRole('button', { name: label('知道了') }).click();
  await expect(page.getByTestId('import-result')).toHaveCount(0);
  await goTo(page, '行政复议案件');
  await expect(page.getByText('还没有')).toBeVisible();

  await page.getByRole('menuitem', { name: '台账导入' }).click();
  await choose();
  await expect(page.getByText('共 1 行')).toBeVisible({ timeout: 60_000 });
  await confirmImport(page, true);
  await expect(page.getByTestId('import-result')).toHaveText('《案件.csv》：新增1条，更新0条，未变0条，跳过0条', { timeout: 60_000 });
});

import { test, type Locator, type Page } from '@playwright/test';
import {
  expect,
  caseDrawer,
  caseHeading,
  exactText,
  expectStepRefused,
  fillCaseForm,
  goTo,
  label,
  listTotal,
  openApp,
  recordStep,
  registerCase,
  stepButton,
  timelineItems,
  type CaseInput,
} from './helpers';

/**
 * Bad input through the forms: each one is refused with a Chinese message, and nothing is written
 * (the status tag, the timeline and the case list stay as they were). Steps the current state does
 * not allow are not offered at all (no button).
 * Every test starts from an empty database (a new browser context).
 */

test.describe.configure({ timeout: 300_000 });

const CASE: CaseInput = {
  caseNo: '丹政复〔2025〕7号',
  receivedDate: '2025-03-10',
  applicant: '钱十一',
  respondent: '丹阳市市场监督管理局',
  category: '行政处罚',
  field: '市场监管',
};

/** Asserts the case page shows this status and this many timeline entries. */
async function expectUnchanged(page: Page, status: string, steps: number): Promise<void> {
  await expect(caseHeading(page)).toContainText(status);
  await expect(timelineItems(page)).toHaveCount(steps);
}

test('受理日期早于收到日期、步骤日期晚于今天被拒绝；未受理的案件不提供审结、恢复审理', async ({ page }) => {
  await openApp(page);
  await registerCase(page, CASE);
  await expectUnchanged(page, '待受理', 1);

  // The buttons of a received case: 受理 is offered (so the locator works), 审结 and 恢复审理 are not.
  await expect(stepButton(page, '受理')).toBeVisible();
  await expect(stepButton(page, '审结')).toHaveCount(0);
  await expect(stepButton(page, '恢复审理')).toHaveCount(0);

  await expectStepRefused(page, '受理', { date: '2025-03-01' }, '受理日期（2025-03-01）不能早于收到日期（2025-03-10）');
  await expectUnchanged(page, '待受理', 1);

  await expectStepRefused(page, '受理', { date: '2030-01-01' }, /受理日期（2030-01-01）晚于今天/);
  await expectUnchanged(page, '待受理', 1);
  await expect(stepButton(page, '审结')).toHaveCount(0);

  // Not accepted at all (不予受理): still no 审结.
  await recordStep(page, '不予受理', { date: '2025-03-12' });
  await expectUnchanged(page, '不予受理', 2);
  await expect(stepButton(page, '审结')).toHaveCount(0);
  await expect(stepButton(page, '受理')).toHaveCount(0);
});

test('延期超过30天被拒绝，只能延期一次；未中止不提供恢复审理；将来日期的听证可以登记', async ({ page }) => {
  await openApp(page);
  await registerCase(page, CASE);
  await recordStep(page, '受理', { date: '2025-03-12' });
  await expectUnchanged(page, '审理中', 2);

  // Under review: 审结, 延期 and 中止审理 are offered, 恢复审理 is not.
  await expect(stepButton(page, '审结')).toBeVisible();
  await expect(stepButton(page, '中止审理')).toBeVisible();
  await expect(stepButton(page, '恢复审理')).toHaveCount(0);

  await expectStepRefused(page, '延期', { date: '2025-04-20', extensionDays: 31 }, '延长天数（31天）超过法定上限30天');
  await expectUnchanged(page, '审理中', 2);

  await recordStep(page, '延期', { date: '2025-04-20', extensionDays: 30 });
  await expectUnchanged(page, '审理中', 3);
  await expect(timelineItems(page).last()).toContainText('延长30日');
  // A second extension is not offered.
  await expect(stepButton(page, '延期')).toHaveCount(0);
  await expect(stepButton(page, '审结')).toBeVisible();

  // 恢复审理 appears only once the case is suspended.
  await recordStep(page, '中止审理', { date: '2025-05-06' });
  await expectUnchanged(page, '中止中', 4);
  await expect(stepButton(page, '恢复审理')).toBeVisible();
  await recordStep(page, '恢复审理', { date: '2025-06-03' });
  await expectUnchanged(page, '审理中', 5);
  await expect(stepButton(page, '恢复审理')).toHaveCount(0);
  await expect(stepButton(page, '延期')).toHaveCount(0);

  // A hearing may be scheduled for a future date.
  await recordStep(page, '听证', { date: '2030-06-01' });
  await expectUnchanged(page, '审理中', 6);
  await expect(timelineItems(page).last()).toContainText('听证');
  const hearing = page
    .locator('.ant-descriptions-item')
    .filter({ has: page.locator('.ant-descriptions-item-label', { hasText: /^听证$/ }) })
    .locator('.ant-descriptions-item-content');
  await expect(hearing).toHaveText('2030-06-01');
});

test('登记时案号重复被拒绝，列表件数不变', async ({ page }) => {
  await openApp(page);
  await registerCase(page, CASE);
  await goTo(page, '行政复议案件');
  await expect(listTotal(page)).toHaveText('共 1 件');

  for (const caseNo of [CASE.caseNo, '丹政复[2025]第07号']) {
    await test.step(`重复案号 ${caseNo}`, async () => {
      const drawer = await fillCaseForm(page, { ...CASE, caseNo, receivedDate: '2025-04-02', applicant: '孙十二' });
      await drawer.getByRole('button', { name: label('保存') }).click();
      const alert = drawer.getByRole('alert').filter({ hasText: '已被' }).first();
      await expect(alert).toBeVisible();
      await expect(alert).toContainText('案号');
      await expect(alert).toContainText(`案号“${CASE.caseNo}”已被另一案件使用（申请人：${CASE.applicant}）`);
      await expect(drawer).toBeVisible();
      await drawer.getByRole('button', { name: label('取消') }).click();
      await expect(drawer).toBeHidden();
      await expect(listTotal(page)).toHaveText('共 1 件');
      await expect(page.getByRole('cell', { name: '孙十二' })).toHaveCount(0);
    });
  }
});

test('登记时申请人为空被拒绝，列表件数不变', async ({ page }) => {
  await openApp(page);
  await registerCase(page, CASE);
  await goTo(page, '行政复议案件');
  await expect(listTotal(page)).toHaveText('共 1 件');

  const drawer = await fillCaseForm(page, { ...CASE, caseNo: '丹政复〔2025〕8号', receivedDate: '2025-04-02', applicant: '孙十二' });
  await drawer.getByLabel('申请人', { exact: true }).clear();
  await drawer.getByRole('button', { name: label('保存') }).click();
  await expect(drawer.getByRole('alert').filter({ hasText: '申请人不能为空' }).first()).toBeVisible();
  await expect(drawer).toBeVisible();
  await drawer.getByRole('button', { name: label('取消') }).click();
  await expect(caseDrawer(page)).toBeHidden();
  await expect(listTotal(page)).toHaveText('共 1 件');
  await expect(page.getByRole('cell', { name: '丹政复〔2025〕8号' })).toHaveCount(0);
});

/** The error shown under a form field, found by the field's exact label. */
function fieldError(drawer: Locator, fieldLabel: string): Locator {
  return drawer
    .locator('.ant-form-item')
    .filter({ has: drawer.page().locator('label', { hasText: exactText(fieldLabel) }) })
    .locator('.ant-form-item-explain-error');
}

test('登记时申请人和被申请人都为空：两个错误同时显示在各自的字段下，列表件数不变', async ({ page }) => {
  await openApp(page);
  await registerCase(page, CASE);
  await goTo(page, '行政复议案件');
  await expect(listTotal(page)).toHaveText('共 1 件');

  const drawer = await fillCaseForm(page, { ...CASE, caseNo: '丹政复〔2025〕8号', receivedDate: '2025-04-02', applicant: '孙十二' });
  await drawer.getByLabel('申请人', { exact: true }).clear();
  await drawer.getByLabel('被申请人', { exact: true }).clear();
  await drawer.getByRole('button', { name: label('保存') }).click();
  await expect(fieldError(drawer, '申请人')).toHaveText('申请人不能为空');
  await expect(fieldError(drawer, '被申请人')).toHaveText('被申请人不能为空');
  await expect(drawer.getByRole('alert').filter({ hasText: '申请人不能为空；被申请人不能为空' })).toBeVisible();
  await expect(drawer).toBeVisible();

  // Corrected, the errors go and the case is registered.
  await drawer.getByLabel('申请人', { exact: true }).fill('孙十二');
  await drawer.getByLabel('被申请人', { exact: true }).fill(CASE.respondent);
  await drawer.getByRole('button', { name: label('保存') }).click();
  await expect(drawer).toBeHidden();
  await expect(caseHeading(page)).toContainText('丹政复〔2025〕8号');
});

import { test } from '@playwright/test';
import { expect, goTo, label, openApp, pickDate, registerCase } from './helpers';

/** Today in China and n days before, as 'YYYY-MM-DD' (the app's calendar dates). */
const chinaToday = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
const daysBefore = (date: string, n: number) => new Date(Date.parse(`${date}T00:00:00Z`) - n * 86_400_000).toISOString().slice(0, 10);

/**
 * 待办 reads the open records through the 'awaiting' index (real IndexedDB here, not the unit tests' fake): an
 * overdue case (2023 law: its lapsed acceptance period shows as deemed accepted, still to be recorded) and an
 * unanswered 意见书 are listed; answering the letter takes it off at once.
 * Dates are chosen overdue (not "due in a few days") so that no holiday can move them out of the 7-day window.
 */
test('待办 lists an overdue case and an unanswered 意见书, and drops the letter once answered', async ({ page }) => {
  await openApp(page);
  const today = chinaToday();
  const received = daysBefore(today, 20);
  const caseNo = `丹政复〔${received.slice(0, 4)}〕1号`;
  const issued = daysBefore(today, 70);
  const docNo = `丹政复意〔${issued.slice(0, 4)}〕1号`;

  await registerCase(page, {
    caseNo,
    receivedDate: received,
    applicant: '周八',
    respondent: '丹阳市市场监督管理局',
    category: '行政处罚',
    field: '市场监管',
  });

  await goTo(page, '意见书 / 建议书');
  await page.getByRole('button', { name: '登记文书' }).click();
  const modal = page.getByRole('dialog', { name: '登记意见书 / 建议书' });
  await modal.getByLabel('文号', { exact: true }).fill(docNo);
  await modal.getByLabel('收文单位').fill('丹阳市市场监督管理局');
  await pickDate(modal.getByLabel('发出日期'), issued);
  await modal.getByRole('button', { name: label('保存') }).click();
  await expect(modal).toBeHidden();

  await goTo(page, '待办');
  const rows = page.locator('.ant-table-tbody tr.ant-table-row');
  await expect(rows).toHaveCount(2);
  await expect(rows.filter({ hasText: caseNo })).toContainText('受理审查 已届满，视为受理');
  await expect(rows.filter({ hasText: docNo })).toContainText('意见书反馈 已超期');

  await goTo(page, '意见书 / 建议书');
  await page.getByRole('row').filter({ hasText: docNo }).getByText('修改', { exact: true }).click();
  const edit = page.getByRole('dialog', { name: '修改文书' });
  await pickDate(edit.getByLabel('反馈日期'), today);
  await edit.getByRole('button', { name: label('保存') }).click();
  await expect(edit).toBeHidden();

  await goTo(page, '待办');
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText(caseNo);
});

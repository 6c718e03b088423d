import { test, expect } from '@playwright/test';
import { openApp, registerCase, recordStep, openCase, listTotal } from './helpers';
test('probe', async ({ page }) => {
  await openApp(page);
  await registerCase(page, { caseNo: '丹政复〔2024〕25号', receivedDate: '2024-10-08', applicant: '李四', respondent: '丹阳市公安局', category: '行政处罚', field: '公安' });
  await recordStep(page, '受理', { date: '2024-10-12' });
  await recordStep(page, '审结', { date: '2025-01-15', outcome: '撤销' });
  await openCase(page, '丹政复〔2024〕25号');
  await expect(listTotal(page)).toHaveCount(0);
});

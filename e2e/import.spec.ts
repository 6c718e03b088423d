import { expect, test, type Page } from '@playwright/test';
import iconv from 'iconv-lite';
import { chooseStatsYear, confirmImport, openApp } from './helpers';

/**
 * 台账导入 through the UI: download the template from the page, give it back to the file input, confirm, and read
 * the 2024 figures the template's sample rows make on 年度统计:
 *   行政复议: 丹政复〔2024〕1号 received 2024-03-01, accepted 2024-03-06, concluded 2024-04-26 维持 → 收到1 受理1 审结1,
 *     维持1, 直接纠错率 0 ÷ 1 = 0%; one 意见书 issued 2024-05-10.
 *   行政协议: one agreement 以市政府名义, opinion 2024-04-10.
 * Then a GBK csv with a bad row: the preview names the row, the column and the reason, and only the valid row
 * is imported.
 */

async function openImportPage(page: Page): Promise<void> {
  await page.getByRole('menuitem', { name: '台账导入' }).click();
  await expect(page.getByRole('heading', { level: 4, name: '台账导入' })).toBeVisible();
}

test('imports the downloaded template and the 年度统计 page shows its figures', async ({ page }, testInfo) => {
  test.setTimeout(180_000);
  await openApp(page);
  await openImportPage(page);

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: '下载导入模板' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('法治台账导入模板.xlsx');
  const path = testInfo.outputPath('法治台账导入模板.xlsx');
  await download.saveAs(path);

  await page.locator('input[type=file]').setInputFiles(path);
  // exceljs is fetched on first use and parses the workbook: allow for a slow machine.
  await expect(page.getByTestId('import-sheet-行政复议')).toBeVisible({ timeout: 60_000 });
  for (const sheet of ['复议文书', '规范性文件', '合法性审核', '备案审查', '文件清理', '行政协议', '行政应诉']) {
    await expect(page.getByTestId(`import-sheet-${sheet}`)).toContainText(sheet);
  }
  await expect(page.getByText('共 8 行')).toBeVisible();
  await confirmImport(page);
  await expect(page.getByTestId('import-result')).toHaveText('《法治台账导入模板.xlsx》：新增8条，更新0条，未变0条，跳过0条', { timeout: 30_000 });

  await chooseStatsYear(page, 2024);
  await expect(page.getByTestId('review-sentence')).toHaveText(
    '2024年，丹阳市人民政府共收到行政复议申请1件，受理1件，审结1件，审理结果为维持1件，行政复议直接纠错率0%，发出行政复议意见书1份。',
  );
  await expect(page.getByTestId('agreement-sentence')).toHaveText('2024年，市司法局共审核以市政府名义对外签订的行政协议1件。');

  // The same file again: everything is 未变.
  await openImportPage(page);
  await page.locator('input[type=file]').setInputFiles(path);
  await expect(page.getByText('共 8 行')).toBeVisible({ timeout: 60_000 });
  await confirmImport(page);
  await expect(page.getByTestId('import-result')).toHaveText('《法治台账导入模板.xlsx》：新增0条，更新0条，未变8条，跳过0条', { timeout: 30_000 });
});

test('a GBK csv with a bad row: the preview names it, only the valid row is imported', async ({ page }) => {
  await openApp(page);
  await openImportPage(page);
  const csv = [
    '2019年行政复议台账,,,,,,',
    '案号,申请人,被申请人,行为类别,管理领域,申请日期,结案日期,结案方式,承办人',
    '丹政复〔2019〕1号,张三,丹阳市公安局,行政处罚,公安,2019/3/5,,,李明',
    '丹政复〔2019〕2号,李四,丹阳市公安局,行政处罚,公安,2019年3月8日,2019-05-06,维持,李明',
  ].join('\r\n');
  await page.locator('input[type=file]').setInputFiles({ name: '旧台账.csv', mimeType: 'text/csv', buffer: iconv.encode(csv, 'gbk') });
  await expect(page.getByTestId('import-sheet-旧台账')).toContainText('行政复议');
  const bad = page.getByRole('row').filter({ hasText: '丹政复〔2019〕2号' });
  await expect(bad).toContainText('4');
  await expect(bad).toContainText('有误');
  await expect(bad).toContainText('「结案日期」：案件尚未受理，不能审结，请先登记受理');
  await confirmImport(page);
  await expect(page.getByTestId('import-result')).toHaveText('《旧台账.csv》：新增1条，更新0条，未变0条，跳过1条', { timeout: 30_000 });
  await page.getByRole('menuitem', { name: '行政复议案件' }).click();
  await expect(page.getByRole('cell', { name: '丹政复〔2019〕1号', exact: true })).toBeVisible();
  await expect(page.getByRole('cell', { name: '丹政复〔2019〕2号', exact: true })).toHaveCount(0);
});

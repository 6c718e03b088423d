import { readFile, writeFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import { type Page, test } from '@playwright/test';
import { chooseStatsYear, confirmImport, expect, label, openApp } from './helpers';

/**
 * Issue 14: re-importing an older Excel export must not silently remove later steps.
 * Two 2025 cases are imported (a csv), the year is exported (导出Excel), then 中止 and 延期 are added to case 1 and
 * 受理 to case 2 (a second csv), and the older export is imported back with one 承办人 changed in it:
 *   - the preview marks in red what the file lacks (the steps added since) and keeps it by default;
 *   - after 导入 the steps are still there and the 承办人 is the file's;
 *   - 撤销本次导入 on the result brings the 承办人 back and keeps the steps.
 */

const HEAD = '案号,申请人,被申请人,行为类别,管理领域,收到日期,受理日期,程序,中止日期,延期日期,承办人';

async function openImportPage(page: Page): Promise<void> {
  await page.getByRole('menuitem', { name: '台账导入' }).click();
  await expect(page.getByRole('heading', { level: 4, name: '台账导入' })).toBeVisible();
  const next = page.getByRole('button', { name: '继续导入其他文件' });
  if (await next.isVisible()) await next.click();
}

async function importCsv(page: Page, name: string, lines: string[]): Promise<void> {
  await openImportPage(page);
  await page.locator('input[type=file]').setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from([HEAD, ...lines].join('\r\n'), 'utf8') });
  await expect(page.getByText(`共 ${lines.length} 行`)).toBeVisible({ timeout: 60_000 });
  await confirmImport(page);
  await expect(page.getByTestId('import-result')).toBeVisible({ timeout: 30_000 });
}

async function caseTimeline(page: Page, caseNo: string): Promise<void> {
  await page.getByRole('menuitem', { name: '行政复议案件' }).click();
  await page.locator('a', { hasText: caseNo }).first().click();
}

test('re-importing an older export keeps the later steps (shown in red), and 撤销本次导入 reverts it', async ({ page }, testInfo) => {
  test.setTimeout(300_000);
  await openApp(page);
  await importCsv(page, '2025年案件.csv', [
    '丹政复〔2025〕1号,张三,丹阳市公安局,行政处罚,公安,2025-03-03,2025-03-07,普通,,,李明',
    '丹政复〔2025〕2号,丹阳市某某建材有限公司,丹阳市自然资源和规划局,行政许可,自然资源,2025-06-20,,,,,王芳',
  ]);

  // 导出Excel of 2025: the older file.
  await chooseStatsYear(page, 2025);
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 90_000 }), page.getByRole('button', { name: '导出Excel' }).click()]);
  const exported = await readFile((await download.path())!);
  // The clerk corrects one 承办人 in the exported file.
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(exported.buffer.slice(exported.byteOffset, exported.byteOffset + exported.byteLength) as ArrayBuffer);
  const ws = wb.getWorksheet('行政复议台账')!;
  const headers = (ws.getRow(2).values as unknown[]).map((v) => String(v ?? ''));
  const handlerCol = headers.indexOf('承办人');
  const row1 = [3, 4].find((r) => ws.getCell(r, 1).value === '丹政复〔2025〕1号')!;
  ws.getCell(row1, handlerCol).value = '赵六';
  const older = testInfo.outputPath('2025年度法治政府建设工作统计.xlsx');
  await writeFile(older, Buffer.from(await wb.xlsx.writeBuffer()));

  // Later steps: 中止 and 延期 on case 1, 受理 on case 2.
  await importCsv(page, '后续步骤.csv', [
    '丹政复〔2025〕1号,张三,丹阳市公安局,行政处罚,公安,2025-03-03,2025-03-07,普通,2025-04-01,2025-04-28,李明',
    '丹政复〔2025〕2号,丹阳市某某建材有限公司,丹阳市自然资源和规划局,行政许可,自然资源,2025-06-20,2025-06-25,普通,,,王芳',
  ]);

  // The older export again.
  await openImportPage(page);
  await page.locator('input[type=file]').setInputFiles(older, { timeout: 10_000 });
  await expect(page.getByTestId('import-removals-notice')).toContainText('2条记录', { timeout: 60_000 });
  const r1 = page.getByRole('row').filter({ hasText: '丹政复〔2025〕1号' });
  await expect(r1).toContainText('更新');
  await expect(r1).toContainText('承办人：李明 → 赵六');
  const removal1 = r1.getByTestId('import-removal');
  await expect(removal1).toContainText('撤回步骤：中止审理（2025-04-01）');
  await expect(removal1).toContainText('撤回步骤：延期（2025-04-28，延长30日）');
  await expect(removal1).toHaveCSS('border-left-color', 'rgb(207, 19, 34)');
  await expect(removal1.getByRole('checkbox', { name: '按文件删除' })).not.toBeChecked();
  const r2 = page.getByRole('row').filter({ hasText: '丹政复〔2025〕2号' });
  await expect(r2).toContainText('未变');
  await expect(r2.getByTestId('import-removal')).toContainText('撤回步骤：受理（2025-06-25，普通程序）');
  await confirmImport(page);
  await expect(page.getByTestId('import-result')).toHaveText('《2025年度法治政府建设工作统计.xlsx》：新增0条，更新1条，未变1条，跳过0条', {
    timeout: 30_000,
  });

  // The steps are kept, the 承办人 is the file's.
  await chooseStatsYear(page, 2025);
  await expect(page.getByTestId('review-sentence')).toContainText('受理2件');
  await openImportPage(page);
  // 撤销上一步 in the header meets the import as a whole.
  const undoButton = page.getByRole('button', { name: '撤销上一步' });
  await expect(undoButton).toBeEnabled();
  await undoButton.click();
  const confirm = page.locator('.ant-popconfirm').filter({ hasText: '撤销上一步？' });
  await expect(confirm).toContainText('导入《2025年度法治政府建设工作统计.xlsx》');
  await confirm.getByRole('button', { name: label('撤销') }).click();
  await expect(page.getByText('已撤销：导入《2025年度法治政府建设工作统计.xlsx》')).toBeVisible();

  // Re-import once more and revert through 撤销本次导入 on the result.
  await openImportPage(page);
  await page.locator('input[type=file]').setInputFiles(older, { timeout: 10_000 });
  await expect(page.getByTestId('import-removals-notice')).toBeVisible({ timeout: 60_000 });
  await confirmImport(page);
  await expect(page.getByTestId('import-result')).toContainText('更新1条', { timeout: 30_000 });
  await page.getByRole('button', { name: '撤销本次导入' }).click();
  await page
    .locator('.ant-popconfirm')
    .filter({ hasText: '撤销本次导入？' })
    .getByRole('button', { name: label('撤销') })
    .click();
  await expect(page.getByText('已撤销本次导入', { exact: true })).toBeVisible();

  await caseTimeline(page, '丹政复〔2025〕1号');
  // The case is back to 李明; 修改记录 below still shows the reverted change (赵六 struck through), as it should.
  const info = page.locator('.ant-card').filter({ hasText: '案件信息' });
  await expect(info).toContainText('李明');
  await expect(info.getByText('赵六')).toHaveCount(0);
  await expect(page.getByText('中止审理').first()).toBeVisible();
  await expect(page.getByText('延期').first()).toBeVisible();
});

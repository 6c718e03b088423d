import { test, type Page } from '@playwright/test';
import { confirmImport, expect, label, openApp, pickOption } from './helpers';

/**
 * Pages that keep their place (issue 14): the view in the URL (Back after a search, a reload of 年度统计's year), a
 * case opened by its 案号, the header's search across ledgers (Ctrl+K), and Chinese accessible names only.
 * Three cases are imported from a csv: 丹政复〔2019〕1号 (李秀英, concluded), 丹政复〔2019〕2号 (王志强, accepted),
 * 丹政复〔2026〕1号 (李建华, received).
 */
async function seed(page: Page): Promise<void> {
  await openApp(page);
  await page.getByRole('menuitem', { name: '台账导入' }).click();
  const csv = [
    '案号,申请人,被申请人,行为类别,管理领域,收到日期,受理日期,审结日期,审理结果,承办人',
    '丹政复〔2019〕1号,李秀英,丹阳市自然资源和规划局,行政处罚,自然资源,2019-03-05,2019-03-08,2019-05-06,维持,李明',
    '丹政复〔2019〕2号,王志强,丹阳市市场监督管理局,行政处罚,市场监管,2019-04-01,2019-04-03,,,李明',
    '丹政复〔2026〕1号,李建华,丹阳市人力资源和社会保障局,工伤认定,人力社保,2026-01-05,,,,王芳',
  ].join('\r\n');
  await page.locator('input[type=file]').setInputFiles({ name: '案件.csv', mimeType: 'text/csv', buffer: Buffer.from(`\ufeff${csv}`, 'utf8') });
  await confirmImport(page);
  await expect(page.getByTestId('import-result')).toHaveText('《案件.csv》：新增3条，更新0条，未变0条，跳过0条', { timeout: 60_000 });
}

const caseHeading = (page: Page, caseNo: string) => page.getByRole('heading', { level: 4 }).filter({ hasText: caseNo });

test('Back after a search returns to the list with the search kept', async ({ page }) => {
  await seed(page);
  await page.getByRole('menuitem', { name: '行政复议案件', exact: true }).click();
  const search = page.getByRole('searchbox', { name: '搜索案件' });
  await search.fill('李');
  await expect(page).toHaveURL(/#\/review\?q=%E6%9D%8E$/);
  await expect(page.getByRole('cell', { name: '丹政复〔2019〕2号', exact: true })).toHaveCount(0);
  await page.getByText('丹政复〔2026〕1号', { exact: true }).click();
  await expect(caseHeading(page, '丹政复〔2026〕1号')).toBeVisible();
  await page.goBack();
  await expect(search).toHaveValue('李');
  await expect(page.getByRole('cell', { name: '丹政复〔2019〕1号', exact: true })).toBeVisible();
  await expect(page.getByRole('cell', { name: '丹政复〔2019〕2号', exact: true })).toHaveCount(0);
  // A reload keeps the search and a filter chosen since.
  await page.getByRole('checkbox', { name: '只看已超期' }).check();
  await expect(page).toHaveURL(/overdue=1/);
  await page.reload();
  await expect(page.getByRole('searchbox', { name: '搜索案件' })).toHaveValue('李');
  await expect(page.getByRole('checkbox', { name: '只看已超期' })).toBeChecked();
});

test('a reload of #/stats?year=2019 shows 2019; a year without records says so', async ({ page }) => {
  await seed(page);
  await page.goto('/#/stats?year=2019');
  await expect(page.getByRole('heading', { level: 4 })).toHaveText('2019年度统计');
  await page.reload();
  await expect(page.getByRole('heading', { level: 4 })).toHaveText('2019年度统计');
  await expect(page.getByRole('combobox', { name: '统计年度' })).toBeVisible();
  await expect(page.getByText('2019年，丹阳市人民政府共收到行政复议申请2件')).toBeVisible();
  // Any year can be chosen, also one without records.
  await page.getByRole('combobox', { name: '统计年度' }).click();
  await page.getByRole('option', { name: '2005年', exact: true }).click();
  await expect(page).toHaveURL(/#\/stats\?year=2005$/);
  await expect(page.getByRole('heading', { level: 4 })).toHaveText('2005年度统计');
  await expect(page.getByText('2005年没有台账记录')).toBeVisible();
});

test('a case opens by its 案号, in any bracket style', async ({ page }) => {
  await seed(page);
  await page.goto(`/#/review/${encodeURIComponent('丹政复〔2019〕2号')}`);
  await expect(caseHeading(page, '丹政复〔2019〕2号')).toBeVisible();
  await expect(page.getByText('王志强').first()).toBeVisible();
  await page.goto('/#/review/丹政复[2019]1号');
  await expect(caseHeading(page, '丹政复〔2019〕1号')).toBeVisible();
  await page.goto('/#/review/丹政复〔2019〕9号');
  await expect(page.getByText('案件不存在或已删除')).toBeVisible();
});

test('the header search (Ctrl+K) finds a record by part of its 案号 or by a name, Enter opens it', async ({ page }) => {
  await seed(page);
  const box = page.getByRole('combobox', { name: '全局搜索' });
  await page.keyboard.press('Control+k');
  await expect(box).toBeFocused();
  await page.keyboard.type('2019〕2');
  await expect(page.getByRole('option', { name: '丹政复〔2019〕2号（申请人：王志强）' })).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(caseHeading(page, '丹政复〔2019〕2号')).toBeVisible();

  await page.keyboard.press('Control+k');
  await page.keyboard.type('李建华');
  await expect(page.getByRole('option', { name: '丹政复〔2026〕1号（申请人：李建华）' })).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(caseHeading(page, '丹政复〔2026〕1号')).toBeVisible();

  // By the 被申请人: the option says which field matched.
  await page.keyboard.press('Control+k');
  await page.keyboard.type('人力资源和社会保障局');
  await expect(page.getByRole('option', { name: '丹政复〔2026〕1号（申请人：李建华）　被申请人：丹阳市人力资源和社会保障局' })).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(caseHeading(page, '丹政复〔2026〕1号')).toBeVisible();

  await page.keyboard.press('Control+k');
  await page.keyboard.type('没有这个人');
  await expect(page.getByText('没有找到记录')).toBeVisible();
});

test('the 合法性审核, 备案审查 and 清理 tabs keep their search, filters and page in the URL', async ({ page }) => {
  await openApp(page);
  await page.getByRole('menuitem', { name: '规范性文件' }).click();
  await page.getByRole('tab', { name: '合法性审核' }).click();
  await expect(page).toHaveURL(/#\/normative\/legality$/);
  for (const [title, unit] of [
    ['丹阳市机动车停车服务收费办法（送审稿）', '丹阳市发展和改革委员会'],
    ['丹阳市城市绿化管理办法（送审稿）', '丹阳市住房和城乡建设局'],
  ]) {
    await page.getByRole('button', { name: '登记合法性审核' }).click();
    const drawer = page.getByRole('dialog', { name: '登记合法性审核' });
    await drawer.getByLabel('文件名称').fill(title);
    await drawer.getByLabel('起草单位').fill(unit);
    await drawer.getByRole('button', { name: label('保存') }).click();
    await expect(drawer).toBeHidden();
  }
  const rows = page.getByRole('tabpanel').getByRole('row');
  await expect(rows).toHaveCount(3);
  await page.getByRole('searchbox', { name: '搜索合法性审核' }).fill('住房和城乡');
  await expect(page).toHaveURL(/#\/normative\/legality\?q=/);
  await pickOption(page, page.getByRole('combobox', { name: '办理状态' }), '审核中');
  await expect(page).toHaveURL(/state=pending/);
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(1)).toContainText('丹阳市城市绿化管理办法（送审稿）');
  await page.reload();
  await expect(page.getByRole('tab', { name: '合法性审核', selected: true })).toBeVisible();
  await expect(page.getByRole('searchbox', { name: '搜索合法性审核' })).toHaveValue('住房和城乡');
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(1)).toContainText('丹阳市城市绿化管理办法（送审稿）');

  // Another tab has its own view; Back returns to this one, search and filter kept.
  await page.getByRole('tab', { name: '备案审查' }).click();
  await expect(page).toHaveURL(/#\/normative\/filing$/);
  await pickOption(page, page.getByRole('combobox', { name: '办理状态' }), '逾期报备');
  await expect(page).toHaveURL(/#\/normative\/filing\?state=late$/);
  await page.goBack();
  await expect(page).toHaveURL(/#\/normative\/legality\?q=.*state=pending/);
  await expect(page.getByRole('searchbox', { name: '搜索合法性审核' })).toHaveValue('住房和城乡');
  await page.goto('/#/normative/cleanup?q=2017');
  await expect(page.getByRole('searchbox', { name: '搜索清理批次' })).toHaveValue('2017');
  // The page size (and the page) come from the URL too.
  await page.goto('/#/normative/legality?size=20');
  await expect(page.getByRole('tabpanel').getByText('20 条/页')).toBeVisible();
});

test('icons carry no English names; select options are named by their Chinese labels', async ({ page }) => {
  await seed(page);
  await page.getByRole('menuitem', { name: '行政复议案件', exact: true }).click();
  await expect(page.getByRole('cell', { name: '丹政复〔2019〕1号', exact: true })).toBeVisible();
  await expect(page.getByRole('menuitem', { name: '待办', exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: '撤销上一步', exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: '搜索', exact: true })).toBeVisible();
  await page.getByRole('combobox', { name: '状态' }).click();
  await expect(page.getByRole('option', { name: '已审结', exact: true })).toBeVisible();
  await expect(page.getByRole('option', { name: '未受理', exact: true })).toBeVisible();
  await expect(page.getByRole('option', { name: 'concluded' })).toHaveCount(0);
  // The respondent's cell drops the city prefix; its text (and accessible name) is still the whole name.
  await expect(page.getByRole('cell', { name: '丹阳市自然资源和规划局', exact: true })).toBeVisible();
  const tree = await page.locator('body').ariaSnapshot();
  expect(tree).not.toMatch(/img "[a-z-]+"/);
  expect(tree).not.toMatch(/"(close-circle|search|left|right|down|bell|undo)"/);
});

import { test } from '@playwright/test';
import {
  expect,
  caseHeading,
  chooseStatsYear,
  goTo,
  label,
  listTotal,
  openApp,
  openCase,
  pickDate,
  pickOption,
  recordStep,
  registerCase,
  statistic,
  timelineItems,
  type CaseInput,
  type StepOptions,
} from './helpers';

/**
 * The whole review-case path through the UI: register cases received in 2024 and 2025,
 * take them through 受理 / 不予受理 / 审结 with the case page buttons, issue one 意见书,
 * reload, and check the 2025 (and 2024) year-end figures and report sentence.
 *
 * The scenario (all dates in the past, so "today" does not matter):
 *
 * | 案号          | 收到       | 受理       | 结局                        |
 * |---------------|------------|------------|-----------------------------|
 * | 丹政复〔2024〕25号 | 2024-10-08 | 2024-10-12 | 审结 2025-01-15 撤销          |
 * | 丹政复〔2024〕30号 | 2024-12-20 | 2025-01-06 | 审结 2026-02-10 驳回复议请求  |
 * | 丹政复〔2025〕1号  | 2025-03-03 | —          | 不予受理 2025-03-07           |
 * | 丹政复〔2025〕2号  | 2025-04-01 | 2025-04-07 | 审结 2025-05-30 维持          |
 * | 丹政复〔2025〕3号  | 2025-06-02 | 2025-06-09 | 审结 2025-08-15 终止          |
 * | 丹政复〔2025〕4号  | 2025-11-03 | 2025-11-10 | 仍在审理                      |
 * | 丹政复〔2025〕5号  | 2025-12-29 | 2026-01-05 | 仍在审理                      |
 * 意见书 丹政复意〔2025〕1号, issued 2025-09-10.
 *
 * Hand count for 2025 (domain.md §1 rules 1–8):
 *   收到 = receipt in 2025 = 〔2025〕1–5号 = 5
 *   受理 = acceptance in 2025 = 〔2024〕30号, 〔2025〕2、3、4号 = 4   (〔2025〕5号 was accepted in 2026)
 *   未受理 = 〔2025〕1号 不予受理 = 1
 *   审结 = conclusion in 2025 = 〔2024〕25号, 〔2025〕2、3号 = 3; of these accepted before 2025: 〔2024〕25号 → 含2024年结转1件
 *   outcomes: 维持1 (〔2025〕2号), 撤销1 (〔2024〕25号), 终止1 (〔2025〕3号)  → 3 = 审结
 *   结转入2025 = accepted ≤ 2024-12-31, open then = 〔2024〕25号 = 1
 *   结转2026 = accepted ≤ 2025-12-31, open then = 〔2024〕30号, 〔2025〕4号 = 2
 *   check: 1 + 4 = 3 + 2 ✓
 *   直接纠错率 = 撤销 1 ÷ 审结 3 = 33.333…% → "33.33%"
 *   意见书 = 1
 * Hand count for 2024: 收到 2 (〔2024〕25、30号), 受理 1 (〔2024〕25号), 审结 0, 结转2025 1; no rate, no letters.
 */

interface ScenarioCase extends CaseInput {
  steps: [string, StepOptions][];
  /** The status tag expected in the list afterwards. */
  status: string;
}

const CASES: ScenarioCase[] = [
  {
    caseNo: '丹政复〔2024〕25号',
    receivedDate: '2024-10-08',
    applicant: '李四',
    respondent: '丹阳市公安局',
    category: '行政处罚',
    field: '公安',
    steps: [
      ['受理', { date: '2024-10-12' }],
      ['审结', { date: '2025-01-15', outcome: '撤销' }],
    ],
    status: '已审结',
  },
  {
    caseNo: '丹政复〔2024〕30号',
    receivedDate: '2024-12-20',
    applicant: '王建国',
    respondent: '丹阳市自然资源和规划局',
    category: '行政确权',
    field: '自然资源',
    steps: [
      ['受理', { date: '2025-01-06', procedure: '普通程序' }],
      ['审结', { date: '2026-02-10', outcome: '驳回复议请求' }],
    ],
    status: '已审结',
  },
  {
    caseNo: '丹政复〔2025〕1号',
    receivedDate: '2025-03-03',
    applicant: '赵六',
    respondent: '丹阳市市场监督管理局',
    category: '举报投诉处理',
    field: '市场监管',
    steps: [['不予受理', { date: '2025-03-07' }]],
    status: '不予受理',
  },
  {
    caseNo: '丹政复〔2025〕2号',
    receivedDate: '2025-04-01',
    applicant: '丹阳市某某建材有限公司',
    respondent: '丹阳市生态环境局',
    category: '行政处罚',
    field: '生态环境',
    steps: [
      ['受理', { date: '2025-04-07' }],
      ['审结', { date: '2025-05-30', outcome: '维持' }],
    ],
    status: '已审结',
  },
  {
    caseNo: '丹政复〔2025〕3号',
    receivedDate: '2025-06-02',
    applicant: '孙七',
    respondent: '丹阳市人力资源和社会保障局',
    category: '工伤认定',
    field: '人社',
    steps: [
      ['受理', { date: '2025-06-09' }],
      ['审结', { date: '2025-08-15', outcome: '终止' }],
    ],
    status: '已审结',
  },
  {
    caseNo: '丹政复〔2025〕4号',
    receivedDate: '2025-11-03',
    applicant: '周八',
    respondent: '丹阳市住房和城乡建设局',
    category: '政府信息公开',
    field: '住建',
    steps: [['受理', { date: '2025-11-10' }]],
    status: '审理中',
  },
  {
    caseNo: '丹政复〔2025〕5号',
    receivedDate: '2025-12-29',
    applicant: '吴九',
    respondent: '丹阳市交通运输局',
    category: '行政许可',
    field: '交通运输',
    steps: [['受理', { date: '2026-01-05' }]],
    status: '审理中',
  },
];

const SENTENCE_2025 =
  '2025年，丹阳市人民政府共收到行政复议申请5件，受理4件，审结3件（含2024年结转1件），审理结果为维持1件，撤销1件，终止1件，行政复议直接纠错率33.33%，发出行政复议意见书1份。';
const SENTENCE_2024 = '2024年，丹阳市人民政府共收到行政复议申请2件，受理1件，审结0件。';

test('register, accept and conclude cases, issue an opinion letter, reload, and check the 2025 year-end figures', async ({ page }) => {
  // Seven registrations and a dozen steps through a real browser: allow for a slow machine.
  test.setTimeout(900_000);
  await openApp(page);

  for (const c of CASES) {
    await test.step(`登记并办理 ${c.caseNo}`, async () => {
      await registerCase(page, c);
      await expect(caseHeading(page)).toContainText('待受理');
      for (const [step, opts] of c.steps) await recordStep(page, step, opts);
      await expect(caseHeading(page)).toContainText(c.status);
    });
  }

  await test.step('登记意见书', async () => {
    await goTo(page, '意见书 / 建议书');
    await page.getByRole('button', { name: '登记文书' }).click();
    const modal = page.getByRole('dialog', { name: '登记意见书 / 建议书' });
    await expect(modal).toBeVisible();
    // 意见书 is the default kind.
    await expect(modal.getByText('行政复议意见书', { exact: true })).toBeVisible();
    await modal.getByLabel('文号', { exact: true }).fill('丹政复意〔2025〕1号');
    await pickOption(page, modal.getByLabel('关联案件'), '丹政复〔2025〕3号（孙七 诉 丹阳市人力资源和社会保障局）');
    await modal.getByLabel('收文单位').fill('丹阳市人力资源和社会保障局');
    await pickDate(modal.getByLabel('发出日期'), '2025-09-10');
    await modal.getByRole('button', { name: label('保存') }).click();
    await expect(modal).toBeHidden();
    const row = page.getByRole('row').filter({ hasText: '丹政复意〔2025〕1号' });
    await expect(row).toContainText('行政复议意见书');
    await expect(row).toContainText('2025-09-10');
    await expect(row).toContainText('丹政复〔2025〕3号');
  });

  await test.step('重新加载后数据仍在', async () => {
    await page.reload();
    // The operator name was saved too: no question this time.
    await expect(page.getByText('当前使用人：张明')).toBeVisible();
    await expect(page.getByRole('dialog', { name: '请填写使用人姓名' })).toBeHidden();
    await expect(page.getByRole('row').filter({ hasText: '丹政复意〔2025〕1号' })).toBeVisible();

    await goTo(page, '行政复议案件');
    await expect(listTotal(page)).toHaveText(`共 ${CASES.length} 件`);
    for (const c of CASES) {
      const row = page.getByRole('row').filter({ has: page.getByRole('cell', { name: c.caseNo, exact: true }) });
      await expect(row).toContainText(c.applicant);
      await expect(row).toContainText(c.receivedDate);
      await expect(row).toContainText(c.status);
    }
    // One case page after the reload, with its whole timeline.
    await openCase(page, '丹政复〔2024〕30号');
    await expect(caseHeading(page)).toContainText('已审结');
    await expect(timelineItems(page)).toHaveCount(3);
    await expect(timelineItems(page).last()).toContainText('2026-02-10');
    await expect(timelineItems(page).last()).toContainText('审理结果：驳回复议请求');
  });

  await test.step('2025年度统计', async () => {
    await chooseStatsYear(page, 2025);
    await expect(statistic(page, '收到申请')).toHaveText('5件');
    await expect(statistic(page, '受理')).toHaveText('4件');
    await expect(statistic(page, '未受理')).toHaveText('1件');
    await expect(statistic(page, '审结（含2024年结转）')).toHaveText('3件');
    await expect(statistic(page, '直接纠错率')).toHaveText('33.33%');
    await expect(statistic(page, '结转2026年')).toHaveText('2件');

    const rows = page.locator('.ant-descriptions-row');
    await expect(rows.filter({ hasText: '2024年结转入本年' })).toContainText('1 件');
    await expect(rows.filter({ hasText: '本年审结' })).toContainText('3 件（其中2024年及以前受理 1 件）');
    await expect(rows.filter({ hasText: '发出意见书' })).toContainText('1 份');
    await expect(rows.filter({ hasText: '发出建议书' })).toContainText('0 份');

    await expect(page.getByText(/^结转核对通过/)).toHaveText('结转核对通过：上年结转 1 + 本年受理 4 = 本年审结 3 + 结转下年 2');
    await expect(page.getByText('结转核对不平衡')).toHaveCount(0);
    await expect(page.getByTestId('review-sentence')).toHaveText(SENTENCE_2025);
  });

  await test.step('2024年度统计', async () => {
    await chooseStatsYear(page, 2024);
    await expect(statistic(page, '收到申请')).toHaveText('2件');
    await expect(statistic(page, '受理')).toHaveText('1件');
    await expect(statistic(page, '审结（含2023年结转）')).toHaveText('0件');
    await expect(statistic(page, '结转2025年')).toHaveText('1件');
    await expect(page.getByText(/^结转核对通过/)).toHaveText('结转核对通过：上年结转 0 + 本年受理 1 = 本年审结 0 + 结转下年 1');
    await expect(page.getByTestId('review-sentence')).toHaveText(SENTENCE_2024);
  });
});

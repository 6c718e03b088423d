import { expect as baseExpect, type Locator, type Page } from '@playwright/test';

/**
 * Shared steps for the browser e2e tests of 法治台账.
 * antd puts a space between the two characters of a two-character button label
 * ('保 存', '受 理'), so buttons are matched with `label(...)`, a regex that allows it.
 */

/**
 * `expect` with a longer timeout than the config's 10 s: these tests click through antd
 * animations on shared, sometimes heavily loaded machines. Still explicit waits, never sleeps.
 */
export const expect = baseExpect.configure({ timeout: 30_000 });

export const OPERATOR = '张明';

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A regex matching exactly this text (after Playwright's whitespace normalisation). */
export function exactText(text: string): RegExp {
  return new RegExp(`^${escapeRegExp(text)}$`);
}

/** An exact-match regex for a button label, tolerating the spaces antd inserts between characters. */
export function label(text: string): RegExp {
  const chars = [...text].map(escapeRegExp);
  return new RegExp(`^\\s*${chars.join('\\s*')}\\s*$`);
}

/** Opens the app on a fresh profile and answers the 使用人姓名 question. */
export async function openApp(page: Page, operator = OPERATOR): Promise<void> {
  await page.goto('/');
  const gate = page.getByRole('dialog', { name: '请填写使用人姓名' });
  await expect(gate).toBeVisible();
  await gate.getByRole('textbox', { name: '使用人姓名' }).fill(operator);
  await gate.getByRole('button', { name: label('确定') }).click();
  await expect(gate).toBeHidden();
  await expect(page.getByText(`当前使用人：${operator}`)).toBeVisible();
}

/** Goes to a section through the side menu. */
export async function goTo(page: Page, menu: '待办' | '行政复议案件' | '意见书 / 建议书' | '年度统计' | '设置'): Promise<void> {
  await page.getByRole('menuitem', { name: menu }).click();
}

/**
 * Types a date ('YYYY-MM-DD') into an antd DatePicker and leaves the field with Tab.
 * (Enter would also submit the surrounding form — the step modals save on Enter.)
 */
export async function pickDate(input: Locator, date: string): Promise<void> {
  await input.click();
  await input.fill(date);
  await input.press('Tab');
  await expect(input).toHaveValue(date);
}

/**
 * Chooses an option of an antd Select by its exact text. The dropdown is a virtual list that
 * only renders the options in view, so an option further down is reached with the arrow keys.
 */
export async function pickOption(page: Page, select: Locator, option: string): Promise<void> {
  await select.click();
  const dropdown = page.locator('.ant-select-dropdown:visible');
  await expect(dropdown.locator('.ant-select-item-option').first()).toBeVisible();
  const rendered = dropdown
    .locator('.ant-select-item-option')
    .filter({ has: page.locator('.ant-select-item-option-content', { hasText: exactText(option) }) });
  if ((await rendered.count()) > 0) {
    await rendered.click();
  } else {
    const active = dropdown.locator('.ant-select-item-option-active .ant-select-item-option-content');
    let found = false;
    for (let i = 0; i < 60 && !found; i++) {
      await page.keyboard.press('ArrowDown');
      found = (await active.count()) === 1 && ((await active.textContent()) ?? '').trim() === option;
    }
    expect(found, `option “${option}” not found in the dropdown`).toBe(true);
    await page.keyboard.press('Enter');
  }
  await expect(dropdown).toHaveCount(0);
}

export interface CaseInput {
  caseNo: string;
  receivedDate: string;
  applicant: string;
  respondent: string;
  category: string;
  field: string;
}

/** The registration drawer. */
export function caseDrawer(page: Page): Locator {
  return page.getByRole('dialog', { name: '登记行政复议申请' });
}

/** Opens the registration drawer from the case list and fills every field given (undefined ones are left as proposed). */
export async function fillCaseForm(page: Page, input: Partial<CaseInput>): Promise<Locator> {
  await goTo(page, '行政复议案件');
  await page.getByRole('button', { name: '登记新案件' }).click();
  const drawer = caseDrawer(page);
  await expect(drawer).toBeVisible();
  // The receipt date first: changing it proposes a new 案号, which would overwrite one typed earlier.
  if (input.receivedDate !== undefined) await pickDate(drawer.getByLabel('收到日期'), input.receivedDate);
  if (input.caseNo !== undefined) await drawer.getByLabel('案号').fill(input.caseNo);
  if (input.applicant !== undefined) await drawer.getByLabel('申请人', { exact: true }).fill(input.applicant);
  if (input.respondent !== undefined) await drawer.getByLabel('被申请人', { exact: true }).fill(input.respondent);
  if (input.category !== undefined) await pickOption(page, drawer.getByLabel('行为类别'), input.category);
  if (input.field !== undefined) await pickOption(page, drawer.getByLabel('管理领域'), input.field);
  return drawer;
}

/** Registers a case through the form; ends on the new case's page. */
export async function registerCase(page: Page, input: CaseInput): Promise<void> {
  const drawer = await fillCaseForm(page, input);
  await drawer.getByRole('button', { name: label('保存') }).click();
  await expect(drawer).toBeHidden();
  await expect(caseHeading(page)).toContainText(input.caseNo);
  await expect(timelineItems(page)).toHaveCount(1);
}

/** The case page's title: 案号 and the status tag. */
export function caseHeading(page: Page): Locator {
  return page.getByRole('heading', { level: 4 });
}

/** The card with the step buttons on the case page. */
export function stepCard(page: Page): Locator {
  return page.locator('.ant-card').filter({ has: page.locator('.ant-card-head-title', { hasText: /^办理$/ }) });
}

/** The timeline entries (办理过程) on the case page. */
export function timelineItems(page: Page): Locator {
  return page
    .locator('.ant-card')
    .filter({ has: page.locator('.ant-card-head-title', { hasText: /^办理过程$/ }) })
    .locator('.ant-timeline-item');
}

export function stepButton(page: Page, step: string): Locator {
  return stepCard(page).getByRole('button', { name: label(step) });
}

export interface StepOptions {
  date: string;
  /** 审结: the outcome's label, e.g. 维持. */
  outcome?: string;
  /** 受理 under the 2023 law: 普通程序 / 简易程序. */
  procedure?: '普通程序' | '简易程序';
  /** 延期: days. */
  extensionDays?: number;
}

/** Opens a step's modal from the case page and fills it; returns the modal (not yet submitted). */
export async function fillStep(page: Page, step: string, opts: StepOptions): Promise<Locator> {
  await stepButton(page, step).click();
  const modal = page.getByRole('dialog').filter({ hasText: `${step} — ` });
  await expect(modal).toBeVisible();
  await pickDate(modal.locator('input#date'), opts.date);
  if (opts.procedure) await modal.getByRole('radio', { name: opts.procedure }).check();
  if (opts.extensionDays !== undefined) {
    const days = modal.getByLabel('延长天数');
    await days.fill(String(opts.extensionDays));
    await expect(days).toHaveValue(String(opts.extensionDays));
  }
  if (opts.outcome) await modal.getByRole('radio', { name: opts.outcome, exact: true }).check();
  return modal;
}

/** Records a step through the case page's button and its modal; waits until it is on the timeline. */
export async function recordStep(page: Page, step: string, opts: StepOptions): Promise<void> {
  const before = await timelineItems(page).count();
  const modal = await fillStep(page, step, opts);
  await modal.getByRole('button', { name: label('确定') }).click();
  await expect(modal).toBeHidden();
  await expect(timelineItems(page)).toHaveCount(before + 1);
  await expect(timelineItems(page).last()).toContainText(opts.date);
}

/** Tries a step that must be refused: the modal stays open with `message`, then is cancelled. */
export async function expectStepRefused(page: Page, step: string, opts: StepOptions, message: string | RegExp): Promise<void> {
  const modal = await fillStep(page, step, opts);
  await modal.getByRole('button', { name: label('确定') }).click();
  await expect(modal.getByRole('alert').filter({ hasText: message })).toBeVisible();
  await expect(modal).toBeVisible();
  await modal.getByRole('button', { name: label('取消') }).click();
  await expect(modal).toBeHidden();
}

/** Opens a case from the list by its 案号. */
export async function openCase(page: Page, caseNo: string): Promise<void> {
  await goTo(page, '行政复议案件');
  // The 案号 is a Typography.Link without href, so it has no link role: click its text in the table.
  await page.getByRole('cell', { name: caseNo, exact: true }).getByText(caseNo, { exact: true }).click();
  await expect(caseHeading(page)).toContainText(caseNo);
}

/** The "共 N 件" total under the case list. */
export function listTotal(page: Page): Locator {
  return page.locator('.ant-pagination-total-text');
}

/** The value (with its suffix) of a Statistic on the 年度统计 page, found by its exact title. */
export function statistic(page: Page, title: string): Locator {
  return page
    .locator('.ant-statistic')
    .filter({ has: page.locator('.ant-statistic-title', { hasText: exactText(title) }) })
    .locator('.ant-statistic-content');
}

/** Chooses the year on the 年度统计 page. */
export async function chooseStatsYear(page: Page, year: number): Promise<void> {
  await goTo(page, '年度统计');
  await pickOption(page, page.getByRole('combobox', { name: '统计年度' }), `${year}年`);
  await expect(page.getByRole('heading', { level: 4 })).toHaveText(`${year}年度统计`);
}

/**
 * 确认导入 → 导入, then (browser) the question whether the safety backup's download was saved: `saved` answers it
 * (备份已保存，开始导入, or 没有保存，取消导入), when the import writes anything. The download is left to the browser context.
 */
export async function confirmImport(page: Page, saved = true): Promise<void> {
  await page.getByRole('button', { name: label('确认导入') }).click();
  const dialog = page.getByRole('dialog').filter({ hasText: '确认导入' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: label('导入') }).click();
  // Asked only when the import writes something (a file with nothing new takes no backup).
  const ask = page.getByRole('dialog').filter({ hasText: '导入前的备份文件保存了吗？' });
  const refused = page.getByRole('dialog').filter({ hasText: '没有导入' });
  await expect(ask.or(page.getByTestId('import-result')).or(refused)).toBeVisible({ timeout: 60_000 });
  if (await ask.isVisible()) await ask.getByRole('button', { name: saved ? '备份已保存，开始导入' : '没有保存，取消导入' }).click();
}

import { readFile } from 'node:fs/promises';
import { expect, test, type Download, type Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { chooseStatsYear, goTo, label, openApp, recordStep, registerCase } from './helpers';

/**
 * The year-end export from the 年度统计 page: an empty year first, then two cases registered through the UI
 * (2025), exported as .xlsx and .docx in the browser (downloads), each file opened here and checked.
 * A second test stands in for Electron's host (window.fazhiHost) to check the save-dialog outcomes:
 * "打开所在文件夹" after a save, and the message when the folder cannot be written.
 *
 * | 案号              | 收到       | 受理       | 结局                   |
 * | 丹政复〔2025〕1号 | 2025-03-03 | 2025-03-07 | 审结 2025-05-30 撤销   |
 * | 丹政复〔2025〕2号 | 2025-12-29 | 2025-12-31 | still open on 31 Dec   |
 * 2025: 收到 2, 受理 2, 审结 1 (撤销), 直接纠错率 1 ÷ 1 = 100%, 结转2026年 1.
 */

const SENTENCE_2025 = '2025年，丹阳市人民政府共收到行政复议申请2件，受理2件，审结1件，审理结果为撤销1件，行政复议直接纠错率100%。';
/** Building a file includes fetching and parsing the lazy exceljs / docx chunk: slow on a busy machine. */
const EXPORT_TIMEOUT = 60_000;
const D = (s: string) => new Date(`${s}T00:00:00.000Z`);

async function exportFile(page: Page, button: '导出Excel' | '导出Word'): Promise<{ download: Download; bytes: Buffer }> {
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: EXPORT_TIMEOUT }),
    page.getByRole('button', { name: button }).click(),
  ]);
  const path = await download.path();
  return { download, bytes: await readFile(path) };
}

async function workbook(bytes: Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  return wb;
}

async function docxText(bytes: Buffer | Uint8Array): Promise<{ xml: string; paragraphs: string[] }> {
  const zip = await JSZip.loadAsync(bytes);
  const xml = await zip.file('word/document.xml')!.async('string');
  const body = xml.replace(/<w:tbl>[\s\S]*?<\/w:tbl>/g, '');
  const paragraphs = [...body.matchAll(/<w:p(?:\s[^>]*)?>[\s\S]*?<\/w:p>/g)].map((p) =>
    [...p[0].matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''),
  );
  return { xml, paragraphs };
}

/** The figure next to a label on 汇总. */
function figure(wb: ExcelJS.Workbook, labelText: string): unknown {
  const ws = wb.getWorksheet('汇总')!;
  for (let r = 3; r <= ws.rowCount; r++) if (ws.getCell(r, 1).value === labelText) return ws.getCell(r, 2).value;
  return undefined;
}

test('export an empty year, then a year with two cases, as Excel and Word downloads', async ({ page }) => {
  test.setTimeout(360_000);
  await openApp(page);
  const thisYear = Number(new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric' }).format(new Date()));

  await test.step('an empty year says so', async () => {
    await goTo(page, '年度统计');
    await expect(page.getByText(new RegExp(`^${thisYear}年(还)?没有(任何)?台账记录`))).toBeVisible();
    const xlsx = await exportFile(page, '导出Excel');
    expect(xlsx.download.suggestedFilename()).toBe(`${thisYear}年度法治政府建设工作统计.xlsx`);
    const wb = await workbook(xlsx.bytes);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['汇总']);
    expect(wb.getWorksheet('汇总')!.getCell('A2').value).toBe('本年度没有台账记录');
    await expect(page.getByText(/已导出“\d{4}年度法治政府建设工作统计\.xlsx”（本年度没有台账记录，文件中已注明）/)).toBeVisible();
    const docx = await exportFile(page, '导出Word');
    expect((await docxText(docx.bytes)).paragraphs).toEqual([`${thisYear}年度法治政府建设工作统计`, '丹阳市人民政府', '', '本年度没有台账记录。']);
  });

  await test.step('register two cases', async () => {
    await registerCase(page, {
      caseNo: '丹政复〔2025〕1号',
      receivedDate: '2025-03-03',
      applicant: '赵六',
      respondent: '丹阳市市场监督管理局',
      category: '行政处罚',
      field: '市场监管',
    });
    await recordStep(page, '受理', { date: '2025-03-07', procedure: '普通程序' });
    await recordStep(page, '审结', { date: '2025-05-30', outcome: '撤销' });
    await registerCase(page, {
      caseNo: '丹政复〔2025〕2号',
      receivedDate: '2025-12-29',
      applicant: '吴九',
      respondent: '丹阳市交通运输局',
      category: '行政许可',
      field: '交通运输',
    });
    await recordStep(page, '受理', { date: '2025-12-31', procedure: '普通程序' });
  });

  await chooseStatsYear(page, 2025);

  await test.step('导出Excel', async () => {
    const { download, bytes } = await exportFile(page, '导出Excel');
    expect(download.suggestedFilename()).toBe('2025年度法治政府建设工作统计.xlsx');
    const wb = await workbook(bytes);
    expect(wb.getWorksheet('汇总')!.getCell('A1').value).toBe('丹阳市人民政府2025年度法治政府建设工作统计');
    expect(figure(wb, '收到行政复议申请（件）')).toBe(2);
    expect(figure(wb, '受理（件）')).toBe(2);
    expect(figure(wb, '审结（件）')).toBe(1);
    expect(figure(wb, '直接纠错率')).toBe('100%');
    expect(figure(wb, '结转2026年（件）')).toBe(1);
    expect(figure(wb, '结转核对')).toBe('0 + 2 = 1 + 1（平衡）');
    const ws = wb.getWorksheet('行政复议台账')!;
    const row = (r: number) => Array.from({ length: 23 }, (_, i) => ws.getCell(r, i + 1).value ?? null);
    expect(row(2).slice(0, 8)).toEqual(['案号', '申请人', '申请人类型', '被申请人', '行为类别', '管理领域', '受理点', '收到日期']);
    expect(ws.rowCount).toBe(4);
    expect(row(3)).toEqual([
      '丹政复〔2025〕1号',
      '赵六',
      '自然人',
      '丹阳市市场监督管理局',
      '行政处罚',
      '市场监管',
      '市司法局',
      D('2025-03-03'),
      null,
      null,
      D('2025-03-07'),
      null,
      null,
      '普通',
      null,
      null,
      null,
      null,
      D('2025-05-30'),
      '撤销',
      '否',
      '张明',
      null,
    ]);
    expect(row(4).slice(0, 11)).toEqual([
      '丹政复〔2025〕2号',
      '吴九',
      '自然人',
      '丹阳市交通运输局',
      '行政许可',
      '交通运输',
      '市司法局',
      D('2025-12-29'),
      null,
      null,
      D('2025-12-31'),
    ]);
    expect(ws.getCell(4, 11).numFmt).toBe('yyyy-mm-dd');
  });

  await test.step('导出Word', async () => {
    const { download, bytes } = await exportFile(page, '导出Word');
    expect(download.suggestedFilename()).toBe('2025年度法治政府建设工作统计.docx');
    const { xml, paragraphs } = await docxText(bytes);
    expect(paragraphs.slice(0, 4)).toEqual(['2025年度法治政府建设工作统计', '丹阳市人民政府', '', '一、2025年法治政府建设工作情况']);
    expect(paragraphs).toContain(SENTENCE_2025);
    expect(paragraphs).toContain('本年度没有出具审查意见的行政协议。');
    expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(xml).toMatch(/w:line="560" w:lineRule="exact"/);
  });
});

test('in Electron: offers 打开所在文件夹 after saving, and shows why a save failed', async ({ page }) => {
  test.setTimeout(240_000);
  // Stands in for the preload's API: the same contract (shared/host-api.ts), answers chosen by the test.
  await page.addInitScript(() => {
    const w = window as unknown as Record<string, unknown>;
    const calls: { name: string; size: number; bytes: number[]; filters: unknown }[] = [];
    const shown: string[] = [];
    const answers = [
      { saved: true, path: 'D:\\统计\\导出.docx' },
      { saved: false, error: '无法写入所选文件夹（只读），文件没有保存。' },
      { saved: false },
    ];
    w.__exportCalls = calls;
    w.__shown = shown;
    const host: Record<string, unknown> = {
      getAppInfo: async () => ({ kind: 'browser', version: 'test', platform: 'test' }),
      saveFile: async (req: { suggestedName: string; data: Uint8Array; filters: unknown }) => {
        calls.push({ name: req.suggestedName, size: req.data.byteLength, bytes: Array.from(req.data), filters: req.filters });
        return answers[calls.length - 1] ?? { saved: false };
      },
      showItemInFolder: async (path: string) => void shown.push(path),
      onBeforeQuit: () => undefined,
    };
    // Methods this test does not care about (backups, logs) answer nothing. `then` must stay undefined, or the
    // host would pass for a promise wherever it is awaited.
    w.fazhiHost = new Proxy(host, { get: (t, k) => (typeof k !== 'string' || k === 'then' ? undefined : (t[k] ?? (async () => undefined))) });
  });
  await openApp(page);
  await goTo(page, '年度统计');

  await page.getByRole('button', { name: '导出Word' }).click();
  const saved = page.locator('.ant-notification-notice').filter({ hasText: '已保存' });
  await expect(saved).toContainText('D:\\统计\\导出.docx', { timeout: EXPORT_TIMEOUT });
  await saved.getByRole('button', { name: label('打开所在文件夹') }).click();
  await expect.poll(() => page.evaluate(() => (window as unknown as { __shown: string[] }).__shown)).toEqual(['D:\\统计\\导出.docx']);
  const call = await page.evaluate(
    () => (window as unknown as { __exportCalls: { name: string; size: number; bytes: number[]; filters: unknown }[] }).__exportCalls[0]!,
  );
  expect(call.name).toMatch(/^\d{4}年度法治政府建设工作统计\.docx$/);
  expect(call.filters).toEqual([{ name: 'Word 文档', extensions: ['docx'] }]);
  expect((await docxText(Uint8Array.from(call.bytes))).paragraphs.at(-1)).toBe('本年度没有台账记录。');

  await page.getByRole('button', { name: '导出Excel' }).click();
  const failed = page.locator('.ant-notification-notice').filter({ hasText: '导出失败，文件没有保存' });
  await expect(failed).toContainText('无法写入所选文件夹（只读），文件没有保存。', { timeout: EXPORT_TIMEOUT });

  // A cancelled dialog: the earlier notice goes, and no new message comes.
  await page.getByRole('button', { name: '导出Excel' }).click();
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { __exportCalls: unknown[] }).__exportCalls.length), { timeout: EXPORT_TIMEOUT })
    .toBe(3);
  await expect(page.getByRole('button', { name: '导出Excel' })).toBeEnabled();
  await expect(page.locator('.ant-notification-notice')).toHaveCount(0);
  await expect(page.locator('.ant-message-notice')).toHaveCount(0);
});

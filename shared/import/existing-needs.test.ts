import { describe, expect, it } from 'vitest';
import { existingNeeds, initialSelections, planImport, type ExistingData } from './plan';
import { applied, emptyData, plan, REVIEW_HEADERS, reviewRow, sheet, testContext } from './plan-fixture.test-util';
import type { RawSheet } from './types';

const LETTERS = ['文书类型', '文号', '关联案号', '发出日期', '收文单位', '反馈日期'];
const DOCS = ['文件名称', '文号', '制定机关', '公布日期', '施行日期', '有效期至', '状态'];

const selectionsOf = (sheets: RawSheet[]) => initialSelections({ fileName: 'test.xlsx', format: 'xlsx', sheets });

/** What the app's loader gives planImport: the tables named whole, the cases by caseNoKey, nothing else. */
function onlyNeeded(all: ExistingData, sheets: RawSheet[]): ExistingData {
  const needs = existingNeeds(selectionsOf(sheets));
  const keys = new Set(needs.caseKeys);
  const out = emptyData();
  out.reviewCases = all.reviewCases.filter((c) => keys.has(c.caseNoKey));
  for (const t of needs.tables) (out as unknown as Record<string, unknown>)[t] = all[t];
  return out;
}

const stored = applied(
  emptyData(),
  plan([
    sheet('案件', [
      REVIEW_HEADERS,
      reviewRow({ 案号: '丹政复〔2019〕1号', 收到日期: '2019-03-01' }),
      reviewRow({ 案号: '丹政复〔2019〕2号', 收到日期: '2019-03-02' }),
      reviewRow({ 案号: '丹政复〔2019〕3号', 收到日期: '2019-03-03' }),
    ]),
    sheet('意见书', [LETTERS, ['意见书', '丹政复意〔2019〕1号', '丹政复〔2019〕3号', '2019-06-01', '丹阳市公安局', '']]),
    sheet('规范性文件', [DOCS, ['丹阳市城市道路管理办法', '丹政规〔2019〕1号', '丹阳市人民政府', '2019-02-01', '2019-03-01', '2024-02-29', '有效']]),
  ]),
);

describe('existingNeeds', () => {
  it('names the 案号 keys of 行政复议 rows and of 复议文书 rows, however written, and the tables the other sheets read', () => {
    const needs = existingNeeds(
      selectionsOf([
        sheet('案件', [
          REVIEW_HEADERS,
          reviewRow({ 案号: '丹政复[2019]第01号', 收到日期: '2019-03-01' }),
          reviewRow({ 案号: '', 收到日期: '2019-03-01' }),
        ]),
        sheet('意见书', [LETTERS, ['意见书', '丹政复意〔2019〕2号', ' 丹政复〔2019〕3号 ', '2019-06-01', '丹阳市公安局', '']]),
        sheet('规范性文件', [DOCS, ['丹阳市办法', '丹政规〔2019〕5号', '丹阳市人民政府', '2019-02-01', null, null, '有效']]),
      ]),
    );
    expect(needs.caseKeys.sort()).toEqual([stored.reviewCases[0].caseNoKey, stored.reviewCases[2].caseNoKey].sort());
    expect(needs.tables.sort()).toEqual(['normativeDocuments', 'reviewLetters']);
  });

  it('a 行政复议 sheet alone reads no table whole', () => {
    const needs = existingNeeds(selectionsOf([sheet('案件', [REVIEW_HEADERS, reviewRow({ 案号: '丹政复〔2020〕7号', 收到日期: '2020-03-01' })])]));
    expect(needs.tables).toEqual([]);
    expect(needs.caseKeys).toHaveLength(1);
    expect(plan([sheet('案件', [REVIEW_HEADERS, reviewRow({ 案号: '丹政复〔2020〕7号', 收到日期: '2020-03-01' })])]).writes[0].record).toMatchObject({
      caseNoKey: needs.caseKeys[0],
    });
  });

  it('planning with only what it names gives the same plan as with every stored record', () => {
    const sheets = [
      sheet('案件', [
        REVIEW_HEADERS,
        reviewRow({ 案号: '丹政复[2019]第01号', 收到日期: '2019-03-01', 承办人: '王芳' }),
        reviewRow({ 案号: '丹政复〔2019〕2号', 收到日期: '2019-03-02' }),
        reviewRow({ 案号: '丹政复〔2020〕9号', 收到日期: '2020-03-02' }),
        reviewRow({ 案号: '丹政复〔2020〕9号', 收到日期: '2020-03-03' }),
      ]),
      sheet('意见书', [
        LETTERS,
        ['意见书', '丹政复意〔2019〕1号', '丹政复〔2019〕3号', '2019-06-01', '丹阳市公安局', '2019-06-20'],
        ['建议书', '丹政复建〔2020〕1号', '丹政复〔2020〕9号', '2020-06-01', '丹阳市公安局', ''],
        ['建议书', '丹政复建〔2020〕2号', '丹政复〔2020〕10号', '2020-06-01', '丹阳市公安局', ''],
      ]),
      sheet('规范性文件', [
        DOCS,
        ['丹阳市城市道路管理办法', '丹政规〔2019〕1号', '丹阳市人民政府', '2019-02-01', '2019-03-01', '2024-02-29', '已废止'],
      ]),
    ];
    const full = planImport('test.xlsx', selectionsOf(sheets), stored, testContext());
    const partial = planImport('test.xlsx', selectionsOf(sheets), onlyNeeded(stored, sheets), testContext());
    expect(partial).toEqual(full);
    // The plan did match stored records (a case by another spelling of its 案号, a letter's case, the document).
    expect(full.rows.map((r) => `${r.sheet}!${r.row} ${r.action}`)).toEqual([
      '案件!2 update',
      '案件!3 unchanged',
      '案件!4 create',
      '案件!5 invalid',
      '意见书!2 update',
      '意见书!3 create',
      '意见书!4 invalid',
      '规范性文件!2 update',
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { computeNormativeYearFigures } from '../normative/counts';
import { normativeReportSentences } from '../normative/report';
import { DEFAULT_SETTINGS } from '../settings';
import { followUps } from './follow-ups';
import { initialSelections, planImport } from './plan';
import { applied, emptyData, plan, sheet, testContext } from './plan-fixture.test-util';

/**
 * Issue 14: an existing ledger brought in whole. Its 合法性审核 sheet lists published revisions of documents that
 * are not in its 规范性文件 sheet (the registry of the app is empty), and its 清理 batch is complete (a completion
 * date and a result for every document). The year's figures and sentences come out as if entered by hand:
 * 3 reviews completed in 2024 (合法 2, 修改后合法 1); 2 revisions published in 2024; one batch of 4 documents applied
 * (3 继续有效或延长, 1 废止), its scope the report's words.
 */
const DOCS = ['文件名称', '文号', '制定机关', '公布日期', '施行日期', '有效期至', '状态'];
const LEGALITY = ['文件名称', '类型', '起草单位', '送审日期', '审核完成日期', '审核意见', '公布日期', '承办人', '文号'];
const CLEANUP = ['清理批次', '批次完成日期', '文件名称', '文号', '清理结果', '清理范围'];
const GOV = '丹阳市人民政府';
const SCOPE = '市政府及市政府办公室制发的';

const figures = (data: ReturnType<typeof emptyData>) =>
  computeNormativeYearFigures({
    documents: data.normativeDocuments,
    legalityReviews: data.legalityReviews,
    filingReviews: data.filingReviews,
    cleanupBatches: data.cleanupBatches,
    year: 2024,
    filingDays: 30,
  });

const ledger = [
  sheet('规范性文件', [
    DOCS,
    ['丹阳市城市供水管理办法', '丹政规〔2020〕3号', GOV, '2020-05-01', '2020-06-01', '', '有效'],
    ['丹阳市殡葬管理办法', '丹政规〔2019〕5号', GOV, '2019-08-01', '', '', '有效'],
    ['丹阳市户外广告设置管理办法', '丹政规〔2018〕2号', GOV, '2018-03-01', '', '', '有效'],
  ]),
  sheet('合法性审核', [
    LEGALITY,
    ['丹阳市机动车停车服务收费办法', '重新修订', '市发改委', '2024-03-01', '2024-03-15', '修改后合法', '2024-04-01', '李华', '丹政规〔2024〕1号'],
    ['丹阳市人民防空管理办法', '重新修订', '市人防办', '2024-04-01', '2024-04-12', '合法', '2024-05-01', '李华', '丹政规〔2024〕2号'],
    ['丹阳市城市绿化管理办法', '新制定', '市住建局', '2024-11-20', '2024-12-02', '合法', '', '李华', ''],
  ]),
  sheet('文件清理', [
    CLEANUP,
    ['2024年规范性文件集中清理', '2024-10-30', '丹阳市城市供水管理办法', '丹政规〔2020〕3号', '继续有效', SCOPE],
    ['2024年规范性文件集中清理', '2024-10-30', '丹阳市殡葬管理办法', '丹政规〔2019〕5号', '废止', SCOPE],
    ['2024年规范性文件集中清理', '2024-10-30', '丹阳市户外广告设置管理办法', '丹政规〔2018〕2号', '延长有效期', SCOPE],
    ['2024年规范性文件集中清理', '2024-10-30', '丹阳市机动车停车服务收费办法', '丹政规〔2024〕1号', '继续有效', SCOPE],
  ]),
];

describe('a whole ledger brought in', () => {
  it('gives the year figures and sentences of a ledger entered by hand', () => {
    const p = plan(ledger);
    expect(p.issues).toEqual([]);
    // The two revised documents are registered with their reviews; the batch is applied with the import.
    expect(p.rows.filter((r) => r.documentLink).map((r) => [r.label, r.documentLink!.choice])).toEqual([
      ['丹阳市机动车停车服务收费办法', 'register'],
      ['丹阳市人民防空管理办法', 'register'],
    ]);
    expect(p.cleanup.map((o) => [o.batch.name, o.applied, o.batch.scope])).toEqual([['2024年规范性文件集中清理', true, SCOPE]]);
    expect(followUps(p)).toEqual([]);

    const data = applied(emptyData(), p);
    const f = figures(data);
    expect(f.legality).toMatchObject({ reviewed: 3, byOpinion: { legal: 2, legalAfterChanges: 1, illegal: 0 } });
    expect(f.issued).toMatchObject({ newIssued: 0, revised: 2 });
    expect(f.cleanup).toMatchObject({ batches: 1, documents: 4, continuedOrExtended: 3, repealedOrExpired: 1, scope: SCOPE });
    expect(data.normativeDocuments.map((d) => [d.title, d.status])).toEqual([
      ['丹阳市城市供水管理办法', 'valid'],
      ['丹阳市殡葬管理办法', 'repealed'],
      ['丹阳市户外广告设置管理办法', 'valid'],
      ['丹阳市机动车停车服务收费办法', 'valid'],
      ['丹阳市人民防空管理办法', 'valid'],
    ]);
    const s = normativeReportSentences(f, DEFAULT_SETTINGS.organNames);
    expect(s.legality).toBe('2024年共对3件规范性文件草案进行合法性审核，其中合法2件，修改后合法1件。');
    expect(s.revision).toBe('2024年共完成《丹阳市机动车停车服务收费办法》《丹阳市人民防空管理办法》等2部规范性文件的重新修订工作。');
    expect(s.cleanup).toBe(
      '2024年对市政府及市政府办公室制发的4件规范性文件进行了集中清理，确认《丹阳市城市供水管理办法》等3件规范性文件继续有效或延长，' +
        '《丹阳市殡葬管理办法》1件规范性文件宣布失效或废止。',
    );
  });

  it('linked later instead: the same figures, and the result lists the reviews still to link', () => {
    const sheets = [ledger[0], ledger[1]];
    const first = plan(sheets);
    const ids = first.rows.filter((r) => r.documentLink).map((r) => `${r.sheet}#${r.row}`);
    const p = planImport('test.xlsx', initialSelections({ fileName: 'test.xlsx', format: 'xlsx', sheets }), emptyData(), testContext(), {
      linkLater: new Set(ids),
    });
    expect(p.issues).toEqual([]);
    const data = applied(emptyData(), p);
    expect(data.normativeDocuments).toHaveLength(3);
    expect(data.legalityReviews.filter((r) => r.kind === 'revision').every((r) => r.documentId === null)).toBe(true);
    const f = figures(data);
    expect(f.issued.revised).toBe(2);
    expect(f.legality.reviewed).toBe(3);
    expect(followUps(p).map((t) => t.text)).toEqual([
      '合法性审核《丹阳市机动车停车服务收费办法》已公布，尚未关联文件库中的文件（重新修订、新制定按公布日期照常统计）',
      '合法性审核《丹阳市人民防空管理办法》已公布，尚未关联文件库中的文件（重新修订、新制定按公布日期照常统计）',
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import type { AgreementReview } from '../agreements/types';
import type { CleanupBatch, FilingReview, LegalityReview, NormativeDocument } from '../normative/types';
import type { ReviewLetter } from '../review/types';
import { initialSelections, planImport } from './plan';
import { applied, emptyData, plan, REVIEW_HEADERS, reviewRow, sheet, testContext } from './plan-fixture.test-util';

const records = <T>(p: ReturnType<typeof plan>, table: string) => p.writes.filter((w) => w.table === table).map((w) => w.record as T);
const issues = (p: ReturnType<typeof plan>) => p.issues.map((i) => `${i.sheet}!${i.row} ${i.column ?? ''}：${i.message}`);

const DOCS = ['文件名称', '文号', '制定机关', '公布日期', '施行日期', '有效期至', '状态'];

describe('复议文书', () => {
  it('links 关联案号 to a case of an earlier sheet of the same file (sheets are planned in ledger order)', () => {
    const p = plan([
      sheet('意见书', [
        ['文书类型', '文号', '关联案号', '发出日期', '收文单位', '反馈日期'],
        ['行政复议意见书', '丹政复意〔2019〕1号', '丹政复〔2019〕1号', '2019-06-01', '丹阳市公安局', ''],
        ['建议书', '丹政复建〔2019〕1号', '', '2019.7.1', '丹阳市自然资源局', null],
        ['意见书', '丹政复意〔2019〕2号', '丹政复〔2019〕99号', '2019-06-01', '丹阳市公安局', ''],
        ['意见书', '丹政复意〔2019〕3号', '', '2019-06-01', '丹阳市公安局', '2019-05-01'],
        ['通知书', '丹政复意〔2019〕4号', '', '2019-06-01', '丹阳市公安局', ''],
      ]),
      sheet('案件', [REVIEW_HEADERS, reviewRow({ 案号: '丹政复〔2019〕1号', 收到日期: '2019-03-01' })]),
    ]);
    const caseId = p.writes.find((w) => w.table === 'reviewCases')!.record.id;
    const letters = records<ReviewLetter>(p, 'reviewLetters');
    expect(letters.map((l) => [l.kind, l.docNo, l.caseId, l.issueDate])).toEqual([
      ['opinion', '丹政复意〔2019〕1号', caseId, '2019-06-01'],
      ['suggestion', '丹政复建〔2019〕1号', null, '2019-07-01'],
    ]);
    expect(issues(p)).toEqual([
      '意见书!4 关联案号：台账中没有案号为“丹政复〔2019〕99号”的案件（本次导入的行政复议表中也没有）',
      '意见书!5 反馈日期：反馈日期（2019-05-01）不能早于发出日期（2019-06-01）',
      '意见书!6 文书类型：“通知书”无法识别，可填：意见书、建议书',
    ]);
  });
});

describe('规范性文件, 合法性审核, 备案审查, 清理', () => {
  const registry = sheet('规范性文件', [
    DOCS,
    ['丹阳市城市道路管理办法', '丹政规〔2019〕1号', '丹阳市人民政府', '2019-02-01', '2019-03-01', '2024-02-29', '有效'],
    ['丹阳市养犬管理暂行办法', '丹政规〔2019〕2号', '丹阳市人民政府', '2019-05-01', null, '2030-12-31', '已废止'],
    ['丹阳市旧办法', '丹政规〔2019〕3号', '丹阳市人民政府', '2019-05-01', null, '2019-04-01', '有效'],
  ]);

  it('registry: a 有效期至 equal to the default validity is taken as not stated; labels to codes; date rules', () => {
    const p = plan([registry]);
    const docs = records<NormativeDocument>(p, 'normativeDocuments');
    expect(docs.map((d) => [d.docNoKey, d.statedExpiry, d.expiryDate, d.status, d.history[0].detail])).toEqual([
      ['丹阳市人民政府|丹政规〔2019〕1号', null, '2024-02-29', 'valid', '导入登记'],
      ['丹阳市人民政府|丹政规〔2019〕2号', '2030-12-31', '2030-12-31', 'repealed', '导入登记'],
    ]);
    expect(issues(p)).toEqual(['规范性文件!4 有效期至：有效期至（2019-04-01）必须晚于公布日期（2019-05-01）']);
  });

  it('合法性审核 finds the 文号 of its published document by name and date; 备案 refuses a second filing of one 文号', () => {
    const p = plan([
      registry,
      sheet('合法性审核', [
        ['文件名称', '类型', '起草单位', '送审日期', '审核完成日期', '审核意见', '公布日期', '承办人'],
        ['丹阳市城市道路管理办法', '新制定', '市住建局', '2019-01-08', '2019-01-19', '修改后合法', '2019-02-01', '王芳'],
        ['丹阳市某某规定', '重新修订', '市商务局', '2019-01-08', '2019-01-19', '合法', '2019-02-01', '王芳'],
        ['丹阳市某某办法（草案）', '新制定', '市商务局', '2019-01-08', '2019-01-19', '', '', '王芳'],
      ]),
      sheet('备案', [
        ['文件名称', '文号', '制定机关', '公布日期', '报备日期', '审查结果', '发现问题', '是否纠正'],
        ['关于加强管理的通知', '云政发〔2019〕3号', '云阳街道办事处', '2019-03-10', '2019-03-25', '予以备案', '', ''],
        ['关于加强管理的通知（重报）', '云政发[2019]第3号', '云阳街道办事处', '2019-03-10', '2019-04-25', '予以备案', '', ''],
        ['关于规范收费的通知', '云政发〔2019〕4号', '云阳街道办事处', '2019-03-10', '2019-03-05', '不予备案', '越权设定收费', '已纠正'],
      ]),
    ]);
    const [legality] = records<LegalityReview>(p, 'legalityReviews');
    const road = records<NormativeDocument>(p, 'normativeDocuments')[0];
    expect(legality).toMatchObject({ kind: 'new', opinion: 'legalAfterChanges', docNo: '丹政规〔2019〕1号', documentId: road.id });
    expect(records<FilingReview>(p, 'filingReviews').map((f) => f.title)).toEqual(['关于加强管理的通知']);
    // Issue 14: a published revision of a document that is not in the registry, without a 文号, is imported unlinked.
    const revision = p.rows.find((r) => r.sheet === '合法性审核' && r.row === 3)!;
    expect(revision).toMatchObject({ action: 'create', documentLink: { choice: 'later', canRegister: false } });
    expect(records<LegalityReview>(p, 'legalityReviews')[1]).toMatchObject({
      kind: 'revision',
      docNo: '',
      documentId: null,
      publishDate: '2019-02-01',
    });
    expect(issues(p)).toEqual([
      '规范性文件!4 有效期至：有效期至（2019-04-01）必须晚于公布日期（2019-05-01）',
      '合法性审核!4 审核意见：已填写审核完成日期，审核意见不能为空',
      '备案!3 文号：文号“云政发[2019]第3号”已由云阳街道办事处报备登记过（报备日期2019-03-25）',
      '备案!4 报备日期：报备日期（2019-03-05）不能早于公布日期（2019-03-10）',
    ]);
  });

  // The same rule as saving a filing (normative-repo): one filing per 制定机关 + 文号 whatever its dates, and a filing sent
  // back for 补充修改后重报 is no clash. The import used to compare filings of the same 公布日期 only.
  it('备案 applies the ledger 文号 rule: another 公布日期 still clashes, a filing sent back for resubmission does not', () => {
    const FILING = ['文件名称', '文号', '制定机关', '公布日期', '报备日期', '审查结果'];
    const p = plan([
      sheet('备案', [
        FILING,
        ['关于加强管理的通知', '云政发〔2019〕3号', '云阳街道办事处', '2019-03-10', '2019-03-25', '补充修改后重报'],
        ['关于加强管理的通知（修改稿）', '云政发〔2019〕3号', '云阳街道办事处', '2019-04-10', '2019-04-25', '予以备案'],
        ['关于加强管理的通知（再次）', '云政发〔2019〕3号', '云阳街道办事处', '2019-05-10', '2019-05-25', '予以备案'],
      ]),
    ]);
    expect(records<FilingReview>(p, 'filingReviews').map((f) => f.title)).toEqual(['关于加强管理的通知', '关于加强管理的通知（修改稿）']);
    expect(issues(p)).toEqual(['备案!4 文号：文号“云政发〔2019〕3号”已由云阳街道办事处报备登记过（报备日期2019-04-25）']);
  });

  it('清理: rows become the items of one batch per name; the document is found by 文号; a complete batch is applied; an applied batch cannot change', () => {
    const cleanup = (result2: string) =>
      sheet('文件清理', [
        ['清理批次', '批次完成日期', '文件名称', '文号', '清理结果'],
        ['2019年规范性文件清理', '2019-11-30', '丹阳市城市道路管理办法', '丹政规〔2019〕1号', '继续有效'],
        ['2019年规范性文件清理', null, '丹阳市养犬管理暂行办法', '丹政规[2019]2号', result2],
        ['2019年规范性文件清理', null, '不存在的文件', '丹政规〔2019〕9号', '废止'],
      ]);
    const p = plan([registry, cleanup('废止')]);
    const [batch] = records<CleanupBatch>(p, 'cleanupBatches');
    const docs = records<NormativeDocument>(p, 'normativeDocuments');
    // Issue 14: a completion date and a result for every document: applied with the import, the documents' status follows.
    expect(batch).toMatchObject({ name: '2019年规范性文件清理', completedDate: '2019-11-30', appliedAt: testContext().now });
    expect(batch.items).toEqual([
      { documentId: docs[0].id, result: 'continue', newExpiry: null },
      { documentId: docs[1].id, result: 'repeal', newExpiry: null },
    ]);
    expect(docs.map((d) => d.status)).toEqual(['valid', 'repealed']);
    expect(p.cleanup.map((o) => [o.batch.name, o.applied])).toEqual([['2019年规范性文件清理', true]]);
    // Or left for the clerk to check first: not applied, and said so.
    const drafts = planImport(
      'test.xlsx',
      initialSelections({ fileName: 'test.xlsx', format: 'xlsx', sheets: [registry, cleanup('废止')] }),
      emptyData(),
      testContext(),
      {
        keepCleanupDrafts: true,
      },
    );
    expect(records<CleanupBatch>(drafts, 'cleanupBatches')[0].appliedAt).toBeNull();
    expect(drafts.cleanup[0].pending).toMatch(/未应用到文件库/);
    expect(p.counts).toEqual({ created: 4, updated: 0, unchanged: 0, skipped: 2 });
    expect(issues(p)).toContain('文件清理!4 文号：文件库中没有文号为“丹政规〔2019〕9号”的文件，请先登记该文件（或在本文件的规范性文件表中一并导入）');

    // Applied meanwhile: re-importing the same results is 未变, a changed result is refused.
    const stored = applied(emptyData(), p);
    stored.cleanupBatches = stored.cleanupBatches.map((b) => ({ ...b, appliedAt: '2019-12-01T00:00:00.000Z' }));
    const again = plan([registry, cleanup('宣布失效')], stored);
    // 2 documents + 1 cleanup row unchanged; the bad registry row, the changed result and the unknown document skipped.
    expect(again.counts).toEqual({ created: 0, updated: 0, unchanged: 3, skipped: 3 });
    expect(issues(again)).toContain('文件清理!3 清理结果：清理批次“2019年规范性文件清理”已于2019-12-01应用到文件库，不能再修改');
  });
});

describe('行政协议', () => {
  it('labels and shorthand to codes, amounts as numbers or text, the ledger rules', () => {
    const p = plan([
      sheet('行政协议', [
        ['协议名称', '签订名义', '送审单位', '相对方', '协议类别', '金额(万元)', '收件日期', '出具意见日期', '审查意见', '主要问题', '承办人'],
        ['产业园投资协议', '以市政府名义', '商务局', '某公司', '招商引资', 5000, '2019-04-02', '2019-04-10', '修改后签订', '', '王芳'],
        ['拆迁补偿协议', '镇', '司徒镇', '李四', '征收补偿', ' 12.5 万元', '2019/5/6', '', '', '', '王芳'],
        ['PPP合同', '部门', '住建局', '某集团', 'PPP', '1,200', '2019-06-01', '2019-06-10', '同意', '', '王芳'],
        ['错误金额', '以市政府名义', '商务局', '某公司', '其他', 'abc', '2019-06-01', '', '', '', '王芳'],
        ['意见早于收件', '以市政府名义', '商务局', '某公司', '其他', '', '2019-06-01', '2019-05-01', '同意签订', '', '王芳'],
      ]),
    ]);
    const list = records<AgreementReview>(p, 'agreementReviews');
    expect(list.map((a) => [a.signingCapacity, a.category, a.amount, a.opinion])).toEqual([
      ['government', '招商引资', 5000, 'approveAfterChanges'],
      ['town', '征收补偿', 12.5, null],
      ['department', '政府和社会资本合作', 1200, 'approve'],
    ]);
    expect(issues(p)).toEqual([
      '行政协议!5 金额(万元)：金额（万元）必须是不小于0的数字',
      '行政协议!6 出具意见日期：出具意见日期（2019-05-01）不能早于收件日期（2019-06-01）',
    ]);
  });
});

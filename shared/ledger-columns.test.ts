import { describe, expect, it } from 'vitest';
import {
  AGREEMENT_REVIEW_COLUMNS,
  CLEANUP_ITEM_COLUMNS,
  dateStrToUtcDate,
  FILING_REVIEW_COLUMNS,
  filingReviewRow,
  headersOf,
  LEGALITY_REVIEW_COLUMNS,
  NORMATIVE_DOCUMENT_COLUMNS,
  REVIEW_CASE_COLUMNS,
  REVIEW_LETTER_COLUMNS,
  reviewCaseRow,
  reviewLetterRow,
  utcDateToDateStr,
} from './ledger-columns';
import { LEDGER_SHEETS } from './ledgers/registry';
import { storedCase, storedFiling, storedLetter } from './ledgers/stored-fixtures.test-util';
import type { ReviewCase, ReviewEvent } from './review/types';

// The headers as issue 5 lists them; the importer of a later issue reads exactly these.
const EXPECTED = {
  reviewCases:
    '案号 申请人 申请人类型 被申请人 行为类别 管理领域 受理点 收到日期 补正通知日期 补正材料收到日期 受理日期 未受理情形 未受理日期 程序 中止日期 恢复日期 延期日期 听证日期 审结日期 审理结果 赔偿 承办人 备注 被申请行为 复议请求 第三人 办理状态 延长天数',
  reviewLetters: '文书类型 文号 关联案号 发出日期 收文单位 反馈日期',
  normativeDocuments: '文件名称 文号 制定机关 公布日期 施行日期 有效期至 状态',
  legalityReviews: '文件名称 类型 起草单位 送审日期 审核完成日期 审核意见 公布日期 承办人 文号',
  filingReviews: '文件名称 文号 制定机关 公布日期 报备日期 审查结果 发现问题 是否纠正',
  cleanupItems: '清理批次 批次完成日期 文件名称 文号 清理结果 清理范围',
  agreementReviews: '协议名称 签订名义 送审单位 相对方 协议类别 金额（万元） 收件日期 出具意见日期 审查意见 主要问题 承办人',
  litigationCases:
    '案号 审级 前审案号 法院 原告 原告类型 原告人数 被告 被告类别 共同被告 关联复议案号 第三人 被诉行政行为 行为文号 行为作出日期 行为类别 管理领域 诉讼请求 一并请求行政赔偿 收到应诉通知书日期 答辩状及证据提交日期 开庭日期 负责人出庭 出庭负责人 机关出庭 结案日期 结案方式 裁判文书送达日期 是否上诉 是否败诉 败诉认定理由 司法建议 承办人 代理律师/法律顾问 备注',
};

describe('ledger headers', () => {
  it('are exactly the contract of issue 5, sheet by sheet', () => {
    expect(headersOf(REVIEW_CASE_COLUMNS)).toEqual(EXPECTED.reviewCases.split(' '));
    expect(headersOf(REVIEW_LETTER_COLUMNS)).toEqual(EXPECTED.reviewLetters.split(' '));
    expect(headersOf(NORMATIVE_DOCUMENT_COLUMNS)).toEqual(EXPECTED.normativeDocuments.split(' '));
    expect(headersOf(LEGALITY_REVIEW_COLUMNS)).toEqual(EXPECTED.legalityReviews.split(' '));
    expect(headersOf(FILING_REVIEW_COLUMNS)).toEqual(EXPECTED.filingReviews.split(' '));
    expect(headersOf(CLEANUP_ITEM_COLUMNS)).toEqual(EXPECTED.cleanupItems.split(' '));
    expect(headersOf(AGREEMENT_REVIEW_COLUMNS)).toEqual(EXPECTED.agreementReviews.split(' '));
    for (const s of LEDGER_SHEETS) expect(headersOf(s.columns)).toEqual(EXPECTED[s.kind].split(' '));
  });

  it('name legal, unique sheets', () => {
    const names = LEDGER_SHEETS.map((s) => s.sheetName);
    expect(new Set(names).size).toBe(names.length);
    for (const n of names) expect(n).toMatch(/^[^[\]:*?/\\]{1,31}$/);
  });
});

const ev = (kind: ReviewEvent['kind'], date: string, more: Partial<ReviewEvent> = {}): ReviewEvent => ({
  id: `${kind}-${date}`,
  kind,
  date,
  recordedBy: '',
  recordedAt: '',
  ...more,
});

describe('reviewCaseRow', () => {
  const c = storedCase({
    id: 'x',
    caseNo: '丹政复〔2019〕7号',
    caseNoKey: '',
    caseYear: 2019,
    caseSeq: 7,
    applicant: '某公司',
    applicantType: 'organization',
    handler: '张明',
    intakePoint: '云阳司法所',
    note: '备注文字',
    status: 'concluded',
    receivedDate: '2019-03-01',
    correctionRequestDate: '2019-03-02',
    correctionReturnedDate: '2019-03-08',
    acceptedDate: '2019-03-09',
    extensionDays: 30,
    hearingDate: '2019-05-06',
    concludedDate: '2019-12-31',
    outcome: 'partialRevoke',
    compensation: true,
    events: [
      ev('receive', '2019-03-01'),
      ev('correctionRequest', '2019-03-02'),
      ev('correctionReturned', '2019-03-08'),
      ev('accept', '2019-03-09'),
      ev('suspend', '2019-04-01'),
      ev('resume', '2019-04-20'),
      ev('hearing', '2019-05-06'),
      ev('suspend', '2019-06-01'),
      ev('resume', '2019-06-10'),
      ev('extend', '2019-07-01', { extensionDays: 30 }),
      ev('conclude', '2019-12-31', { outcome: 'partialRevoke', compensation: true }),
    ],
  });

  it('prints labels, the first 中止 / 恢复, the 延期 date and 赔偿 是', () => {
    expect(reviewCaseRow(c)).toEqual([
      '丹政复〔2019〕7号',
      '某公司',
      '法人或其他组织',
      '丹阳市公安局',
      '行政处罚',
      '公安',
      '云阳司法所',
      '2019-03-01',
      '2019-03-02',
      '2019-03-08',
      '2019-03-09',
      '',
      null,
      '普通',
      '2019-04-01',
      '2019-04-20',
      '2019-07-01',
      '2019-05-06',
      '2019-12-31',
      '部分撤销',
      '是',
      '张明',
      '备注文字',
      '',
      '',
      '',
      '已审结',
      30,
    ]);
  });

  it('prints the non-acceptance in the short wording and leaves 赔偿 empty for a case not concluded', () => {
    const rejected: ReviewCase = {
      ...c,
      status: 'notAccepted',
      acceptedDate: null,
      procedure: null,
      nonAcceptance: 'redirect',
      nonAcceptanceDate: '2019-03-04',
      concludedDate: null,
      outcome: null,
      compensation: false,
      hearingDate: null,
      events: [ev('receive', '2019-03-01'), ev('redirect', '2019-03-04')],
      correctionRequestDate: null,
      correctionReturnedDate: null,
    };
    const row = reviewCaseRow(rejected);
    expect(row.slice(8, 21)).toEqual([null, null, null, '告知', '2019-03-04', '', null, null, null, null, null, '', '']);
  });
});

describe('other rows', () => {
  it('names the related case of a letter from any year, and the letter kind briefly', () => {
    const l = storedLetter({ id: 'l', kind: 'suggestion', docNo: '丹政复建〔2019〕2号', caseId: 'old', issueDate: '2019-12-31' });
    expect(reviewLetterRow(l, new Map([['old', '丹政复〔2017〕3号']]))).toEqual([
      '建议书',
      '丹政复建〔2019〕2号',
      '丹政复〔2017〕3号',
      '2019-12-31',
      '丹阳市公安局',
      null,
    ]);
    expect(reviewLetterRow({ ...l, caseId: 'gone' }, new Map())[2]).toBe('');
  });

  it('prints 是否纠正 as 是 / 否 / empty', () => {
    const f = storedFiling({
      title: '办法',
      docNo: '延政发〔2019〕1号',
      issuer: '延陵镇人民政府',
      publishDate: '2019-03-01',
      filedDate: '2019-04-15',
      result: 'notFiled',
      problems: '违法设定罚款',
      corrected: false,
    });
    expect(filingReviewRow(f)).toEqual(['办法', '延政发〔2019〕1号', '延陵镇人民政府', '2019-03-01', '2019-04-15', '不予备案', '违法设定罚款', '否']);
    expect(filingReviewRow({ ...f, corrected: true })[7]).toBe('是');
    expect(filingReviewRow({ ...f, corrected: null, problems: '' })[7]).toBe('');
  });
});

describe('workbook dates', () => {
  it('are UTC midnight and read back as the same day', () => {
    const d = dateStrToUtcDate('2019-12-31');
    expect(d.toISOString()).toBe('2019-12-31T00:00:00.000Z');
    expect(utcDateToDateStr(d)).toBe('2019-12-31');
    expect(utcDateToDateStr(dateStrToUtcDate('2020-02-29'))).toBe('2020-02-29');
    expect(() => dateStrToUtcDate('2019-1-1')).toThrow();
  });
});

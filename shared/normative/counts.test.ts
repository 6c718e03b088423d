import { describe, expect, it } from 'vitest';
import { computeNormativeYearFigures, type NormativeYearInput } from './counts';
import type {
  CleanupBatch,
  CleanupItem,
  CleanupResult,
  FilingResult,
  FilingReview,
  LegalityOpinion,
  LegalityReview,
  LegalityReviewKind,
  NormativeDocument,
} from './types';

const base = (id: string, deleted: 0 | 1 = 0) => ({ id, createdAt: '', updatedAt: '', deleted });

function doc(
  id: string,
  title: string,
  expiryDate = '2023-01-01',
  deleted: 0 | 1 = 0,
  status: NormativeDocument['status'] = 'valid',
): NormativeDocument {
  return {
    ...base(id, deleted),
    title,
    docNo: id,
    issuer: '丹阳市人民政府',
    docNoKey: id,
    publishDate: '2018-01-01',
    effectiveDate: null,
    statedExpiry: null,
    expiryDate,
    status,
    history: [],
    note: '',
  };
}
function review(
  id: string,
  kind: LegalityReviewKind,
  completedDate: string | null,
  opinion: LegalityOpinion | null,
  publishDate: string | null = null,
  title = id,
  deleted: 0 | 1 = 0,
): LegalityReview {
  return {
    ...base(id, deleted),
    title,
    kind,
    draftingUnit: '',
    submittedDate: '2019-01-02',
    completedDate,
    opinion,
    problems: '',
    handler: '',
    docNo: publishDate ? `丹政规〔2019〕${id}号` : '',
    publishDate,
    documentId: null,
    note: '',
  };
}
function filing(
  id: string,
  publishDate: string,
  filedDate: string,
  result: FilingResult | null,
  problems = '',
  corrected: boolean | null = null,
  deleted: 0 | 1 = 0,
): FilingReview {
  return {
    ...base(id, deleted),
    title: id,
    docNo: id,
    issuer: '延陵镇人民政府',
    publishDate,
    filedDate,
    result,
    problems,
    corrected,
    handler: '',
    note: '',
  };
}
function batch(
  id: string,
  completedDate: string,
  items: [string, CleanupResult | null][],
  applied = true,
  deleted: 0 | 1 = 0,
  scope = '',
): CleanupBatch {
  const its: CleanupItem[] = items.map(([documentId, result]) => ({ documentId, result, newExpiry: null }));
  return { ...base(id, deleted), name: id, scope, completedDate, items: its, appliedAt: applied ? `${completedDate}T10:00:00.000Z` : null, note: '' };
}

const documents = [
  doc('x1', '甲'),
  doc('x2', '乙'),
  doc('x3', '丙'),
  doc('x4', '丁'),
  doc('x5', '戊'),
  doc('x6', '己'),
  doc('del', '已删除', '2023-01-01', 1),
];
const input: NormativeYearInput = {
  documents,
  legalityReviews: [
    review('r1', 'new', '2019-03-10', 'legal', '2019-04-15', '丹阳市新办法'),
    review('r2', 'new', '2019-05-10', 'legalAfterChanges'),
    review('r3', 'revision', '2019-01-10', 'legalAfterChanges', '2019-06-01', '丹阳市科创资金管理办法'),
    review('r4', 'new', '2019-12-31', 'illegal'),
    review('r5', 'revision', '2019-02-10', 'legal', '2019-04-01', '丹阳市机动车停车服务收费办法'),
    review('r6', 'revision', '2019-03-10', 'legal', '2019-05-01', '丹阳市人民防空管理办法'),
    review('r7', 'revision', '2019-12-20', 'legalAfterChanges', '2020-01-10', '丹阳市燃气管理办法'), // revised text published 2020
    review('r8', 'new', '2020-01-01', 'legal'),
    review('r9', 'new', '2019-06-01', 'legal', '2019-07-01', '已删除审核', 1),
    review('r10', 'new', null, null),
  ],
  filingReviews: [
    filing('f1', '2019-03-01', '2019-03-31', 'filed'), // 30 days: on time
    filing('f2', '2019-03-01', '2019-04-01', 'resubmit', '未经合法性审核', true), // 31 days: late
    filing('f3', '2019-11-20', '2019-12-31', 'notFiled', '违法设定罚款', false), // late
    filing('f4', '2019-05-01', '2019-05-02', 'filed', '', null, 1), // deleted
    filing('f5', '2019-12-15', '2020-01-14', null), // filed in 2020, exactly 30 days
  ],
  cleanupBatches: [
    batch('2020年第二批', '2020-03-01', [
      ['x4', 'extend'],
      ['x5', 'repeal'],
      ['del', 'continue'],
    ]),
    batch(
      '2019年清理',
      '2019-12-31',
      [
        ['x1', 'repeal'],
        ['x2', 'continue'],
        ['x3', 'extend'],
        ['x6', 'expire'],
      ],
      true,
      0,
      '市政府发布',
    ),
    batch('2020年第一批', '2020-01-01', [
      ['x1', 'continue'],
      ['x2', 'amend'],
      ['x3', 'expire'],
    ]),
    batch('2019年未应用', '2019-11-30', [['x4', 'continue']], false),
    batch('2019年已删除', '2019-10-31', [['x5', 'continue']], true, 1),
  ],
  year: 2019,
  filingDays: 30,
};

describe('computeNormativeYearFigures: 2019', () => {
  const f = computeNormativeYearFigures(input);

  it('legality reviews by completion date, split by opinion and kind', () => {
    expect(f.legality).toEqual({
      reviewed: 7,
      byOpinion: { legal: 3, legalAfterChanges: 3, illegal: 1 },
      opinionMissing: 0,
      byKind: { new: 3, revision: 4 },
    });
  });

  it('documents issued by 公布日期; revisions in publish order', () => {
    expect(f.issued).toEqual({
      newIssued: 1,
      revised: 3,
      newTitles: ['丹阳市新办法'],
      revisedTitles: ['丹阳市机动车停车服务收费办法', '丹阳市人民防空管理办法', '丹阳市科创资金管理办法'],
    });
  });

  it('filings by 报备日期: 30 days on time, 31 days late', () => {
    expect(f.filing).toEqual({
      filed: 3,
      onTime: 1,
      late: 2,
      onTimeRate: '33.33%',
      filingDays: 30,
      byResult: { filed: 1, notFiled: 1, resubmit: 1 },
      resultPending: 0,
      problemsFound: 2,
      corrected: 1,
    });
  });

  it('the batch completed on 2019-12-31 counts in 2019; unapplied and deleted batches never count', () => {
    expect(f.cleanup).toEqual({
      batches: 1,
      batchNames: ['2019年清理'],
      scope: '市政府发布',
      documents: 4,
      byResult: { continue: 1, extend: 1, amend: 0, repeal: 1, expire: 1 },
      resultMissing: 0,
      continuedOrExtended: 2,
      repealedOrExpired: 2,
      amended: 0,
      firstContinuedOrExtendedTitle: '乙',
      firstRepealedOrExpiredTitle: '甲',
      firstAmendedTitle: null,
    });
  });
});

describe('computeNormativeYearFigures: 2020', () => {
  const f = computeNormativeYearFigures({ ...input, year: 2020 });

  it('counts the revision published in 2020 and the review completed on 2020-01-01', () => {
    expect(f.issued.revised).toBe(1);
    expect(f.issued.revisedTitles).toEqual(['丹阳市燃气管理办法']);
    expect(f.legality.reviewed).toBe(1);
  });

  it('counts the filing made in 2020 as on time, result pending', () => {
    expect(f.filing).toMatchObject({ filed: 1, onTime: 1, late: 0, onTimeRate: '100%', resultPending: 1 });
  });

  it('the batch completed on 2020-01-01 counts in 2020, batches in completion order, deleted documents left out', () => {
    expect(f.cleanup).toEqual({
      batches: 2,
      batchNames: ['2020年第一批', '2020年第二批'],
      scope: null,
      documents: 5,
      byResult: { continue: 1, extend: 1, amend: 1, repeal: 1, expire: 1 },
      resultMissing: 0,
      continuedOrExtended: 2,
      repealedOrExpired: 2,
      amended: 1,
      firstContinuedOrExtendedTitle: '甲',
      firstRepealedOrExpiredTitle: '丙',
      firstAmendedTitle: '乙',
    });
  });

  it('a filing period of 29 days makes the 2020 filing late', () => {
    expect(computeNormativeYearFigures({ ...input, year: 2020, filingDays: 29 }).filing.onTimeRate).toBe('0%');
  });
});

describe('expiringSoonAtYearEnd', () => {
  it('counts live documents still 有效 expiring between 31 Dec and six months later', () => {
    const docs = [
      doc('e1', 'a', '2019-12-31'), // expires on the year's last day: counted
      doc('e2', 'b', '2019-12-30'), // already expired
      doc('e3', 'c', '2020-06-30'), // exactly six months: counted
      doc('e4', 'd', '2020-07-01'),
      doc('e5', 'e', '2020-03-01', 1), // deleted
      doc('e6', 'f', '2020-03-01', 0, 'repealed'),
    ];
    const f = computeNormativeYearFigures({
      documents: docs,
      legalityReviews: [],
      filingReviews: [],
      cleanupBatches: [],
      year: 2019,
      filingDays: 30,
    });
    expect(f.expiringSoonAtYearEnd).toBe(2);
    expect(f.filing.onTimeRate).toBeNull();
    expect(f.cleanup.batches).toBe(0);
  });
});

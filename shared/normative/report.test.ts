import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../settings';
import { computeNormativeYearFigures, type CleanupYearFigures, type NormativeYearFigures } from './counts';
import { normativeReportSentences } from './report';
import type { CleanupBatch, CleanupResult, LegalityReview, NormativeDocument } from './types';

const organs = DEFAULT_SETTINGS.organNames;
const REFERENCE_SCOPE =
  '2017年清理后确认有效、延期或修改的规范性文件和2017年10月至2019年9月期间市政府发布的规范性文件以及各镇（区、街道）、市政府各组成部门自行制定发布';

const base = (id: string) => ({ id, createdAt: '', updatedAt: '', deleted: 0 as const });
const doc = (id: string, title: string): NormativeDocument => ({
  ...base(id),
  title,
  docNo: id,
  issuer: '丹阳市人民政府',
  docNoKey: id,
  publishDate: '2015-01-01',
  effectiveDate: null,
  statedExpiry: null,
  expiryDate: '2020-01-01',
  status: 'valid',
  history: [],
  note: '',
});
const revision = (id: string, title: string, publishDate: string): LegalityReview => ({
  ...base(id),
  title,
  kind: 'revision',
  draftingUnit: '',
  submittedDate: '2019-01-02',
  completedDate: '2019-02-01',
  opinion: 'legal',
  problems: '',
  handler: '',
  docNo: id,
  publishDate,
  documentId: null,
  note: '',
});

/** The reference data: 3 revisions, one batch of 85 documents (73 continued or extended, 12 repealed or expired). */
function reference(): NormativeYearFigures {
  const documents: NormativeDocument[] = [];
  const items: { documentId: string; result: CleanupResult; newExpiry: null }[] = [];
  const add = (title: string, result: CleanupResult) => {
    const id = `d${documents.length}`;
    documents.push(doc(id, title));
    items.push({ documentId: id, result, newExpiry: null });
  };
  add('关于市属改制企业参加基本医疗保险的意见', 'repeal'); // the repeal group comes first in the batch
  add('丹阳市义务教育学校绩效工资的实施办法', 'continue');
  for (let i = 0; i < 59; i++) add(`继续有效文件${i}`, 'continue');
  for (let i = 0; i < 13; i++) add(`延长文件${i}`, 'extend');
  for (let i = 0; i < 6; i++) add(`废止文件${i}`, 'repeal');
  for (let i = 0; i < 5; i++) add(`失效文件${i}`, 'expire');
  const batch: CleanupBatch = {
    ...base('b'),
    name: '2019年规范性文件清理',
    scope: REFERENCE_SCOPE,
    completedDate: '2019-11-30',
    items,
    appliedAt: '2019-12-01T00:00:00.000Z',
    note: '',
  };
  return computeNormativeYearFigures({
    documents,
    legalityReviews: [
      revision('r1', '丹阳市科创资金管理办法', '2019-09-01'),
      revision('r2', '丹阳市机动车停车服务收费办法', '2019-03-01'),
      revision('r3', '丹阳市人民防空管理办法', '2019-06-01'),
    ],
    filingReviews: [],
    cleanupBatches: [batch],
    year: 2019,
    filingDays: 30,
  });
}

describe('normativeReportSentences: the reference report', () => {
  const s = normativeReportSentences(reference(), organs);

  it('reproduces the revision sentence', () => {
    expect(s.revision).toBe(
      '2019年共完成《丹阳市机动车停车服务收费办法》《丹阳市人民防空管理办法》《丹阳市科创资金管理办法》等3部规范性文件的重新修订工作。',
    );
  });

  it('reproduces the cleanup sentence', () => {
    expect(s.cleanup).toBe(
      '2019年对2017年清理后确认有效、延期或修改的规范性文件和2017年10月至2019年9月期间市政府发布的规范性文件以及各镇（区、街道）、' +
        '市政府各组成部门自行制定发布的85件规范性文件进行了集中清理，确认《丹阳市义务教育学校绩效工资的实施办法》等73件规范性文件继续有效或延长，' +
        '《关于市属改制企业参加基本医疗保险的意见》等12件规范性文件宣布失效或废止。',
    );
  });

  it('legality sentence counts the 3 reviews; no filing sentence', () => {
    expect(s.legality).toBe('2019年共对3件规范性文件草案进行合法性审核，其中合法3件。');
    expect(s.filing).toBeNull();
  });
});

const cleanupFigures = (c: Partial<CleanupYearFigures>): NormativeYearFigures => {
  const f = computeNormativeYearFigures({ documents: [], legalityReviews: [], filingReviews: [], cleanupBatches: [], year: 2020, filingDays: 30 });
  return { ...f, cleanup: { ...f.cleanup, ...c } };
};

describe('cleanup sentence variants', () => {
  const sentence = (c: Partial<CleanupYearFigures>) => normativeReportSentences(cleanupFigures(c), organs).cleanup;
  const two = {
    batches: 2,
    scope: null,
    documents: 10,
    continuedOrExtended: 6,
    repealedOrExpired: 2,
    amended: 2,
    firstContinuedOrExtendedTitle: '甲办法',
    firstRepealedOrExpiredTitle: '乙办法',
    firstAmendedTitle: '丙办法',
  };

  it('several batches: no scope, 修改 named separately', () => {
    expect(sentence(two)).toBe(
      '2020年共对10件规范性文件进行了集中清理，确认《甲办法》等6件规范性文件继续有效或延长，《乙办法》等2件规范性文件宣布失效或废止，2件规范性文件予以修改。',
    );
  });

  it('a zero group is left out and 确认 moves to the first group present', () => {
    expect(sentence({ ...two, documents: 4, continuedOrExtended: 0 })).toBe(
      '2020年共对4件规范性文件进行了集中清理，确认《乙办法》等2件规范性文件宣布失效或废止，2件规范性文件予以修改。',
    );
    expect(sentence({ ...two, documents: 2, continuedOrExtended: 0, repealedOrExpired: 0 })).toBe(
      '2020年共对2件规范性文件进行了集中清理，2件规范性文件予以修改。',
    );
  });

  it('a single document in a group has no 等', () => {
    expect(sentence({ ...two, documents: 1, continuedOrExtended: 1, repealedOrExpired: 0, amended: 0 })).toBe(
      '2020年共对1件规范性文件进行了集中清理，确认《甲办法》1件规范性文件继续有效或延长。',
    );
  });

  it('one batch: scope ending in 的 or in 规范性文件; empty scope', () => {
    const one = { ...two, batches: 1, documents: 8, amended: 0 };
    expect(sentence({ ...one, scope: '市政府发布的' })).toMatch(/^2020年对市政府发布的8件规范性文件进行了集中清理，/);
    expect(sentence({ ...one, scope: '市政府发布的规范性文件' })).toMatch(/^2020年对市政府发布的规范性文件共8件进行了集中清理，/);
    expect(sentence({ ...one, scope: ' ' })).toMatch(/^2020年共对8件规范性文件进行了集中清理，/);
  });

  it('is null without a cleanup in the year', () => {
    expect(sentence({})).toBeNull();
  });
});

describe('revision, legality and filing sentences', () => {
  const f0 = cleanupFigures({});

  it('revision: without titles, one title, more than three titles', () => {
    const s = (revised: number, revisedTitles: string[]) =>
      normativeReportSentences({ ...f0, issued: { ...f0.issued, revised, revisedTitles } }, organs).revision;
    expect(s(3, [])).toBe('2020年共完成3部规范性文件的重新修订工作。');
    expect(s(1, ['《甲办法》'])).toBe('2020年共完成《甲办法》1部规范性文件的重新修订工作。');
    expect(s(5, ['甲', '乙', '丙', '丁', '戊'])).toBe('2020年共完成《甲》《乙》《丙》等5部规范性文件的重新修订工作。');
    expect(s(0, [])).toBeNull();
  });

  it('legality: zero opinions left out, missing opinions shown', () => {
    const s = (byOpinion: NormativeYearFigures['legality']['byOpinion'], opinionMissing = 0) => {
      const reviewed = byOpinion.legal + byOpinion.legalAfterChanges + byOpinion.illegal + opinionMissing;
      return normativeReportSentences({ ...f0, legality: { ...f0.legality, reviewed, byOpinion, opinionMissing } }, organs).legality;
    };
    expect(s({ legal: 20, legalAfterChanges: 5, illegal: 1 })).toBe(
      '2020年共对26件规范性文件草案进行合法性审核，其中合法20件，修改后合法5件，不合法1件。',
    );
    expect(s({ legal: 0, legalAfterChanges: 4, illegal: 0 }, 1)).toBe(
      '2020年共对5件规范性文件草案进行合法性审核，其中修改后合法4件，未录入审核意见1件。',
    );
    expect(s({ legal: 0, legalAfterChanges: 0, illegal: 0 })).toBeNull();
  });

  it('filing: organ names from the settings, rate, results, problems', () => {
    const filing = {
      ...f0.filing,
      filed: 27,
      onTime: 26,
      late: 1,
      onTimeRate: '96.3%',
      byResult: { filed: 25, notFiled: 0, resubmit: 2 },
      resultPending: 0,
      problemsFound: 3,
      corrected: 0,
    };
    expect(normativeReportSentences({ ...f0, filing }, organs).filing).toBe(
      '2020年共对镇（区、街道）、市政府组成部门报备的27件规范性文件进行备案审查，按时报备率96.3%，予以备案25件，补充修改后重报2件，发现问题3件，已纠正0件。',
    );
    expect(normativeReportSentences({ ...f0, filing: { ...filing, problemsFound: 0, resultPending: 1 } }, { ...organs, townLevel: '' }).filing).toBe(
      '2020年共对市政府组成部门报备的27件规范性文件进行备案审查，按时报备率96.3%，予以备案25件，补充修改后重报2件，正在审查1件。',
    );
    expect(normativeReportSentences(f0, organs).filing).toBeNull();
  });
});

import { describe, expect, it, vi } from 'vitest';
import type { FazhiDb } from '../../db/db';
import { withFreshDb } from '../../db/test-db';
import { computeReviewYearFigures } from '../../../../shared/review/counts';
import { DEFAULT_CORRECTION_RATE } from '../../../../shared/review/types';
import { deleteAgreement, saveAgreement } from '../agreements/agreement-repo';
import { deleteDocument, deleteFilingReview, saveDocument, saveFilingReview } from '../normative/normative-repo';
import { deleteCase } from '../review/review-repo';
import { deleteLetter, saveLetter } from '../review/letter-repo';
import { ACTOR, agreementFields, docFields, expectRefused, registerTestCase, TODAY } from '../history/test-fixtures';
import { listRecycleBin, purgeRecord, restoreRecord } from './recycle-repo';

let db: FazhiDb;
withFreshDb((fresh) => {
  db = fresh;
});

const CLERK = '赵六';

function letterFields(caseId: string | null, docNo = '丹复意〔2019〕1号') {
  return { kind: 'opinion', docNo, caseId, issueDate: '2019-06-01', recipient: '丹阳市公安局', answerDate: null, note: '' };
}

/** Runs `fn` with the clock at `iso` (only Date is faked: IndexedDB's timers keep running). */
async function at<T>(iso: string, fn: () => Promise<T>): Promise<T> {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(iso));
  try {
    return await fn();
  } finally {
    vi.useRealTimers();
  }
}

describe('listRecycleBin', () => {
  it('lists the deleted records of every ledger with type, name, and who deleted them when (from the log), newest first', async () => {
    const c = await at('2024-06-01T01:00:00.000Z', () => registerTestCase());
    const live = await at('2024-06-01T01:00:01.000Z', () => registerTestCase('丹政复〔2019〕2号', '李雷'));
    const d = await at('2024-06-01T01:00:02.000Z', () => saveDocument(docFields(), null, ACTOR, TODAY));
    const a = await at('2024-06-01T01:00:03.000Z', () => saveAgreement(agreementFields(), null, ACTOR, TODAY));
    await at('2024-06-02T02:00:00.000Z', () => deleteDocument(d.id, CLERK));
    await at('2024-06-03T03:00:00.000Z', () => deleteCase(c.id, ACTOR));
    await at('2024-06-04T04:00:00.000Z', () => deleteAgreement(a.id, CLERK));

    const bin = await listRecycleBin();
    expect(bin).toEqual([
      {
        table: 'agreementReviews',
        ledger: '行政协议审查',
        id: a.id,
        title: '城南片区征收补偿协议',
        deletedAt: '2024-06-04T04:00:00.000Z',
        deletedBy: CLERK,
        summary: '删除行政协议审查：城南片区征收补偿协议（移入回收站）',
      },
      {
        table: 'reviewCases',
        ledger: '行政复议案件',
        id: c.id,
        title: '丹政复〔2019〕1号（申请人：张三）',
        deletedAt: '2024-06-03T03:00:00.000Z',
        deletedBy: ACTOR,
        summary: '删除案件 丹政复〔2019〕1号（移入回收站）',
      },
      {
        table: 'normativeDocuments',
        ledger: '规范性文件',
        id: d.id,
        title: '《丹阳市城市管理办法》（丹政发〔2020〕14号）',
        deletedAt: '2024-06-02T02:00:00.000Z',
        deletedBy: CLERK,
        summary: '删除规范性文件《丹阳市城市管理办法》（移入回收站）',
      },
    ]);
    expect(bin.map((i) => i.id)).not.toContain(live.id);
  });

  it('a deleted case does not count in the year figures', async () => {
    const c = await registerTestCase();
    await registerTestCase('丹政复〔2019〕2号', '李雷');
    await deleteCase(c.id, ACTOR);
    const cases = await db.reviewCases.toArray();
    expect(cases).toHaveLength(2);
    const figures = computeReviewYearFigures({ cases, letters: [], year: 2019, correctionRate: DEFAULT_CORRECTION_RATE });
    expect(figures.received).toBe(1);
  });
});

describe('restoreRecord', () => {
  it('brings a case back, with a change-log entry naming it', async () => {
    const c = await registerTestCase();
    await deleteCase(c.id, ACTOR);
    const restored = await restoreRecord('reviewCases', c.id, CLERK);
    expect(restored.deleted).toBe(0);
    expect((await db.reviewCases.get(c.id))!.deleted).toBe(0);
    const log = await db.changeLog.orderBy(':id').last();
    expect(log).toMatchObject({
      action: 'restore',
      actor: CLERK,
      recordId: c.id,
      summary: '从回收站恢复行政复议案件：丹政复〔2019〕1号（申请人：张三）',
    });
    expect(await listRecycleBin()).toEqual([]);
  });

  it('refuses a case whose 案号 is now used by another live case, with a clear message, and writes nothing', async () => {
    const c = await registerTestCase();
    await deleteCase(c.id, ACTOR);
    await registerTestCase('丹政复〔2019〕1号', '刘备');
    await expectRefused(
      db,
      () => restoreRecord('reviewCases', c.id, CLERK),
      /^不能恢复：案号“丹政复〔2019〕1号”现在已被另一件案件使用（申请人：刘备）。请先修改那件案件的案号。$/,
    );
  });

  it('refuses a document whose 文号 is now used by another live document of the same issuer', async () => {
    const d = await saveDocument(docFields(), null, ACTOR, TODAY);
    await deleteDocument(d.id, ACTOR);
    await saveDocument(docFields({ title: '丹阳市市容管理办法' }), null, ACTOR, TODAY);
    await expectRefused(
      db,
      () => restoreRecord('normativeDocuments', d.id, CLERK),
      /^不能恢复：文号“丹政发〔2020〕14号”现在已被同一制定机关的《丹阳市市容管理办法》使用/,
    );
  });

  // The same 文号 rule as on save (normative-repo saveFilingReview): one filing per 制定机关 + 文号 whatever its dates,
  // and a filing sent back for 补充修改后重报 is no clash. Restore used to compare filings of the same 公布日期 only.
  it('refuses a filing whose 文号 the issuer has filed again meanwhile, whatever the dates, as saving does', async () => {
    const filing = (o: Record<string, unknown> = {}) => ({
      title: '云阳街道网格化管理办法',
      docNo: '云政发〔2020〕3号',
      issuer: '云阳街道办事处',
      publishDate: '2020-03-01',
      filedDate: '2020-03-20',
      result: 'filed',
      problems: '',
      corrected: null,
      handler: '李四',
      note: '',
      ...o,
    });
    const f = await saveFilingReview(filing(), null, ACTOR, TODAY);
    await deleteFilingReview(f.id, ACTOR);
    const again = await saveFilingReview(
      filing({ title: '云阳街道网格化管理办法（修订）', publishDate: '2020-04-01', filedDate: '2020-04-10' }),
      null,
      ACTOR,
      TODAY,
    );
    await expectRefused(
      db,
      () => restoreRecord('filingReviews', f.id, CLERK),
      /^不能恢复：文号“云政发〔2020〕3号”现在已由云阳街道办事处报备登记在《云阳街道网格化管理办法（修订）》上。$/,
    );
    await saveFilingReview(filing({ ...again, result: 'resubmit' }), again.id, ACTOR, TODAY);
    await restoreRecord('filingReviews', f.id, CLERK);
    expect((await db.filingReviews.get(f.id))!.deleted).toBe(0);
  });

  it('refuses a letter whose case is deleted, and restores it once the case is back', async () => {
    const c = await registerTestCase();
    const l = await saveLetter(letterFields(c.id), null, ACTOR, TODAY);
    await deleteLetter(l.id, ACTOR);
    await deleteCase(c.id, ACTOR);
    await expectRefused(db, () => restoreRecord('reviewLetters', l.id, CLERK), /^不能恢复：该行政复议意见书关联的案件已删除。请先恢复该案件/);
    await restoreRecord('reviewCases', c.id, CLERK);
    await restoreRecord('reviewLetters', l.id, CLERK);
    expect((await db.reviewLetters.get(l.id))!.deleted).toBe(0);
  });

  it('refuses a record that is not in the bin', async () => {
    const c = await registerTestCase();
    await expectRefused(db, () => restoreRecord('reviewCases', c.id, CLERK), /不在回收站中/);
  });
});

describe('purgeRecord', () => {
  it('deletes a record of the bin for good; its change history stays, plus a 永久删除 entry', async () => {
    const c = await registerTestCase();
    await deleteCase(c.id, ACTOR);
    const history = await db.changeLog.where('recordId').equals(c.id).sortBy('seq');
    expect(history).toHaveLength(2);

    await purgeRecord('reviewCases', c.id, CLERK);

    expect(await db.reviewCases.get(c.id)).toBeUndefined();
    const after = await db.changeLog.where('recordId').equals(c.id).sortBy('seq');
    expect(after.slice(0, 2)).toEqual(history);
    expect(after[2]).toMatchObject({
      action: 'delete',
      actor: CLERK,
      table: 'reviewCases',
      summary: '永久删除行政复议案件：丹政复〔2019〕1号（申请人：张三）',
      after: null,
    });
    expect((after[2].before as { id: string; deleted: number }).deleted).toBe(1);
    expect(await listRecycleBin()).toEqual([]);
  });

  it('refuses a live record (only the bin deletes for good)', async () => {
    const c = await registerTestCase();
    await expectRefused(db, () => purgeRecord('reviewCases', c.id, CLERK), /只能永久删除回收站中的记录/);
  });

  it('refuses a case that a live letter still points at', async () => {
    const c = await registerTestCase();
    await saveLetter(letterFields(c.id), null, ACTOR, TODAY);
    await deleteCase(c.id, ACTOR);
    await expectRefused(
      db,
      () => purgeRecord('reviewCases', c.id, CLERK),
      /^不能永久删除：行政复议意见书“丹复意〔2019〕1号”关联了此案件。请先修改或删除那条记录。$/,
    );
  });

  it('refuses a record that is already gone', async () => {
    const c = await registerTestCase();
    await deleteCase(c.id, ACTOR);
    await purgeRecord('reviewCases', c.id, CLERK);
    await expectRefused(db, () => purgeRecord('reviewCases', c.id, CLERK), /已不存在/);
  });
});

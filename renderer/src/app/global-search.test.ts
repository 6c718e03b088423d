import { describe, expect, it } from 'vitest';
import { docNoKey } from '../../../shared/normative/validity';
import type { NormativeDocument } from '../../../shared/normative/types';
import type { AgreementReview } from '../../../shared/agreements/types';
import type { ReviewCase } from '../../../shared/review/types';
import type { LitigationCase } from '../../../shared/litigation/types';
import { freshDb } from '../db/test-db';
import { searchLedgers } from './global-search';

function reviewCase(id: string, caseNo: string, applicant: string, deleted: 0 | 1 = 0): ReviewCase {
  return { id, caseNo, caseNoKey: caseNo, applicant, respondent: '丹阳市公安局', receivedDate: '2026-01-05', deleted } as ReviewCase;
}

describe('searchLedgers (the header search)', () => {
  it('finds records of every ledger by 案号, 文号 and name, never one in the 回收站', async () => {
    const db = freshDb();
    await db.reviewCases.bulkPut([
      reviewCase('c1', '丹政复〔2026〕1号', '张建国'),
      reviewCase('c2', '丹政复〔2026〕12号', '李秀英'),
      reviewCase('c3', '丹政复〔2025〕1号', '张三', 1),
    ]);
    await db.normativeDocuments.put({
      id: 'd1',
      title: '丹阳市政府投资项目管理办法',
      docNo: '丹政发〔2019〕30号',
      issuer: '丹阳市人民政府',
      docNoKey: docNoKey('丹阳市人民政府', '丹政发〔2019〕30号'),
      deleted: 0,
    } as NormativeDocument);
    await db.agreementReviews.put({ id: 'a1', name: '眼镜产业园PPP项目合同', receivedDate: '2026-03-02', deleted: 0 } as AgreementReview);

    const titles = async (q: string) => (await searchLedgers(db, q)).map((h) => `${h.ledger}|${h.title}|${h.route}`);
    expect(await titles('2026〕1')).toEqual([
      '行政复议案件|丹政复〔2026〕1号（申请人：张建国）|/review/c1',
      '行政复议案件|丹政复〔2026〕12号（申请人：李秀英）|/review/c2',
    ]);
    // Another bracket style and full-width digits find the same key.
    expect(await titles('[2026]１２号')).toEqual(['行政复议案件|丹政复〔2026〕12号（申请人：李秀英）|/review/c2']);
    expect(await titles('张')).toEqual(['行政复议案件|丹政复〔2026〕1号（申请人：张建国）|/review/c1']);
    expect(await titles('丹政发[2019]30')).toEqual(['规范性文件|《丹阳市政府投资项目管理办法》（丹政发〔2019〕30号）|/normative/doc/d1']);
    expect(await titles('ppp')).toEqual(['行政协议审查|眼镜产业园PPP项目合同|/agreements/a1']);
    expect(await titles('  ')).toEqual([]);
  });

  it('finds a case by its 被申请人 and a lawsuit by its 原告 or 被告, saying which field matched', async () => {
    const db = freshDb();
    await db.reviewCases.bulkPut([
      { ...reviewCase('c1', '丹政复〔2026〕7号', '张建国'), respondent: '丹阳市自然资源和规划局' },
      reviewCase('c2', '丹政复〔2026〕8号', '李秀英'),
      { ...reviewCase('c3', '丹政复〔2026〕9号', '王某'), respondent: '丹阳市自然资源和规划局', deleted: 1 },
    ]);
    await db.litigationCases.put({
      id: 'l1',
      caseNo: '（2026）苏1181行初12号',
      caseNoKey: '〔2026〕苏1181行初12号',
      plaintiff: '张建国',
      defendant: '丹阳市自然资源和规划局',
      coDefendant: '',
      receivedDate: '2026-11-27',
      deleted: 0,
    } as LitigationCase);
    const hits = async (q: string) => (await searchLedgers(db, q)).map((h) => `${h.ledger}|${h.title}|${h.matched ?? ''}`);
    expect(await hits('自然资源和规划局')).toEqual([
      '行政复议案件|丹政复〔2026〕7号（申请人：张建国）|被申请人：丹阳市自然资源和规划局',
      '行政应诉|（2026）苏1181行初12号|被告：丹阳市自然资源和规划局',
    ]);
    // Found by the title (申请人) first: no field named.
    expect(await hits('张建国')).toEqual(['行政复议案件|丹政复〔2026〕7号（申请人：张建国）|', '行政应诉|（2026）苏1181行初12号|原告：张建国']);
  });

  it('stops after the limit', async () => {
    const db = freshDb();
    await db.reviewCases.bulkPut(Array.from({ length: 30 }, (_, i) => reviewCase(`c${i}`, `丹政复〔2026〕${i + 1}号`, '王某')));
    expect(await searchLedgers(db, '王某', 20)).toHaveLength(20);
    expect(await searchLedgers(db, '2026', 5)).toHaveLength(5);
  });
});

/**
 * The registry's stored-record schemas accept what the app itself writes, through every path: forms and steps,
 * issuing a 合法性审核 (which registers its document), applying a cleanup batch, deleting and restoring. (What an
 * import writes: shared/import/stored-records.test.ts.)
 */
import { describe, expect, it } from 'vitest';
import { rowProblem } from '../../../shared/backup/records';
import { LEDGER_TABLES, ledgerOf } from '../../../shared/ledgers/registry';
import { saveAgreement } from '../features/agreements/agreement-repo';
import { addHearing, concludeCase, saveLitigation } from '../features/litigation/litigation-repo';
import { litigationInput } from '../features/litigation/test-fixtures';
import { agreementFields, caseFields, docFields, legalityFields } from '../features/history/test-fixtures';
import {
  addToBatch,
  applyBatch,
  deleteDocument,
  saveCleanupBatch,
  saveDocument,
  saveFilingReview,
  saveLegalityReview,
  setItemResult,
} from '../features/normative/normative-repo';
import { restoreRecord } from '../features/recycle/recycle-repo';
import { deleteLetter, saveLetter } from '../features/review/letter-repo';
import { addStep, registerCase } from '../features/review/review-repo';
import type { FazhiDb } from './db';
import { withFreshDb } from './test-db';

const TODAY = '2024-06-30';
const ACTOR = '王五';

let db: FazhiDb;
withFreshDb((fresh) => {
  db = fresh;
});

describe('stored records', () => {
  it('of every ledger, as the app writes them, pass their ledger schema', async () => {
    const c = await registerCase(caseFields(), '2024-03-05', ACTOR, TODAY);
    await addStep(c.id, { kind: 'accept', date: '2024-03-08', procedure: 'ordinary' }, ACTOR, TODAY);
    await addStep(c.id, { kind: 'extend', date: '2024-05-01', extensionDays: 30 }, ACTOR, TODAY);
    await addStep(c.id, { kind: 'conclude', date: '2024-06-20', outcome: 'revoke', compensation: true }, ACTOR, TODAY);
    const letter = await saveLetter(
      { kind: 'opinion', docNo: '丹复意〔2024〕1号', caseId: c.id, issueDate: '2024-06-21', recipient: '丹阳市公安局', answerDate: null, note: '' },
      null,
      ACTOR,
      TODAY,
    );
    await deleteLetter(letter.id, ACTOR);
    await restoreRecord('reviewLetters', letter.id, ACTOR);
    const doc = await saveDocument(docFields(), null, ACTOR, TODAY);
    await saveDocument(docFields({ title: '丹阳市城市管理暂行办法', docNo: '丹政发〔2020〕15号', statedExpiry: '2030-12-31' }), null, ACTOR, TODAY);
    await saveLegalityReview(legalityFields({ docNo: '丹政规〔2023〕1号', publishDate: '2023-05-01' }), null, ACTOR, TODAY, '丹阳市人民政府');
    await saveLegalityReview(legalityFields({ title: '在审的办法', completedDate: null, opinion: null }), null, ACTOR, TODAY, '丹阳市人民政府');
    await saveFilingReview(
      {
        title: '云阳街道网格化管理办法',
        docNo: '云政发〔2020〕3号',
        issuer: '云阳街道办事处',
        publishDate: '2020-03-01',
        filedDate: '2020-03-20',
        result: 'filed',
        problems: '缺少听证程序',
        corrected: true,
        handler: '李四',
        note: '',
      },
      null,
      ACTOR,
      TODAY,
    );
    const batch = await saveCleanupBatch({ name: '2024年规范性文件清理', scope: '', completedDate: '2024-06-01', note: '' }, null, ACTOR, TODAY);
    await addToBatch(batch.id, [doc.id], ACTOR);
    await setItemResult(batch.id, doc.id, 'extend', null, ACTOR);
    await applyBatch(batch.id, ACTOR);
    await saveAgreement(agreementFields(), null, ACTOR, TODAY);
    await saveAgreement(agreementFields({ name: '另一协议', amount: null, opinion: 'approve', opinionDate: '2024-03-05' }), null, ACTOR, TODAY);
    const first = await saveLitigation(litigationInput(), null, ACTOR, TODAY);
    await addHearing(first.id, { date: '2024-04-10', headAppeared: true, headName: '李明（副市长）', agencyAppeared: true, note: '' }, ACTOR, TODAY);
    await concludeCase(first.id, { concludedDate: '2024-05-20', outcome: 'dismissClaim', servedDate: '2024-05-22' }, ACTOR, TODAY);
    await saveLitigation(
      litigationInput({
        caseNo: '（2024）苏11行终5号',
        instance: 'second',
        earlierInstanceId: first.id,
        court: '镇江市中级人民法院',
        receivedDate: '2024-06-10',
        defenceDate: null,
        reviewCaseId: c.id,
      }),
      null,
      ACTOR,
      TODAY,
    );
    const other = await saveDocument(docFields({ title: '将删除的文件', docNo: '丹政发〔2020〕16号' }), null, ACTOR, TODAY);
    await deleteDocument(other.id, ACTOR);

    for (const table of LEDGER_TABLES) {
      const rows = await db.table(table).toArray();
      expect(rows.length, table).toBeGreaterThan(0);
      for (const [i, row] of rows.entries()) expect(rowProblem(table, row, i + 1, 'id'), table).toBeNull();
      // Every field the app writes is checked on restore: none is left to pass unchecked through the loose schema.
      // The index-only fields are derived again on every put, whatever a file says (db/awaiting.ts, db/year-span.ts).
      const named = new Set([...Object.keys(ledgerOf(table)!.schema.shape), 'awaiting', 'yearSpan']);
      for (const row of rows)
        expect(
          Object.keys(row).filter((k) => !named.has(k)),
          table,
        ).toEqual([]);
    }
  });
});

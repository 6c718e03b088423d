import { describe, expect, it } from 'vitest';
import type { FazhiDb } from '../../db/db';
import { saveSettings } from '../../db/settings-repo';
import { withFreshDb } from '../../db/test-db';
import { DEFAULT_SETTINGS } from '../../../../shared/settings';
import { addStep, deleteCase, updateCaseFields } from '../review/review-repo';
import { addToBatch, applyBatch, saveCleanupBatch, saveDocument, saveLegalityReview, setItemResult } from '../normative/normative-repo';
import { listRecycleBin, purgeRecord } from '../recycle/recycle-repo';
import { saveLetter } from '../review/letter-repo';
import { ACTOR, caseFields, docFields, expectRefused, legalityFields, registerTestCase, simulateLegacyImport, TODAY } from './test-fixtures';
import { findUndoTarget, undoLast, type UndoLogEntry } from './undo';

let db: FazhiDb;
withFreshDb((fresh) => {
  db = fresh;
});

const UNDOER = '赵六';

async function undo(): Promise<string> {
  const target = await findUndoTarget();
  expect(target).not.toBeNull();
  expect(target!.blocked).toBeNull();
  return undoLast(target!.seq, UNDOER);
}

async function lastLog(): Promise<UndoLogEntry> {
  return (await db.changeLog.orderBy(':id').last()) as UndoLogEntry;
}

describe('undo an edit', () => {
  it('shows the edit, writes the old version back as a new change with its own log entry', async () => {
    const c = await registerTestCase();
    const edited = await updateCaseFields(c.id, caseFields({ applicant: '李雷' }), ACTOR, TODAY);
    const editSeq = (await lastLog()).seq!;

    const target = await findUndoTarget();
    expect(target).toEqual({
      seq: editSeq,
      at: edited.updatedAt,
      actor: ACTOR,
      summary: '修改案件信息 丹政复〔2019〕1号',
      ledger: '行政复议案件',
      title: '丹政复〔2019〕1号（申请人：李雷）',
      blocked: null,
    });

    expect(await undoLast(editSeq, UNDOER)).toBe('修改案件信息 丹政复〔2019〕1号');

    const now = (await db.reviewCases.get(c.id))!;
    expect(now.applicant).toBe('张三');
    expect({ ...now, updatedAt: '' }).toEqual({ ...c, updatedAt: '' });

    const log = await lastLog();
    expect(log).toMatchObject({
      seq: editSeq + 1,
      actor: UNDOER,
      table: 'reviewCases',
      recordId: c.id,
      action: 'update',
      summary: '撤销：修改案件信息 丹政复〔2019〕1号',
      undoes: editSeq,
      at: now.updatedAt,
    });
    expect(log.before).toEqual(edited);
    expect(log.after).toEqual(now);
    expect(await db.changeLog.count()).toBe(3);
  });

  it('walks back one change per press: two edits, then the registration (to the recycle bin), then nothing', async () => {
    const c = await registerTestCase();
    await updateCaseFields(c.id, caseFields({ applicant: '李雷' }), ACTOR, TODAY);
    await updateCaseFields(c.id, caseFields({ applicant: '韩梅梅' }), ACTOR, TODAY);

    await undo();
    expect((await db.reviewCases.get(c.id))!.applicant).toBe('李雷');
    await undo();
    expect((await db.reviewCases.get(c.id))!.applicant).toBe('张三');

    const target = await findUndoTarget();
    expect(target!.summary).toBe('登记案件 丹政复〔2019〕1号');
    await undoLast(target!.seq, UNDOER);
    const gone = (await db.reviewCases.get(c.id))!;
    expect(gone.deleted).toBe(1);
    expect((await lastLog()).action).toBe('delete');
    // Undoing a registration is a soft delete: the case waits in the recycle bin, named by the undo.
    expect(await listRecycleBin()).toEqual([expect.objectContaining({ id: c.id, deletedBy: UNDOER, summary: '撤销：登记案件 丹政复〔2019〕1号' })]);

    expect(await findUndoTarget()).toBeNull();
    expect(await db.changeLog.count()).toBe(6);
  });

  it('undoes a step of the timeline (status back to 待受理)', async () => {
    const c = await registerTestCase();
    await addStep(c.id, { kind: 'accept', date: '2019-03-10' }, ACTOR, TODAY);
    expect((await findUndoTarget())!.summary).toBe('丹政复〔2019〕1号：受理（2019-03-10）');
    await undo();
    const now = (await db.reviewCases.get(c.id))!;
    expect(now.events.map((e) => e.kind)).toEqual(['receive']);
    expect(now.status).toBe('received');
    expect(now.acceptedDate).toBeNull();
  });

  it('skips settings changes: the newest ledger change is the target', async () => {
    const c = await registerTestCase();
    await updateCaseFields(c.id, caseFields({ applicant: '李雷' }), ACTOR, TODAY);
    await saveSettings({ ...DEFAULT_SETTINGS, operatorName: '王五' }, '修改操作人');
    expect((await findUndoTarget())!.summary).toBe('修改案件信息 丹政复〔2019〕1号');
    await undo();
    expect((await db.reviewCases.get(c.id))!.applicant).toBe('张三');
    expect((await db.settings.get('app'))!.value).toMatchObject({ operatorName: '王五' });
  });
});

describe('entries logged before schema version 3', () => {
  it('still undo an edit of an open 意见书, whose stored record now carries the awaiting flag and the entry does not', async () => {
    const letter = {
      kind: 'opinion',
      docNo: '丹复意〔2019〕1号',
      caseId: null,
      issueDate: '2019-03-01',
      recipient: '丹阳市公安局',
      answerDate: null,
      note: '',
    };
    const first = await saveLetter(letter, null, ACTOR, TODAY);
    await saveLetter({ ...letter, recipient: '丹阳市市场监督管理局' }, first.id, ACTOR, TODAY);
    // As a version-2 app logged it: no awaiting flag in the entry.
    const entry = await lastLog();
    const { awaiting: _a, ...afterV2 } = entry.after as Record<string, unknown>;
    await db.changeLog.update(entry.seq!, { after: afterV2 });

    expect(await undo()).toBe('修改行政复议意见书 丹复意〔2019〕1号');
    expect((await db.reviewLetters.get(first.id))!.recipient).toBe('丹阳市公安局');
  });
});

describe('undo a delete', () => {
  it('brings the case back out of the recycle bin, logged as a restore', async () => {
    const c = await registerTestCase();
    await deleteCase(c.id, ACTOR);
    expect((await findUndoTarget())!.summary).toBe('删除案件 丹政复〔2019〕1号（移入回收站）');

    await undo();
    const now = (await db.reviewCases.get(c.id))!;
    expect(now.deleted).toBe(0);
    expect({ ...now, updatedAt: '' }).toEqual({ ...c, updatedAt: '' });
    expect(await lastLog()).toMatchObject({ action: 'restore', summary: '撤销：删除案件 丹政复〔2019〕1号（移入回收站）', actor: UNDOER });
    expect(await listRecycleBin()).toEqual([]);
  });

  it('refuses when the 案号 is now used by another live case, and writes nothing', async () => {
    const c = await registerTestCase();
    await deleteCase(c.id, ACTOR);
    // A case that arrived without going through this office's log (e.g. merged from another office).
    await db.reviewCases.add({ ...c, id: crypto.randomUUID(), applicant: '刘备', deleted: 0 });
    const target = await findUndoTarget();
    await expectRefused(db, () => undoLast(target!.seq, UNDOER), /^不能撤销：案号“丹政复〔2019〕1号”现在已被另一件案件使用（申请人：刘备）/);
  });
});

describe('refusals', () => {
  it("refuses when the record was changed since the entry (its content differs from the entry's after)", async () => {
    const c = await registerTestCase();
    const edited = await updateCaseFields(c.id, caseFields({ applicant: '李雷' }), ACTOR, TODAY);
    await db.reviewCases.put({ ...edited, note: '另一个窗口改过' });
    const target = await findUndoTarget();
    await expectRefused(db, () => undoLast(target!.seq, UNDOER), /丹政复〔2019〕1号（申请人：李雷）在这一步之后又被修改过，不能撤销/);
  });

  it('refuses when the newest change is no longer the one shown', async () => {
    const c = await registerTestCase();
    await updateCaseFields(c.id, caseFields({ applicant: '李雷' }), ACTOR, TODAY);
    const shown = await findUndoTarget();
    await updateCaseFields(c.id, caseFields({ applicant: '韩梅梅' }), ACTOR, TODAY);
    await expectRefused(db, () => undoLast(shown!.seq, UNDOER), /要撤销的上一步已经变化/);
  });

  it('will not undo a permanent deletion', async () => {
    const c = await registerTestCase();
    await deleteCase(c.id, ACTOR);
    await purgeRecord('reviewCases', c.id, ACTOR);
    const target = await findUndoTarget();
    expect(target).toMatchObject({ summary: '永久删除行政复议案件：丹政复〔2019〕1号（申请人：张三）', blocked: '上一步是永久删除，不能撤销' });
    await expectRefused(db, () => undoLast(target!.seq, UNDOER), /永久删除，不能撤销/);
  });

  it('will not undo an import, nor walk past it', async () => {
    const c = await registerTestCase();
    await simulateLegacyImport(db, '案件.xlsx', c, { ...c, applicant: '李雷' });
    const target = await findUndoTarget();
    expect(target).toMatchObject({ ledger: '数据导入', title: '《案件.xlsx》' });
    expect(target!.blocked).toBe('上一步是从文件导入数据（导入《案件.xlsx》：修改1件），不能撤销；如需还原，请恢复导入前自动做的备份');
    await expectRefused(db, () => undoLast(target!.seq, UNDOER), /从文件导入数据/);
  });

  it('will not undo applying a cleanup batch (many documents at once)', async () => {
    const d = await saveDocument(docFields(), null, ACTOR, TODAY);
    const b = await saveCleanupBatch({ name: '2020年规范性文件清理', scope: '', completedDate: '2020-12-20', note: '' }, null, ACTOR, TODAY);
    await addToBatch(b.id, [d.id], ACTOR);
    await setItemResult(b.id, d.id, 'repeal', null, ACTOR);
    await applyBatch(b.id, ACTOR);
    const target = await findUndoTarget();
    expect(target!.blocked).toMatch(/应用清理结果，同时修改了多件文件，不能撤销/);
    await expectRefused(db, () => undoLast(target!.seq, UNDOER), /应用清理结果/);
  });
});

describe('issuing a 合法性审核 registered its document in the same transaction', () => {
  it('undoes both together: the review loses its 公布日期, the document goes to the recycle bin', async () => {
    const r = await saveLegalityReview(legalityFields(), null, ACTOR, TODAY, '丹阳市人民政府');
    const issued = await saveLegalityReview(
      legalityFields({ docNo: '丹政规〔2023〕2号', publishDate: '2023-05-01' }),
      r.id,
      ACTOR,
      TODAY,
      '丹阳市人民政府',
    );
    expect(issued.documentId).not.toBeNull();
    expect((await findUndoTarget())!.summary).toBe('修改合法性审核《丹阳市机动车停车服务收费办法》');

    await undo();
    const review = (await db.legalityReviews.get(r.id))!;
    expect(review.publishDate).toBeNull();
    expect(review.documentId).toBeNull();
    expect((await db.normativeDocuments.get(issued.documentId!))!.deleted).toBe(1);
    const undos = (await db.changeLog.toArray()).filter((e) => (e as UndoLogEntry).undoes);
    expect(undos.map((e) => [e.table, e.action])).toEqual([
      ['legalityReviews', 'update'],
      ['normativeDocuments', 'delete'],
    ]);
    // Both entries count as undone: the next target is the review's registration.
    expect((await findUndoTarget())!.summary).toBe('登记合法性审核《丹阳市机动车停车服务收费办法》');
  });
});

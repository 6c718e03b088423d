import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getDb, type FazhiDb } from '../../db/db';
import { freshDb, snapshot } from '../../db/test-db';
import { STALE_WRITE_MESSAGE } from '../../db/write';
import { addHearing, concludeCase, recordAppealDecision, saveLitigation, updateHearing } from './litigation-repo';
import { litigationInput } from './test-fixtures';

const ACTOR = '王芳';
const TODAY = '2024-06-30';
let db: FazhiDb;
beforeEach(() => {
  db = freshDb();
});
afterEach(() => db.close());

/** The call is refused with exactly this message, and nothing is written. */
async function refused(call: () => Promise<unknown>, message: string) {
  const before = await snapshot(getDb());
  await expect(call()).rejects.toThrow(message);
  expect(await snapshot(getDb())).toEqual(before);
}

describe('行政应诉 repository', () => {
  it('registers, records a hearing with the 负责人, concludes; every step in the change log', async () => {
    const c = await saveLitigation(litigationInput(), null, ACTOR, TODAY);
    await addHearing(c.id, { date: '2024-04-10', headAppeared: true, headName: '李明（副市长）', agencyAppeared: true, note: '' }, ACTOR, TODAY);
    const done = await concludeCase(c.id, { concludedDate: '2024-05-20', outcome: 'dismissClaim', servedDate: '2024-05-22' }, ACTOR, TODAY);
    expect(done).toMatchObject({
      caseNoKey: '〔2024〕苏1181行初12号',
      concludedDate: '2024-05-20',
      hearings: [{ date: '2024-04-10', headName: '李明（副市长）' }],
    });
    const log = await db.changeLog.toArray();
    expect(log.map((e) => e.summary)).toEqual([
      '登记应诉案件 （2024）苏1181行初12号',
      '（2024）苏1181行初12号：开庭（2024-04-10），负责人李明（副市长）出庭',
      '（2024）苏1181行初12号：结案（2024-05-20，判决驳回诉讼请求）',
    ]);
  });

  it('refuses bad input with a message naming the field, writing nothing', async () => {
    const c = await saveLitigation(litigationInput(), null, ACTOR, TODAY);
    await refused(
      () => saveLitigation(litigationInput({ caseNo: '(2024)苏1181行初012号' }), null, ACTOR, TODAY),
      '案号“(2024)苏1181行初012号”已被另一件应诉案件',
    );
    await refused(
      () => concludeCase(c.id, { concludedDate: '2024-03-01', outcome: 'revoke', servedDate: null }, ACTOR, TODAY),
      '结案日期（2024-03-01）不能早于收到应诉通知书日期（2024-03-05）',
    );
    await refused(
      () => addHearing(c.id, { date: '2024-03-01', headAppeared: false, headName: '', agencyAppeared: true, note: '' }, ACTOR, TODAY),
      '第1次开庭日期（2024-03-01）不能早于收到应诉通知书日期（2024-03-05）',
    );
    await refused(
      () => addHearing(c.id, { date: '2024-04-01', headAppeared: true, headName: '', agencyAppeared: true, note: '' }, ACTOR, TODAY),
      '第1次开庭：已勾选负责人出庭，出庭负责人姓名不能为空',
    );
    await refused(
      () => saveLitigation(litigationInput({ caseNo: 'X1', receivedDate: '2024-07-01' }), null, ACTOR, TODAY),
      '收到应诉通知书日期（2024-07-01）晚于今天',
    );
    // A scheduled hearing (after today) is accepted.
    await addHearing(c.id, { date: '2024-07-08', headAppeared: false, headName: '', agencyAppeared: false, note: '' }, ACTOR, TODAY);
    await saveLitigation(litigationInput({ caseNo: 'X2' }), null, ACTOR, TODAY).then((x) =>
      concludeCase(x.id, { concludedDate: '2024-05-01', outcome: 'dismissClaim', servedDate: null }, ACTOR, TODAY),
    );
    const x2 = (await db.litigationCases.toArray()).find((r) => r.caseNo === 'X2')!;
    await refused(
      () => concludeCase(x2.id, { concludedDate: '2024-06-01', outcome: 'revoke', servedDate: null }, ACTOR, TODAY),
      '该案件已于2024-05-01结案（判决驳回诉讼请求），不能再次结案',
    );
    const appeal = await saveLitigation(
      litigationInput({ caseNo: '（2024）苏11行终1号', instance: 'second', earlierInstanceId: c.id, receivedDate: '2024-06-01', defenceDate: null }),
      null,
      ACTOR,
      TODAY,
    );
    await refused(
      () =>
        saveLitigation(
          litigationInput({
            caseNo: '（2024）苏11行终2号',
            instance: 'second',
            earlierInstanceId: appeal.id,
            receivedDate: '2024-06-10',
            defenceDate: null,
          }),
          null,
          ACTOR,
          TODAY,
        ),
      '前审案件（（2024）苏11行终1号）是二审案件，二审只能关联一审案件',
    );
    await refused(
      () =>
        saveLitigation(
          litigationInput({
            caseNo: '（2024）苏11行终3号',
            instance: 'second',
            earlierInstanceId: c.id,
            plaintiff: '李四',
            receivedDate: '2024-06-10',
            defenceDate: null,
          }),
          null,
          ACTOR,
          TODAY,
        ),
      '不是同一纠纷的前审',
    );
  });

  it('corrects a hearing (the 负责人 added after the day), and refuses a correction that breaks a rule', async () => {
    const c = await saveLitigation(litigationInput(), null, ACTOR, TODAY);
    const withHearing = await addHearing(
      c.id,
      { date: '2024-04-10', headAppeared: false, headName: '', agencyAppeared: true, note: '' },
      ACTOR,
      TODAY,
    );
    const h = withHearing.hearings[0]!;
    const fixed = await updateHearing(
      c.id,
      h.id,
      { date: '2024-04-11', headAppeared: true, headName: '李明（副市长）', agencyAppeared: true, note: '改期一天' },
      ACTOR,
      TODAY,
      withHearing.updatedAt,
    );
    expect(fixed.hearings).toEqual([
      { id: h.id, date: '2024-04-11', headAppeared: true, headName: '李明（副市长）', agencyAppeared: true, note: '改期一天' },
    ]);
    expect((await db.changeLog.toArray()).at(-1)?.summary).toBe('（2024）苏1181行初12号：更正开庭记录');
    await refused(
      () => updateHearing(c.id, h.id, { date: '2024-04-11', headAppeared: true, headName: '', agencyAppeared: true, note: '' }, ACTOR, TODAY),
      '第1次开庭：已勾选负责人出庭，出庭负责人姓名不能为空',
    );
    await refused(() => updateHearing(c.id, 'nope', null, ACTOR, TODAY), '这次开庭记录已不存在');
  });

  it('refuses a save from a form opened before another window changed the case', async () => {
    const c = await saveLitigation(litigationInput(), null, ACTOR, TODAY);
    await saveLitigation(litigationInput({ note: '第一个窗口' }), c.id, ACTOR, TODAY, c.updatedAt);
    await refused(() => saveLitigation(litigationInput({ counsel: '江苏某律师事务所' }), c.id, ACTOR, TODAY, c.updatedAt), STALE_WRITE_MESSAGE);
    await refused(
      () => addHearing(c.id, { date: '2024-04-10', headAppeared: false, headName: '', agencyAppeared: true, note: '' }, ACTOR, TODAY, c.updatedAt),
      STALE_WRITE_MESSAGE,
    );
    expect((await db.litigationCases.get(c.id))?.note).toBe('第一个窗口');
  });

  it('records the decision not to appeal, which closes the appeal deadline; refused before the conclusion', async () => {
    const c = await saveLitigation(litigationInput(), null, ACTOR, TODAY);
    await refused(() => recordAppealDecision(c.id, 'notAppealed', ACTOR, TODAY), '案件尚未结案，不能填写是否上诉');
    const done = await concludeCase(c.id, { concludedDate: '2024-06-01', outcome: 'revoke', servedDate: '2024-06-03' }, ACTOR, TODAY);
    const decided = await recordAppealDecision(c.id, 'notAppealed', ACTOR, TODAY, done.updatedAt);
    expect(decided.appealDecision).toBe('notAppealed');
    expect((await db.changeLog.toArray()).at(-1)?.summary).toBe('（2024）苏1181行初12号：不上诉');
  });
});

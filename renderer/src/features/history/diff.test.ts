import { describe, expect, it } from 'vitest';
import type { FazhiDb } from '../../db/db';
import { withFreshDb } from '../../db/test-db';
import { saveAgreement } from '../agreements/agreement-repo';
import { saveDocument } from '../normative/normative-repo';
import { addStep, editStep, removeLastStep, updateCaseFields } from '../review/review-repo';
import { changeLineText, describeChanges } from './diff';
import { ACTOR, agreementFields, caseFields, docFields, registerTestCase, TODAY } from './test-fixtures';

let db: FazhiDb;
withFreshDb((fresh) => {
  db = fresh;
});

async function historyOf(id: string): Promise<Array<{ summary: string; lines: string[] }>> {
  const entries = await db.changeLog.where('recordId').equals(id).sortBy('seq');
  return entries.map((e) => ({ summary: e.summary, lines: describeChanges(e).map(changeLineText) }));
}

describe('the change history of a review case through five edits', () => {
  it('reads every change in Chinese: field labels, values in words, steps of the timeline', async () => {
    const c = await registerTestCase();
    await updateCaseFields(c.id, caseFields({ applicant: '李雷', applicantType: 'organization' }), ACTOR, TODAY);
    await addStep(c.id, { kind: 'accept', date: '2019-03-10', procedure: 'ordinary' }, ACTOR, TODAY);
    const accepted = (await db.reviewCases.get(c.id))!;
    await editStep(c.id, accepted.events[1].id, { date: '2019-03-12' }, ACTOR, TODAY);
    await addStep(c.id, { kind: 'conclude', date: '2019-05-01', outcome: 'revoke', compensation: true }, ACTOR, TODAY);
    await removeLastStep(c.id, ACTOR, TODAY);

    expect(await historyOf(c.id)).toEqual([
      { summary: '登记案件 丹政复〔2019〕1号', lines: [] },
      { summary: '修改案件信息 丹政复〔2019〕1号', lines: ['申请人：张三 → 李雷', '申请人类型：自然人 → 法人或其他组织'] },
      { summary: '丹政复〔2019〕1号：受理（2019-03-10）', lines: ['办理状态：待受理 → 审理中', '新增步骤：受理（2019-03-10，普通程序）'] },
      {
        summary: '丹政复〔2019〕1号：更正步骤“受理”',
        lines: ['更正步骤“受理”：受理（2019-03-10，普通程序） → 受理（2019-03-12，普通程序）'],
      },
      {
        summary: '丹政复〔2019〕1号：审结（2019-05-01）',
        lines: ['办理状态：审理中 → 已审结', '新增步骤：审结（2019-05-01，审理结果：撤销，一并决定赔偿）'],
      },
      {
        summary: '丹政复〔2019〕1号：撤回步骤“审结”（2019-05-01）',
        lines: ['办理状态：已审结 → 审理中', '撤回步骤：审结（2019-05-01，审理结果：撤销，一并决定赔偿）'],
      },
    ]);
  });
});

describe('coded values of the other ledgers read in Chinese', () => {
  it('规范性文件: status', async () => {
    const d = await saveDocument(docFields(), null, ACTOR, TODAY);
    await saveDocument(docFields({ status: 'repealed', note: '已废止' }), d.id, ACTOR, TODAY);
    expect((await historyOf(d.id))[1].lines).toEqual(['状态：有效 → 废止', '备注：（空） → 已废止']);
  });

  it('行政协议: opinion, amount and an emptied field', async () => {
    const a = await saveAgreement(agreementFields(), null, ACTOR, TODAY);
    await saveAgreement(agreementFields({ opinion: 'approveAfterChanges', opinionDate: '2024-03-05', amount: null }), a.id, ACTOR, TODAY);
    expect((await historyOf(a.id))[1].lines).toEqual([
      '金额（万元）：1200 → （空）',
      '出具意见日期：（空） → 2024-03-05',
      '审查意见：（空） → 修改后签订',
    ]);
  });
});

describe('timeline steps', () => {
  // Only the review-case ledger words its `events` as steps; a list of that name elsewhere used to be read with the
  // case's step names.
  it('are read for review cases only, not for a list named events in another ledger', () => {
    const events = (...kinds: string[]) => kinds.map((kind, i) => ({ id: `e${i}`, kind, date: '2024-03-05' }));
    const entry = (table: string) => ({
      table,
      before: { name: 'x', events: events('receive') },
      after: { name: 'x', events: events('receive', 'accept') },
    });
    expect(describeChanges(entry('reviewCases')).map(changeLineText)).toEqual(['新增步骤：受理（2024-03-05）']);
    expect(describeChanges(entry('agreementReviews'))).toEqual([]);
    expect(describeChanges(entry('settings'))).toEqual([]);
  });
});

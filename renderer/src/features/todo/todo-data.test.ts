import { describe, expect, it } from 'vitest';
import type { FazhiDb } from '../../db/db';
import { withFreshDb } from '../../db/test-db';
import { saveAgreement, deleteAgreement } from '../agreements/agreement-repo';
import { saveLegalityReview } from '../normative/normative-repo';
import { restoreRecord } from '../recycle/recycle-repo';
import { deleteLetter, saveLetter } from '../review/letter-repo';
import { readAwaiting } from './todo-data';
import { legalityFields, letterFields } from '../../../../shared/ledgers/form-inputs.test-util';

const TODAY = '2024-06-30';
const ACTOR = '王五';
const GOV = '丹阳市人民政府';

const letter = letterFields;
const agreement = (o: Record<string, unknown> = {}) => ({
  name: '丹阳市城区生活垃圾处理特许经营协议',
  signingCapacity: 'government',
  submittingUnit: '丹阳市城市管理局',
  counterparty: '某环保科技有限公司',
  category: '特许经营',
  amount: 1200.5,
  receivedDate: '2024-06-03',
  opinionDate: null,
  opinion: null,
  problems: '',
  handler: '李四',
  note: '',
  ...o,
});
const legality = (o: Record<string, unknown> = {}) => legalityFields({ submittedDate: '2024-06-03', completedDate: null, opinion: null, ...o });

const ids = async () => {
  const a = await readAwaiting(db);
  return {
    letters: a.reviewLetters!.map((r) => r.docNo).sort(),
    legality: a.legalityReviews!.map((r) => r.title).sort(),
    agreements: a.agreementReviews!.map((r) => r.name).sort(),
  };
};

let db: FazhiDb;
withFreshDb((fresh) => {
  db = fresh;
});

describe('readAwaiting (待办 through the awaiting index)', () => {
  it('finds exactly the unanswered 意见书, the open 合法性审核 and the agreements without an opinion', async () => {
    await saveLetter(letter(), null, ACTOR, TODAY);
    await saveLetter(letter({ docNo: '丹复意〔2024〕2号', answerDate: '2024-04-01' }), null, ACTOR, TODAY);
    await saveLetter(letter({ kind: 'suggestion', docNo: '丹复建〔2024〕1号' }), null, ACTOR, TODAY);
    await saveAgreement(agreement(), null, ACTOR, TODAY);
    await saveAgreement(agreement({ name: '已审协议', opinionDate: '2024-06-10', opinion: 'approve' }), null, ACTOR, TODAY);
    await saveLegalityReview(legality(), null, ACTOR, TODAY, GOV);
    await saveLegalityReview(legality({ title: '已审办法', completedDate: '2024-06-10', opinion: 'legal' }), null, ACTOR, TODAY, GOV);

    expect(await ids()).toEqual({
      letters: ['丹复意〔2024〕1号'],
      legality: ['丹阳市机动车停车服务收费办法'],
      agreements: ['丹阳市城区生活垃圾处理特许经营协议'],
    });
  });

  it('follows every change: answered, deleted, restored from the 回收站, answer removed again', async () => {
    const l = await saveLetter(letter(), null, ACTOR, TODAY);
    const a = await saveAgreement(agreement(), null, ACTOR, TODAY);
    await saveLetter(letter({ answerDate: '2024-04-01' }), l.id, ACTOR, TODAY);
    await deleteAgreement(a.id, ACTOR);
    expect(await ids()).toEqual({ letters: [], legality: [], agreements: [] });

    await restoreRecord('agreementReviews', a.id, ACTOR);
    await saveLetter(letter(), l.id, ACTOR, TODAY);
    expect(await ids()).toEqual({ letters: ['丹复意〔2024〕1号'], legality: [], agreements: ['丹阳市城区生活垃圾处理特许经营协议'] });

    await deleteLetter(l.id, ACTOR);
    expect((await ids()).letters).toEqual([]);
  });

  it('stores, returns and logs the same record', async () => {
    const a = await saveAgreement(agreement(), null, ACTOR, TODAY);
    expect(a as unknown).toMatchObject({ awaiting: 1 });
    expect(await db.agreementReviews.get(a.id)).toEqual(a);
    expect((await db.changeLog.toArray()).at(-1)!.after).toEqual(a);
    const done = await saveAgreement(agreement({ opinionDate: '2024-06-10', opinion: 'approve' }), a.id, ACTOR, TODAY);
    expect(done).not.toHaveProperty('awaiting');
    expect(await db.agreementReviews.get(a.id)).toEqual(done);
  });
});

/** Hand-made litigation cases for the tests. */
import type { Hearing, LitigationCase } from './types';
import { litigationCaseNoKey } from './schema';

let n = 0;

export function hearing(date: string, head: string | null, agency = head !== null): Hearing {
  return { id: `h-${date}-${n++}`, date, headAppeared: head !== null, headName: head ?? '', agencyAppeared: agency, note: '' };
}

export function litigationCase(over: Partial<LitigationCase> = {}): LitigationCase {
  const caseNo = over.caseNo ?? `（2019）苏1181行初${++n}号`;
  return {
    id: over.id ?? `lit-${n++}`,
    createdAt: '2019-01-01T00:00:00.000Z',
    updatedAt: '2019-01-01T00:00:00.000Z',
    deleted: 0,
    caseNo,
    caseNoKey: litigationCaseNoKey(caseNo),
    instance: 'first',
    earlierInstanceId: null,
    court: '丹阳市人民法院',
    plaintiff: '张三',
    plaintiffType: 'natural',
    plaintiffCount: 1,
    defendant: '丹阳市自然资源和规划局',
    defendantKind: 'department',
    coDefendant: '',
    reviewCaseId: null,
    thirdParty: '',
    actName: '行政处罚决定',
    actDocNo: '',
    actDate: null,
    actCategory: '行政处罚',
    field: '自然资源',
    claims: '撤销处罚决定',
    compensationClaimed: false,
    receivedDate: '2019-03-01',
    defenceDate: '2019-03-10',
    hearings: [],
    concludedDate: null,
    outcome: null,
    servedDate: null,
    appealDecision: null,
    lostOverride: null,
    lostOverrideReason: '',
    judicialSuggestion: '',
    handler: '王芳',
    counsel: '',
    note: '',
    ...over,
  };
}

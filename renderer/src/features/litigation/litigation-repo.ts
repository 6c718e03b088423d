import type { DateStr } from '../../../../shared/dates';
import { earlierInstanceProblem, litigationCaseNoKey, validateLitigationFields, type LitigationFields } from '../../../../shared/litigation/schema';
import {
  APPEAL_DECISION_LABELS,
  LITIGATION_OUTCOME_LABELS,
  type AppealDecision,
  type Hearing,
  type LitigationCase,
  type LitigationOutcome,
} from '../../../../shared/litigation/types';
import { getDb } from '../../db/db';
import { assertUnique } from '../../db/ledger-lookup';
import { asOpened, newId, nowIso, putWithLog, stamp, UserError, type LogInfo } from '../../db/write';

/** Validates the fields and the links (前审 of the same dispute, the 复议 case), or throws with the field named. */
async function checked(input: unknown, today: DateStr, selfId: string | null): Promise<LitigationFields> {
  const result = validateLitigationFields(input, today);
  if (!result.ok) throw UserError.ofFields(result.errors);
  const v = result.value;
  const db = getDb();
  if (v.earlierInstanceId) {
    if (v.earlierInstanceId === selfId) throw new UserError('前审案件不能是本案', 'earlierInstanceId');
    const problem = earlierInstanceProblem(v, await db.litigationCases.get(v.earlierInstanceId));
    if (problem) throw new UserError(problem, 'earlierInstanceId');
  }
  if (v.reviewCaseId) {
    const r = await db.reviewCases.get(v.reviewCaseId);
    if (!r || r.deleted) throw new UserError('关联复议案件不存在或已删除', 'reviewCaseId');
  }
  return v;
}

async function loadLive(id: string): Promise<LitigationCase> {
  const c = await getDb().litigationCases.get(id);
  if (!c || c.deleted) throw new UserError('应诉案件不存在或已删除');
  return c;
}

function write(record: LitigationCase, before: LitigationCase | null, actor: string, action: LogInfo['action'], summary: string) {
  return putWithLog(getDb().litigationCases, record, before, { actor, action, summary }, () => assertUnique('litigationCases', record));
}

/**
 * 登记 (existingId null) or 修改 a case; the hearings stay as recorded on the case page unless the input names them.
 * `openedAt`: the record's updatedAt when the form (or the page's modal) was opened; the save is refused if it changed since.
 */
export async function saveLitigation(
  input: Record<string, unknown>,
  existingId: string | null,
  actor: string,
  today: DateStr,
  openedAt?: string,
): Promise<LitigationCase> {
  const stored = existingId ? await loadLive(existingId) : null;
  const before = stored && asOpened(stored, openedAt);
  const v = await checked({ hearings: before?.hearings ?? [], ...input }, today, existingId);
  const record = stamp<LitigationCase>({ ...v, caseNoKey: litigationCaseNoKey(v.caseNo) }, before ?? undefined);
  return write(record, before, actor, before ? 'update' : 'create', `${before ? '修改' : '登记'}应诉案件 ${record.caseNo}`);
}

export interface HearingInput {
  date: DateStr;
  headAppeared: boolean;
  headName: string;
  agencyAppeared: boolean;
  note: string;
}

/** Records a hearing (held, or scheduled when dated after today). */
export async function addHearing(id: string, h: HearingInput, actor: string, today: DateStr, openedAt?: string): Promise<LitigationCase> {
  const before = asOpened(await loadLive(id), openedAt);
  const hearing: Hearing = { id: newId(), ...h };
  const v = await checked({ ...before, hearings: [...before.hearings, hearing] }, today, id);
  const record = stamp<LitigationCase>({ ...v, caseNoKey: before.caseNoKey }, before);
  return write(record, before, actor, 'step', `${before.caseNo}：开庭（${h.date}）${h.headAppeared ? `，负责人${h.headName}出庭` : ''}`);
}

/** Changes or removes one hearing. */
export async function updateHearing(
  id: string,
  hearingId: string,
  h: HearingInput | null,
  actor: string,
  today: DateStr,
  openedAt?: string,
): Promise<LitigationCase> {
  const before = asOpened(await loadLive(id), openedAt);
  if (!before.hearings.some((x) => x.id === hearingId)) throw new UserError('这次开庭记录已不存在，请刷新页面后重试', 'hearings');
  const hearings = h ? before.hearings.map((x) => (x.id === hearingId ? { ...x, ...h } : x)) : before.hearings.filter((x) => x.id !== hearingId);
  const v = await checked({ ...before, hearings }, today, id);
  const record = stamp<LitigationCase>({ ...v, caseNoKey: before.caseNoKey }, before);
  return write(record, before, actor, 'update', `${before.caseNo}：${h ? '更正' : '删除'}开庭记录`);
}

export interface ConclusionInput {
  concludedDate: DateStr | null;
  outcome: LitigationOutcome | null;
  servedDate: DateStr | null;
}

/** 结案: once only (a recorded conclusion is corrected through 修改). */
export async function concludeCase(id: string, c: ConclusionInput, actor: string, today: DateStr, openedAt?: string): Promise<LitigationCase> {
  const before = asOpened(await loadLive(id), openedAt);
  if (before.concludedDate) {
    throw new UserError(
      `该案件已于${before.concludedDate}结案（${before.outcome ? LITIGATION_OUTCOME_LABELS[before.outcome] : ''}），不能再次结案；如结案信息有误，请点“修改”更正`,
      'concludedDate',
    );
  }
  if (!c.concludedDate) throw new UserError('结案日期不能为空', 'concludedDate');
  if (!c.outcome) throw new UserError('结案方式不能为空', 'outcome');
  const v = await checked({ ...before, ...c }, today, id);
  const record = stamp<LitigationCase>({ ...v, caseNoKey: before.caseNoKey }, before);
  return write(record, before, actor, 'step', `${before.caseNo}：结案（${c.concludedDate}，${LITIGATION_OUTCOME_LABELS[c.outcome]}）`);
}

/** 是否上诉: the agency's decision on a first-instance 判决 or 裁定 (it closes the appeal deadline). */
export async function recordAppealDecision(
  id: string,
  decision: AppealDecision,
  actor: string,
  today: DateStr,
  openedAt?: string,
): Promise<LitigationCase> {
  const before = asOpened(await loadLive(id), openedAt);
  if (!before.concludedDate) throw new UserError('案件尚未结案，不能填写是否上诉', 'appealDecision');
  const v = await checked({ ...before, appealDecision: decision }, today, id);
  const record = stamp<LitigationCase>({ ...v, caseNoKey: before.caseNoKey }, before);
  return write(record, before, actor, 'step', `${before.caseNo}：${APPEAL_DECISION_LABELS[decision]}`);
}

export async function deleteLitigation(id: string, actor: string): Promise<void> {
  const before = await loadLive(id);
  await putWithLog(getDb().litigationCases, { ...before, deleted: 1, updatedAt: nowIso() }, before, {
    actor,
    action: 'delete',
    summary: `删除应诉案件 ${before.caseNo}（移入回收站）`,
  });
}

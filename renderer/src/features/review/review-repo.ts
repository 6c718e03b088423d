import { normalizeCaseNo, proposeCaseNo } from '../../../../shared/review/case-number';
import { replay, type StepInput } from '../../../../shared/review/lifecycle';
import { validateCaseFields } from '../../../../shared/review/schema';
import { STEP_LABELS, type ReviewCase, type ReviewCaseFields, type ReviewEvent } from '../../../../shared/review/types';
import { yearOf, type DateStr } from '../../../../shared/dates';
import { getDb } from '../../db/db';
import { assertUnique } from '../../db/ledger-lookup';
import { asOpened, newId, nowIso, putWithLog, stamp, UserError } from '../../db/write';

function fieldsOrThrow(input: unknown, today: DateStr): ReviewCaseFields {
  const result = validateCaseFields(input, today);
  if (!result.ok) throw UserError.ofFields(result.errors);
  return result.value;
}

/** Derives the summary from the events; refuses an impossible timeline. */
function assemble(fields: ReviewCaseFields, events: ReviewEvent[], today: DateStr, existing?: ReviewCase): ReviewCase {
  const result = replay(events, today);
  if (!result.ok) throw new UserError(result.error, 'events');
  const caseYear = fields.caseYear || yearOf(result.summary.receivedDate);
  return stamp<ReviewCase>({ ...fields, caseYear, ...result.summary, caseNoKey: normalizeCaseNo(fields.caseNo), events }, existing);
}

function makeEvent(step: StepInput, actor: string): ReviewEvent {
  return { ...step, id: newId(), recordedBy: actor, recordedAt: nowIso() };
}

export async function registerCase(input: unknown, receivedDate: DateStr, actor: string, today: DateStr): Promise<ReviewCase> {
  const result = validateCaseFields(input, today);
  const errors = result.ok ? [] : [...result.errors];
  if (!receivedDate) errors.push({ field: 'receivedDate', message: '收到日期不能为空' });
  if (!result.ok || errors.length > 0) throw UserError.ofFields(errors);
  const fields = result.value;
  const events = [makeEvent({ kind: 'receive', date: receivedDate }, actor)];
  const record = assemble(fields, events, today);
  return putWithLog(getDb().reviewCases, record, null, { actor, action: 'create', summary: `登记案件 ${record.caseNo}` }, () =>
    assertUnique('reviewCases', record),
  );
}

async function loadLive(id: string): Promise<ReviewCase> {
  const c = await getDb().reviewCases.get(id);
  if (!c || c.deleted) throw new UserError('案件不存在或已删除');
  return c;
}

/**
 * The writes of a case take `openedAt`, the case's updatedAt when the clerk's form was opened: the save is refused
 * (StaleWriteError) when another window changed the case since, never computed from the newer version and saved over it.
 */
export async function updateCaseFields(id: string, input: unknown, actor: string, today: DateStr, openedAt?: string): Promise<ReviewCase> {
  const before = await loadLive(id);
  const fields = fieldsOrThrow(input, today);
  const record = assemble(fields, before.events, today, before);
  return putWithLog(
    getDb().reviewCases,
    record,
    asOpened(before, openedAt),
    { actor, action: 'update', summary: `修改案件信息 ${record.caseNo}` },
    () => assertUnique('reviewCases', record),
  );
}

export async function addStep(id: string, step: StepInput, actor: string, today: DateStr, openedAt?: string): Promise<ReviewCase> {
  const before = await loadLive(id);
  const events = [...before.events, makeEvent(step, actor)];
  const record = assemble(before, events, today, before);
  return putWithLog(getDb().reviewCases, record, asOpened(before, openedAt), {
    actor,
    action: 'step',
    summary: `${before.caseNo}：${STEP_LABELS[step.kind]}（${step.date}）`,
  });
}

/** Corrects a recorded step (its date or details); the whole timeline is checked again. */
export async function editStep(id: string, eventId: string, changes: Partial<StepInput>, actor: string, today: DateStr): Promise<ReviewCase> {
  const before = await loadLive(id);
  const target = before.events.find((e) => e.id === eventId);
  if (!target) throw new UserError('该步骤不存在');
  const events = before.events.map((e) => (e.id === eventId ? { ...e, ...changes, kind: e.kind } : e));
  const record = assemble(before, events, today, before);
  return putWithLog(getDb().reviewCases, record, before, {
    actor,
    action: 'update',
    summary: `${before.caseNo}：更正步骤“${STEP_LABELS[target.kind]}”`,
  });
}

/** Takes back the last step recorded by mistake (the receipt itself stays). */
export async function removeLastStep(id: string, actor: string, today: DateStr): Promise<ReviewCase> {
  const before = await loadLive(id);
  if (before.events.length < 2) throw new UserError('“收到申请”是案件的第一步，不能撤回；如登记有误，请删除案件');
  const last = before.events[before.events.length - 1];
  const record = assemble(before, before.events.slice(0, -1), today, before);
  return putWithLog(getDb().reviewCases, record, before, {
    actor,
    action: 'update',
    summary: `${before.caseNo}：撤回步骤“${STEP_LABELS[last.kind]}”（${last.date}）`,
  });
}

/** The next 案号 of a year (proposeCaseNo), from that year's live cases: read through the caseYear index, never the whole ledger. */
export async function nextCaseNo(prefix: string, year: number): Promise<string> {
  const sameYear = await getDb()
    .reviewCases.where('caseYear')
    .equals(year)
    .filter((c) => c.deleted === 0)
    .toArray();
  return proposeCaseNo(prefix, year, sameYear);
}

export async function deleteCase(id: string, actor: string): Promise<void> {
  const before = await loadLive(id);
  const record: ReviewCase = { ...before, deleted: 1, updatedAt: nowIso() };
  await putWithLog(getDb().reviewCases, record, before, { actor, action: 'delete', summary: `删除案件 ${before.caseNo}（移入回收站）` });
}

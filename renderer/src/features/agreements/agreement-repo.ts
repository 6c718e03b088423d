import { validateAgreementFields } from '../../../../shared/agreements/schema';
import type { AgreementReview } from '../../../../shared/agreements/types';
import type { DateStr } from '../../../../shared/dates';
import { getDb } from '../../db/db';
import { asOpened, nowIso, putWithLog, stamp, UserError } from '../../db/write';

/** `openedAt`: the edited record's updatedAt when the form was opened; the save is refused if it changed since. */
export async function saveAgreement(
  input: unknown,
  existingId: string | null,
  actor: string,
  today: DateStr,
  openedAt?: string,
): Promise<AgreementReview> {
  const result = validateAgreementFields(input, today);
  if (!result.ok) throw UserError.ofFields(result.errors);
  const db = getDb();
  const before = existingId ? ((await db.agreementReviews.get(existingId)) ?? null) : null;
  if (existingId && (!before || before.deleted)) throw new UserError('该审查记录不存在或已删除');
  const record = stamp<AgreementReview>(result.value, before ?? undefined);
  return putWithLog(db.agreementReviews, record, before && asOpened(before, openedAt), {
    actor,
    action: before ? 'update' : 'create',
    summary: `${before ? '修改' : '登记'}行政协议审查：${record.name}`,
  });
}

export async function deleteAgreement(id: string, actor: string): Promise<void> {
  const db = getDb();
  const before = await db.agreementReviews.get(id);
  if (!before || before.deleted) throw new UserError('该审查记录不存在或已删除');
  await putWithLog(db.agreementReviews, { ...before, deleted: 1, updatedAt: nowIso() }, before, {
    actor,
    action: 'delete',
    summary: `删除行政协议审查：${before.name}（移入回收站）`,
  });
}

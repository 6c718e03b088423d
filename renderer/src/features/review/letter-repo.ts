import { validateLetterFields } from '../../../../shared/review/letter-schema';
import { LETTER_KIND_LABELS, type ReviewLetter } from '../../../../shared/review/types';
import type { DateStr } from '../../../../shared/dates';
import { getDb } from '../../db/db';
import { assertUnique } from '../../db/ledger-lookup';
import { asOpened, nowIso, putWithLog, stamp, UserError } from '../../db/write';

/** `openedAt`: the edited letter's updatedAt when the form was opened; the save is refused if it changed since. */
export async function saveLetter(input: unknown, existingId: string | null, actor: string, today: DateStr, openedAt?: string): Promise<ReviewLetter> {
  const result = validateLetterFields(input, today);
  if (!result.ok) throw UserError.ofFields(result.errors);
  const db = getDb();
  const before = existingId ? ((await db.reviewLetters.get(existingId)) ?? null) : null;
  if (existingId && (!before || before.deleted)) throw new UserError('该文书不存在或已删除');
  const record = stamp<ReviewLetter>(result.value, before ?? undefined);
  const label = LETTER_KIND_LABELS[record.kind];
  return putWithLog(
    db.reviewLetters,
    record,
    before && asOpened(before, openedAt),
    { actor, action: before ? 'update' : 'create', summary: `${before ? '修改' : '登记'}${label} ${record.docNo}` },
    async () => {
      if (record.caseId) {
        const c = await db.reviewCases.get(record.caseId);
        if (!c || c.deleted) throw new UserError('关联案件不存在或已删除', 'caseId');
      }
      await assertUnique('reviewLetters', record);
    },
    [db.reviewCases],
  );
}

export async function deleteLetter(id: string, actor: string): Promise<void> {
  const db = getDb();
  const before = await db.reviewLetters.get(id);
  if (!before || before.deleted) throw new UserError('该文书不存在或已删除');
  await putWithLog(db.reviewLetters, { ...before, deleted: 1, updatedAt: nowIso() }, before, {
    actor,
    action: 'delete',
    summary: `删除${LETTER_KIND_LABELS[before.kind]} ${before.docNo}（移入回收站）`,
  });
}

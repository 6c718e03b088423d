/** Unit tests only: records of several ledgers and a whole-database snapshot, for the history/recycle/undo tests. */
import { expect } from 'vitest';
import type { ReviewCase } from '../../../../shared/review/types';
import type { FazhiDb } from '../../db/db';
import { nowIso } from '../../db/write';
import { UserError } from '../../db/write';
import { caseFields } from '../../db/form-inputs.test-util';
import { registerCase } from '../review/review-repo';

export { agreementFields, caseFields, docFields, legalityFields } from '../../db/form-inputs.test-util';

export const TODAY = '2024-06-30';
export const ACTOR = '王五';

export function registerTestCase(caseNo = '丹政复〔2019〕1号', applicant = '张三', actor = ACTOR) {
  return registerCase(caseFields({ caseNo, applicant }), '2019-03-05', actor, TODAY);
}

/** Every table's full contents (all versions' tables). */
export async function snapshotAll(db: FazhiDb): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const t of db.tables) out[t.name] = await t.toArray();
  return out;
}

/** The action must throw a UserError whose message matches, and leave every table exactly as it was. */
export async function expectRefused(db: FazhiDb, action: () => Promise<unknown>, message: RegExp): Promise<string> {
  const before = await snapshotAll(db);
  const error = await action().then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(UserError);
  expect((error as UserError).message).toMatch(message);
  expect(await snapshotAll(db)).toEqual(before);
  return (error as UserError).message;
}

/**
 * What an import of an earlier release wrote: the records, and ONE log entry for the whole file with every record in
 * it. Databases and backups still hold such entries; today's import (features/import/commit.ts) logs each record.
 */
export async function simulateLegacyImport(db: FazhiDb, fileName: string, before: ReviewCase, after: ReviewCase): Promise<void> {
  const at = nowIso();
  await db.transaction('rw', db.reviewCases, db.changeLog, async () => {
    await db.reviewCases.put({ ...after, updatedAt: at });
    await db.changeLog.add({
      at,
      actor: ACTOR,
      table: 'import',
      recordId: crypto.randomUUID(),
      action: 'update',
      summary: `导入《${fileName}》：修改1件`,
      before: { records: [{ table: 'reviewCases', id: before.id, record: before }] },
      after: {
        fileName,
        counts: { updated: 1 },
        records: [{ table: 'reviewCases', id: after.id, action: 'update', record: { ...after, updatedAt: at } }],
      },
    });
  });
}

import { expectRefusedUnchanged } from '../../db/test-db';
import type { ReviewCase } from '../../../../shared/review/types';
import type { FazhiDb } from '../../db/db';
import { nowIso } from '../../db/write';
import { caseFields } from '../../../../shared/ledgers/form-inputs.test-util';
import { registerCase } from '../review/review-repo';

export { agreementFields, caseFields, docFields, legalityFields } from '../../../../shared/ledgers/form-inputs.test-util';

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
  return (await expectRefusedUnchanged(db, action, message)).message;
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

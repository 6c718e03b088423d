/** Unit tests only: records of several ledgers and a whole-database snapshot, for the history/recycle/undo tests. */
import { expect } from 'vitest';
import type { ReviewCase } from '../../../../shared/review/types';
import type { FazhiDb } from '../../db/db';
import { nowIso } from '../../db/write';
import { UserError } from '../../db/write';
import { registerCase } from '../review/review-repo';

export const TODAY = '2024-06-30';
export const ACTOR = '王五';

export function caseFields(overrides: Record<string, unknown> = {}) {
  return {
    caseNo: '丹政复〔2019〕1号',
    applicant: '张三',
    applicantType: 'natural',
    applicantCount: 1,
    respondent: '丹阳市公安局',
    respondentLevel: '市政府部门',
    actCategory: '行政处罚',
    field: '公安',
    handler: '李四',
    intakePoint: '市司法局',
    ...overrides,
  };
}

export function registerTestCase(caseNo = '丹政复〔2019〕1号', applicant = '张三', actor = ACTOR) {
  return registerCase(caseFields({ caseNo, applicant }), '2019-03-05', actor, TODAY);
}

export function docFields(overrides: Record<string, unknown> = {}) {
  return {
    title: '丹阳市城市管理办法',
    docNo: '丹政发〔2020〕14号',
    issuer: '丹阳市人民政府',
    publishDate: '2020-03-01',
    effectiveDate: null,
    statedExpiry: null,
    status: 'valid',
    note: '',
    ...overrides,
  };
}

export function legalityFields(overrides: Record<string, unknown> = {}) {
  return {
    title: '丹阳市机动车停车服务收费办法',
    kind: 'new',
    draftingUnit: '市发改委',
    submittedDate: '2023-04-03',
    completedDate: '2023-04-14',
    opinion: 'legalAfterChanges',
    problems: '',
    handler: '李四',
    docNo: '',
    publishDate: null,
    documentId: null,
    note: '',
    ...overrides,
  };
}

export function agreementFields(overrides: Record<string, unknown> = {}) {
  return {
    name: '城南片区征收补偿协议',
    signingCapacity: 'government',
    submittingUnit: '市住建局',
    counterparty: '丹阳某置业有限公司',
    category: '征收补偿',
    amount: 1200,
    receivedDate: '2024-03-01',
    opinionDate: null,
    opinion: null,
    problems: '',
    handler: '李四',
    note: '',
    ...overrides,
  };
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

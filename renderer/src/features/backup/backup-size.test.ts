import { describe, expect, it } from 'vitest';
import { backupFileName, serializeBackup } from '../../../../shared/backup/format';
import { checkBackupForRestore } from '../../../../shared/backup/validate';
import { addDays } from '../../../../shared/dates';
import type { ChangeLogEntry } from '../../../../shared/record';
import type { FazhiDb } from '../../db/db';
import { withFreshDb } from '../../db/test-db';
import { readAllTables, replaceAllTables, tableKeys } from './backup-db';
import { installFakeHost } from './test-fixtures';

/**
 * The size and time of a backup of many records (each with the change-log entry that created
 * it), printed. 1,000 by default so the suite stays quick; the figure is
 * `BACKUP_BENCH_RECORDS=10000 npx vitest run renderer/src/features/backup/backup-size`.
 * fake-indexeddb is much slower than a real browser's IndexedDB, so the read and write times
 * here are an upper bound.
 */

const RECORDS = Number(process.env.BACKUP_BENCH_RECORDS ?? 1000);
let db: FazhiDb;
withFreshDb((fresh) => {
  db = fresh;
  installFakeHost();
});

function uuid(i: number): string {
  return `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`;
}

function reviewCase(i: number) {
  const received = addDays('2019-01-02', i % 2000);
  const stamp = `${received}T02:00:00.000Z`;
  return {
    id: uuid(i),
    createdAt: stamp,
    updatedAt: stamp,
    deleted: 0 as const,
    caseNo: `丹政复〔${received.slice(0, 4)}〕${i + 1}号`,
    caseNoKey: `丹政复-${received.slice(0, 4)}-${i + 1}`,
    caseYear: Number(received.slice(0, 4)),
    caseSeq: i + 1,
    applicant: `申请人${i}`,
    applicantType: 'natural',
    applicantCount: 1,
    respondent: '丹阳市市场监督管理局',
    respondentLevel: '市政府部门',
    thirdParty: '',
    actName: '行政处罚决定书',
    actDocNo: `丹市监罚〔2019〕${i}号`,
    actDate: received,
    actCategory: '行政处罚',
    field: '市场监管',
    request: '请求撤销被申请人作出的行政处罚决定。',
    handler: '李四',
    intakePoint: '市司法局',
    incidentalReview: false,
    note: '',
    status: 'concluded',
    law: 'old',
    receivedDate: received,
    correctionRequestDate: null,
    correctionReturnedDate: null,
    acceptedDate: addDays(received, 3),
    deemedAccepted: false,
    procedure: 'ordinary',
    nonAcceptance: null,
    nonAcceptanceDate: null,
    extensionDays: 0,
    hearingDate: null,
    concludedDate: addDays(received, 50),
    outcome: 'uphold',
    compensation: false,
    correctedBeforeTermination: false,
    events: [
      { id: `${uuid(i)}-1`, kind: 'receive', date: received, recordedBy: '张明', recordedAt: stamp },
      { id: `${uuid(i)}-2`, kind: 'accept', date: addDays(received, 3), procedure: 'ordinary', recordedBy: '张明', recordedAt: stamp },
      { id: `${uuid(i)}-3`, kind: 'conclude', date: addDays(received, 50), outcome: 'uphold', recordedBy: '张明', recordedAt: stamp },
    ],
  };
}

describe(`a backup of ${RECORDS} records`, () => {
  it('is measured, checks and restores to the same state', { timeout: 300_000 }, async () => {
    const cases = Array.from({ length: RECORDS }, (_, i) => reviewCase(i));
    const log: ChangeLogEntry[] = cases.map((c) => ({
      at: c.createdAt,
      actor: '张明',
      table: 'reviewCases',
      recordId: c.id,
      action: 'create',
      summary: `登记案件 ${c.caseNo}`,
      before: null,
      after: c,
    }));
    await db.reviewCases.bulkAdd(cases as never[]);
    await db.changeLog.bulkAdd(log);

    let t = performance.now();
    const tables = await readAllTables(db);
    const readMs = performance.now() - t;

    t = performance.now();
    const createdAt = new Date().toISOString();
    const { json } = serializeBackup({ tables, schemaVersion: 2, appVersion: '0.1.0', createdAt, reason: '手动' });
    const serializeMs = performance.now() - t;
    const bytes = new TextEncoder().encode(json).byteLength;

    t = performance.now();
    const check = checkBackupForRestore(json, { schemaVersion: 2, appVersion: '0.1.0', tables: tableKeys(db) });
    const checkMs = performance.now() - t;
    expect(check.ok).toBe(true);

    await db.reviewCases.clear();
    t = performance.now();
    if (check.ok) await replaceAllTables(db, check.backup.tables);
    const replaceMs = performance.now() - t;

    expect(await db.reviewCases.count()).toBe(RECORDS);
    expect(await db.changeLog.count()).toBe(RECORDS);
    expect(await db.reviewCases.get(uuid(4321))).toEqual(cases[4321]);

    console.log(
      [
        `backup of ${RECORDS} review cases + ${RECORDS} change-log entries (${backupFileName(createdAt, '手动')}):`,
        `  size ${(bytes / 1024 / 1024).toFixed(2)} MB (${bytes} bytes)`,
        `  read all tables ${readMs.toFixed(0)} ms (fake-indexeddb)`,
        `  serialize + SHA-256 ${serializeMs.toFixed(0)} ms`,
        `  check (parse, checksum, every record) ${checkMs.toFixed(0)} ms`,
        `  replace all tables ${replaceMs.toFixed(0)} ms (fake-indexeddb)`,
      ].join('\n'),
    );
    expect(bytes).toBeGreaterThan(RECORDS * 1000);
  });
});

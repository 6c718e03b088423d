import { describe, expect, it, vi } from 'vitest';
import { gunzipSync, strFromU8 } from 'fflate';
import { serializeBackup } from '../../../../shared/backup/format';
import { sha256Hex } from '../../../../shared/backup/sha256';
import type { ChangeLogEntry } from '../../../../shared/record';
import { backedUpTables, type FazhiDb } from '../../db/db';
import { SCHEMA_VERSION } from '../../db/migrations';
import { expectRefusedUnchanged, withFreshDb } from '../../db/test-db';
import { UserError } from '../../db/write';
import { deleteAgreement } from '../agreements/agreement-repo';
import { addStep, deleteCase } from '../review/review-repo';
import {
  applyRestore,
  backupBeforeQuit,
  DOWNLOAD_NOT_CONFIRMED,
  databaseWasEmptyAtStart,
  prepareRestore,
  restoreFromText,
  scheduledBackupTick,
  takeBackup,
  watchDatabase,
} from './backup-service';
import { lastBrowserBackupAt } from './reminder';
import { backupStatus } from './status';
import { ACTOR, TODAY, everything, fillLedger, installFakeHost, tamper, type FakeHost } from './test-fixtures';

let db: FazhiDb;
let host: FakeHost;
withFreshDb((fresh) => {
  db = fresh;
  host = installFakeHost();
});

/** The action must fail with a UserError matching `message` and leave every table as it was. */
async function expectRefused(action: () => Promise<unknown>, message: string | RegExp): Promise<void> {
  await expectRefusedUnchanged(db, action, message);
}

describe('takeBackup', () => {
  it('writes every table with schema version, app version, counts and checksum', async () => {
    await fillLedger();
    const outcome = await takeBackup('手动');
    expect(host.written).toHaveLength(1);
    const { name, file } = host.written[0];
    expect(name).toMatch(/^法治台账备份_\d{4}-\d{2}-\d{2}_\d{6}_手动\.fzbak$/);
    expect(file).toMatchObject({
      format: 'fazhi-ledger-backup',
      formatVersion: 2,
      schemaVersion: SCHEMA_VERSION,
      appVersion: '0.1.0',
      reason: '手动',
    });
    expect(file.tables).toEqual(JSON.parse(JSON.stringify(await everything(db))));
    expect(file.counts).toEqual({
      agreementReviews: 1,
      changeLog: 7,
      cleanupBatches: 0,
      filingReviews: 0,
      legalityReviews: 0,
      litigationCases: 0,
      normativeDocuments: 1,
      reviewCases: 2,
      reviewLetters: 1,
      settings: 1,
      ...Object.fromEntries(
        backedUpTables(db.tables)
          .filter((t) => !(t.name in file.counts))
          .map((t) => [t.name, 0]),
      ),
    });
    // The last line repeats the counts and holds the SHA-256 of every line before it.
    expect(file.trailer.counts).toEqual(file.counts);
    const text = strFromU8(gunzipSync(host.written[0].bytes));
    expect(file.trailer.checksum).toBe(sha256Hex(text.slice(0, text.lastIndexOf('\n', text.length - 2) + 1)));
    expect(outcome).toMatchObject({ saved: true, name, path: `D:\\法治台账备份\\${name}` });
    expect(backupStatus.get().lastSuccess).toMatchObject({ reason: '手动', name });
  });

  it('writes nothing for an empty database', async () => {
    expect(await takeBackup('启动')).toEqual({ saved: false, counts: {} });
    expect(host.written).toEqual([]);
  });

  it("throws the host's message when the backup folder cannot be written, and records it", async () => {
    await fillLedger();
    host.failWith = '无法写入备份文件夹（D:\\法治台账备份）：没有写入权限。';
    await expect(takeBackup('导入前')).rejects.toThrow(new UserError('无法写入备份文件夹（D:\\法治台账备份）：没有写入权限。'));
    expect(backupStatus.get().lastFailure).toMatchObject({ reason: '导入前', message: '无法写入备份文件夹（D:\\法治台账备份）：没有写入权限。' });
  });

  it('remembers the date of a browser download for the weekly reminder', async () => {
    vi.unstubAllGlobals();
    host = installFakeHost('browser');
    await fillLedger();
    expect(lastBrowserBackupAt()).toBeNull();
    await takeBackup('手动');
    expect(Date.now() - Date.parse(lastBrowserBackupAt()!)).toBeLessThan(5000);
  });

  it('in the browser, a backup the clerk does not confirm as saved (a refused download) is a failure, not a success', async () => {
    vi.unstubAllGlobals();
    host = installFakeHost('browser');
    await fillLedger();
    const asked: string[] = [];
    await expect(
      takeBackup('导入前', async (name) => {
        asked.push(name);
        return false;
      }),
    ).rejects.toThrow(new UserError(DOWNLOAD_NOT_CONFIRMED));
    expect(asked[0]).toMatch(/_导入前\.fzbak$/);
    expect(lastBrowserBackupAt()).toBeNull();
    expect(backupStatus.get().lastFailure).toMatchObject({ reason: '导入前', message: DOWNLOAD_NOT_CONFIRMED });
    // Confirmed: a success like any other.
    expect(await takeBackup('导入前', async () => true)).toMatchObject({ saved: true });
    expect(lastBrowserBackupAt()).not.toBeNull();
  });
});

describe('restore', () => {
  it('brings back exactly the backed-up state after records were changed, deleted and added', async () => {
    const { first, second, agreement } = await fillLedger();
    await takeBackup('手动');
    const backedUp = await everything(db);
    const backupFile = host.written[0].bytes;

    await addStep(first.id, { kind: 'conclude', date: '2024-06-01', outcome: 'revoke' }, ACTOR, TODAY);
    await deleteCase(second.id, ACTOR);
    await deleteAgreement(agreement.id, ACTOR);
    await db.reviewLetters.clear();
    expect(await everything(db)).not.toEqual(backedUp);
    const changed = await everything(db);

    const outcome = await restoreFromText(backupFile, '2024-06-01_手动.fzbak');
    const restored = await everything(db);
    // The backed-up state, and one entry more in the change log: the restore itself.
    const restoreEntry = (restored.changeLog as ChangeLogEntry[]).pop()!;
    expect(restored).toEqual(backedUp);
    expect(restoreEntry).toMatchObject({
      table: 'backupRestore',
      action: 'restore',
      actor: ACTOR,
      summary: '从备份“2024-06-01_手动.fzbak”恢复全部数据',
      before: null,
      after: { source: '2024-06-01_手动.fzbak', backupReason: '手动', counts: host.written[0].file.counts },
    });
    expect(restoreEntry.seq).toBeGreaterThan(Math.max(...(backedUp.changeLog as ChangeLogEntry[]).map((e) => e.seq!)));
    // The state it replaced was backed up first, under 恢复前.
    expect(host.written).toHaveLength(2);
    expect(host.written[1].name).toMatch(/_恢复前\.fzbak$/);
    expect(host.written[1].file.tables).toEqual(JSON.parse(JSON.stringify(changed)));
    expect(outcome.safetyBackup?.name).toBe(host.written[1].name);
    expect(outcome.counts.reviewCases).toBe(2);
  });

  it('restores into an empty database without a pointless 恢复前 backup', async () => {
    await fillLedger();
    await takeBackup('手动');
    const backedUp = await everything(db);
    const json = host.written[0].bytes;
    for (const table of db.tables) await table.clear();
    const outcome = await restoreFromText(json);
    expect(outcome.safetyBackup).toBeNull();
    expect(host.written).toHaveLength(1);
    const restored = await everything(db);
    expect((restored.changeLog as ChangeLogEntry[]).pop()).toMatchObject({ table: 'backupRestore', summary: '从备份“备份文件”恢复全部数据' });
    expect(restored).toEqual(backedUp);
  });

  it('changes nothing and writes no backup when the file is corrupted', async () => {
    const { second } = await fillLedger();
    await takeBackup('手动');
    const json = host.written[0].bytes;
    await addStep(second.id, { kind: 'accept', date: '2024-04-03', procedure: 'simple' }, ACTOR, TODAY);
    await expectRefused(() => restoreFromText(json.slice(0, json.length - 100)), /^备份文件不完整/);
    await expectRefused(() => restoreFromText(tamper(json, '李雷', '韩梅梅')), /^备份文件校验失败/);
    await expectRefused(() => restoreFromText('{"cases":[]}'), '所选文件不是法治台账的备份文件，未做任何改动。');
    expect(host.written).toHaveLength(1);
  });

  it('refuses a backup from a newer app version or schema', async () => {
    await fillLedger();
    const tables = await everything(db);
    const newerApp = serializeBackup({
      tables,
      schemaVersion: SCHEMA_VERSION,
      appVersion: '0.2.0',
      createdAt: new Date().toISOString(),
      reason: '手动',
    }).json;
    await expectRefused(() => restoreFromText(newerApp), /较新版本的法治台账（0\.2\.0）创建，本机是 0\.1\.0/);
    const newerSchema = serializeBackup({
      tables,
      schemaVersion: SCHEMA_VERSION + 1,
      appVersion: '0.1.0',
      createdAt: new Date().toISOString(),
      reason: '手动',
    }).json;
    await expectRefused(() => restoreFromText(newerSchema), new RegExp(`本程序只认识到第${SCHEMA_VERSION}版`));
  });

  it('refuses a backup with an invalid record, naming it', async () => {
    await fillLedger();
    const tables = await everything(db);
    const bad = { ...tables, reviewCases: tables.reviewCases.map((c, i) => (i === 0 ? { ...(c as object), deleted: 2 } : c)) };
    const json = serializeBackup({ tables: bad, schemaVersion: 3, appVersion: '0.1.0', createdAt: new Date().toISOString(), reason: '手动' }).json;
    await expectRefused(
      () => restoreFromText(json),
      /^备份中的数据有误：「行政复议案件」第1条记录（编号 .+）的删除标记无效（应为 0 或 1）。未做任何改动。$/,
    );
  });

  it('does not restore when the 恢复前 backup cannot be written', async () => {
    await fillLedger();
    await takeBackup('手动');
    const json = host.written[0].bytes;
    await deleteCase((await db.reviewCases.toArray())[0].id, ACTOR);
    const prepared = await prepareRestore(json);
    host.failWith = '备份文件夹所在磁盘空间不足（D:\\法治台账备份），备份未写入。';
    await expectRefused(
      () => applyRestore(prepared),
      '恢复前未能先备份当前数据（备份文件夹所在磁盘空间不足（D:\\法治台账备份），备份未写入。），为保护当前数据，没有恢复。',
    );
  });

  it('leaves everything as it was when writing the restored rows fails midway', async () => {
    await fillLedger();
    await takeBackup('手动');
    const prepared = await prepareRestore(host.written[0].bytes);
    await deleteCase((await db.reviewCases.toArray())[0].id, ACTOR);
    // A write that fails in the last table written that has rows: every other table has been cleared and refilled by then.
    const last = [...db.tables].reverse().find((t) => (prepared.backup.counts[t.name] ?? 0) > 0)!;
    vi.spyOn(last, 'bulkPut').mockRejectedValue(new Error('磁盘故障'));
    await expectRefused(() => applyRestore(prepared), '恢复没有完成，当前数据保持不变：磁盘故障');
  });
});

describe('automatic backups', () => {
  const reasons = () => host.written.map((w) => w.name.replace(/^.*_/, ''));
  /** Dexie reports a committed change to its listeners just after the write resolves. */
  const settle = () => new Promise((resolve) => setTimeout(resolve, 50));

  it('take a 定时 backup only after a change, and a 退出 backup only when something changed since', async () => {
    const { second } = await fillLedger();
    await watchDatabase();
    await takeBackup('启动');
    await scheduledBackupTick();
    await backupBeforeQuit();
    expect(reasons()).toEqual(['启动.fzbak']);

    await addStep(second.id, { kind: 'accept', date: '2024-04-03', procedure: 'simple' }, ACTOR, TODAY);
    await settle();
    await scheduledBackupTick();
    expect(reasons()).toEqual(['启动.fzbak', '定时.fzbak']);
    expect((host.written[1].file.tables.reviewCases as { id: string; acceptedDate?: string }[]).find((c) => c.id === second.id)!.acceptedDate).toBe(
      '2024-04-03',
    );
    await backupBeforeQuit();
    expect(reasons()).toEqual(['启动.fzbak', '定时.fzbak']);

    await deleteCase(second.id, ACTOR);
    await settle();
    await backupBeforeQuit();
    expect(reasons()).toEqual(['启动.fzbak', '定时.fzbak', '退出.fzbak']);
  });

  it('note whether the database started empty', async () => {
    await watchDatabase();
    expect(databaseWasEmptyAtStart()).toBe(true);
    await fillLedger();
    await watchDatabase();
    expect(databaseWasEmptyAtStart()).toBe(false);
  });
});

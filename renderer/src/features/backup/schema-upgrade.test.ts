import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { serializeBackup } from '../../../../shared/backup/format';
import { NEWER_DATABASE_MESSAGE, startDatabase } from '../../app/startup';
import { backedUpTables, FazhiDb, SCHEMA_VERSION, setDb } from '../../db/db';
import { freshDb } from '../../db/test-db';
import { SHIPPED } from '../../db/shipped-schema.test-util';
import { MIGRATIONS } from '../../db/migrations';
import { restoreFromText } from './backup-service';
import { readStoredTables, storedSchemaVersion } from './backup-db';
import { everything, fillLedger, installFakeHost, type FakeHost } from './test-fixtures';

/** Versions 1 and 2 exactly as they shipped (frozen copies, see shipped-schema.test-util.ts). */
const V1_STORES = SHIPPED[1];
const V1_TABLES = Object.keys(V1_STORES);

class FazhiDbV1 extends Dexie {
  constructor(name: string) {
    super(name);
    this.version(1).stores(V1_STORES);
  }
}

const V2_STORES = SHIPPED[2];

class FazhiDbV2 extends Dexie {
  constructor(name: string) {
    super(name);
    this.version(1).stores(V1_STORES);
    this.version(2).stores(V2_STORES);
  }
}

/** A database of a future release: one more table, and an index this release does not declare. */
class FazhiDbNext extends FazhiDb {
  constructor(name: string) {
    super(name);
    this.version(SCHEMA_VERSION + 1).stores({ futureThings: 'id', reviewLetters: 'id, caseId, issueDate, kind, deleted, awaiting, recipient' });
  }
}

let host: FakeHost;
let v1Rows: Record<string, unknown[]>;

beforeEach(async () => {
  // Real-looking v1 rows, made by today's code in a scratch database.
  const scratch = freshDb();
  host = installFakeHost('browser');
  await fillLedger();
  const all = await everything(scratch);
  v1Rows = Object.fromEntries(V1_TABLES.map((t) => [t, all[t]]));
  scratch.close();
  host.written = [];
});
afterEach(() => {
  vi.unstubAllGlobals();
});

async function createV1Database(name: string): Promise<void> {
  const v1 = new FazhiDbV1(name);
  await v1.open();
  for (const t of V1_TABLES) await v1.table(t).bulkPut(v1Rows[t]);
  v1.close();
}

describe('FazhiDb', () => {
  it('declares exactly the versions up to the one asked for (every version(n) is guarded)', () => {
    for (const { version } of MIGRATIONS) expect(new FazhiDb('x', version).verno).toBe(version);
    expect(new FazhiDb('x', 1).tables.map((t) => t.name).sort()).toEqual([...V1_TABLES].sort());
    expect(new FazhiDb('x').verno).toBe(SCHEMA_VERSION);
  });
});

describe('upgrading an installed database', () => {
  it('keeps every record of a version-1 database through every later version, after a backup of it', async () => {
    await createV1Database('fazhi-upgrade');
    expect(await storedSchemaVersion('fazhi-upgrade')).toBe(1);
    const db = new FazhiDb('fazhi-upgrade');
    setDb(db);

    expect(await startDatabase()).toBeNull();

    expect(await storedSchemaVersion('fazhi-upgrade')).toBe(SCHEMA_VERSION);
    const after = await everything(db);
    for (const t of V1_TABLES) expect(after[t]).toEqual(v1Rows[t]);
    for (const t of Object.keys(after).filter((t) => !V1_TABLES.includes(t))) expect(after[t]).toEqual([]);
    // The indexes of version 1 still answer queries.
    const caseNoKey = (v1Rows.reviewCases[0] as { caseNoKey: string }).caseNoKey;
    expect(await db.reviewCases.where('caseNoKey').equals(caseNoKey).count()).toBe(1);
    // The backup taken before the upgrade holds the version-1 data, marked as such.
    expect(host.written).toHaveLength(1);
    expect(host.written[0].name).toMatch(/_升级前\.fzbak$/);
    const backup = host.written[0].file;
    expect(backup.schemaVersion).toBe(1);
    expect(backup.tables).toEqual(JSON.parse(JSON.stringify(v1Rows)));
    db.close();
  });

  it('does not upgrade when the backup before the upgrade fails, and says why', async () => {
    await createV1Database('fazhi-upgrade-fail');
    host.failWith = '无法写入备份文件夹（D:\\法治台账备份）：没有写入权限。';
    setDb(new FazhiDb('fazhi-upgrade-fail'));
    expect(await startDatabase()).toBe(
      '程序已更新，需要升级本机数据库，但升级前的备份没有成功：无法写入备份文件夹（D:\\法治台账备份）：没有写入权限。 为保护数据，数据库没有升级，也没有做任何改动。请处理后重新打开程序。',
    );
    expect(await storedSchemaVersion('fazhi-upgrade-fail')).toBe(1);
    expect(await readStoredTables('fazhi-upgrade-fail')).toEqual(v1Rows);
  });

  it('opens a brand-new database without a backup', async () => {
    const db = new FazhiDb('fazhi-new');
    setDb(db);
    expect(await startDatabase()).toBeNull();
    expect(host.written).toEqual([]);
    expect(await storedSchemaVersion('fazhi-new')).toBe(SCHEMA_VERSION);
    db.close();
  });
});

describe('a database written by a newer release', () => {
  async function createNextDatabase(name: string): Promise<Record<string, unknown[]>> {
    const v3 = new FazhiDbNext(name);
    await v3.open();
    for (const t of V1_TABLES) await v3.table(t).bulkPut(v1Rows[t]);
    await v3.table('futureThings').put({ id: 'f1', what: '新版本的数据' });
    const rows = await everything(v3 as unknown as FazhiDb);
    v3.close();
    return rows;
  }

  it('is what Dexie 4 opens anyway (so the app must check first)', async () => {
    await createNextDatabase('fazhi-dexie-behaviour');
    const db = new FazhiDb('fazhi-dexie-behaviour');
    await expect(db.open()).resolves.toBe(db);
    db.close();
  });

  it('is refused with a clear message, and left exactly as it was', async () => {
    const before = await createNextDatabase('fazhi-newer');
    setDb(new FazhiDb('fazhi-newer'));
    expect(await startDatabase()).toBe(NEWER_DATABASE_MESSAGE);
    expect(await storedSchemaVersion('fazhi-newer')).toBe(SCHEMA_VERSION + 1);
    expect(await readStoredTables('fazhi-newer')).toEqual(before);
    expect(host.written).toEqual([]);
  });
});

describe('version 3: the awaiting index', () => {
  const base = { createdAt: '2024-01-02T00:00:00.000Z', updatedAt: '2024-01-02T00:00:00.000Z' };
  const letters = [
    {
      ...base,
      id: 'l-open',
      kind: 'opinion',
      docNo: '丹复意〔2024〕1号',
      caseId: null,
      issueDate: '2024-03-01',
      recipient: '市公安局',
      answerDate: null,
      note: '',
      deleted: 0,
    },
    {
      ...base,
      id: 'l-answered',
      kind: 'opinion',
      docNo: '丹复意〔2024〕2号',
      caseId: null,
      issueDate: '2024-03-01',
      recipient: '市公安局',
      answerDate: '2024-04-01',
      note: '',
      deleted: 0,
    },
    {
      ...base,
      id: 'l-deleted',
      kind: 'opinion',
      docNo: '丹复意〔2024〕3号',
      caseId: null,
      issueDate: '2024-03-01',
      recipient: '市公安局',
      answerDate: null,
      note: '',
      deleted: 1,
    },
    {
      ...base,
      id: 'l-suggestion',
      kind: 'suggestion',
      docNo: '丹复建〔2024〕1号',
      caseId: null,
      issueDate: '2024-03-01',
      recipient: '市公安局',
      answerDate: null,
      note: '',
      deleted: 0,
    },
  ];
  const agreements = [
    { ...base, id: 'a-open', name: '待审协议', receivedDate: '2024-06-03', opinionDate: null, deleted: 0 },
    { ...base, id: 'a-done', name: '已审协议', receivedDate: '2024-06-03', opinionDate: '2024-06-10', deleted: 0 },
  ];
  const legality = [
    { ...base, id: 'r-open', title: '待审办法', submittedDate: '2024-06-03', completedDate: null, deleted: 0 },
    { ...base, id: 'r-done', title: '已审办法', submittedDate: '2024-06-03', completedDate: '2024-06-10', deleted: 0 },
  ];
  const awaitingIds = async (db: FazhiDb) => ({
    letters: await db.reviewLetters.where('awaiting').equals(1).primaryKeys(),
    agreements: await db.agreementReviews.where('awaiting').equals(1).primaryKeys(),
    legality: await db.legalityReviews.where('awaiting').equals(1).primaryKeys(),
  });
  const expected = { letters: ['l-open'], agreements: ['a-open'], legality: ['r-open'] };

  it('is derived for every stored record when a version-2 database is upgraded', async () => {
    const v2 = new FazhiDbV2('fazhi-v2');
    await v2.open();
    await v2.table('reviewLetters').bulkPut(letters);
    await v2.table('agreementReviews').bulkPut(agreements);
    await v2.table('legalityReviews').bulkPut(legality);
    v2.close();
    const db = new FazhiDb('fazhi-v2');
    setDb(db);
    expect(await startDatabase()).toBeNull();
    expect(await awaitingIds(db)).toEqual(expected);
    // Nothing else about the records changed.
    const stored = await db.reviewLetters.toArray();
    expect(
      stored.map((l) => {
        // yearSpan: version 6's index (db/year-span.ts), derived by its own upgrade.
        const { awaiting: _a, yearSpan: _y, ...r } = l as unknown as Record<string, unknown>;
        return r;
      }),
    ).toEqual([...letters].sort((a, b) => a.id.localeCompare(b.id)));
    db.close();
  });

  it('is derived when a version-2 backup is restored, whatever the file says', async () => {
    const db = freshDb();
    const tables = {
      ...Object.fromEntries(backedUpTables(db.tables).map((t) => [t.name, []])),
      reviewLetters: letters.map((l) => ({ ...l, awaiting: 1 })),
      agreementReviews: agreements,
      legalityReviews: legality,
    };
    const json = serializeBackup({ tables, schemaVersion: 2, appVersion: '0.1.0', createdAt: new Date().toISOString(), reason: '手动' }).json;
    await restoreFromText(json);
    expect(await awaitingIds(db)).toEqual(expected);
    db.close();
  });
});

describe('restoring a backup of an older schema', () => {
  it('upgrades it on the way in and empties the tables it did not have', async () => {
    const db = freshDb();
    await fillLedger();
    const json = serializeBackup({ tables: v1Rows, schemaVersion: 1, appVersion: '0.0.9', createdAt: new Date().toISOString(), reason: '手动' }).json;
    await restoreFromText(json);
    const after = await everything(db);
    // The restore's own entry follows the restored change log.
    expect((after.changeLog as { table: string }[]).pop()).toMatchObject({ table: 'backupRestore' });
    for (const t of V1_TABLES) expect(after[t]).toEqual(v1Rows[t]);
    expect(after.normativeDocuments).toEqual([]);
    expect(after.agreementReviews).toEqual([]);
    const names = (await Dexie.dependencies.indexedDB.databases()).map((d) => d.name);
    expect(names.filter((n) => n?.includes('restore-staging'))).toEqual([]);
    db.close();
  });
});

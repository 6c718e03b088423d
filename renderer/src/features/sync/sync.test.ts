/**
 * Two PCs (two Dexie databases, two local PouchDBs) and one bureau server (pouchdb-server, started here on disk so
 * that it can be restarted). The engine moves documents between each PC's Dexie and PouchDB; PouchDB's own
 * replication moves them to and from the server.
 */
import Dexie from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { storedCase } from '../../../../shared/ledgers/stored-fixtures.test-util';
import type { BaseRecord } from '../../../../shared/record';
import { computeReviewYearFigures } from '../../../../shared/review/counts';
import type { ReviewCase } from '../../../../shared/review/types';
import { DEFAULT_SETTINGS } from '../../../../shared/settings';
import { recordDocId } from '../../../../shared/sync/documents';
import { FazhiDb, setDb } from '../../db/db';
import { saveSettings, loadSettings } from '../../db/settings-repo';
import { writeChanges } from '../../db/write';
import { findDuplicates } from './duplicates';
import { SyncEngine, type Pouch } from './engine';
import * as service from './service';
import { adminAuth, setUpBureau, startTestServer, type TestServer } from './test-server.test-util';

(globalThis as { self?: unknown }).self ??= globalThis;
type PouchCtor = new (name: string, options?: Record<string, unknown>) => Pouch;
let PouchDB: PouchCtor;
let server: TestServer;
let bureau: { user: string; password: string; dbUrl: string };
let dbName = 'fazhi';

beforeAll(async () => {
  const mod = (await import('pouchdb-browser')).default as unknown as PouchCtor & { plugin(p: unknown): void };
  mod.plugin((await import('pouchdb-adapter-memory')).default);
  PouchDB = mod;
  server = await startTestServer(5910, { onDisk: true });
  bureau = await setUpBureau(server);
}, 120_000);

afterAll(async () => {
  await server?.dispose();
}, 60_000);

let n = 0;
beforeEach(async () => {
  // A database of its own per test, on the same server.
  dbName = `fazhi${++n}`;
  const auth = `Basic ${Buffer.from(`${adminAuth.username}:${adminAuth.password}`).toString('base64')}`;
  await fetch(`${server.url}/${dbName}`, { method: 'PUT', headers: { Authorization: auth } });
  await fetch(`${server.url}/${dbName}/_security`, {
    method: 'PUT',
    headers: { Authorization: auth, 'Content-Type': 'application/json' },
    body: JSON.stringify({ admins: { names: [], roles: ['fazhi_admin'] }, members: { names: [], roles: ['fazhi_clerk'] } }),
  });
});

const remote = () => new PouchDB(`${server.url}/${dbName}`, { skip_setup: true, auth: { username: bureau.user, password: bureau.password } });

class Pc {
  readonly db: FazhiDb;
  readonly local: Pouch;
  readonly engine: SyncEngine;
  constructor(
    readonly id: string,
    readonly actor: string,
  ) {
    Dexie.dependencies.indexedDB = new IDBFactory();
    Dexie.dependencies.IDBKeyRange = IDBKeyRange;
    this.db = new FazhiDb(`pc-${id}-${crypto.randomUUID()}`);
    this.local = new PouchDB(`pouch-${id}-${crypto.randomUUID()}`, { adapter: 'memory' });
    this.engine = new SyncEngine(this.local, id);
  }
  /** Runs `fn` with this PC's Dexie as the app's database. */
  async at<T>(fn: () => Promise<T>): Promise<T> {
    setDb(this.db);
    return fn();
  }
  /** Dexie → PouchDB, PouchDB ⇄ server (one round), PouchDB → Dexie. */
  async sync(): Promise<void> {
    await this.at(async () => {
      await this.engine.flush();
      await this.local.sync(remote());
      await this.engine.flush();
    });
  }
  save(record: ReviewCase, before: ReviewCase | null = null): Promise<void> {
    return this.at(() =>
      writeChanges(
        [{ table: 'reviewCases', id: record.id, record, before, action: before ? 'update' : 'create', summary: `登记 ${record.caseNo}` }],
        {
          actor: this.actor,
        },
      ),
    );
  }
  get(id: string): Promise<ReviewCase | undefined> {
    return this.at(() => this.db.reviewCases.get(id));
  }
}

const caseOf = (i: number, id = `case-${i}`, extra: Partial<ReviewCase> = {}) =>
  storedCase({ id, caseNo: `丹政复〔2020〕${i}号`, caseNoKey: `丹政复2020-${i}`, caseSeq: i, ...extra });

/** Two PCs, 张三 on A and 李四 on B, that both hold case 1: registered on A, synced to B. */
async function oneCaseOnBoth() {
  const a = new Pc('PC-A', '张三');
  const b = new Pc('PC-B', '李四');
  const c1 = caseOf(1);
  await a.save(c1);
  await a.sync();
  await b.sync();
  return { a, b, c1 };
}

const edit = (c: ReviewCase, patch: Partial<ReviewCase>, at = new Date().toISOString()): ReviewCase => ({ ...c, ...patch, updatedAt: at });

describe('two PCs through the server', () => {
  it('carries a record both ways, with who and which PC in 修改记录, and sends nothing back', async () => {
    const { a, b, c1 } = await oneCaseOnBoth();
    expect(await b.get(c1.id)).toEqual(c1);
    const entry = await b.at(() => b.db.changeLog.where('recordId').equals(c1.id).last());
    expect(entry).toMatchObject({ actor: '张三', origin: { pc: 'PC-A' }, action: 'create' });
    expect(entry?.summary).toContain('来自 PC-A');

    const edited = edit(c1, { applicant: '王五' });
    await b.save(edited, c1);
    await b.sync();
    await a.sync();
    expect((await a.get(c1.id))?.applicant).toBe('王五');
    // The server holds one log document per change where it was made: A's create, B's edit, nothing sent back.
    const logs = await remote().allDocs({ startkey: 'log:', endkey: 'log:\uffff' });
    expect(logs.rows.map((r) => r.id.split(':')[1]).sort()).toEqual(['PC-A', 'PC-B']);
    expect((await a.at(() => a.db.syncConflicts.count())) + (await b.at(() => b.db.syncConflicts.count()))).toBe(0);
  }, 30_000);

  it('a PC whose bookkeeping was lost puts no conflict for a version the server already has', async () => {
    const { a, b, c1 } = await oneCaseOnBoth();
    await b.at(() => b.db.syncRevs.clear());
    await b.save(c1, c1);
    await b.sync();
    await a.sync();
    for (const pc of [a, b]) expect(await pc.at(() => pc.db.syncConflicts.count())).toBe(0);
    expect((await b.local.get(recordDocId('reviewCases', c1.id), { conflicts: true }))._conflicts ?? []).toEqual([]);
  }, 30_000);

  it('replicates the bureau-wide settings and keeps each PC its own 使用人', async () => {
    const a = new Pc('PC-A', '张三');
    const b = new Pc('PC-B', '李四');
    await b.at(() => saveSettings({ ...DEFAULT_SETTINGS, operatorName: '李四' }, '设置使用人'));
    await a.at(() =>
      saveSettings(
        {
          ...DEFAULT_SETTINGS,
          operatorName: '张三',
          intakePoints: ['市司法局', '访仙司法所'],
          organNames: { ...DEFAULT_SETTINGS.organNames, caseNoPrefix: '镇政复' },
        },
        '修改受理点',
      ),
    );
    await a.sync();
    await b.sync();
    const onB = await b.at(() => loadSettings());
    expect(onB.intakePoints).toEqual(['市司法局', '访仙司法所']);
    expect(onB.organNames.caseNoPrefix).toBe('镇政复');
    expect(onB.operatorName).toBe('李四');
  }, 30_000);

  it('the bureau settings changed on two PCs apart: a conflict, resolved once for both', async () => {
    const a = new Pc('PC-A', '张三');
    const b = new Pc('PC-B', '李四');
    await a.at(() => saveSettings({ ...DEFAULT_SETTINGS, operatorName: '张三', intakePoints: ['市司法局', '访仙司法所'] }, '受理点'));
    await a.sync();
    await b.sync();
    await a.at(async () => saveSettings({ ...(await loadSettings()), fields: ['公安', '教育'] }, '管理领域'));
    await b.at(async () => saveSettings({ ...(await loadSettings()), operatorName: '李四', fields: ['公安', '卫健'] }, '管理领域'));
    await a.sync();
    await b.sync();
    await a.sync();
    expect(await a.at(() => a.db.syncConflicts.get('settings:app'))).toBeTruthy();
    expect((await b.at(() => loadSettings())).fields).toEqual(['公安', '卫健']);
    const versions = await b.at(() => b.engine.versions('settings:app'));
    expect(versions).toHaveLength(2);
    const fromA = versions.find((v) => v.pc === 'PC-A')!;
    await b.at(() => b.engine.resolve('settings:app', fromA.value, '李四'));
    await b.sync();
    await a.sync();
    for (const pc of [a, b]) {
      expect((await pc.at(() => loadSettings())).fields).toEqual(['公安', '教育']);
      expect(await pc.at(() => pc.db.syncConflicts.count())).toBe(0);
    }
    expect((await b.at(() => loadSettings())).operatorName).toBe('李四');
  }, 30_000);

  it('offline edits on both PCs: a conflict on both, nothing overwritten; the clerk combines fields and both PCs agree', async () => {
    const { a, b, c1 } = await oneCaseOnBoth();
    // Apart: each edits another field.
    const onA = edit(c1, { applicant: '甲公司' }, '2020-06-01T01:00:00.000Z');
    const onB = edit(c1, { note: '补充材料已收到' }, '2020-06-01T02:00:00.000Z');
    await a.save(onA, c1);
    await b.save(onB, c1);
    await a.sync();
    await b.sync();
    await a.sync();
    const docId = recordDocId('reviewCases', c1.id);
    expect(await a.at(() => a.db.syncConflicts.get(docId))).toBeTruthy();
    expect(await b.at(() => b.db.syncConflicts.get(docId))).toBeTruthy();
    // Neither PC's own version was overwritten.
    expect(await a.get(c1.id)).toEqual(onA);
    expect(await b.get(c1.id)).toEqual(onB);
    const versions = await a.at(() => a.engine.versions(docId));
    expect(versions.map((v) => v.pc).sort()).toEqual(['PC-A', 'PC-B']);
    expect(versions.map((v) => v.actor).sort()).toEqual(['张三', '李四']);

    await a.at(() => a.engine.resolve(docId, { ...onA, note: onB.note }, '张三'));
    await a.sync();
    await b.sync();
    for (const pc of [a, b]) {
      const r = await pc.get(c1.id);
      expect([r?.applicant, r?.note]).toEqual(['甲公司', '补充材料已收到']);
      expect(await pc.at(() => pc.db.syncConflicts.count())).toBe(0);
      const doc = await pc.local.get(docId, { conflicts: true });
      expect(doc._conflicts ?? []).toEqual([]);
    }
    // The version not kept stays in 修改记录.
    const history = await a.at(() => a.db.changeLog.where('recordId').equals(c1.id).toArray());
    expect(history.some((e) => e.summary.startsWith('同步冲突中未保留的版本'))).toBe(true);
  }, 30_000);

  it('a deletion for good on one PC and an edit on the other is a conflict; keeping the edit restores it on both', async () => {
    const { a, b, c1 } = await oneCaseOnBoth();
    await a.at(() =>
      writeChanges([{ table: 'reviewCases', id: c1.id, record: null, before: c1, action: 'delete', summary: '彻底删除' }], { actor: '张三' }),
    );
    const onB = edit(c1, { applicant: '乙公司' });
    await b.save(onB, c1);
    await a.sync();
    await b.sync();
    await a.sync();
    const docId = recordDocId('reviewCases', c1.id);
    expect(await a.at(() => a.db.syncConflicts.get(docId))).toBeTruthy();
    expect(await b.at(() => b.db.syncConflicts.get(docId))).toBeTruthy();
    expect(await a.get(c1.id)).toBeUndefined();
    expect(await b.get(c1.id)).toEqual(onB);
    const versions = await b.at(() => b.engine.versions(docId));
    expect(versions.map((v) => v.deleted).sort()).toEqual([false, true]);
    await b.at(() => b.engine.resolve(docId, onB as unknown as Record<string, unknown>, '李四'));
    await b.sync();
    await a.sync();
    expect((await a.get(c1.id))?.applicant).toBe('乙公司');
    expect(await a.at(() => a.db.syncConflicts.count())).toBe(0);
    expect(await b.at(() => b.db.syncConflicts.count())).toBe(0);
  }, 30_000);

  it('the same 案号 registered on two PCs is listed with both records after sync', async () => {
    const a = new Pc('PC-A', '张三');
    const b = new Pc('PC-B', '李四');
    await a.save(caseOf(7, 'on-a', { applicant: '赵一' }));
    await b.save(caseOf(7, 'on-b', { applicant: '钱二' }));
    await a.sync();
    await b.sync();
    await a.sync();
    for (const pc of [a, b]) {
      const groups = await pc.at(() => findDuplicates(pc.id));
      expect(groups).toHaveLength(1);
      expect(groups[0].records.map((r) => r.record.id).sort()).toEqual(['on-a', 'on-b']);
      expect(groups[0].records.map((r) => r.pc).sort()).toEqual(['PC-A', 'PC-B']);
    }
  }, 30_000);

  it('a document written by hand on the server that fails the schema is kept aside, never applied', async () => {
    const b = new Pc('PC-B', '李四');
    const bad = { ...caseOf(3), receivedDate: '2020-13-45' };
    const admin = new PouchDB(`${server.url}/${dbName}`, { skip_setup: true, auth: adminAuth });
    await admin.put({
      _id: recordDocId('reviewCases', bad.id),
      type: 'record',
      table: 'reviewCases',
      record: bad,
      pc: 'PC-X',
      actor: '某人',
      at: new Date().toISOString(),
    });
    await admin.put({
      _id: recordDocId('reviewCases', 'good'),
      type: 'record',
      table: 'reviewCases',
      record: caseOf(4, 'good'),
      pc: 'PC-X',
      actor: '某人',
      at: new Date().toISOString(),
    });
    await b.sync();
    expect(await b.get(bad.id)).toBeUndefined();
    expect(await b.get('good')).toBeTruthy();
    const kept = await b.at(() => b.db.syncInbox.toArray());
    expect(kept).toHaveLength(1);
    expect(kept[0].problem).toContain('收到日期缺失或不是有效日期');
    // Corrected on the server: applied, and no longer kept aside.
    const doc = await admin.get(recordDocId('reviewCases', bad.id));
    await admin.put({ ...doc, record: { ...bad, receivedDate: '2020-03-02' } });
    await b.sync();
    expect((await b.get(bad.id))?.receivedDate).toBe('2020-03-02');
    expect(await b.at(() => b.db.syncInbox.count())).toBe(0);
  }, 30_000);

  it('1,000 records edited on each side: all 2,000 on both, and the year figures equal those of the server documents', async () => {
    const a = new Pc('PC-A', '张三');
    const b = new Pc('PC-B', '李四');
    const N = 1000;
    const started = performance.now();
    const make = (prefix: string, offset: number) =>
      Array.from({ length: N }, (_, i) =>
        caseOf(offset + i, `${prefix}-${i}`, {
          concludedDate: i % 3 === 0 ? '2020-09-01' : null,
          outcome: i % 3 === 0 ? 'revoke' : null,
          status: i % 3 === 0 ? 'concluded' : 'underReview',
        }),
      );
    const onA = make('a', 1);
    const onB = make('b', N + 1);
    const bulk = (pc: Pc, list: ReviewCase[], before: ReviewCase[] | null) =>
      pc.at(() =>
        writeChanges(
          list.map((r, i) => ({
            table: 'reviewCases',
            id: r.id,
            record: r,
            before: before?.[i] ?? null,
            action: before ? 'update' : 'create',
            summary: r.caseNo,
          })),
          { actor: pc.actor },
        ),
      );
    await bulk(a, onA, null);
    await bulk(b, onB, null);
    await a.sync();
    await b.sync();
    await a.sync();
    // Each side edits its own thousand.
    const editedA = onA.map((r) => edit(r, { note: 'A 改' }));
    const editedB = onB.map((r) => edit(r, { note: 'B 改' }));
    await bulk(a, editedA, onA);
    await bulk(b, editedB, onB);
    await a.sync();
    await b.sync();
    await a.sync();
    const seconds = (performance.now() - started) / 1000;
    console.log(`2×${N} records created and edited on two PCs, synced: ${seconds.toFixed(1)} s`);
    const server = await remote().allDocs({ include_docs: true, startkey: 'rec:', endkey: 'rec:\uffff' });
    const serverCases = server.rows.map((r) => (r.doc as unknown as { record: ReviewCase }).record);
    expect(serverCases).toHaveLength(2 * N);
    const figures = (cases: ReviewCase[]) =>
      computeReviewYearFigures({ cases, letters: [], year: 2020, correctionRate: DEFAULT_SETTINGS.correctionRate });
    const expected = figures(serverCases);
    for (const pc of [a, b]) {
      const cases = await pc.at(() => pc.db.reviewCases.toArray());
      expect(cases).toHaveLength(2 * N);
      expect(cases.filter((c) => c.note === 'A 改')).toHaveLength(N);
      expect(figures(cases)).toEqual(expected);
      const sample = await pc.at(() => pc.db.syncConflicts.limit(1).toArray());
      expect(await pc.at(() => pc.db.syncConflicts.count()), `${pc.id}: ${JSON.stringify(sample)}`).toBe(0);
    }
  }, 180_000);
});

describe('the live sync (service)', () => {
  const wait = async (ok: () => Promise<boolean> | boolean, ms = 20_000) => {
    const end = Date.now() + ms;
    while (Date.now() < end) {
      if (await ok()) return;
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error(`still waiting; status ${JSON.stringify(service.getStatus())}`);
  };

  it('a wrong password and an unreachable server give their Chinese message and write nothing', async () => {
    const a = new Pc('PC-A', '张三');
    await a.at(async () => {
      service.setPouch(PouchDB, { adapter: 'memory', name: crypto.randomUUID() });
      expect(await service.testConnection(server.url, bureau.user, 'wrong')).toEqual({ ok: false, error: service.MESSAGES.wrongPassword });
      expect(await service.testConnection('http://127.0.0.1:5919', bureau.user, bureau.password)).toEqual({
        ok: false,
        error: service.MESSAGES.unreachable,
      });
      expect(await service.startSync({ url: server.url, user: bureau.user, password: 'wrong' })).toEqual({
        ok: false,
        error: service.MESSAGES.wrongPassword,
      });
      expect(await service.savedConfig()).toBeNull();
      expect(await service.testConnection('ftp://x', 'a', 'b')).toEqual({ ok: false, error: service.MESSAGES.badUrl });
    });
    await service.resetForTests();
  });

  it('syncs live; a server restart in the middle shows 离线, then everything arrives', async () => {
    const a = new Pc('PC-A', '张三');
    const b = new Pc('PC-B', '李四');
    const url = `${server.url}/${dbName}`;
    await a.at(async () => {
      service.setPouch(PouchDB, { adapter: 'memory', name: crypto.randomUUID() });
      const result = await service.startSync({ url, user: bureau.user, password: bureau.password });
      expect(result.ok).toBe(true);
      await a.save(caseOf(1));
      await wait(() => service.getStatus().state === 'synced' && service.getStatus().pending === 0);
      // 299 more in one save; the server stops while they are on their way.
      await writeChanges(
        Array.from({ length: 299 }, (_, i) => {
          const c = caseOf(i + 2);
          return { table: 'reviewCases', id: c.id, record: c, before: null, action: 'create' as const, summary: c.caseNo };
        }),
        { actor: '张三' },
      );
      await wait(() => service.getStatus().state === 'syncing', 5_000).catch(() => undefined);
      await server.stop();
      await wait(() => service.getStatus().state === 'offline');
      expect(service.getStatus().error).toBe(service.MESSAGES.unreachable);
      await server.start();
      await wait(async () => (await remote().info()).doc_count >= 300 + 300, 30_000);
      await wait(() => service.getStatus().state === 'synced');
    });
    await service.resetForTests();
    await b.sync();
    expect(await b.at(() => b.db.reviewCases.count())).toBe(300);
  }, 90_000);

  it('a change the server refuses (validate_doc_update) is listed in 最近的错误; the rest goes through', async () => {
    const a = new Pc('PC-A', '张三');
    const url = `${server.url}/${dbName}`;
    const admin = `Basic ${Buffer.from(`${adminAuth.username}:${adminAuth.password}`).toString('base64')}`;
    await fetch(`${url}/_design/refuse`, {
      method: 'PUT',
      headers: { Authorization: admin, 'Content-Type': 'application/json' },
      body: JSON.stringify({
        validate_doc_update:
          "function (doc) { if (doc.record && doc.record.applicant === '拒绝') throw({ forbidden: '受理点账号不能修改局机关的记录' }); }",
      }),
    });
    await a.at(async () => {
      service.setPouch(PouchDB, { adapter: 'memory', name: crypto.randomUUID() });
      expect((await service.startSync({ url, user: bureau.user, password: bureau.password })).ok).toBe(true);
      await a.save(caseOf(1, 'refused', { applicant: '拒绝' }));
      await a.save(caseOf(2, 'accepted'));
      await wait(() => service.getErrors().some((e) => e.message.includes('受理点账号不能修改局机关的记录')));
      expect(service.getErrors()[0].message).toBe('服务器拒绝了一条修改（rec:reviewCases:refused）：受理点账号不能修改局机关的记录');
      await wait(
        async () =>
          (await remote()
            .get(recordDocId('reviewCases', 'accepted'))
            .catch(() => null)) !== null,
      );
      expect(
        await remote()
          .get(recordDocId('reviewCases', 'refused'))
          .catch(() => null),
      ).toBeNull();
      expect(await a.db.reviewCases.count()).toBe(2);
    });
    await service.resetForTests();
  }, 60_000);

  it('a password changed on the server while syncing: 登录已失效, and the local data keeps working', async () => {
    const a = new Pc('PC-A', '张三');
    const url = `${server.url}/${dbName}`;
    const admin = `Basic ${Buffer.from(`${adminAuth.username}:${adminAuth.password}`).toString('base64')}`;
    const userUrl = `${server.url}/_users/org.couchdb.user:wangwu`;
    await fetch(userUrl, {
      method: 'PUT',
      headers: { Authorization: admin, 'Content-Type': 'application/json' },
      body: JSON.stringify({ name: 'wangwu', password: 'first', roles: ['fazhi_clerk'], type: 'user' }),
    });
    await a.at(async () => {
      service.setPouch(PouchDB, { adapter: 'memory', name: crypto.randomUUID() });
      expect((await service.startSync({ url, user: 'wangwu', password: 'first' })).ok).toBe(true);
      await wait(() => service.getStatus().state === 'synced');
      const doc = (await (await fetch(userUrl, { headers: { Authorization: admin } })).json()) as Record<string, unknown>;
      await fetch(userUrl, {
        method: 'PUT',
        headers: { Authorization: admin, 'Content-Type': 'application/json' },
        body: JSON.stringify({ ...doc, password: 'changed' }),
      });
      await a.save(caseOf(1));
      await wait(() => service.getStatus().state === 'error');
      expect(service.getStatus().error).toBe(service.MESSAGES.expired);
      expect(service.getErrors()[0].message).toBe(service.MESSAGES.expired);
      await a.save(caseOf(2));
      expect(await a.db.reviewCases.count()).toBe(2);
    });
    await service.resetForTests();
  }, 60_000);
});

// The record type check above also serves as a guard that storedCase stays a valid stored record.
void (null as unknown as BaseRecord);

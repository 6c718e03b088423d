import { runInNewContext } from 'node:vm';
import { parse } from 'acorn';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LEDGER_TABLES } from '../shared/ledgers/registry';
import {
  DESIGN_DOC_ID,
  ROLE_ADMIN,
  ROLE_CLERK,
  ROLE_TOWN,
  SECURITY_OBJECT,
  SYNC_TABLES,
  fazhiDesignDoc,
  pointRole,
  townFilterSource,
  validateDocUpdateSource,
} from '../shared/sync/server-design';
import { ADMIN, couch, startPouchServer, type TestServer } from './pouchdb-server.test-util';

type Doc = Record<string, unknown>;
type Validate = (newDoc: Doc, oldDoc: Doc | null, userCtx: { name: string | null; roles: string[] }, secObj: unknown) => void;

// Evaluated the way CouchDB does: the source alone, in a fresh global with nothing of Node's.
const validate = runInNewContext(`(${validateDocUpdateSource()})`, {}) as Validate;

const clerk = { name: '王敏', roles: [ROLE_CLERK] };
const town = { name: 'fangxian', roles: [ROLE_TOWN, pointRole('访仙司法所')] };
const itAdmin = { name: 'it', roles: [ROLE_ADMIN] };
const serverAdmin = { name: 'admin', roles: ['_admin'] };

function caseRecord(over: Doc = {}): Doc {
  return {
    id: 'c1',
    createdAt: '2026-03-02T01:00:00.000Z',
    updatedAt: '2026-03-02T01:00:00.000Z',
    deleted: 0,
    caseNo: '丹政复〔2026〕1号',
    applicant: '张三',
    intakePoint: '访仙司法所',
    status: 'received',
    ...over,
  };
}
const recDoc = (over: Doc = {}, record: Doc = caseRecord()): Doc => ({
  _id: `rec:reviewCases:${record.id as string}`,
  type: 'record',
  table: 'reviewCases',
  record,
  pc: 'pc-a',
  actor: '李丽',
  at: '2026-03-02T01:00:00.000Z',
  ...over,
});
const logDoc = (over: Doc = {}, entry: Doc = {}): Doc => ({
  _id: 'log:pc-a:000000000001',
  type: 'log',
  pc: 'pc-a',
  entry: {
    at: '2026-03-02T01:00:00.000Z',
    actor: '李丽',
    table: 'reviewCases',
    recordId: 'c1',
    action: 'create',
    summary: '登记案件',
    before: null,
    after: {},
    ...entry,
  },
  ...over,
});
const settingsDoc = (over: Doc = {}): Doc => ({ _id: 'settings:app', type: 'settings', value: { organName: '丹阳市人民政府' }, ...over });
const letterDoc = (): Doc =>
  recDoc(
    { _id: 'rec:reviewLetters:l1', table: 'reviewLetters' },
    { id: 'l1', createdAt: '2026-03-02', updatedAt: '2026-03-02', deleted: 0, kind: 'opinion', docNo: '丹复意〔2026〕1号' },
  );

/** The message the function refuses with, or null when it allows the write. */
function refusal(newDoc: Doc, oldDoc: Doc | null, userCtx: { name: string | null; roles: string[] }): string | null {
  try {
    validate(newDoc, oldDoc, userCtx, SECURITY_OBJECT);
    return null;
  } catch (error) {
    const forbidden = (error as { forbidden?: unknown }).forbidden;
    if (typeof forbidden !== 'string') throw error;
    return forbidden;
  }
}

describe('the validate_doc_update source', () => {
  it('is ES5 that parses on its own, with no template strings, arrows, let/const or imports', () => {
    expect(() => parse(`(${validateDocUpdateSource()})`, { ecmaVersion: 5 })).not.toThrow();
    expect(validateDocUpdateSource()).not.toMatch(/__[A-Z_]+__/);
  });

  it('knows exactly the ledger registry tables', () => {
    expect([...SYNC_TABLES]).toEqual([...LEDGER_TABLES]);
  });

  it('is the design document server:setup puts, with the app marker', () => {
    const doc = fazhiDesignDoc();
    expect(doc._id).toBe(DESIGN_DOC_ID);
    expect(doc.fazhi.app).toBe('法治台账');
    expect(doc.validate_doc_update).toBe(validateDocUpdateSource());
  });
});

describe('the town filter (bureau → town database, with --town-databases)', () => {
  const filter = runInNewContext(`(${townFilterSource()})`, {}) as (doc: Doc, req: { query: Record<string, string> }) => boolean;
  const forPoint = (doc: Doc) => filter(doc, { query: { point: '访仙司法所' } });

  it('is ES5', () => {
    expect(() => parse(`(${townFilterSource()})`, { ecmaVersion: 5 })).not.toThrow();
  });

  it.each([
    ['a case of the point', recDoc(), true],
    ['a case of another point', recDoc({}, caseRecord({ intakePoint: '云阳司法所' })), false],
    ['another ledger', letterDoc(), false],
    ['the settings', settingsDoc(), true],
    ['a log of a case of the point', logDoc({}, { after: { intakePoint: '访仙司法所' } }), true],
    ['a log of a case moved away from the point', logDoc({}, { before: { intakePoint: '访仙司法所' }, after: { intakePoint: '云阳司法所' } }), true],
    ['a log of another point', logDoc({}, { after: { intakePoint: '云阳司法所' } }), false],
    ['a log of another ledger', logDoc({}, { table: 'reviewLetters', after: { intakePoint: '访仙司法所' } }), false],
    ['a deletion (an id only)', { _id: 'rec:reviewCases:c1', _deleted: true }, true],
    ['a design document', { _id: '_design/fazhi', validate_doc_update: '' }, false],
    ['an unknown document', { _id: 'x', type: 'note' }, false],
  ])('%s: %s', (_label, doc, passes) => {
    expect(forPoint(doc)).toBe(passes);
  });

  it('passes nothing without a point', () => {
    expect(filter(recDoc(), { query: {} })).toBe(false);
  });
});

describe('a clerk (fazhi_clerk) and IT staff (fazhi_admin)', () => {
  it.each([
    ['a new case', recDoc(), null],
    ['an edit of a case', recDoc(), recDoc()],
    ['a case of another point, accepted', recDoc({}, caseRecord({ intakePoint: '市司法局', status: 'underReview' })), recDoc()],
    ['a case in the 回收站', recDoc({}, caseRecord({ deleted: 1 })), recDoc()],
    ['a case deleted for good', { _id: 'rec:reviewCases:c1', _deleted: true }, recDoc()],
    ['a letter', letterDoc(), null],
    ['a change-log entry', logDoc(), null],
    ['the settings', settingsDoc(), null],
    ['a change of the settings', settingsDoc(), settingsDoc()],
  ])('may write %s', (_label, doc, old) => {
    expect(refusal(doc, old, clerk)).toBeNull();
    expect(refusal(doc, old, itAdmin)).toBeNull();
  });

  it('every ledger table is accepted', () => {
    for (const table of LEDGER_TABLES) {
      expect(refusal(recDoc({ _id: `rec:${table}:x1`, table }, caseRecord({ id: 'x1' })), null, clerk)).toBeNull();
    }
  });

  it.each([
    ['an unknown table', recDoc({ _id: 'rec:secrets:c1', table: 'secrets' }), /未知的台账“secrets”/],
    ['a table that does not match the id', recDoc({ table: 'reviewLetters' }), /台账名“reviewLetters”与编号不符/],
    ['a record id that does not match', recDoc({ _id: 'rec:reviewCases:c2' }), /记录的编号“c1”与文档编号不符/],
    ['an unknown id', { _id: 'notes:1', type: 'record' }, /未知的文档编号“notes:1”/],
    ['a log id without its 12-digit seq', logDoc({ _id: 'log:pc-a:1' }), /未知的文档编号/],
    ['an unknown type', recDoc({ type: 'note' }), /文档类型“note”与文档编号 rec:reviewCases:c1 不符/],
    ['a log typed as a record', logDoc({ type: 'record' }), /文档类型“record”/],
    ['no record', recDoc({ record: null }), /缺少记录内容/],
    ['a record as a list', recDoc({ record: [caseRecord()] }), /缺少记录内容/],
    ['a record without the deleted flag', recDoc({}, caseRecord({ deleted: true })), /删除标记无效/],
    ['a record without timestamps', recDoc({}, caseRecord({ updatedAt: '' })), /缺少创建或修改时间/],
    ['no pc', recDoc({ pc: '' }), /缺少电脑编号/],
    ['no actor', recDoc({ actor: 3 }), /缺少经办人/],
    ['no time', recDoc({ at: undefined }), /缺少写入时间/],
    ['a log of another pc than its id', logDoc({ pc: 'pc-b' }), /电脑编号与文档编号不符/],
    ['a log without its entry', logDoc({ entry: 'x' }), /缺少内容（entry）/],
    ['a log entry without a table', logDoc({}, { table: '' }), /缺少台账、记录编号、操作、时间或经办人/],
    ['settings without a value', settingsDoc({ value: [1] }), /全局设置缺少内容/],
    ['settings under another id', settingsDoc({ _id: 'settings:pc' }), /未知的文档编号/],
  ])('is refused %s', (_label, doc, message) => {
    expect(refusal(doc, null, clerk)).toMatch(message);
  });

  it('may not change or delete a change-log entry once written', () => {
    expect(refusal(logDoc({}, { summary: '改过' }), logDoc(), clerk)).toMatch(/修改记录一经写入不能修改或删除/);
    expect(refusal({ _id: 'log:pc-a:000000000001', _deleted: true }, logDoc(), clerk)).toMatch(/不能修改或删除/);
  });

  it('may not write a design document, which IT staff (db admins) may', () => {
    expect(refusal({ _id: '_design/evil', validate_doc_update: 'function(){}' }, null, clerk)).toMatch(/只有服务器管理员/);
    expect(refusal({ _id: '_design/other' }, null, itAdmin)).toBeNull();
  });
});

describe('a town point (fazhi_town + point:访仙司法所)', () => {
  it('may register a new application of its own point, and its change-log entry', () => {
    expect(refusal(recDoc(), null, town)).toBeNull();
    expect(refusal(logDoc(), null, town)).toBeNull();
  });

  it.each([
    ['an edit of an existing case', recDoc({}, caseRecord({ applicant: '李四' })), recDoc(), /只能登记新的申请，不能修改已有的记录/],
    ['a write over a deleted case', recDoc(), { _id: 'rec:reviewCases:c1', _deleted: true }, /不能修改已有的记录/],
    ['a deletion', { _id: 'rec:reviewCases:c1', _deleted: true }, recDoc(), /受理点账号不能删除记录/],
    ['a deletion of a case it never saw', { _id: 'rec:reviewCases:c9', _deleted: true }, null, /不能删除记录/],
    ['the settings', settingsDoc(), null, /受理点账号不能修改全局设置/],
    ['a change of the settings', settingsDoc(), settingsDoc(), /不能修改全局设置/],
    ['another ledger', letterDoc(), null, /受理点账号只能登记行政复议申请/],
    [
      'a case of another point',
      recDoc({}, caseRecord({ intakePoint: '云阳司法所' })),
      null,
      /只能登记本受理点（访仙司法所）收到的申请，该申请的受理点为“云阳司法所”/,
    ],
    ['a case already accepted', recDoc({}, caseRecord({ status: 'underReview' })), null, /只能登记待受理的新申请/],
    ['a case in the 回收站', recDoc({}, caseRecord({ deleted: 1 })), null, /不能登记已删除的记录/],
    ['a change-log entry of another ledger', logDoc({}, { table: 'reviewLetters' }), null, /只能写入行政复议申请的修改记录/],
    ['a change-log entry of the settings', logDoc({}, { table: 'settings' }), null, /只能写入行政复议申请的修改记录/],
    ['a change of a change-log entry', logDoc(), logDoc(), /不能修改已有的记录/],
  ])('is refused %s', (_label, doc, old, message) => {
    expect(refusal(doc, old, town)).toMatch(message);
  });

  it('is refused without a point role, and a point role alone is not a town account', () => {
    expect(refusal(recDoc(), null, { name: 'x', roles: [ROLE_TOWN] })).toMatch(/未设置受理点/);
    expect(refusal(recDoc(), null, { name: 'x', roles: [pointRole('访仙司法所')] })).toMatch(/没有写入法治台账的权限/);
  });
});

describe('other accounts', () => {
  it('an account without a fazhi role may write nothing; a server admin anything', () => {
    expect(refusal(recDoc(), null, { name: 'guest', roles: [] })).toMatch(/没有写入法治台账的权限/);
    expect(refusal(recDoc(), null, { name: null, roles: [] })).toMatch(/没有写入法治台账的权限/);
    expect(refusal({ _id: 'anything', x: 1 }, null, serverAdmin)).toBeNull();
  });
});

// The same rules through the HTTP API of a CouchDB-protocol server (pouchdb-server 4.2, the CI stand-in).
describe('on a server (pouchdb-server)', () => {
  let server: TestServer;
  let db: string;
  const users = {
    clerk: { user: '王敏', password: 'clerk-密码' },
    town: { user: 'fangxian', password: 'town-密码' },
    other: { user: 'yunyang', password: 'town2-密码' },
    nobody: { user: 'guest', password: 'guest-密码' },
  };

  beforeAll(async () => {
    server = await startPouchServer(5921);
    db = `${server.url}/fazhi`;
    expect((await couch(db, 'PUT', ADMIN)).status).toBe(201);
    expect((await couch(`${db}/_security`, 'PUT', ADMIN, SECURITY_OBJECT)).status).toBe(200);
    expect((await couch(`${db}/${DESIGN_DOC_ID}`, 'PUT', ADMIN, fazhiDesignDoc())).status).toBe(201);
    const roles = { clerk: [ROLE_CLERK], town: [ROLE_TOWN, pointRole('访仙司法所')], other: [ROLE_TOWN, pointRole('云阳司法所')], nobody: [] };
    for (const [key, u] of Object.entries(users)) {
      const id = `org.couchdb.user:${u.user}`;
      const made = await couch(`${server.url}/_users/${encodeURIComponent(id)}`, 'PUT', ADMIN, {
        _id: id,
        name: u.user,
        password: u.password,
        type: 'user',
        roles: roles[key as keyof typeof roles],
      });
      expect(made.status).toBe(201);
    }
  }, 30_000);

  afterAll(async () => {
    await server?.stop();
  });

  const put = (doc: Doc, who: { user: string; password: string } | null) => couch(`${db}/${encodeURIComponent(doc._id as string)}`, 'PUT', who, doc);

  it('a town point registers its own application; the server refuses its edit, its deletion, another point and the settings', async () => {
    const created = await put(recDoc({ _id: 'rec:reviewCases:t1' }, caseRecord({ id: 't1' })), users.town);
    expect(created.status).toBe(201);
    const rev = created.body.rev as string;

    const edit = await put(recDoc({ _id: 'rec:reviewCases:t1', _rev: rev }, caseRecord({ id: 't1', applicant: '改名' })), users.town);
    expect(edit).toEqual({ status: 403, body: { error: 'forbidden', reason: '受理点账号只能登记新的申请，不能修改已有的记录' } });

    const deletion = await couch(`${db}/rec:reviewCases:t1?rev=${rev}`, 'DELETE', users.town);
    expect(deletion.status).toBe(403);
    expect(deletion.body.reason).toBe('受理点账号不能删除记录');

    const otherPoint = await put(recDoc({ _id: 'rec:reviewCases:t2' }, caseRecord({ id: 't2', intakePoint: '访仙司法所' })), users.other);
    expect(otherPoint.status).toBe(403);
    expect(otherPoint.body.reason).toMatch(/只能登记本受理点（云阳司法所）收到的申请/);

    expect((await put(settingsDoc(), users.town)).body.reason).toBe('受理点账号不能修改全局设置');
  });

  it('the refusal also holds for a replication (bulk docs with new_edits=false), which is how PouchDB pushes', async () => {
    const created = await put(recDoc({ _id: 'rec:reviewCases:b1' }, caseRecord({ id: 'b1' })), users.clerk);
    const rev = created.body.rev as string;
    const pushed = await couch(`${db}/_bulk_docs`, 'POST', users.town, {
      new_edits: false,
      docs: [
        {
          ...recDoc({ _id: 'rec:reviewCases:b1' }, caseRecord({ id: 'b1', applicant: '改名' })),
          _rev: `2-${'a'.repeat(32)}`,
          _revisions: { start: 2, ids: ['a'.repeat(32), rev.slice(2)] },
        },
      ],
    });
    expect(pushed.status).toBe(201);
    expect(pushed.body).toEqual([{ id: 'rec:reviewCases:b1', error: 'forbidden', reason: '受理点账号只能登记新的申请，不能修改已有的记录' }]);
    const kept = await couch(`${db}/rec:reviewCases:b1`, 'GET', users.clerk);
    expect((kept.body.record as Doc).applicant).toBe('张三');
  });

  it('a clerk edits and deletes any record; a wrong shape is refused with its Chinese reason', async () => {
    const created = await put(recDoc({ _id: 'rec:reviewCases:k1' }, caseRecord({ id: 'k1', intakePoint: '市司法局' })), users.clerk);
    expect(created.status).toBe(201);
    const edited = await put(
      recDoc({ _id: 'rec:reviewCases:k1', _rev: created.body.rev }, caseRecord({ id: 'k1', intakePoint: '市司法局', status: 'underReview' })),
      users.clerk,
    );
    expect(edited.status).toBe(201);
    expect((await couch(`${db}/rec:reviewCases:k1?rev=${edited.body.rev as string}`, 'DELETE', users.clerk)).status).toBe(200);
    expect((await put(settingsDoc(), users.clerk)).status).toBe(201);
    const wrong = await put(recDoc({ _id: 'rec:unknown:k2', table: 'unknown' }), users.clerk);
    expect(wrong).toEqual({ status: 403, body: { error: 'forbidden', reason: '未知的台账“unknown”（文档 rec:unknown:k2）' } });
  });

  it('the security object keeps out anonymous users and accounts without a role, for reading too', async () => {
    expect((await couch(`${db}/_all_docs`, 'GET', null)).status).toBe(401);
    expect((await couch(`${db}/_all_docs`, 'GET', users.nobody)).status).toBe(401);
    expect((await put(recDoc({ _id: 'rec:reviewCases:n1' }, caseRecord({ id: 'n1' })), users.nobody)).status).toBe(401);
    expect((await couch(`${db}/_all_docs`, 'GET', users.town)).status).toBe(200);
  });

  it('only admins change the design document or the security object', async () => {
    expect((await put({ _id: '_design/evil', validate_doc_update: 'function(){}' }, users.clerk)).status).toBeGreaterThanOrEqual(401);
    expect((await couch(`${db}/_security`, 'PUT', users.clerk, { members: {} })).status).toBeGreaterThanOrEqual(401);
    expect((await couch(`${db}/_security`, 'GET', ADMIN)).body).toEqual(SECURITY_OBJECT);
  });

  it('a wrong password is refused with 401 by _session', async () => {
    const res = await couch(`${server.url}/_session`, 'GET', { user: users.clerk.user, password: 'wrong' });
    expect(res.status).toBe(401);
    const ok = await couch(`${server.url}/_session`, 'GET', users.town);
    expect(ok.body.userCtx).toEqual({ name: 'fangxian', roles: [ROLE_TOWN, pointRole('访仙司法所')] });
  });
});

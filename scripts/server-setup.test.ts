import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DESIGN_DOC_ID, ROLE_CLERK, ROLE_TOWN, SECURITY_OBJECT, pointRole } from '../shared/sync/server-design';
import { ADMIN, couch, startPouchServer, type TestServer } from './pouchdb-server.test-util';
import { SetupError, parseArgs, readAccountsFile, setupServer } from './server-setup.mjs';

const SCRIPT = path.join(path.dirname(fileURLToPath(import.meta.url)), 'server-setup.mjs');
const run = promisify(execFile);

type Report = {
  created: string[];
  design: string;
  security: string;
  cors: string;
  accounts: { name: string; action: string }[];
  towns: { db: string; security: string; down: string; up: string }[];
};
const adminArg = `${ADMIN.user}:${ADMIN.password}`;
const clerk = { user: '王敏', password: 'clerk-密码-1' };
const town = { user: 'fangxian', password: 'town-密码-1' };

let server: TestServer;
let dir: string;

beforeAll(async () => {
  server = await startPouchServer(5922);
  dir = mkdtempSync(path.join(tmpdir(), 'fazhi-setup-'));
}, 30_000);

afterAll(async () => {
  await server?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

async function setup(args: string[]): Promise<{ report: Report; lines: string[] }> {
  const lines: string[] = [];
  const report = (await setupServer(parseArgs(['--url', server.url, '--admin', adminArg, ...args]), (line: string) => lines.push(line))) as Report;
  return { report, lines };
}

async function failure(args: string[]): Promise<string> {
  try {
    await setup(args);
  } catch (error) {
    expect(error).toBeInstanceOf(SetupError);
    return (error as Error).message;
  }
  throw new Error('setup did not fail');
}

const revs = async (db: string) => ({
  design: (await couch(`${server.url}/${db}/${DESIGN_DOC_ID}`, 'GET', ADMIN)).body._rev,
  clerk: (await couch(`${server.url}/_users/${encodeURIComponent(`org.couchdb.user:${clerk.user}`)}`, 'GET', ADMIN)).body._rev,
  town: (await couch(`${server.url}/_users/org.couchdb.user:${town.user}`, 'GET', ADMIN)).body._rev,
});

describe('npm run server:setup against a server', () => {
  const accounts = ['--clerk', `${clerk.user}:${clerk.password}`, '--town', `访仙司法所:${town.user}:${town.password}`];

  it('sets up database, design document, security, CORS and accounts; a second run changes nothing', async () => {
    const first = await setup(accounts);
    expect(first.report).toEqual({
      created: ['fazhi'],
      design: 'created',
      security: 'set',
      cors: 'set',
      accounts: [
        { name: clerk.user, action: 'created' },
        { name: town.user, action: 'created' },
      ],
      towns: [],
    });
    expect(first.lines).toContain('已创建数据库 fazhi');
    expect(first.lines).toContain('已创建受理点账号“fangxian”（访仙司法所）');
    const before = await revs('fazhi');

    const second = await setup(accounts);
    expect(second.report).toEqual({
      created: [],
      design: 'unchanged',
      security: 'unchanged',
      cors: 'unchanged',
      accounts: [
        { name: clerk.user, action: 'unchanged' },
        { name: town.user, action: 'unchanged' },
      ],
      towns: [],
    });
    expect(second.lines).toContain('设计文档 _design/fazhi 已是最新（版本 1），未改动');
    expect(await revs('fazhi')).toEqual(before);
    expect((await couch(`${server.url}/fazhi/_security`, 'GET', ADMIN)).body).toEqual(SECURITY_OBJECT);
    const session = await couch(`${server.url}/_session`, 'GET', town);
    expect(session.body.userCtx).toEqual({ name: town.user, roles: [ROLE_TOWN, pointRole('访仙司法所')] });
  }, 30_000);

  it('the town account it made is refused editing a bureau record through the HTTP API; the clerk account may', async () => {
    const db = `${server.url}/fazhi`;
    const record = {
      id: 'b1',
      createdAt: '2026-03-02',
      updatedAt: '2026-03-02',
      deleted: 0,
      caseNo: '丹政复〔2026〕7号',
      intakePoint: '市司法局',
      status: 'underReview',
    };
    const doc = {
      _id: 'rec:reviewCases:b1',
      type: 'record',
      table: 'reviewCases',
      record,
      pc: 'pc-bureau',
      actor: '王敏',
      at: '2026-03-02T01:00:00Z',
    };
    const created = await couch(`${db}/rec:reviewCases:b1`, 'PUT', clerk, doc);
    expect(created.status).toBe(201);
    const change = { ...doc, _rev: created.body.rev, record: { ...record, applicant: '改名', intakePoint: '访仙司法所', status: 'received' } };

    const refused = await couch(`${db}/rec:reviewCases:b1`, 'PUT', town, change);
    expect(refused).toEqual({ status: 403, body: { error: 'forbidden', reason: '受理点账号只能登记新的申请，不能修改已有的记录' } });
    const deleted = await couch(`${db}/rec:reviewCases:b1?rev=${created.body.rev as string}`, 'DELETE', town);
    expect(deleted.status).toBe(403);

    const allowed = await couch(`${db}/rec:reviewCases:b1`, 'PUT', clerk, change);
    expect(allowed.status).toBe(201);
    const own = { ...doc, _id: 'rec:reviewCases:t1', record: { ...record, id: 't1', intakePoint: '访仙司法所', status: 'received' } };
    expect((await couch(`${db}/rec:reviewCases:t1`, 'PUT', town, own)).status).toBe(201);
  });

  it('updates an account whose role or password changed, keeping roles of other systems', async () => {
    const id = `org.couchdb.user:zhaoli`;
    await couch(`${server.url}/_users/${id}`, 'PUT', ADMIN, {
      _id: id,
      name: 'zhaoli',
      type: 'user',
      roles: ['oa_user', ROLE_CLERK],
      password: 'old-密码-123',
    });
    const { report, lines } = await setup(['--town', '云阳司法所:zhaoli:new-密码-123']);
    expect(report.accounts).toEqual([{ name: 'zhaoli', action: 'updated' }]);
    expect(lines).toContain('已更新受理点账号“zhaoli”（云阳司法所）：角色改为 fazhi_town、point:云阳司法所，密码已重设');
    const session = await couch(`${server.url}/_session`, 'GET', { user: 'zhaoli', password: 'new-密码-123' });
    expect(session.body.userCtx).toEqual({ name: 'zhaoli', roles: ['oa_user', ROLE_TOWN, pointRole('云阳司法所')] });
    expect((await couch(`${server.url}/_session`, 'GET', { user: 'zhaoli', password: 'old-密码-123' })).status).toBe(401);
  });

  it('reads accounts from a CSV and a JSON file', async () => {
    const csv = path.join(dir, '账号.csv');
    writeFileSync(csv, '\uFEFF类型,受理点,账号,密码\r\n经办人,,李丽,lili-密码-1\r\n# 注释\r\n受理点,埤城司法所,picheng,picheng-密码\r\n');
    const json = path.join(dir, 'accounts.json');
    writeFileSync(
      json,
      JSON.stringify({
        clerks: [{ name: '张强', password: 'zq-密码-123' }],
        towns: [{ point: '司徒司法所', name: 'situ', password: 'situ-密码-1' }],
      }),
    );
    expect(readAccountsFile(csv)).toEqual([
      { kind: 'clerk', name: '李丽', password: 'lili-密码-1' },
      { kind: 'town', point: '埤城司法所', name: 'picheng', password: 'picheng-密码' },
    ]);
    const { report } = await setup(['--accounts', csv, '--accounts', json]);
    expect(report.accounts.map((a) => a.action)).toEqual(['created', 'created', 'created', 'created']);
    const situ = await couch(`${server.url}/_session`, 'GET', { user: 'situ', password: 'situ-密码-1' });
    expect(situ.body.userCtx).toEqual({ name: 'situ', roles: [ROLE_TOWN, pointRole('司徒司法所')] });
  });

  it('refuses a database that exists with another design, and changes nothing in it', async () => {
    await couch(`${server.url}/crm`, 'PUT', ADMIN);
    await couch(`${server.url}/crm/customer1`, 'PUT', ADMIN, { name: '某公司' });
    expect(await failure(['--db', 'crm'])).toMatch(/数据库 crm 已存在，有 1 条文档，但没有法治台账的设计文档.*请用 --db 指定一个新的数据库名称/);
    expect((await couch(`${server.url}/crm/_security`, 'GET', ADMIN)).body).toEqual({});

    await couch(`${server.url}/other`, 'PUT', ADMIN);
    await couch(`${server.url}/other/${DESIGN_DOC_ID}`, 'PUT', ADMIN, { views: {} });
    expect(await failure(['--db', 'other'])).toMatch(/已有一个 _design\/fazhi，但不是法治台账的设计文档/);

    await couch(`${server.url}/newer`, 'PUT', ADMIN);
    await couch(`${server.url}/newer/${DESIGN_DOC_ID}`, 'PUT', ADMIN, { fazhi: { app: '法治台账', version: 99 } });
    expect(await failure(['--db', 'newer'])).toMatch(/更新版本的法治台账写入的（版本 99，本程序为 1）/);
  });

  it('an empty database of that name is taken over', async () => {
    await couch(`${server.url}/empty`, 'PUT', ADMIN);
    const { report } = await setup(['--db', 'empty']);
    expect(report).toMatchObject({ created: [], design: 'created', security: 'set' });
  });

  it('says in Chinese when the admin password is wrong, the account is no admin, or the server is unreachable', async () => {
    const wrong = await setupServer(parseArgs(['--url', server.url, '--admin', `${ADMIN.user}:wrong`]), () => {}).catch((e: Error) => e.message);
    expect(wrong).toBe('服务器管理员“admin”的用户名或密码错误。');
    const notAdmin = await setupServer(parseArgs(['--url', server.url, '--admin', `${clerk.user}:${clerk.password}`]), () => {}).catch(
      (e: Error) => e.message,
    );
    expect(notAdmin).toBe('账号“王敏”能登录，但不是服务器管理员（_admin），不能设置数据库。');
    const down = await setupServer(parseArgs(['--url', 'http://127.0.0.1:5929', '--admin', adminArg]), () => {}).catch((e: Error) => e.message);
    expect(down).toMatch(/^无法连接服务器 http:\/\/127\.0\.0\.1:5929：连接被拒绝/);
  });
});

describe('npm run server:setup --town-databases: each town point reads only its own applications', () => {
  const bureau = `bureau`;
  const fx = { user: 'fx', password: 'fx-密码-2026' };
  const yy = { user: 'yy', password: 'yy-密码-2026' };
  const args = [
    '--db',
    bureau,
    '--town-databases',
    '--clerk',
    `${clerk.user}:${clerk.password}`,
    '--town',
    `访仙司法所:${fx.user}:${fx.password}`,
    '--town',
    `云阳司法所:${yy.user}:${yy.password}`,
  ];
  const rec = (id: string, point: string, over: Record<string, unknown> = {}) => ({
    _id: `rec:reviewCases:${id}`,
    type: 'record',
    table: 'reviewCases',
    record: {
      id,
      createdAt: '2026-03-02',
      updatedAt: '2026-03-02',
      deleted: 0,
      caseNo: `丹政复〔2026〕${id}号`,
      intakePoint: point,
      status: 'received',
      ...over,
    },
    pc: 'pc-1',
    actor: '王敏',
    at: '2026-03-02T01:00:00Z',
  });
  async function eventually<T>(read: () => Promise<T>, ok: (value: T) => boolean): Promise<T> {
    const deadline = Date.now() + 15_000;
    let value = await read();
    while (!ok(value) && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 200));
      value = await read();
    }
    return value;
  }
  const ids = async (db: string, who: { user: string; password: string }) =>
    ((await couch(`${server.url}/${db}/_all_docs`, 'GET', who)).body.rows as { id: string }[] | undefined)?.map((r) => r.id) ?? [];

  it('makes a database per point kept in step by the server, and a second run changes nothing', async () => {
    const first = await setup(args);
    expect(first.report.security).toBe('set');
    expect(first.report.towns).toEqual([
      { db: 'bureau-town-fx', security: 'set', down: 'created', up: 'created' },
      { db: 'bureau-town-yy', security: 'set', down: 'created', up: 'created' },
    ]);
    expect(first.lines).toContain(`受理点“访仙司法所”的电脑填写服务器地址 ${server.url}/bureau-town-fx，账号 fx。`);
    const second = await setup(args);
    expect(second.report.towns).toEqual([
      { db: 'bureau-town-fx', security: 'unchanged', down: 'unchanged', up: 'unchanged' },
      { db: 'bureau-town-yy', security: 'unchanged', down: 'unchanged', up: 'unchanged' },
    ]);
    expect(second.report.accounts.every((a) => a.action === 'unchanged')).toBe(true);
  }, 30_000);

  it('a town reads only its own point, writes only new applications, and what it registers reaches the bureau', async () => {
    const main = `${server.url}/${bureau}`;
    expect((await couch(`${main}/rec:reviewCases:m1`, 'PUT', clerk, rec('m1', '访仙司法所', { status: 'underReview' }))).status).toBe(201);
    expect((await couch(`${main}/rec:reviewCases:m2`, 'PUT', clerk, rec('m2', '云阳司法所'))).status).toBe(201);
    expect(
      (await couch(`${main}/rec:reviewLetters:l1`, 'PUT', clerk, { ...rec('l1', ''), _id: 'rec:reviewLetters:l1', table: 'reviewLetters' })).status,
    ).toBe(201);
    expect(
      (await couch(`${main}/settings:app`, 'PUT', clerk, { _id: 'settings:app', type: 'settings', value: { organName: '丹阳市人民政府' } })).status,
    ).toBe(201);

    // The bureau's database is closed to town accounts, reading included.
    expect((await couch(`${main}/_all_docs`, 'GET', fx)).status).toBe(401);
    expect((await couch(`${server.url}/bureau-town-yy/_all_docs`, 'GET', fx)).status).toBeGreaterThanOrEqual(401);

    const fxIds = await eventually(
      () => ids('bureau-town-fx', fx),
      (list) => list.includes('rec:reviewCases:m1') && list.includes('settings:app'),
    );
    expect(fxIds).toEqual(['_design/fazhi', 'rec:reviewCases:m1', 'settings:app']);
    expect(
      await eventually(
        () => ids('bureau-town-yy', yy),
        (list) => list.length >= 3,
      ),
    ).toEqual(['_design/fazhi', 'rec:reviewCases:m2', 'settings:app']);

    // Its own database enforces the town rules too.
    const m1 = await couch(`${server.url}/bureau-town-fx/rec:reviewCases:m1`, 'GET', fx);
    const edit = await couch(`${server.url}/bureau-town-fx/rec:reviewCases:m1`, 'PUT', fx, { ...m1.body, note: '改' });
    expect(edit.body.reason).toBe('受理点账号只能登记新的申请，不能修改已有的记录');
    expect((await couch(`${server.url}/bureau-town-fx/rec:reviewCases:t9`, 'PUT', fx, rec('t9', '云阳司法所'))).status).toBe(403);

    const created = await couch(`${server.url}/bureau-town-fx/rec:reviewCases:t1`, 'PUT', fx, rec('t1', '访仙司法所'));
    expect(created.status).toBe(201);
    const arrived = await eventually(
      () => couch(`${main}/rec:reviewCases:t1`, 'GET', clerk),
      (r) => r.status === 200,
    );
    expect((arrived.body.record as { intakePoint: string }).intakePoint).toBe('访仙司法所');
    expect(await ids('bureau-town-yy', yy)).not.toContain('rec:reviewCases:t1');
  }, 40_000);
});

describe('arguments', () => {
  it.each([
    [[], /缺少服务器地址 --url/],
    [['--url', 'http://x'], /缺少服务器管理员/],
    [['--url', 'http://x', '--admin', ':secret'], /--admin 的格式应为“用户名:密码”/],
    [['--url', 'http://x', '--admin', 'a:b', '--town', '访仙司法所:fangxian'], /--town 格式应为“受理点:账号:密码”/],
    [['--url', 'http://x', '--admin', 'a:b', '--colour'], /不认识的参数“--colour”/],
    [['--url', 'http://x', '--admin', 'a:b', '--db'], /--db 后面缺少内容/],
  ])('refuses %j', (argv, message) => {
    expect(() => parseArgs(argv)).toThrow(message);
  });

  it.each([
    [['--url', 'ftp://x'], /应以 https:\/\/ 或 http:\/\/ 开头/],
    [['--url', 'https://a:b@x'], /不要写用户名和密码/],
    [['--url', 'http://x', '--db', 'Fazhi'], /数据库名称“Fazhi”无效/],
    [['--url', 'http://x', '--clerk', '王敏:short'], /经办人“王敏”的密码太短：至少 8 位/],
    [['--url', 'http://x', '--clerk', '_admin:long-enough'], /不能以 _ 开头/],
    [['--url', 'http://x', '--clerk', 'a:long-enough', '--town', '访仙司法所:a:long-enough'], /账号“a”写了两次且内容不同/],
    [
      ['--url', 'http://x', '--town-databases', '--town', '访仙司法所:访仙:long-enough'],
      /使用 --town-databases 时，受理点账号名须以小写英文字母开头/,
    ],
  ])('refuses %j before connecting', async (argv, message) => {
    await expect(setupServer(parseArgs([...argv, '--admin', 'admin:x']), () => {})).rejects.toThrow(message);
  });

  it('takes the admin password from COUCHDB_PASSWORD when --admin names the user only', () => {
    expect(parseArgs(['--url', 'http://x', '--admin', 'admin'], { COUCHDB_PASSWORD: 'p:w' }).admin).toEqual({ user: 'admin', password: 'p:w' });
    expect(() => parseArgs(['--url', 'http://x', '--admin', 'admin'], {})).toThrow(/或只写用户名，密码放在环境变量 COUCHDB_PASSWORD 中/);
  });

  it('reads a CSV line of an unknown kind as an error naming the line', () => {
    const file = path.join(dir, 'bad.csv');
    writeFileSync(file, '类型,受理点,账号,密码\n管理员,,x,y\n');
    expect(() => readAccountsFile(file)).toThrow(`账号文件 ${file} 第 2 行：类型应为“经办人”或“受理点”，收到“管理员”`);
  });
});

describe('the command', () => {
  it('prints what it did, and on a wrong password exits 1 with the Chinese reason', async () => {
    const started = Date.now();
    const ok = await run(process.execPath, [
      SCRIPT,
      '--url',
      server.url,
      '--admin',
      adminArg,
      '--db',
      'cli',
      '--clerk',
      `${clerk.user}:${clerk.password}`,
    ]);
    const took = Date.now() - started;
    expect(ok.stdout).toContain('已创建数据库 cli');
    expect(ok.stdout).toContain('完成：数据库 cli，经办人账号 1 个，受理点账号 0 个。');
    expect(ok.stdout).toContain(`经办人电脑在“设置 → 多机同步”中填写服务器地址 ${server.url}/cli 和各自的账号。`);
    expect(took).toBeLessThan(15_000);
    const failed = await run(process.execPath, [SCRIPT, '--url', server.url, '--admin', `${ADMIN.user}:wrong`]).catch(
      (e: { code: number; stderr: string }) => e,
    );
    expect(failed).toMatchObject({ code: 1, stderr: '设置未完成：服务器管理员“admin”的用户名或密码错误。\n' });
  }, 30_000);
});

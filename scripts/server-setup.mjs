#!/usr/bin/env node
/**
 * npm run server:setup -- --url https://host:6984 --admin admin:密码 [--db fazhi]
 *   [--clerk 王敏:密码 …] [--town 访仙司法所:账号:密码 …] [--accounts 账号.csv|账号.json] [--cors-origin app://fazhi …]
 *
 * Sets up the bureau's CouchDB 3.x server for replication (issue 17): the database, its `_design/fazhi` design document
 * and `_security` object (shared/sync/server-design.ts), the clerks' and town points' accounts in `_users`, and CORS
 * for the app's pages. Safe to run again: what is already as it should be is left alone and reported so.
 * Every message is for the bureau's IT staff, in Chinese. README.md "Setting up the sync server".
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  CLERK_ONLY_SECURITY,
  DEFAULT_DB_NAME,
  DESIGN_DOC_ID,
  DESIGN_VERSION,
  POINT_ROLE_PREFIX,
  ROLE_ADMIN,
  ROLE_CLERK,
  ROLE_TOWN,
  SECURITY_OBJECT,
  TOWN_DB_ACCOUNT_RE,
  TOWN_FILTER,
  fazhiDesignDoc,
  pointRole,
  townDbName,
  townSecurity,
} from '../shared/sync/server-design.ts';

/** The origin of the desktop app's pages (electron/window-options.ts APP_ENTRY_URL). */
export const DEFAULT_CORS_ORIGINS = ['app://fazhi'];
const REQUEST_TIMEOUT_MS = 15_000;
const MIN_PASSWORD_LENGTH = 8;

/** A problem to report to the IT staff (no stack trace). */
export class SetupError extends Error {}

const USAGE = `用法：npm run server:setup -- --url <服务器地址> --admin <管理员>:<密码> [选项]

  --url https://服务器:6984     CouchDB 的地址（在服务器本机上可用 http://127.0.0.1:5984）
  --admin 用户名:密码            CouchDB 服务器管理员（安装 CouchDB 时设置的）；只写用户名时
                                 密码取自环境变量 COUCHDB_PASSWORD
  --db fazhi                     数据库名称（默认 fazhi）
  --clerk 姓名:密码              经办人账号，可写多次
  --town 受理点:账号:密码        乡镇司法所受理点账号，可写多次，例如 --town 访仙司法所:fangxian:密码
  --accounts 文件                从 CSV 或 JSON 文件读取账号（见 README“Setting up the sync server”）
  --cors-origin 来源             允许访问的页面来源（默认 app://fazhi，即桌面版），可写多次
  --town-databases               每个受理点一个单独的数据库（<数据库>-town-<账号>），受理点只能读到本点的申请；
                                 受理点账号名须为小写英文字母开头的字母、数字、_ 或 -
  --replication-url 地址         服务器自己访问自己的地址，供服务器内部复制使用（默认同 --url，
                                 例如 http://127.0.0.1:5984）`;

// ---------------------------------------------------------------- arguments

function splitFirst(value, count) {
  const parts = [];
  let rest = value;
  for (let i = 0; i < count - 1; i++) {
    const at = rest.indexOf(':');
    if (at < 0) return null;
    parts.push(rest.slice(0, at));
    rest = rest.slice(at + 1);
  }
  parts.push(rest);
  return parts;
}

function clerkOf(text, where) {
  const parts = splitFirst(text, 2);
  if (!parts?.[0] || !parts[1]) throw new SetupError(`${where}格式应为“姓名:密码”，收到“${text}”`);
  return { kind: 'clerk', name: parts[0].trim(), password: parts[1] };
}

function townOf(text, where) {
  const parts = splitFirst(text, 3);
  if (!parts?.[0] || !parts[1] || !parts[2]) throw new SetupError(`${where}格式应为“受理点:账号:密码”，收到“${text}”`);
  return { kind: 'town', point: parts[0].trim(), name: parts[1].trim(), password: parts[2] };
}

/** Accounts from a CSV (类型,受理点,账号,密码; 类型 经办人 or 受理点) or JSON ({ clerks: [{name,password}], towns: [{point,name,password}] }) file. */
export function readAccountsFile(file) {
  let text;
  try {
    text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
  } catch (error) {
    throw new SetupError(`无法读取账号文件 ${file}：${error.code === 'ENOENT' ? '文件不存在' : error.message}`);
  }
  if (/\.json$/i.test(file)) {
    let data;
    try {
      data = JSON.parse(text);
    } catch (error) {
      throw new SetupError(`账号文件 ${file} 不是有效的 JSON：${error.message}`);
    }
    const out = [];
    for (const [i, c] of (data.clerks ?? []).entries()) {
      if (typeof c?.name !== 'string' || typeof c?.password !== 'string')
        throw new SetupError(`账号文件 ${file} 的 clerks 第 ${i + 1} 项应有 name 和 password`);
      out.push({ kind: 'clerk', name: c.name.trim(), password: c.password });
    }
    for (const [i, t] of (data.towns ?? []).entries()) {
      if (typeof t?.point !== 'string' || typeof t?.name !== 'string' || typeof t?.password !== 'string') {
        throw new SetupError(`账号文件 ${file} 的 towns 第 ${i + 1} 项应有 point、name 和 password`);
      }
      out.push({ kind: 'town', point: t.point.trim(), name: t.name.trim(), password: t.password });
    }
    return out;
  }
  const out = [];
  const lines = text.split(/\r?\n/);
  for (const [i, raw] of lines.entries()) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    const cells = line.split(/[,，\t]/).map((c) => c.trim());
    if (i === 0 && cells[0] === '类型') continue;
    const where = `账号文件 ${file} 第 ${i + 1} 行`;
    const [kind, point, name, password] = cells;
    if (kind === '经办人') {
      if (!name || !password) throw new SetupError(`${where}：经办人应写“经办人,,姓名,密码”`);
      out.push({ kind: 'clerk', name, password });
    } else if (kind === '受理点') {
      if (!point || !name || !password) throw new SetupError(`${where}：受理点应写“受理点,受理点名称,账号,密码”`);
      out.push({ kind: 'town', point, name, password });
    } else {
      throw new SetupError(`${where}：类型应为“经办人”或“受理点”，收到“${kind ?? ''}”`);
    }
  }
  return out;
}

export function parseArgs(argv, env = process.env) {
  const options = { url: '', admin: null, db: DEFAULT_DB_NAME, accounts: [], corsOrigins: [], townDatabases: false, replicationUrl: '' };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const [flag, inline] =
      arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = () => {
      if (inline !== undefined) return inline;
      const next = argv[++i];
      if (next === undefined || next.startsWith('--')) throw new SetupError(`${flag} 后面缺少内容\n\n${USAGE}`);
      return next;
    };
    switch (flag) {
      case '--url':
        options.url = value();
        break;
      case '--admin': {
        const text = value();
        const parts = splitFirst(text, 2);
        // `--admin admin` alone takes the password from COUCHDB_PASSWORD, so that it stays out of the shell's history.
        if (parts === null && text && env.COUCHDB_PASSWORD) {
          options.admin = { user: text, password: env.COUCHDB_PASSWORD };
          break;
        }
        if (!parts?.[0] || !parts[1]) throw new SetupError('--admin 的格式应为“用户名:密码”（或只写用户名，密码放在环境变量 COUCHDB_PASSWORD 中）');
        options.admin = { user: parts[0], password: parts[1] };
        break;
      }
      case '--db':
        options.db = value();
        break;
      case '--clerk':
        options.accounts.push(clerkOf(value(), '--clerk '));
        break;
      case '--town':
        options.accounts.push(townOf(value(), '--town '));
        break;
      case '--accounts':
        options.accounts.push(...readAccountsFile(value()));
        break;
      case '--cors-origin':
        options.corsOrigins.push(value());
        break;
      case '--town-databases':
        if (inline !== undefined) throw new SetupError('--town-databases 后面不用写内容');
        options.townDatabases = true;
        break;
      case '--replication-url':
        options.replicationUrl = value();
        break;
      case '--help':
      case '-h':
        throw new SetupError(USAGE);
      default:
        throw new SetupError(`不认识的参数“${arg}”\n\n${USAGE}`);
    }
  }
  if (!options.url) throw new SetupError(`缺少服务器地址 --url\n\n${USAGE}`);
  if (!options.admin) throw new SetupError(`缺少服务器管理员 --admin 用户名:密码\n\n${USAGE}`);
  if (options.corsOrigins.length === 0) options.corsOrigins = [...DEFAULT_CORS_ORIGINS];
  return options;
}

function checkOptions(options) {
  let url;
  try {
    url = new URL(options.url);
  } catch {
    throw new SetupError(`服务器地址“${options.url}”无效，应类似 https://192.168.1.10:6984`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new SetupError(`服务器地址应以 https:// 或 http:// 开头，收到“${options.url}”`);
  if (url.username || url.password) throw new SetupError('服务器地址中不要写用户名和密码，请用 --admin');
  // CouchDB's rule for database names.
  if (!/^[a-z][a-z0-9_$()+/-]*$/.test(options.db))
    throw new SetupError(`数据库名称“${options.db}”无效：应以小写字母开头，只含小写字母、数字和 _$()+-/`);
  const seen = new Map();
  for (const a of options.accounts) {
    const label = a.kind === 'clerk' ? `经办人“${a.name}”` : `受理点“${a.point}”的账号“${a.name}”`;
    if (!a.name) throw new SetupError(`${label}的账号名为空`);
    if (a.name.startsWith('_') || a.name.includes(':')) throw new SetupError(`${label}的账号名不能以 _ 开头，也不能含冒号`);
    if (a.name === options.admin.user) throw new SetupError(`${label}与服务器管理员同名，请换一个账号名`);
    if (a.password.length < MIN_PASSWORD_LENGTH) throw new SetupError(`${label}的密码太短：至少 ${MIN_PASSWORD_LENGTH} 位`);
    if (a.kind === 'town' && !a.point) throw new SetupError(`账号“${a.name}”的受理点名称为空`);
    if (a.kind === 'town' && options.townDatabases && !TOWN_DB_ACCOUNT_RE.test(a.name)) {
      throw new SetupError(
        `${label}：使用 --town-databases 时，受理点账号名须以小写英文字母开头，只含小写字母、数字、_ 和 -（它也是该受理点数据库名称的一部分）`,
      );
    }
    const before = seen.get(a.name);
    if (before && (before.kind !== a.kind || before.point !== a.point || before.password !== a.password)) {
      throw new SetupError(`账号“${a.name}”写了两次且内容不同，请只保留一个`);
    }
    seen.set(a.name, a);
  }
  let replicationBase = url.href.replace(/\/+$/, '');
  if (options.replicationUrl) {
    try {
      replicationBase = new URL(options.replicationUrl).href.replace(/\/+$/, '');
    } catch {
      throw new SetupError(`--replication-url“${options.replicationUrl}”无效`);
    }
  }
  return { base: url.href.replace(/\/+$/, ''), replicationBase, accounts: [...seen.values()] };
}

// ---------------------------------------------------------------- HTTP

const CERT_CODES = new Set([
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'CERT_HAS_EXPIRED',
  'ERR_TLS_CERT_ALTNAME_INVALID',
]);

function unreachable(base, error) {
  const cause = error?.cause ?? error;
  const code = cause?.code ?? '';
  if (CERT_CODES.has(code)) {
    return new SetupError(
      `无法验证服务器 ${base} 的证书（${code}）。本局自签的证书请这样之一处理：在服务器本机上运行，用 --url http://127.0.0.1:5984；` +
        '或设置环境变量 NODE_EXTRA_CA_CERTS=证书文件.pem 后再运行。',
    );
  }
  if (error?.name === 'TimeoutError')
    return new SetupError(`连接服务器 ${base} 超时（${REQUEST_TIMEOUT_MS / 1000} 秒无响应）。请检查地址、端口和防火墙。`);
  const why =
    {
      ECONNREFUSED: '连接被拒绝：该端口没有程序在监听，CouchDB 可能未启动或端口不对',
      ENOTFOUND: '找不到这个主机名',
      EHOSTUNREACH: '网络不通',
      ENETUNREACH: '网络不通',
      ETIMEDOUT: '连接超时',
      ECONNRESET: '连接被重置（是否把 https 写成了 http，或相反？）',
      EPROTO: '协议错误（是否把 https 写成了 http，或相反？）',
    }[code] ??
    (cause?.message || String(error));
  return new SetupError(`无法连接服务器 ${base}：${why}。`);
}

function authHeader(user, password) {
  return `Basic ${Buffer.from(`${user}:${password}`, 'utf8').toString('base64')}`;
}

function client(base, admin) {
  async function request(method, pathname, body, auth = admin) {
    const headers = { Accept: 'application/json' };
    if (auth) headers.Authorization = authHeader(auth.user, auth.password);
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    let res;
    try {
      res = await fetch(base + pathname, {
        method,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
      });
    } catch (error) {
      throw unreachable(base, error);
    }
    const text = await res.text();
    let json = null;
    try {
      json = text ? JSON.parse(text) : null;
    } catch {
      json = null;
    }
    return { status: res.status, json, text };
  }
  /** The same, but anything other than an expected status is an error that names what was being done. */
  async function expect(what, method, pathname, body, ok = [200, 201, 202]) {
    const res = await request(method, pathname, body);
    if (ok.includes(res.status)) return res;
    if (res.status === 401 || res.status === 403)
      throw new SetupError(`${what}失败：服务器拒绝（${res.status} ${res.json?.reason ?? ''}）。请确认 --admin 是服务器管理员。`);
    throw new SetupError(`${what}失败：服务器返回 ${res.status} ${res.json?.reason ?? res.text.slice(0, 200)}`);
  }
  return { request, expect };
}

const enc = (id) => encodeURIComponent(id).replace(/^_design%2F/, '_design/');
/** JSON with the keys of every object in order, so that two documents compare whatever order the server keeps. */
function canonical(value) {
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === 'object')
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((k) => [k, canonical(value[k])]),
    );
  return value;
}
const sameJson = (a, b) => JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));
const sorted = (list) => [...list].sort();

// ---------------------------------------------------------------- the steps

async function checkServer(http, base, admin, say) {
  const root = await http.request('GET', '/', undefined, null);
  const isCouch = root.json && (root.json.couchdb === 'Welcome' || 'express-pouchdb' in root.json);
  if (!isCouch) throw new SetupError(`${base} 不是 CouchDB 服务器（返回 ${root.status}）。请检查地址和端口（CouchDB 默认 5984，HTTPS 6984）。`);
  const kind = root.json.couchdb === 'Welcome' ? 'couchdb' : 'pouchdb-server';
  if (kind === 'couchdb' && !/^3\./.test(String(root.json.version))) {
    say(`注意：服务器是 CouchDB ${root.json.version}，本程序按 CouchDB 3.x 编写和测试。`);
  }
  say(`已连接 ${base}（${kind === 'couchdb' ? `Apache CouchDB ${root.json.version}` : `pouchdb-server ${root.json.version}（测试用替身）`}）`);
  const session = await http.request('GET', '/_session');
  if (session.status === 401) throw new SetupError(`服务器管理员“${admin.user}”的用户名或密码错误。`);
  if (session.status !== 200) throw new SetupError(`无法登录服务器：返回 ${session.status} ${session.json?.reason ?? ''}`);
  const roles = session.json?.userCtx?.roles ?? [];
  if (!roles.includes('_admin')) throw new SetupError(`账号“${admin.user}”能登录，但不是服务器管理员（_admin），不能设置数据库。`);
  return kind;
}

async function ensureDatabase(http, name, say, report) {
  const info = await http.request('GET', `/${enc(name)}`);
  if (info.status === 404) {
    await http.expect(`创建数据库 ${name}`, 'PUT', `/${enc(name)}`);
    say(`已创建数据库 ${name}`);
    report.created.push(name);
    return { existed: false, docCount: 0 };
  }
  if (info.status !== 200) throw new SetupError(`读取数据库 ${name} 失败：${info.status} ${info.json?.reason ?? ''}`);
  return { existed: true, docCount: info.json?.doc_count ?? 0 };
}

async function ensureDesign(http, db, existing, say, report) {
  const wanted = fazhiDesignDoc();
  const current = await http.request('GET', `/${enc(db)}/${DESIGN_DOC_ID}`);
  if (current.status === 404) {
    if (existing.existed && existing.docCount > 0) {
      throw new SetupError(
        `数据库 ${db} 已存在，有 ${existing.docCount} 条文档，但没有法治台账的设计文档：它可能属于别的系统。` +
          '为免弄乱其中的数据，本程序没有改动它。请用 --db 指定一个新的数据库名称，或先确认后删除该数据库。',
      );
    }
    await http.expect('写入设计文档', 'PUT', `/${enc(db)}/${DESIGN_DOC_ID}`, wanted);
    say(`已写入设计文档 ${DESIGN_DOC_ID}（版本 ${DESIGN_VERSION}）`);
    report.design = 'created';
    return;
  }
  if (current.status !== 200) throw new SetupError(`读取设计文档失败：${current.status} ${current.json?.reason ?? ''}`);
  const doc = current.json;
  if (doc?.fazhi?.app !== '法治台账') {
    throw new SetupError(`数据库 ${db} 中已有一个 ${DESIGN_DOC_ID}，但不是法治台账的设计文档。本程序没有改动它；请用 --db 指定另一个数据库名称。`);
  }
  const version = Number(doc.fazhi.version);
  if (version > DESIGN_VERSION) {
    throw new SetupError(
      `数据库 ${db} 的设计文档是更新版本的法治台账写入的（版本 ${version}，本程序为 ${DESIGN_VERSION}）。请用新版本的法治台账运行本命令。`,
    );
  }
  const { _rev, ...rest } = doc;
  if (sameJson(rest, wanted)) {
    say(`设计文档 ${DESIGN_DOC_ID} 已是最新（版本 ${DESIGN_VERSION}），未改动`);
    report.design = 'unchanged';
    return;
  }
  await http.expect('更新设计文档', 'PUT', `/${enc(db)}/${DESIGN_DOC_ID}`, { ...wanted, _rev });
  say(`已更新设计文档 ${DESIGN_DOC_ID}（版本 ${version} → ${DESIGN_VERSION}）`);
  report.design = 'updated';
}

async function ensureSecurity(http, db, wanted, say) {
  const current = await http.expect(`读取数据库 ${db} 的权限`, 'GET', `/${enc(db)}/_security`);
  const have = current.json ?? {};
  const part = (o) => ({ names: sorted(o?.names ?? []), roles: sorted(o?.roles ?? []) });
  if (sameJson(part(have.admins), part(wanted.admins)) && sameJson(part(have.members), part(wanted.members))) {
    say(`数据库 ${db} 的权限（_security）已正确，未改动`);
    return 'unchanged';
  }
  await http.expect(`设置数据库 ${db} 的权限`, 'PUT', `/${enc(db)}/_security`, wanted);
  const who = [...wanted.members.roles.map((r) => `角色 ${r}`), ...wanted.members.names.map((n) => `账号 ${n}`)].join('、');
  say(`已设置数据库 ${db} 的权限（_security）：成员为 ${who}，管理角色 ${wanted.admins.roles.join('、')}`);
  return 'set';
}

async function ensureSystemDb(http, name, why, say) {
  const found = await http.request('GET', `/${name}`);
  if (found.status === 404) {
    await http.expect(`创建系统数据库 ${name}`, 'PUT', `/${name}`);
    say(`已创建系统数据库 ${name}（${why}）`);
  }
}

function withCredentials(base, db, admin) {
  const url = new URL(`${base}/${encodeURIComponent(db)}`);
  url.username = admin.user;
  url.password = admin.password;
  return url.href;
}

/** A continuous replication the server runs itself (a `_replicator` document), created or replaced when it differs. */
async function ensureReplication(http, id, wanted, label, say) {
  const path = `/_replicator/${enc(id)}`;
  const current = await http.request('GET', path);
  if (current.status === 200) {
    const have = current.json;
    const mine = Object.fromEntries(Object.keys(wanted).map((k) => [k, have[k]]));
    if (sameJson(mine, wanted)) {
      say(`服务器内部复制“${label}”已存在，未改动`);
      return 'unchanged';
    }
    // A running replication document is replaced, not edited (CouchDB restarts it).
    await http.expect(`更新服务器内部复制 ${id}`, 'DELETE', `${path}?rev=${encodeURIComponent(have._rev)}`);
  } else if (current.status !== 404) {
    throw new SetupError(`读取服务器内部复制 ${id} 失败：${current.status} ${current.json?.reason ?? ''}`);
  }
  await http.expect(`创建服务器内部复制 ${id}`, 'PUT', path, { _id: id, ...wanted });
  say(`已${current.status === 200 ? '更新' : '创建'}服务器内部复制“${label}”`);
  return current.status === 200 ? 'updated' : 'created';
}

async function ensureTownDatabase(http, options, replicationBase, account, say, report) {
  const townDb = townDbName(options.db, account.name);
  const existing = await ensureDatabase(http, townDb, say, report);
  await ensureDesign(http, townDb, existing, say, { design: '' });
  const security = await ensureSecurity(http, townDb, townSecurity(account.name), say);
  const main = withCredentials(replicationBase, options.db, options.admin);
  const town = withCredentials(replicationBase, townDb, options.admin);
  const down = await ensureReplication(
    http,
    `${townDb}-down`,
    { source: main, target: town, continuous: true, filter: TOWN_FILTER, query_params: { point: account.point } },
    `${options.db} → ${townDb}（${account.point}的申请和全局设置）`,
    say,
  );
  const up = await ensureReplication(http, `${townDb}-up`, { source: town, target: main, continuous: true }, `${townDb} → ${options.db}`, say);
  report.towns.push({ db: townDb, security, down, up });
}

const isOurRole = (role) => role === ROLE_ADMIN || role === ROLE_CLERK || role === ROLE_TOWN || role.startsWith(POINT_ROLE_PREFIX);

async function ensureAccount(http, account, say, report) {
  const id = `org.couchdb.user:${account.name}`;
  const ours = account.kind === 'clerk' ? [ROLE_CLERK] : [ROLE_TOWN, pointRole(account.point)];
  const label = account.kind === 'clerk' ? `经办人账号“${account.name}”` : `受理点账号“${account.name}”（${account.point}）`;
  const current = await http.request('GET', `/_users/${enc(id)}`);
  if (current.status === 404) {
    await http.expect(`创建${label}`, 'PUT', `/_users/${enc(id)}`, {
      _id: id,
      name: account.name,
      type: 'user',
      roles: ours,
      password: account.password,
    });
    say(`已创建${label}`);
    report.accounts.push({ name: account.name, action: 'created' });
    return;
  }
  if (current.status !== 200) throw new SetupError(`读取账号“${account.name}”失败：${current.status} ${current.json?.reason ?? ''}`);
  const doc = current.json;
  // Roles of other systems stay; ours are replaced (a clerk who became a town point loses fazhi_clerk).
  const roles = [...(doc.roles ?? []).filter((r) => typeof r === 'string' && !isOurRole(r)), ...ours];
  const rolesSame = sameJson(sorted(doc.roles ?? []), sorted(roles));
  const login = await http.request('GET', '/_session', undefined, { user: account.name, password: account.password });
  const passwordSame = login.status === 200 && login.json?.userCtx?.name === account.name;
  if (rolesSame && passwordSame) {
    say(`${label}已存在，角色和密码都未变，未改动`);
    report.accounts.push({ name: account.name, action: 'unchanged' });
    return;
  }
  const { _rev, ...rest } = doc;
  await http.expect(`更新${label}`, 'PUT', `/_users/${enc(id)}`, { ...rest, _rev, roles, password: account.password });
  const what = [rolesSame ? '' : `角色改为 ${ours.join('、')}`, passwordSame ? '' : '密码已重设'].filter(Boolean).join('，');
  say(`已更新${label}：${what}`);
  report.accounts.push({ name: account.name, action: 'updated' });
}

async function ensureCors(http, kind, origins, say, report) {
  const prefix = kind === 'couchdb' ? '/_node/_local/_config' : '/_config';
  const wanted = [
    [kind === 'couchdb' ? 'chttpd' : 'httpd', 'enable_cors', 'true'],
    ['cors', 'origins', origins.join(', ')],
    ['cors', 'credentials', 'true'],
    ['cors', 'methods', 'GET, PUT, POST, HEAD, DELETE'],
    ['cors', 'headers', 'accept, authorization, content-type, origin, referer'],
  ];
  let changed = 0;
  for (const [section, key, value] of wanted) {
    const current = await http.request('GET', `${prefix}/${section}/${key}`);
    if (current.status === 200 && current.json === value) continue;
    await http.expect(`设置 ${section}/${key}`, 'PUT', `${prefix}/${section}/${key}`, value);
    changed++;
  }
  say(changed ? `已设置跨域访问（CORS），允许：${origins.join('、')}` : `跨域访问（CORS）已允许 ${origins.join('、')}，未改动`);
  report.cors = changed ? 'set' : 'unchanged';
}

/**
 * Sets the server up. `say` gets each line of the Chinese account of what was done; the result says the same as data
 * (for the tests). Throws SetupError with the reason on anything the IT staff must fix.
 */
export async function setupServer(options, say = (line) => console.log(line)) {
  const { base, replicationBase, accounts } = checkOptions(options);
  const http = client(base, options.admin);
  const report = { created: [], design: '', security: '', cors: '', accounts: [], towns: [] };
  const kind = await checkServer(http, base, options.admin, say);
  await ensureSystemDb(http, '_users', 'CouchDB 单机安装后需要它来保存账号', say);
  if (options.townDatabases) await ensureSystemDb(http, '_replicator', '服务器内部复制需要它', say);
  const existing = await ensureDatabase(http, options.db, say, report);
  if (existing.existed) say(`数据库 ${options.db} 已存在（${existing.docCount} 条文档）`);
  await ensureDesign(http, options.db, existing, say, report);
  report.security = await ensureSecurity(http, options.db, options.townDatabases ? CLERK_ONLY_SECURITY : SECURITY_OBJECT, say);
  await ensureCors(http, kind, options.corsOrigins, say, report);
  for (const account of accounts) await ensureAccount(http, account, say, report);
  if (options.townDatabases) {
    for (const account of accounts.filter((a) => a.kind === 'town')) await ensureTownDatabase(http, options, replicationBase, account, say, report);
  }
  const clerks = accounts.filter((a) => a.kind === 'clerk').length;
  const towns = accounts.filter((a) => a.kind === 'town');
  say(`完成：数据库 ${options.db}，经办人账号 ${clerks} 个，受理点账号 ${towns.length} 个。`);
  say(`经办人电脑在“设置 → 多机同步”中填写服务器地址 ${base}/${options.db} 和各自的账号。`);
  if (options.townDatabases) {
    for (const t of towns) say(`受理点“${t.point}”的电脑填写服务器地址 ${base}/${townDbName(options.db, t.name)}，账号 ${t.name}。`);
  } else if (towns.length) {
    say(
      `受理点电脑同样填写 ${base}/${options.db}。注意：受理点账号能读到库中全部记录（只是不能修改）；要让受理点只读到本点的申请，请加 --town-databases。`,
    );
  }
  return report;
}

async function main() {
  try {
    await setupServer(parseArgs(process.argv.slice(2)));
  } catch (error) {
    if (error instanceof SetupError) {
      console.error(`设置未完成：${error.message}`);
    } else {
      console.error('设置未完成：出现意外错误', error);
    }
    process.exitCode = 1;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) await main();

/**
 * What the bureau's CouchDB server enforces (issue 17, the sync contract): the `_design/fazhi` design document, whose
 * `validate_doc_update` runs on the server for every write that is not a server admin's, and the database's
 * `_security` object. scripts/server-setup.mjs puts both on the server; Node runs that script directly, so this file
 * imports nothing and uses only TypeScript that Node can strip (scripts/server-design.test.ts checks that the table
 * list equals the ledger registry's).
 *
 * The validation function is a source string: CouchDB 3.x evaluates it in its own JavaScript engine (SpiderMonkey,
 * or QuickJS from 3.4), so it is written in ES5 (var, function, no arrow functions, no template strings, no imports)
 * and refuses with `throw({ forbidden: '<中文>' })`, which CouchDB answers with 403 and the message as `reason`.
 */

/** The bureau's database, unless `--db` names another. */
export const DEFAULT_DB_NAME = 'fazhi';
export const DESIGN_DOC_ID = '_design/fazhi';
/**
 * Raised whenever the rules below change: server:setup replaces a design document of a lower version and refuses
 * to touch one of a higher version (a newer release set the server up).
 */
export const DESIGN_VERSION = 1;

/** CouchDB user roles (the `roles` of a `_users` document). */
export const ROLE_ADMIN = 'fazhi_admin';
export const ROLE_CLERK = 'fazhi_clerk';
export const ROLE_TOWN = 'fazhi_town';
/** A town account has, besides ROLE_TOWN, exactly one role `point:<受理点>`, e.g. `point:访仙司法所`. */
export const POINT_ROLE_PREFIX = 'point:';

/** The ledgers' tables (shared/ledgers/registry.ts LEDGER_TABLES; kept equal by a test). */
export const SYNC_TABLES = [
  'reviewCases',
  'reviewLetters',
  'normativeDocuments',
  'legalityReviews',
  'filingReviews',
  'cleanupBatches',
  'agreementReviews',
  'litigationCases',
] as const;

/** The one ledger a town point may add to, and the status of a case just registered there (待受理). */
export const TOWN_TABLE = 'reviewCases';
export const TOWN_CREATABLE_STATUSES = ['received'] as const;

export interface SecurityObject {
  admins: { names: string[]; roles: string[] };
  members: { names: string[]; roles: string[] };
}

/** Members may read and write (within the validation below); db admins may also change design documents. */
export const SECURITY_OBJECT: SecurityObject = {
  admins: { names: [], roles: [ROLE_ADMIN] },
  members: { names: [], roles: [ROLE_CLERK, ROLE_TOWN] },
};

/**
 * With `server:setup --town-databases`: the bureau's database is read by clerks only, and each town point reads and
 * writes a database of its own, `<db>-town-<account>`, that the server keeps in step with the bureau's database by two
 * continuous replications in `_replicator` (bureau → town through the `town` filter below, town → bureau in full).
 */
export const CLERK_ONLY_SECURITY: SecurityObject = {
  admins: { names: [], roles: [ROLE_ADMIN] },
  members: { names: [], roles: [ROLE_CLERK] },
};

/** A town point's own database: readable and writable by its account alone (and IT staff). */
export function townSecurity(account: string): SecurityObject {
  return { admins: { names: [], roles: [ROLE_ADMIN] }, members: { names: [account], roles: [] } };
}

/** CouchDB names databases with lower-case ASCII only, so a town database needs an account name of that kind. */
export const TOWN_DB_ACCOUNT_RE = /^[a-z][a-z0-9_-]*$/;

export function townDbName(db: string, account: string): string {
  return `${db}-town-${account}`;
}

/** The filter of the bureau → town replication, named as `_replicator` documents name it. */
export const TOWN_FILTER = 'fazhi/town';

export function pointRole(point: string): string {
  return POINT_ROLE_PREFIX + point;
}

const VALIDATE_TEMPLATE = `function (newDoc, oldDoc, userCtx, secObj) {
  var TABLES = __TABLES__;
  var TOWN_TABLE = __TOWN_TABLE__;
  var TOWN_STATUSES = __TOWN_STATUSES__;
  var roles = (userCtx && userCtx.roles) || [];

  function has(list, value) {
    for (var i = 0; i < list.length; i++) {
      if (list[i] === value) return true;
    }
    return false;
  }
  function deny(message) {
    throw ({ forbidden: message });
  }
  function isObject(value) {
    return value !== null && typeof value === 'object' && Object.prototype.toString.call(value) !== '[object Array]';
  }
  function isText(value) {
    return typeof value === 'string' && value.length > 0;
  }

  // Server admins (and the replications they run) may write anything.
  if (has(roles, '_admin')) return;

  var id = newDoc._id;
  if (id.indexOf('_design/') === 0) {
    // CouchDB lets only database admins write design documents; this repeats it.
    if (has(roles, __ROLE_ADMIN__)) return;
    deny('只有服务器管理员可以修改设计文档');
  }

  var isClerk = has(roles, __ROLE_CLERK__) || has(roles, __ROLE_ADMIN__);
  var isTown = !isClerk && has(roles, __ROLE_TOWN__);
  if (!isClerk && !isTown) deny('该账号没有写入法治台账的权限（缺少经办人或受理点角色）');
  var point = null;
  if (isTown) {
    for (var r = 0; r < roles.length; r++) {
      if (typeof roles[r] === 'string' && roles[r].indexOf(__POINT_PREFIX__) === 0) point = roles[r].slice(__POINT_PREFIX__.length);
    }
    if (!point) deny('该受理点账号未设置受理点（缺少 point:受理点 角色），请联系信息管理员');
  }

  // What the id says the document is.
  var kind = null, table = null, recordId = null, pc = null;
  var m = /^rec:([^:]+):(.+)$/.exec(id);
  if (m) {
    kind = 'record';
    table = m[1];
    recordId = m[2];
    if (!has(TABLES, table)) deny('未知的台账“' + table + '”（文档 ' + id + '）');
  } else if ((m = /^log:(.+):([0-9]{12})$/.exec(id))) {
    kind = 'log';
    pc = m[1];
  } else if (id === 'settings:app') {
    kind = 'settings';
  } else {
    deny('未知的文档编号“' + id + '”：应为 rec:台账:编号、log:电脑:序号 或 settings:app');
  }

  var deleting = newDoc._deleted === true;

  if (isTown) {
    if (kind === 'settings') deny('受理点账号不能修改全局设置');
    if (deleting) deny('受理点账号不能删除记录');
    if (oldDoc) deny('受理点账号只能登记新的申请，不能修改已有的记录');
  }
  if (kind === 'log' && oldDoc) deny('修改记录一经写入不能修改或删除');
  if (deleting) return;

  if (newDoc.type !== kind) {
    deny('文档类型“' + newDoc.type + '”与文档编号 ' + id + ' 不符（应为 ' + kind + '）');
  }

  if (kind === 'record') {
    if (newDoc.table !== table) deny('文档 ' + id + ' 的台账名“' + newDoc.table + '”与编号不符');
    var rec = newDoc.record;
    if (!isObject(rec)) deny('文档 ' + id + ' 缺少记录内容（record）');
    if (rec.id !== recordId) deny('文档 ' + id + ' 中记录的编号“' + rec.id + '”与文档编号不符');
    if (rec.deleted !== 0 && rec.deleted !== 1) deny('文档 ' + id + ' 中记录的删除标记无效（应为 0 或 1）');
    if (!isText(rec.createdAt) || !isText(rec.updatedAt)) deny('文档 ' + id + ' 中记录缺少创建或修改时间');
    if (!isText(newDoc.pc)) deny('文档 ' + id + ' 缺少电脑编号（pc）');
    if (typeof newDoc.actor !== 'string') deny('文档 ' + id + ' 缺少经办人（actor）');
    if (!isText(newDoc.at)) deny('文档 ' + id + ' 缺少写入时间（at）');
    if (isTown) {
      if (table !== TOWN_TABLE) deny('受理点账号只能登记行政复议申请');
      if (rec.intakePoint !== point) deny('受理点账号只能登记本受理点（' + point + '）收到的申请，该申请的受理点为“' + rec.intakePoint + '”');
      if (!has(TOWN_STATUSES, rec.status)) deny('受理点账号只能登记待受理的新申请（该申请的办理状态为“' + rec.status + '”）');
      if (rec.deleted !== 0) deny('受理点账号不能登记已删除的记录');
    }
    return;
  }

  if (kind === 'log') {
    if (newDoc.pc !== pc) deny('修改记录 ' + id + ' 的电脑编号与文档编号不符');
    var entry = newDoc.entry;
    if (!isObject(entry)) deny('修改记录 ' + id + ' 缺少内容（entry）');
    if (!isText(entry.table) || typeof entry.recordId !== 'string' || !isText(entry.action) || !isText(entry.at) || typeof entry.actor !== 'string') {
      deny('修改记录 ' + id + ' 缺少台账、记录编号、操作、时间或经办人');
    }
    if (isTown && entry.table !== TOWN_TABLE) deny('受理点账号只能写入行政复议申请的修改记录');
    return;
  }

  // settings:app
  if (!isObject(newDoc.value)) deny('全局设置缺少内容（value）');
}`;

/**
 * What a town database receives from the bureau's (query parameter `point`): the bureau-wide settings, the review
 * cases received at that point and their change-log entries, and deletions (an id and nothing else). Never design
 * documents, other ledgers, or other points' cases.
 */
const TOWN_FILTER_TEMPLATE = `function (doc, req) {
  var point = req && req.query ? req.query.point : null;
  if (!point || doc._id.indexOf('_design/') === 0) return false;
  if (doc._deleted) return true;
  if (doc.type === 'settings') return doc._id === 'settings:app';
  if (doc.type === 'record') return doc.table === __TOWN_TABLE__ && !!doc.record && doc.record.intakePoint === point;
  if (doc.type === 'log') {
    var e = doc.entry;
    if (!e || e.table !== __TOWN_TABLE__) return false;
    return (!!e.after && e.after.intakePoint === point) || (!!e.before && e.before.intakePoint === point);
  }
  return false;
}`;

export function townFilterSource(): string {
  return TOWN_FILTER_TEMPLATE.replace(/__TOWN_TABLE__/g, JSON.stringify(TOWN_TABLE));
}

/** The `validate_doc_update` source, ES5, as CouchDB stores and runs it. */
export function validateDocUpdateSource(): string {
  return VALIDATE_TEMPLATE.replace('__TABLES__', JSON.stringify(SYNC_TABLES))
    .replace('__TOWN_TABLE__', JSON.stringify(TOWN_TABLE))
    .replace('__TOWN_STATUSES__', JSON.stringify(TOWN_CREATABLE_STATUSES))
    .replace(/__ROLE_ADMIN__/g, JSON.stringify(ROLE_ADMIN))
    .replace(/__ROLE_CLERK__/g, JSON.stringify(ROLE_CLERK))
    .replace(/__ROLE_TOWN__/g, JSON.stringify(ROLE_TOWN))
    .replace(/__POINT_PREFIX__/g, JSON.stringify(POINT_ROLE_PREFIX));
}

export interface FazhiDesignDoc {
  _id: string;
  _rev?: string;
  language: 'javascript';
  /** Marks the design document as this app's (server:setup refuses a database whose `_design/fazhi` lacks it). */
  fazhi: { app: '法治台账'; version: number };
  validate_doc_update: string;
  filters: { town: string };
}

export function fazhiDesignDoc(): FazhiDesignDoc {
  return {
    _id: DESIGN_DOC_ID,
    language: 'javascript',
    fazhi: { app: '法治台账', version: DESIGN_VERSION },
    validate_doc_update: validateDocUpdateSource(),
    filters: { town: townFilterSource() },
  };
}

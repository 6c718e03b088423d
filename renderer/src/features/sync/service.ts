/**
 * 多机同步 on this PC: the local PouchDB beside Dexie, PouchDB's live two-way sync with the bureau's server, and the
 * status the header shows. Everything the protocol needs (checkpoints, revision trees, retries after the network or
 * the server comes back) is PouchDB's; engine.ts moves documents between Dexie and the local PouchDB.
 *
 * Credentials: the desktop host keeps them (`syncCredentials`, Electron safeStorage); in the browser build the
 * password stays in memory for the session only. Neither the password nor the account is ever written to IndexedDB.
 */
import { liveQuery, type Subscription } from 'dexie';
import { DEFAULT_DB_NAME } from '../../../../shared/sync/documents';
import { getDb } from '../../db/db';
import { getHost } from '../../host/host';
import { getState, pcIdOf, setState, SyncEngine, type Pouch } from './engine';

export interface SyncCredentials {
  url: string;
  user: string;
  password: string;
}

/** The optional part of the host API (shared/host-api.ts, sync contract). */
interface CredentialStore {
  save(c: SyncCredentials): Promise<{ ok: true } | { ok: false; error: string }>;
  load(): Promise<SyncCredentials | null>;
  clear(): Promise<void>;
}

export type SyncState = 'off' | 'connecting' | 'syncing' | 'synced' | 'offline' | 'error';

export interface SyncStatus {
  state: SyncState;
  /** Changes of this PC not yet on the server. */
  pending: number;
  /** When the last replication round ended with everything on both sides. */
  lastSyncedAt: string | null;
  /** Why (Chinese), when offline or in error. */
  error: string | null;
  /** The server address in use (without the password). */
  url: string | null;
  user: string | null;
}

export interface SyncErrorRow {
  at: string;
  message: string;
}

/** The remembered configuration (no password): whether this PC syncs, with which server and account. */
interface SyncConfig {
  url: string;
  user: string;
  enabled: boolean;
}

export const MESSAGES = {
  wrongPassword: '用户名或密码错误',
  unreachable: '无法连接服务器：请核对服务器地址和端口，确认服务器已开机、本机能连上单位内网',
  expired: '登录已失效（密码可能已在服务器上修改），请在“设置 → 多机同步”重新输入密码后开始同步',
  forbidden: '该账号无权访问同步数据库',
  noDatabase: '服务器上没有同步数据库（请 IT 人员按说明书“多机同步服务器的设置”一节创建）',
  needPassword: '请在“设置 → 多机同步”输入密码后开始同步（浏览器版不保存密码）',
  badUrl: '服务器地址无效（应以 http:// 或 https:// 开头，例如 http://192.168.1.10:5984）',
} as const;

// ——— the PouchDB constructor (pouchdb-browser in the app; tests hand in one with the memory adapter) ———

type PouchCtor = new (name: string, options?: Record<string, unknown>) => Pouch;
let pouchCtor: PouchCtor | null = null;
let localOptions: Record<string, unknown> = {};

export function setPouch(ctor: PouchCtor, options: Record<string, unknown> = {}): void {
  pouchCtor = ctor;
  localOptions = options;
}

async function pouch(): Promise<PouchCtor> {
  if (!pouchCtor) pouchCtor = (await import('pouchdb-browser')).default as unknown as PouchCtor;
  return pouchCtor;
}

// ——— status ———

let status: SyncStatus = { state: 'off', pending: 0, lastSyncedAt: null, error: null, url: null, user: null };
const listeners = new Set<() => void>();
let errors: SyncErrorRow[] = [];

function setStatus(patch: Partial<SyncStatus>): void {
  status = { ...status, ...patch };
  for (const cb of listeners) cb();
}

export function getStatus(): SyncStatus {
  return status;
}

export function getErrors(): readonly SyncErrorRow[] {
  return errors;
}

export function subscribeStatus(cb: () => void): () => void {
  listeners.add(cb);
  return () => listeners.delete(cb);
}

function noteError(message: string): void {
  if (errors[0]?.message === message) return;
  errors = [{ at: new Date().toISOString(), message }, ...errors].slice(0, 10);
  void setState('errors', errors).catch(() => undefined);
  for (const cb of listeners) cb();
}

// ——— addresses and errors ———

/** The database URL of a server address the clerk typed: a bare server gets the default database name. */
export function databaseUrl(address: string): string | null {
  const trimmed = address.trim().replace(/\/+$/, '');
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  if (url.username || url.password) return null;
  if (url.pathname === '' || url.pathname === '/') url.pathname = `/${DEFAULT_DB_NAME}`;
  return url.toString().replace(/\/+$/, '');
}

function serverRoot(dbUrl: string): string {
  const url = new URL(dbUrl);
  url.pathname = url.pathname.replace(/\/[^/]*$/, '/');
  return url.toString();
}

function basic(user: string, password: string): string {
  const bytes = new TextEncoder().encode(`${user}:${password}`);
  let bin = '';
  for (const b of bytes) bin += String.fromCharCode(b);
  return `Basic ${btoa(bin)}`;
}

/** What a failed request means for the clerk, and whether it only means the server is out of reach. */
export function describeError(e: unknown, everConnected = false): { message: string; offline: boolean } {
  const err = e as { status?: number; name?: string; message?: string; reason?: string } | null;
  const code = err?.status;
  if (code === 401) return { message: everConnected ? MESSAGES.expired : MESSAGES.wrongPassword, offline: false };
  if (code === 403) return { message: MESSAGES.forbidden, offline: false };
  if (code === 404) return { message: MESSAGES.noDatabase, offline: false };
  if (!code || code === 500 || code === 502 || code === 503 || code === 504) return { message: MESSAGES.unreachable, offline: true };
  return { message: `服务器返回错误 ${code}：${err?.reason ?? err?.message ?? ''}`, offline: false };
}

export type TestResult = { ok: true; docCount: number } | { ok: false; error: string };

/** 测试连接: the account and password against the server's _session, then the database. Writes nothing. */
export async function testConnection(address: string, user: string, password: string): Promise<TestResult> {
  const dbUrl = databaseUrl(address);
  if (!dbUrl) return { ok: false, error: MESSAGES.badUrl };
  if (!user.trim()) return { ok: false, error: '请填写账号' };
  if (!password) return { ok: false, error: '请填写密码' };
  const headers = { Authorization: basic(user.trim(), password), Accept: 'application/json' };
  try {
    const session = await fetch(`${serverRoot(dbUrl)}_session`, { headers });
    if (session.status === 401) return { ok: false, error: MESSAGES.wrongPassword };
    const body = (await session.json().catch(() => ({}))) as { userCtx?: { name?: string | null } };
    if (session.ok && body.userCtx && !body.userCtx.name) return { ok: false, error: MESSAGES.wrongPassword };
    const info = await fetch(dbUrl, { headers });
    if (info.status === 401) return { ok: false, error: MESSAGES.wrongPassword };
    if (info.status === 403) return { ok: false, error: MESSAGES.forbidden };
    if (info.status === 404) return { ok: false, error: MESSAGES.noDatabase };
    if (!info.ok) return { ok: false, error: `服务器返回错误 ${info.status}` };
    const data = (await info.json()) as { doc_count?: number };
    return { ok: true, docCount: data.doc_count ?? 0 };
  } catch {
    return { ok: false, error: MESSAGES.unreachable };
  }
}

// ——— credentials ———

let memoryCredentials: SyncCredentials | null = null;

function credentialStore(): CredentialStore | undefined {
  try {
    return (getHost() as unknown as { syncCredentials?: CredentialStore }).syncCredentials;
  } catch {
    return undefined;
  }
}

async function loadCredentials(): Promise<SyncCredentials | null> {
  if (memoryCredentials) return memoryCredentials;
  const store = credentialStore();
  return store ? store.load().catch(() => null) : null;
}

/** Whether the password is kept by the desktop app (else: for this session only). */
export function passwordIsKept(): boolean {
  return credentialStore() !== undefined;
}

// ——— the running sync ———

interface Running {
  engine: SyncEngine;
  handler: PouchDB.Replication.Sync<object> | null;
  feed: PouchDB.Core.Changes<object> | null;
  log: Subscription | null;
  everConnected: boolean;
  /** Record documents put into the local PouchDB since the last time the server had everything. */
  unpushed: number;
  /** The last request error since the replication was last active (null: none). */
  lastError: unknown;
  timer: ReturnType<typeof setTimeout> | null;
}

let running: Running | null = null;
let localDb: Pouch | null = null;
let engine: SyncEngine | null = null;

/** The local PouchDB and its engine (made once; they exist even while sync is stopped, for the 同步冲突 page). */
export async function localEngine(): Promise<SyncEngine> {
  if (engine) return engine;
  const Ctor = await pouch();
  const { name = 'fazhi-sync', ...options } = localOptions as { name?: string };
  localDb ??= new Ctor(name, { auto_compaction: false, ...options });
  engine = new SyncEngine(localDb, await pcIdOf());
  return engine;
}

async function refreshPending(): Promise<void> {
  const r = running;
  if (!r) return;
  const pending = (await r.engine.pendingEntries()) + r.unpushed;
  if (running === r) setStatus({ pending });
}

function schedule(): void {
  const r = running;
  if (!r || r.timer) return;
  r.timer = setTimeout(() => {
    r.timer = null;
    const before = r.engine.putCount;
    void r.engine
      .flush()
      .then(() => {
        r.unpushed += r.engine.putCount - before;
        return refreshPending();
      })
      .catch((e: unknown) => noteError(`本机同步处理失败：${e instanceof Error ? e.message : String(e)}`));
  }, 0);
}

/** Starts syncing with the credentials given (测试连接 first) and remembers the server and account. */
export async function startSync(c: SyncCredentials): Promise<TestResult> {
  const test = await testConnection(c.url, c.user, c.password);
  if (!test.ok) return test;
  const url = databaseUrl(c.url)!;
  const creds = { url, user: c.user.trim(), password: c.password };
  const store = credentialStore();
  if (store) {
    const saved = await store.save(creds);
    if (!saved.ok) return { ok: false, error: `无法保存密码：${saved.error}` };
  }
  memoryCredentials = creds;
  await setState('config', { url, user: creds.user, enabled: true } satisfies SyncConfig);
  await open(creds);
  return test;
}

/** 停止同步: the replication ends; local work goes on, changes wait in the outbox. */
export async function stopSync(): Promise<void> {
  await close();
  const config = await getState<SyncConfig>('config');
  if (config) await setState('config', { ...config, enabled: false });
  setStatus({ state: 'off', error: null });
}

/** At app start: sync again if this PC was syncing (needs the password again in the browser). */
export async function resumeSync(): Promise<void> {
  if (resumed) return;
  resumed = true;
  errors = (await getState<SyncErrorRow[]>('errors').catch(() => undefined)) ?? [];
  const config = await getState<SyncConfig>('config');
  if (!config?.enabled) return;
  setStatus({ url: config.url, user: config.user });
  const creds = await loadCredentials();
  if (!creds || creds.url !== config.url) {
    setStatus({ state: 'error', error: MESSAGES.needPassword });
    return;
  }
  await open(creds);
}

export async function savedConfig(): Promise<{ url: string; user: string; enabled: boolean } | null> {
  return (await getState<SyncConfig>('config')) ?? null;
}

/**
 * fetch for the remote database: a request cut off by a server going away mid-request (a restart) rejects for
 * PouchDB as usual, but is marked handled, since PouchDB's replication may drop such a promise after its own retry
 * logic has taken over (it then surfaced as an unhandled rejection).
 */
function markedFetch(url: RequestInfo | URL, init?: RequestInit): Promise<Response> {
  const request = fetch(url, init);
  request.catch(() => undefined);
  return request;
}

/** Opening and closing one at a time (a second start while the first is opening must not leave two replications). */
let lifecycle: Promise<unknown> = Promise.resolve();
function serially<T>(job: () => Promise<T>): Promise<T> {
  const next = lifecycle.then(job, job);
  lifecycle = next.catch(() => undefined);
  return next;
}

let resumed = false;

function open(c: SyncCredentials): Promise<void> {
  return serially(() => openNow(c));
}

function close(): Promise<void> {
  return serially(closeNow);
}

async function openNow(c: SyncCredentials): Promise<void> {
  await closeNow();
  const eng = await localEngine();
  const Ctor = await pouch();
  const remote = new Ctor(c.url, { skip_setup: true, auth: { username: c.user, password: c.password }, fetch: markedFetch });
  const r: Running = { engine: eng, handler: null, feed: null, log: null, everConnected: true, unpushed: 0, lastError: null, timer: null };
  running = r;
  setStatus({ state: 'connecting', error: null, url: c.url, user: c.user });
  // Dexie → PouchDB: whenever the change log grows.
  r.log = liveQuery(() => getDb().changeLog.orderBy('seq').last()).subscribe({ next: () => schedule(), error: () => undefined });
  // PouchDB → Dexie: whenever the local PouchDB changes (a document from the server).
  r.feed = eng.local.changes({ since: 'now', live: true }).on('change', () => schedule());
  const handler = eng.local.sync(remote, {
    live: true,
    retry: true,
    // Quick to come back after a server restart or a cable plugged in again, and never more than 10 s apart.
    back_off_function: (delay: number) => (delay === 0 ? 500 : Math.min(delay * 2, 10_000)),
  });
  r.handler = handler;
  // The handler is also a promise of the replication's end: its failure is reported through the events below.
  (handler as unknown as Promise<unknown>).catch(() => undefined);
  (r.feed as unknown as Promise<unknown>).catch(() => undefined);
  const requestError = (err: unknown) => {
    if (running !== r) return;
    r.lastError = err;
    failed(r, err);
  };
  // Errors come on each direction (the two-way handler's own 'paused' carries none).
  type Emitter = { on(event: string, cb: (err: unknown) => void): void };
  const directions = handler as unknown as { push: Emitter; pull: Emitter };
  directions.push.on('requestError', requestError);
  directions.pull.on('requestError', requestError);
  handler
    .on('change', (info) => {
      if (running !== r) return;
      r.lastError = null;
      if (info.direction === 'push') r.unpushed = Math.max(0, r.unpushed - info.change.docs_written);
      setStatus({ state: 'syncing', error: null });
      void refreshPending();
    })
    .on('active', () => {
      if (running !== r) return;
      // A retry after an error starts 'active' too: the status says 离线 until something goes through.
      const retrying = r.lastError !== null;
      r.lastError = null;
      if (!retrying) setStatus({ state: 'syncing', error: null });
      void refreshPending();
    })
    .on('paused', () => {
      if (running !== r || r.lastError) return;
      r.unpushed = 0;
      void eng.pendingEntries().then((pending) => {
        if (running === r && !r.lastError) setStatus({ state: 'synced', lastSyncedAt: new Date().toISOString(), error: null, pending });
      });
    })
    .on('denied', (err: unknown) => {
      const e = err as { doc?: { id?: string; message?: string; reason?: string } };
      noteError(`服务器拒绝了一条修改${e?.doc?.id ? `（${e.doc.id}）` : ''}：${e?.doc?.reason ?? e?.doc?.message ?? '无权限'}`);
    })
    .on('error', (err: unknown) => {
      if (running !== r) return;
      failed(r, err);
    });
  schedule();
}

function failed(r: Running, err: unknown): void {
  const { message, offline } = describeError(err, r.everConnected);
  if (offline) {
    setStatus({ state: 'offline', error: message });
    return;
  }
  noteError(message);
  setStatus({ state: 'error', error: message });
  // A refused account would only be refused again: stop until the clerk enters the password again.
  if ((err as { status?: number })?.status === 401) {
    memoryCredentials = null;
    void close();
  }
}

async function closeNow(): Promise<void> {
  const r = running;
  running = null;
  if (!r) return;
  if (r.timer) clearTimeout(r.timer);
  r.log?.unsubscribe();
  r.feed?.cancel();
  r.handler?.cancel();
}

/** Runs the outbox and the inbound once (tests; the 同步冲突 page after a decision). */
export async function flushNow(): Promise<void> {
  await (await localEngine()).flush();
}

/** Tests: forget everything this module holds. */
export async function resetForTests(): Promise<void> {
  await close();
  resumed = false;
  engine = null;
  localDb = null;
  memoryCredentials = null;
  errors = [];
  status = { state: 'off', pending: 0, lastSyncedAt: null, error: null, url: null, user: null };
}

/**
 * Tests only: a real CouchDB-protocol server (pouchdb-server from npm, the stand-in for the bureau's CouchDB), started
 * in a scratch folder of its own so that its config.json and log.txt never land in the repository.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const BIN = resolve(__dirname, '../../../../node_modules/pouchdb-server/bin/pouchdb-server');

export interface TestServer {
  url: string;
  port: number;
  stop(): Promise<void>;
  /** Starts it again on the same port and folder (its databases kept when it is on disk). */
  start(): Promise<void>;
  dispose(): Promise<void>;
}

async function waitUp(url: string, up: boolean): Promise<void> {
  for (let i = 0; i < 600; i++) {
    const ok = await fetch(url).then(
      (r) => r.ok,
      () => false,
    );
    if (ok === up) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`pouchdb-server at ${url} did not ${up ? 'start' : 'stop'}`);
}

export async function startTestServer(port: number, { onDisk = false } = {}): Promise<TestServer> {
  const dir = mkdtempSync(join(tmpdir(), 'fazhi-couch-'));
  let child: ChildProcess | null = null;
  const url = `http://127.0.0.1:${port}`;
  const start = async () => {
    const args = [BIN, '--port', String(port), '-n', '-c', join(dir, 'config.json'), ...(onDisk ? ['--dir', dir] : ['--in-memory'])];
    // Another process answering on the port would be taken for ours: refuse instead.
    const taken = await fetch(url).then(
      () => true,
      () => false,
    );
    if (taken) throw new Error(`port ${port} is already in use: the sync tests need it for their own pouchdb-server`);
    const started = spawn(process.execPath, args, { cwd: dir, stdio: 'ignore' });
    child = started;
    await waitUp(url, true);
    if (started.exitCode !== null) throw new Error(`pouchdb-server on port ${port} exited at once`);
  };
  const stop = async () => {
    const c = child;
    child = null;
    if (!c) return;
    const exited = new Promise((r) => c.once('exit', r));
    c.kill();
    await exited;
    await waitUp(url, false);
  };
  await start();
  return {
    url,
    port,
    start,
    stop,
    dispose: async () => {
      await stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Creates the database, and a clerk account with its password, the database open to the clerk role only. */
export async function setUpBureau(server: TestServer, db = 'fazhi'): Promise<{ user: string; password: string; dbUrl: string }> {
  const put = (path: string, body: unknown, auth?: string) =>
    fetch(`${server.url}/${path}`, {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json', ...(auth ? { Authorization: auth } : {}) },
      body: JSON.stringify(body),
    });
  const admin = `Basic ${Buffer.from('admin:adminpw').toString('base64')}`;
  await put(db, {});
  await put('_users/org.couchdb.user:zhangsan', {
    _id: 'org.couchdb.user:zhangsan',
    name: 'zhangsan',
    password: 'secret1',
    roles: ['fazhi_clerk'],
    type: 'user',
  });
  await put(`${db}/_security`, { admins: { names: [], roles: ['fazhi_admin'] }, members: { names: [], roles: ['fazhi_clerk', 'fazhi_town'] } });
  await put('_config/admins/admin', 'adminpw');
  void admin;
  return { user: 'zhangsan', password: 'secret1', dbUrl: `${server.url}/${db}` };
}

export const adminAuth = { username: 'admin', password: 'adminpw' };

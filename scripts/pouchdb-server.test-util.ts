/**
 * A CouchDB stand-in for tests: pouchdb-server 4.2 in memory, in a temporary folder of its own (it keeps its
 * config.json, which holds the server admins, in the folder it is given), with one server admin.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const BIN = path.join(ROOT, 'node_modules', 'pouchdb-server', 'bin', 'pouchdb-server');

export const ADMIN = { user: 'admin', password: 'Admin-密码1' };

export interface TestServer {
  url: string;
  stop(): Promise<void>;
}

export function basic(user: string, password: string): string {
  return `Basic ${Buffer.from(`${user}:${password}`, 'utf8').toString('base64')}`;
}

/** fetch against the server as `user` (or anonymously), JSON in and out. */
export async function couch(
  url: string,
  method: string,
  auth: { user: string; password: string } | null,
  body?: unknown,
): Promise<{ status: number; body: Record<string, unknown> }> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (auth) headers.Authorization = basic(auth.user, auth.password);
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  const res = await fetch(url, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  const text = await res.text();
  let parsed: Record<string, unknown> = {};
  try {
    parsed = text ? (JSON.parse(text) as Record<string, unknown>) : {};
  } catch {
    parsed = { text };
  }
  return { status: res.status, body: parsed };
}

async function waitUntilUp(url: string, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`pouchdb-server exited: ${output()}`);
    try {
      const res = await fetch(url);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`pouchdb-server did not start on ${url}: ${output()}`);
}

/** Starts pouchdb-server on `port` and makes ADMIN its server admin (before that it is in "admin party"). */
export async function startPouchServer(port: number): Promise<TestServer> {
  const dir = mkdtempSync(path.join(tmpdir(), 'fazhi-couch-'));
  const child = spawn(
    process.execPath,
    [BIN, '--in-memory', '--port', String(port), '--host', '127.0.0.1', '-n', '-c', path.join(dir, 'config.json')],
    {
      cwd: dir,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  child.stdout?.on('data', (b: Buffer) => {
    output = (output + b.toString()).slice(-4000);
  });
  child.stderr?.on('data', (b: Buffer) => {
    output = (output + b.toString()).slice(-4000);
  });
  const url = `http://127.0.0.1:${port}`;
  await waitUntilUp(url, child, () => output);
  const made = await couch(`${url}/_config/admins/${ADMIN.user}`, 'PUT', null, ADMIN.password);
  if (made.status !== 200) throw new Error(`could not create the server admin: ${JSON.stringify(made)}`);
  return {
    url,
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill();
        await exited;
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

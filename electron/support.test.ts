import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';

const fake = vi.hoisted(() => ({
  userData: '',
  openPathResult: '',
  opened: [] as string[],
  handlers: new Map<string, (event: unknown, ...args: unknown[]) => unknown>(),
  appEvents: [] as string[],
}));

vi.mock('electron', () => ({
  app: {
    getPath: (name: string) => (name === 'userData' ? fake.userData : `/nonexistent/${name}`),
    getName: () => '法治台账',
    getVersion: () => '0.1.0',
    isPackaged: false,
    on: (event: string) => fake.appEvents.push(event),
  },
  shell: {
    openPath: async (p: string) => {
      fake.opened.push(p);
      return fake.openPathResult;
    },
  },
  ipcMain: {
    handle: (channel: string, listener: (event: unknown, ...args: unknown[]) => unknown) => fake.handlers.set(channel, listener),
  },
}));

const { openLogFolder, registerSupportHandlers, startSupportLog } = await import('./support');

const base = mkdtempSync(path.join(tmpdir(), 'fazhi-support-'));
const original = { warn: console.warn, error: console.error };

beforeEach(() => {
  fake.userData = mkdtempSync(path.join(base, 'profile-'));
  fake.opened = [];
  fake.openPathResult = '';
  console.warn = () => {};
});

afterAll(() => {
  console.warn = original.warn;
  console.error = original.error;
  rmSync(base, { recursive: true, force: true });
});

const appFrame = { senderFrame: { url: 'app://fazhi/index.html', parent: null } };

describe('openLogFolder', () => {
  it('creates userData/logs and opens it in the file manager', async () => {
    await expect(openLogFolder()).resolves.toBe(true);
    const logs = path.join(fake.userData, 'logs');
    expect(fake.opened).toEqual([logs]);
    expect(statSync(logs).isDirectory()).toBe(true);
  });

  it('reports false when the file manager could not open it', async () => {
    fake.openPathResult = 'Failed to open path';
    await expect(openLogFolder()).resolves.toBe(false);
  });
});

describe('registerSupportHandlers', () => {
  it('serves host:openLogFolder to the app page', async () => {
    registerSupportHandlers();
    const handler = fake.handlers.get('host:openLogFolder')!;
    await expect(handler(appFrame)).resolves.toBe(true);
    expect(fake.opened).toEqual([path.join(fake.userData, 'logs')]);
  });

  it('refuses other senders and any payload', async () => {
    registerSupportHandlers();
    const handler = fake.handlers.get('host:openLogFolder')!;
    expect(() => handler({ senderFrame: { url: 'https://example.com/', parent: null } })).toThrow(/拒绝/);
    expect(() => handler(appFrame, '/etc')).toThrow(/参数无效/);
    expect(fake.opened).toEqual([]);
  });
});

describe('startSupportLog', () => {
  it('writes a start line and watches for crashed processes', () => {
    const log = startSupportLog();
    expect(log.file).toBe(path.join(fake.userData, 'logs', 'main.log'));
    expect(readFileSync(log.file, 'utf8')).toMatch(/\[info\] start 法治台账 0\.1\.0/);
    expect(fake.appEvents).toEqual(['render-process-gone', 'child-process-gone']);
  });

  it('starts only once', () => {
    const first = startSupportLog();
    expect(startSupportLog()).toBe(first);
    expect(existsSync(first.file)).toBe(true);
  });
});

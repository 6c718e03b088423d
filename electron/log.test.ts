import { EventEmitter } from 'node:events';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  LOG_FILE_NAME,
  MAX_LOG_BYTES,
  MAX_LOG_FILES,
  RotatingLog,
  captureMainProcessErrors,
  formatEntry,
  logDirFor,
  logFileNames,
  rotationSteps,
  shouldRotate,
  timestamp,
} from './log';

describe('the rotation decision', () => {
  it('is 1 MB × 3 files', () => {
    expect(MAX_LOG_BYTES).toBe(1_048_576);
    expect(MAX_LOG_FILES).toBe(3);
    expect(LOG_FILE_NAME).toBe('main.log');
  });

  it('rotates only when the next entry would pass the limit', () => {
    expect(shouldRotate(0, 10, 100)).toBe(false);
    expect(shouldRotate(90, 10, 100)).toBe(false);
    expect(shouldRotate(91, 10, 100)).toBe(true);
    expect(shouldRotate(MAX_LOG_BYTES - 100, 100)).toBe(false);
    expect(shouldRotate(MAX_LOG_BYTES - 100, 101)).toBe(true);
  });

  it('never rotates an empty file, even for an entry larger than the limit', () => {
    expect(shouldRotate(0, 500, 100)).toBe(false);
  });

  it('names the files newest first', () => {
    expect(logFileNames()).toEqual(['main.log', 'main.1.log', 'main.2.log']);
    expect(logFileNames('app.txt', 2)).toEqual(['app.txt', 'app.1.txt']);
    expect(logFileNames('main.log', 1)).toEqual(['main.log']);
  });

  it('deletes the oldest, then shifts each file up, oldest first', () => {
    expect(rotationSteps()).toEqual({
      remove: 'main.2.log',
      renames: [
        ['main.1.log', 'main.2.log'],
        ['main.log', 'main.1.log'],
      ],
    });
  });

  it('keeps the log under userData/logs', () => {
    expect(logDirFor(path.join('/home/clerk/.config', 'fazhi-ledger'))).toBe(path.join('/home/clerk/.config', 'fazhi-ledger', 'logs'));
  });
});

describe('formatEntry', () => {
  const at = new Date(2025, 2, 1, 9, 30, 5, 123);

  it('starts with the local time and the level', () => {
    const line = formatEntry('warn', ['[ipc] refused', 'host:saveFile'], at);
    expect(line.startsWith(`${timestamp(at)} [warn] [ipc] refused host:saveFile`)).toBe(true);
    expect(line.endsWith('\n')).toBe(true);
    expect(timestamp(at)).toMatch(/^2025-03-01 09:30:05\.123 [+-]\d\d:\d\d$/);
  });

  it('keeps the stack of an error', () => {
    const error = new Error('磁盘已满');
    expect(formatEntry('error', ['saving failed', error], at)).toContain(error.stack!.split('\n')[1].trim());
  });

  it('cuts a runaway message', () => {
    const line = formatEntry('error', ['x'.repeat(50_000)], at, 1000);
    expect(line.length).toBeLessThan(1100);
    expect(line).toContain('（已截断）');
  });
});

describe('RotatingLog', () => {
  let dir: string;

  beforeEach(() => {
    dir = path.join(mkdtempSync(path.join(tmpdir(), 'fazhi-log-')), 'logs');
  });

  afterEach(() => {
    rmSync(path.dirname(dir), { recursive: true, force: true });
  });

  const read = (name: string) => readFileSync(path.join(dir, name), 'utf8');

  it('creates the folder on the first entry and appends', () => {
    const log = new RotatingLog(dir);
    expect(existsSync(dir)).toBe(false);
    log.write('info', 'start', { version: '0.1.0' });
    log.write('error', 'boom');
    const text = read('main.log');
    expect(text.split('\n').filter(Boolean)).toHaveLength(2);
    expect(text).toContain("[info] start { version: '0.1.0' }");
    expect(text).toContain('[error] boom');
  });

  it('rotates at the limit and keeps at most three files', () => {
    const log = new RotatingLog(dir, { maxBytes: 200, now: () => new Date(2025, 0, 2, 8, 0, 0, 0) });
    // Each entry is about 60 bytes, so three fit in a file and the fourth rotates.
    for (let i = 1; i <= 20; i++) log.write('warn', `entry ${String(i).padStart(2, '0')}`);
    expect(readdirSync(dir).sort()).toEqual(['main.1.log', 'main.2.log', 'main.log']);
    for (const name of logFileNames()) expect(readFileSync(path.join(dir, name)).byteLength).toBeLessThanOrEqual(200);
    expect(read('main.log')).toContain('entry 20');
    expect(read('main.1.log')).not.toContain('entry 20');
    // The oldest entries were dropped with the file that held them.
    const all = logFileNames().map(read).join('');
    expect(all).not.toContain('entry 01');
  });

  it('continues an existing file after a restart and rotates it by its size on disk', () => {
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, 'main.log'), 'x'.repeat(190));
    new RotatingLog(dir, { maxBytes: 200 }).write('info', 'after restart');
    expect(read('main.1.log')).toBe('x'.repeat(190));
    expect(read('main.log')).toContain('after restart');
  });

  it('never throws when the folder cannot be written', () => {
    writeFileSync(dir, 'a file where the folder should be');
    const log = new RotatingLog(path.join(dir, 'nested'));
    expect(() => log.write('error', 'nowhere to go')).not.toThrow();
    expect(() => log.write('error', 'still nowhere')).not.toThrow();
  });
});

describe('captureMainProcessErrors', () => {
  function setup() {
    const entries: [string, unknown[]][] = [];
    const log = { write: (level: string, ...args: unknown[]) => entries.push([level, args]) };
    const printed: string[] = [];
    const target = {
      warn: vi.fn((...args: unknown[]) => printed.push(`warn ${args.join(' ')}`)),
      error: vi.fn((...args: unknown[]) => printed.push(`error ${args.join(' ')}`)),
    };
    const proc = new EventEmitter();
    const undo = captureMainProcessErrors(log as never, target, proc as never);
    return { entries, printed, target, proc, undo };
  }

  it('logs console.warn and console.error and still prints them', () => {
    const { entries, printed, target } = setup();
    target.warn('[main] careful', 1);
    target.error('[host] saving failed');
    expect(entries).toEqual([
      ['warn', ['[main] careful', 1]],
      ['error', ['[host] saving failed']],
    ]);
    expect(printed).toEqual(['warn [main] careful 1', 'error [host] saving failed']);
  });

  it('records uncaught exceptions without handling them', () => {
    const { entries, proc } = setup();
    const error = new Error('crash');
    proc.emit('uncaughtExceptionMonitor', error, 'uncaughtException');
    expect(entries).toEqual([['error', ['uncaught exception (uncaughtException)', error]]]);
    // Only a monitor: nothing listens to 'uncaughtException' itself, so Electron's own handling stays.
    expect(proc.listenerCount('uncaughtException')).toBe(0);
  });

  it('logs and prints unhandled rejections', () => {
    const { entries, printed, proc } = setup();
    proc.emit('unhandledRejection', new Error('lost promise'));
    expect(entries[0][0]).toBe('error');
    expect(entries[0][1][0]).toBe('[main] unhandled rejection');
    expect(printed[0]).toContain('lost promise');
  });

  it('can be undone', () => {
    const { entries, target, proc, undo } = setup();
    const wrappedWarn = target.warn;
    undo();
    expect(target.warn).not.toBe(wrappedWarn);
    target.warn('after');
    proc.emit('uncaughtExceptionMonitor', new Error('x'), 'uncaughtException');
    expect(entries).toEqual([]);
  });
});

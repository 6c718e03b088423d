import { appendFileSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { formatWithOptions } from 'node:util';

/**
 * The support log: <userData>/logs/main.log, rotated at 1 MB into main.1.log and main.2.log, so it
 * never takes more than 3 MB. It holds the main process's warnings and errors (console.warn/error,
 * uncaught exceptions, unhandled rejections, crashed renderers) and one line per start, which is
 * what a support call needs; 设置 → 打开日志文件夹 and 帮助 → 打开日志文件夹 show the folder.
 */
export const LOG_DIR_NAME = 'logs';
export const LOG_FILE_NAME = 'main.log';
export const MAX_LOG_BYTES = 1024 * 1024;
export const MAX_LOG_FILES = 3;

export type LogLevel = 'info' | 'warn' | 'error';

export function logDirFor(userData: string): string {
  return path.join(userData, LOG_DIR_NAME);
}

/** Whether writing `incomingBytes` more would take the current file past the limit. An empty file never rotates. */
export function shouldRotate(currentBytes: number, incomingBytes: number, maxBytes: number = MAX_LOG_BYTES): boolean {
  return currentBytes > 0 && currentBytes + incomingBytes > maxBytes;
}

/**
 * The file names, newest first: main.log, main.1.log, main.2.log for keep = 3. Rotating deletes
 * the last, then renames each to the next, oldest first, so no rename overwrites a file still needed.
 */
export function logFileNames(fileName: string = LOG_FILE_NAME, keep: number = MAX_LOG_FILES): string[] {
  const ext = path.extname(fileName);
  const stem = fileName.slice(0, fileName.length - ext.length);
  return Array.from({ length: Math.max(1, keep) }, (_, i) => (i === 0 ? fileName : `${stem}.${i}${ext}`));
}

/** The renames of one rotation, in order, as [from, to] file names; the oldest file is deleted first. */
export function rotationSteps(fileName: string = LOG_FILE_NAME, keep: number = MAX_LOG_FILES): { remove: string; renames: [string, string][] } {
  const names = logFileNames(fileName, keep);
  const renames: [string, string][] = [];
  for (let i = names.length - 2; i >= 0; i--) renames.push([names[i], names[i + 1]]);
  return { remove: names[names.length - 1], renames };
}

/** Local time with its offset (the clerk reads this beside the PC's clock), e.g. 2025-03-01 09:30:05.123 +08:00. */
export function timestamp(now: Date): string {
  const pad = (n: number, size = 2) => String(Math.abs(n)).padStart(size, '0');
  const offset = -now.getTimezoneOffset();
  const sign = offset >= 0 ? '+' : '-';
  return (
    `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())} ` +
    `${pad(now.getHours())}:${pad(now.getMinutes())}:${pad(now.getSeconds())}.${pad(now.getMilliseconds(), 3)} ` +
    `${sign}${pad(Math.trunc(Math.abs(offset) / 60))}:${pad(Math.abs(offset) % 60)}`
  );
}

/** One log line (or block, for a stack trace); errors keep their stack. Never longer than maxChars. */
export function formatEntry(level: LogLevel, args: readonly unknown[], now: Date, maxChars = 16_000): string {
  let text = formatWithOptions({ colors: false, depth: 4, breakLength: Infinity }, ...args);
  if (text.length > maxChars) text = `${text.slice(0, maxChars)}…（已截断）`;
  return `${timestamp(now)} [${level}] ${text}\n`;
}

export interface LogOptions {
  fileName?: string;
  maxBytes?: number;
  keep?: number;
  now?: () => Date;
}

/**
 * Appends synchronously: the few lines written are cheap, and a line written just before a crash
 * must reach the disk. Logging never throws; if the folder is not writable the log is silent.
 */
export class RotatingLog {
  readonly dir: string;
  private readonly fileName: string;
  private readonly maxBytes: number;
  private readonly keep: number;
  private readonly now: () => Date;
  private size: number | undefined;
  private broken = false;

  constructor(dir: string, options: LogOptions = {}) {
    this.dir = dir;
    this.fileName = options.fileName ?? LOG_FILE_NAME;
    this.maxBytes = options.maxBytes ?? MAX_LOG_BYTES;
    this.keep = options.keep ?? MAX_LOG_FILES;
    this.now = options.now ?? (() => new Date());
  }

  get file(): string {
    return path.join(this.dir, this.fileName);
  }

  write(level: LogLevel, ...args: unknown[]): void {
    if (this.broken) return;
    try {
      const entry = Buffer.from(formatEntry(level, args, this.now()), 'utf8');
      if (this.size === undefined) {
        mkdirSync(this.dir, { recursive: true });
        this.size = fileSize(this.file);
      }
      if (shouldRotate(this.size, entry.byteLength, this.maxBytes)) {
        this.rotate();
        this.size = 0;
      }
      appendFileSync(this.file, entry);
      this.size += entry.byteLength;
    } catch {
      // A full disk or a read-only profile must not take the app down with it.
      this.broken = true;
    }
  }

  private rotate(): void {
    const { remove, renames } = rotationSteps(this.fileName, this.keep);
    rmSync(path.join(this.dir, remove), { force: true });
    for (const [from, to] of renames) {
      try {
        renameSync(path.join(this.dir, from), path.join(this.dir, to));
      } catch {
        // A missing older file is normal in the first rotations.
      }
    }
  }
}

function fileSize(file: string): number {
  try {
    return statSync(file).size;
  } catch {
    return 0;
  }
}

interface ConsoleLike {
  warn: (...args: unknown[]) => void;
  error: (...args: unknown[]) => void;
}

interface ProcessLike {
  on(event: 'uncaughtExceptionMonitor', listener: (error: Error, origin: string) => void): unknown;
  on(event: 'unhandledRejection', listener: (reason: unknown) => void): unknown;
}

/**
 * Copies console.warn/error into the log (they still print), and records uncaught exceptions and
 * unhandled rejections (which still print, as Electron's default "warn" mode does). 'uncaughtExceptionMonitor' only observes: Electron still shows its own
 * error dialog for an uncaught exception, as it did before. Returns a function that undoes it.
 */
export function captureMainProcessErrors(log: Pick<RotatingLog, 'write'>, target: ConsoleLike = console, proc: ProcessLike = process): () => void {
  const originalWarn = target.warn;
  const originalError = target.error;
  target.warn = (...args: unknown[]) => {
    log.write('warn', ...args);
    originalWarn.apply(target, args);
  };
  target.error = (...args: unknown[]) => {
    log.write('error', ...args);
    originalError.apply(target, args);
  };
  let active = true;
  proc.on('uncaughtExceptionMonitor', (error, origin) => {
    if (active) log.write('error', `uncaught exception (${origin})`, error);
  });
  // Electron's default for the main process is to warn; a listener silences that warning, so
  // print it ourselves (through the wrapper above, which also logs it).
  proc.on('unhandledRejection', (reason) => {
    if (active) target.error('[main] unhandled rejection', reason);
  });
  return () => {
    active = false;
    target.warn = originalWarn;
    target.error = originalError;
  };
}

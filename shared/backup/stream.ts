import { compareVersions, isBackupSummary, BACKUP_FORMAT, BACKUP_FORMAT_VERSION, type BackupSummary } from './format';
import { rowProblem, tableLabel } from './records';

/**
 * Format 2 of the backup file, before compression: UTF-8 lines of JSON ("NDJSON"), each ending in "\n".
 *
 *   {"format":"fazhi-ledger-backup","formatVersion":2,"schemaVersion":3,"appVersion":"0.1.0","createdAt":"…","reason":"定时","counts":{…}}
 *   ["table","agreementReviews"]
 *   {…one record…}
 *   …
 *   ["table","changeLog"]
 *   …
 *   ["end",{"counts":{…},"checksum":"<SHA-256 hex of every byte before this line>"}]
 *
 * The first line is the header (the listing reads it from the file's first bytes), a table starts with a marker line
 * (an array: records are always objects), and the last line closes the file: a file cut short has no such line. The
 * whole is gzip-compressed (the `.fzbak` file). No string of more than one record is ever built, writing or reading,
 * so the size of a backup is bounded by the disk, not by the JavaScript engine's longest string.
 */

/** Longest line read back: far beyond any record the app stores, short of a string the engine cannot hold. */
export const MAX_BACKUP_LINE_BYTES = 64 * 1024 * 1024;

/** Incremental SHA-256 (hash-wasm or sha256.ts in the renderer, node:crypto in the main process). */
export interface Hasher {
  update(bytes: Uint8Array): void;
  /** Lowercase hex. */
  digest(): string;
}

// shared/ compiles without DOM or Node typings, yet every runtime it runs in (browser, worker, Node) has these.
const codecs = globalThis as unknown as {
  TextEncoder: new () => { encode(text: string): Uint8Array };
  TextDecoder: new (label: string, options: { fatal: boolean }) => { decode(bytes: Uint8Array): string };
};
const encoder = new codecs.TextEncoder();
const NEWLINE = 0x0a;

export function headerLine(summary: BackupSummary): string {
  return `${JSON.stringify(summary)}\n`;
}

export function tableLine(name: string): string {
  return `${JSON.stringify(['table', name])}\n`;
}

export function trailerLine(counts: Record<string, number>, checksum: string): string {
  return `${JSON.stringify(['end', { counts, checksum }])}\n`;
}

/** Writes the lines of one backup: every byte before the last line is hashed on the way out. */
export class BackupLineWriter {
  private readonly counts: Record<string, number> = {};
  private current: string | null = null;

  constructor(
    private readonly hasher: Hasher,
    private readonly out: (bytes: Uint8Array) => void,
  ) {}

  private emit(text: string): void {
    const bytes = encoder.encode(text);
    this.hasher.update(bytes);
    this.out(bytes);
  }

  header(summary: BackupSummary): void {
    this.emit(headerLine(summary));
  }

  table(name: string): void {
    this.current = name;
    this.counts[name] = 0;
    this.emit(tableLine(name));
  }

  /** One record of the current table: the only string built is this record's own line. */
  row(row: unknown): void {
    if (this.current === null) throw new Error('row before table');
    this.counts[this.current]++;
    this.emit(`${JSON.stringify(row)}\n`);
  }

  /** The closing line; returns the counts and the checksum it holds. */
  end(): { counts: Record<string, number>; checksum: string } {
    const checksum = this.hasher.digest();
    const counts = { ...this.counts };
    this.out(encoder.encode(trailerLine(counts, checksum)));
    return { counts, checksum };
  }
}

/** Splits a byte stream into lines (without their "\n"); refuses a line longer than `maxLine`. */
export class LineSplitter {
  private parts: Uint8Array[] = [];
  private partBytes = 0;

  constructor(
    private readonly onLine: (line: Uint8Array) => void,
    private readonly maxLine = MAX_BACKUP_LINE_BYTES,
  ) {}

  push(chunk: Uint8Array): void {
    let start = 0;
    for (;;) {
      const at = chunk.indexOf(NEWLINE, start);
      if (at < 0) break;
      const piece = chunk.subarray(start, at);
      if (this.parts.length === 0) {
        this.check(piece.length);
        this.onLine(piece);
      } else {
        this.keep(piece);
        const line = concat(this.parts, this.partBytes);
        this.parts = [];
        this.partBytes = 0;
        this.onLine(line);
      }
      start = at + 1;
    }
    if (start < chunk.length) this.keep(chunk.slice(start));
  }

  /** Bytes after the last "\n" (a complete file has none). */
  get rest(): number {
    return this.partBytes;
  }

  private keep(piece: Uint8Array): void {
    this.partBytes += piece.length;
    this.check(this.partBytes);
    this.parts.push(piece.slice());
  }

  private check(length: number): void {
    if (length > this.maxLine) throw new BackupFileError('damaged');
  }
}

function concat(parts: Uint8Array[], total: number): Uint8Array {
  const out = new Uint8Array(total);
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

/** What the app restoring a backup knows: its schema, its version and its tables' primary keys. */
export interface StreamRestoreTarget {
  schemaVersion: number;
  appVersion: string;
  /** Table name → primary key path (null when the key lives outside the row). */
  tables: Record<string, string | null>;
}

/** A backup the reader refuses; `message` is for the clerk and says nothing was changed. */
export class BackupFileError extends Error {
  constructor(
    readonly kind: 'notBackup' | 'truncated' | 'damaged' | 'checksum' | 'counts' | 'header' | 'refused',
    message: string = MESSAGES[kind] ?? '备份文件无法使用，未做任何改动。',
  ) {
    super(message);
  }
}

const MESSAGES: Record<string, string> = {
  notBackup: '所选文件不是法治台账的备份文件，未做任何改动。',
  truncated: '备份文件不完整（可能在复制、下载时被截断或已损坏），无法使用，未做任何改动。',
  damaged: '备份文件已损坏（无法解压或读取），无法使用，未做任何改动。',
  checksum: '备份文件校验失败：内容与校验码不符，文件可能已损坏或被改动过，无法使用，未做任何改动。',
  header: '备份文件的说明信息不完整或已损坏，无法使用，未做任何改动。',
};

const decoder = new codecs.TextDecoder('utf-8', { fatal: true });

function parseLine(line: Uint8Array): unknown {
  try {
    return JSON.parse(decoder.decode(line));
  } catch {
    throw new BackupFileError('damaged');
  }
}

/** Whether this app can take in a backup with this header: not from a newer format, schema or app version. */
export function summaryProblem(summary: BackupSummary, target: StreamRestoreTarget): string | null {
  if (summary.schemaVersion > target.schemaVersion) {
    return `该备份来自更新版本的法治台账（程序 ${summary.appVersion}，数据库第${summary.schemaVersion}版），本程序只认识到第${target.schemaVersion}版。请先升级本程序再恢复，未做任何改动。`;
  }
  if ((compareVersions(summary.appVersion, target.appVersion) ?? 0) > 0) {
    return `该备份由较新版本的法治台账（${summary.appVersion}）创建，本机是 ${target.appVersion}。为避免新版本的数据在旧版本中出错，请先升级本程序再恢复，未做任何改动。`;
  }
  for (const name of Object.keys(summary.counts)) {
    if (!Object.hasOwn(target.tables, name)) {
      return `备份中含有本程序不认识的数据「${name}」，可能来自更新版本的法治台账。请先升级本程序再恢复，未做任何改动。`;
    }
  }
  return null;
}

export interface RestoreSink {
  /** The header was read and accepted: where the rows are to go can be prepared. */
  begin(summary: BackupSummary): void | Promise<void>;
  /** A checked row of `table`. */
  row(table: string, row: unknown): void;
}

/**
 * Reads the lines of a format-2 backup and checks everything the one-object format was checked for: a backup of this
 * app, from no newer format, schema or app version; only tables this app knows; every row well-formed (rowProblem,
 * the ledger registry's stored-record schemas) and no id twice; the counts and the checksum of the closing line.
 * Throws BackupFileError (or returns nothing: `finish` says whether the file was whole).
 */
export class BackupLineReader {
  private summary: BackupSummary | null = null;
  private table: string | null = null;
  private keyPath: string | null = null;
  private seen = new Set<unknown>();
  private readonly counts: Record<string, number> = {};
  private trailer: { counts: Record<string, number>; checksum: string } | null = null;
  private checksum: string | null = null;
  private pendingHeader: BackupSummary | null = null;

  constructor(
    private readonly target: StreamRestoreTarget,
    private readonly hasher: Hasher,
    private readonly sink: RestoreSink,
  ) {}

  /** The accepted header; null before the first line. */
  get header(): BackupSummary | null {
    return this.summary;
  }

  /**
   * One line (without "\n"). Returns the header when this line was it, so that the caller can await `sink.begin`
   * before the next line (the header is always alone in its call).
   */
  line(bytes: Uint8Array): void {
    if (this.trailer) throw new BackupFileError('damaged');
    if (!this.summary) {
      this.readHeader(bytes);
      this.hash(bytes);
      return;
    }
    const first = bytes[0];
    if (first === 0x5b /* [ */) {
      const value = parseLine(bytes);
      if (!Array.isArray(value) || typeof value[0] !== 'string') throw new BackupFileError('damaged');
      if (value[0] === 'end') {
        this.checksum = this.hasher.digest();
        this.trailer = value[1] as { counts: Record<string, number>; checksum: string };
        return;
      }
      if (value[0] !== 'table' || typeof value[1] !== 'string') throw new BackupFileError('damaged');
      this.startTable(value[1]);
      this.hash(bytes);
      return;
    }
    if (this.table === null) throw new BackupFileError('damaged');
    const row = parseLine(bytes);
    const position = ++this.counts[this.table];
    const problem = rowProblem(this.table, row, position, this.keyPath);
    if (problem) throw new BackupFileError('refused', `备份中的数据有误：${problem}。未做任何改动。`);
    if (this.keyPath) {
      const key = (row as Record<string, unknown>)[this.keyPath];
      if (this.seen.has(key)) {
        throw new BackupFileError('refused', `备份中的数据有误：「${tableLabel(this.table)}」中编号 ${String(key)} 出现了两次。未做任何改动。`);
      }
      this.seen.add(key);
    }
    this.hash(bytes);
    this.sink.row(this.table, row);
  }

  /** The header line just read, for the caller to hand to `sink.begin` (then null). */
  takeHeader(): BackupSummary | null {
    const h = this.pendingHeader;
    this.pendingHeader = null;
    return h;
  }

  private hash(bytes: Uint8Array): void {
    this.hasher.update(bytes);
    this.hasher.update(NEWLINE_BYTES);
  }

  private readHeader(bytes: Uint8Array): void {
    let value: unknown;
    try {
      value = JSON.parse(decoder.decode(bytes).replace(/^\uFEFF/, ''));
    } catch {
      throw new BackupFileError('notBackup');
    }
    if (value === null || typeof value !== 'object' || (value as { format?: unknown }).format !== BACKUP_FORMAT) {
      throw new BackupFileError('notBackup');
    }
    const v = value as Partial<BackupSummary>;
    if (typeof v.formatVersion === 'number' && v.formatVersion > BACKUP_FORMAT_VERSION) {
      throw new BackupFileError(
        'refused',
        `该备份使用了更新的文件格式（第${v.formatVersion}版），由更新版本的法治台账${typeof v.appVersion === 'string' ? `（${v.appVersion}）` : ''}创建。请先升级本程序再恢复，未做任何改动。`,
      );
    }
    if (!isBackupSummary(value) || value.formatVersion !== BACKUP_FORMAT_VERSION) throw new BackupFileError('header');
    const problem = summaryProblem(value, this.target);
    if (problem) throw new BackupFileError('refused', problem);
    this.summary = value;
    this.pendingHeader = value;
  }

  private startTable(name: string): void {
    if (!Object.hasOwn(this.target.tables, name)) {
      throw new BackupFileError(
        'refused',
        `备份中含有本程序不认识的数据「${name}」，可能来自更新版本的法治台账。请先升级本程序再恢复，未做任何改动。`,
      );
    }
    if (Object.hasOwn(this.counts, name)) throw new BackupFileError('damaged');
    this.table = name;
    this.keyPath = this.target.tables[name];
    this.seen = new Set();
    this.counts[name] = 0;
  }

  /** After the last byte: the file must have closed, and its counts and checksum must match what was read. */
  finish(rest = 0): { summary: BackupSummary; counts: Record<string, number> } {
    if (!this.summary) throw new BackupFileError('notBackup');
    if (!this.trailer || rest > 0) throw new BackupFileError('truncated');
    const trailer = this.trailer;
    if (trailer === null || typeof trailer !== 'object' || typeof trailer.checksum !== 'string') throw new BackupFileError('damaged');
    if (trailer.checksum !== this.checksum) throw new BackupFileError('checksum');
    const claimed = [this.summary.counts, trailer.counts];
    const names = new Set([...Object.keys(this.counts), ...claimed.flatMap((c) => Object.keys(c ?? {}))]);
    for (const name of names) {
      const n = this.counts[name] ?? 0;
      if (claimed.some((c) => (c?.[name] ?? 0) !== n)) {
        throw new BackupFileError('counts', `备份文件中「${tableLabel(name)}」的记录数与说明不符，文件可能已损坏，未做任何改动。`);
      }
    }
    return { summary: this.summary, counts: { ...this.counts } };
  }
}

const NEWLINE_BYTES = new Uint8Array([NEWLINE]);

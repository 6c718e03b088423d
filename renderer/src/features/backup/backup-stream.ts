import Dexie from 'dexie';
import { Gunzip, Gzip } from 'fflate';
import { createSHA256 } from 'hash-wasm';
import { BACKUP_FORMAT, BACKUP_FORMAT_VERSION, type BackupReason, type BackupSummary } from '../../../../shared/backup/format';
import { Sha256 } from '../../../../shared/backup/sha256';
import {
  BackupFileError,
  BackupLineReader,
  BackupLineWriter,
  LineSplitter,
  type Hasher,
  type StreamRestoreTarget,
} from '../../../../shared/backup/stream';
import { checkBackupForRestore } from '../../../../shared/backup/validate';
import type { ChangeLogEntry } from '../../../../shared/record';
import { backedUpTables, FazhiDb } from '../../db/db';
import { appendEntries } from '../../db/write';
import { replaceAllTables } from './backup-db';

/**
 * The work of backups and restores, on any thread: backup.worker.ts runs it in a Web Worker (the page only passes
 * bytes on), and unit tests run it directly. Writing: every table read in one read-only transaction, record by record
 * into lines (shared/backup/stream.ts), hashed and gzip-compressed as they go: no string of more than one record.
 * Restoring: the file's bytes as a stream, gunzipped, split into lines, every row checked (rowProblem) and put into a
 * staging database; only a file checked to its last line is then copied over the live tables in one transaction.
 */

/** Records read per request while backing up and copying a staged restore. */
export const BATCH_ROWS = 500;
/** gzip level: ~6 is zlib's default, a good trade of size for time. */
const GZIP_LEVEL = 6;
/** Compressed output is handed on in pieces of about this size (the main process takes at most MAX_BACKUP_CHUNK_BYTES). */
export const OUTPUT_PART_BYTES = 1024 * 1024;

/** hash-wasm's SHA-256 where WebAssembly may run; the plain TypeScript one where a CSP forbids compiling it (the desktop app's). */
export async function createHasher(): Promise<Hasher> {
  try {
    const wasm = await createSHA256();
    wasm.init();
    return { update: (bytes) => void wasm.update(bytes), digest: () => wasm.digest('hex') };
  } catch {
    const js = new Sha256();
    return { update: (bytes) => js.update(bytes), digest: () => js.digestHex() };
  }
}

export interface BackupMeta {
  schemaVersion: number;
  appVersion: string;
  createdAt: string;
  reason: BackupReason;
}

export interface WrittenBackup {
  summary: BackupSummary;
  /** The compressed file, in parts of about OUTPUT_PART_BYTES. */
  parts: Uint8Array[];
  bytes: number;
  /** SHA-256 (hex) of the compressed file, for the host to check what it received. */
  sha256: string;
  counts: Record<string, number>;
}

/** Joins small pieces into parts of about `size` bytes. */
class PartCollector {
  readonly parts: Uint8Array[] = [];
  private pending: Uint8Array[] = [];
  private pendingBytes = 0;
  total = 0;

  constructor(
    private readonly size: number,
    private readonly hasher: Hasher,
  ) {}

  push(piece: Uint8Array): void {
    if (piece.length === 0) return;
    this.hasher.update(piece);
    this.pending.push(piece);
    this.pendingBytes += piece.length;
    this.total += piece.length;
    if (this.pendingBytes >= this.size) this.flush();
  }

  flush(): void {
    if (this.pendingBytes === 0) return;
    const part = new Uint8Array(this.pendingBytes);
    let at = 0;
    for (const p of this.pending) {
      part.set(p, at);
      at += p.length;
    }
    this.parts.push(part);
    this.pending = [];
    this.pendingBytes = 0;
  }
}

/** Tables in a fixed order (by name), whatever the schema declares: the registry's ledgers, the change log, settings. */
function sortedTables(db: Dexie) {
  return backedUpTables(db.tables).sort((a, b) => a.name.localeCompare(b.name));
}

/**
 * Writes a backup of every table of `db` (the app's database, or an older one opened without a schema). Returns null
 * when the database holds no row at all.
 */
export async function writeBackup(
  db: Dexie,
  meta: BackupMeta,
  options: { partBytes?: number; batchRows?: number } = {},
): Promise<WrittenBackup | null> {
  const lineHasher = await createHasher();
  const fileHasher = await createHasher();
  const out = new PartCollector(options.partBytes ?? OUTPUT_PART_BYTES, fileHasher);
  const gzip = new Gzip({ level: GZIP_LEVEL });
  gzip.ondata = (chunk) => out.push(chunk);
  const batch = options.batchRows ?? BATCH_ROWS;
  const tables = sortedTables(db);
  let written: { counts: Record<string, number> } | null = null;
  let summary: BackupSummary | null = null;
  // One read-only transaction: the backup is one consistent moment. Nothing but IndexedDB requests is awaited inside,
  // so the transaction stays open while each batch is encoded and compressed.
  await db.transaction('r', tables, async () => {
    const counts: Record<string, number> = {};
    for (const table of tables) counts[table.name] = await table.count();
    if (Object.values(counts).every((n) => n === 0)) return;
    summary = { format: BACKUP_FORMAT, formatVersion: BACKUP_FORMAT_VERSION, ...meta, counts };
    const lines = new BackupLineWriter(lineHasher, (bytes) => gzip.push(bytes));
    lines.header(summary);
    for (const table of tables) {
      lines.table(table.name);
      const keyPath = table.schema.primKey.keyPath;
      if (typeof keyPath !== 'string' || keyPath === '') {
        for (const row of await table.toArray()) lines.row(row);
        continue;
      }
      let last: unknown = null;
      for (;;) {
        const rows: Record<string, unknown>[] = await (last === null ? table.orderBy(':id') : table.where(':id').above(last)).limit(batch).toArray();
        for (const row of rows) lines.row(row);
        if (rows.length < batch) break;
        last = rows[rows.length - 1][keyPath];
      }
    }
    written = lines.end();
  });
  if (!summary || !written) return null;
  gzip.push(new Uint8Array(0), true);
  out.flush();
  const w = written as { counts: Record<string, number> };
  return { summary, parts: out.parts, bytes: out.total, sha256: fileHasher.digest(), counts: w.counts };
}

export interface StagedRestore {
  summary: BackupSummary;
  /** Rows per table as read from the file. */
  counts: Record<string, number>;
}

export function stagingName(baseName: string): string {
  return `${baseName}-restore-staging`;
}

/** Reads a stream to its end; the reader is released on failure. */
async function* chunksOf(stream: ReadableStream<Uint8Array> | AsyncIterable<Uint8Array>): AsyncGenerator<Uint8Array> {
  if (Symbol.asyncIterator in stream) {
    yield* stream as AsyncIterable<Uint8Array>;
    return;
  }
  const reader = (stream as ReadableStream<Uint8Array>).getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      yield value;
    }
  } finally {
    reader.releaseLock();
  }
}

/**
 * Checks a backup file completely and puts its rows into the staging database `staging` (deleted first), upgraded to
 * the current schema. Throws BackupFileError with a message for the clerk; the live database is never touched.
 * Reads format 2 (gzip, first bytes 1f 8b) and the one-object JSON of earlier releases (first byte `{`, after a BOM).
 */
export async function stageRestore(
  source: ReadableStream<Uint8Array> | AsyncIterable<Uint8Array>,
  target: StreamRestoreTarget,
  staging: string,
  options: { batchRows?: number } = {},
): Promise<StagedRestore> {
  await Dexie.delete(staging);
  const chunks = chunksOf(source);
  let first = await chunks.next();
  while (!first.done && first.value.length === 0) first = await chunks.next();
  if (first.done) throw new BackupFileError('notBackup');
  const head = first.value;
  const rest = (async function* () {
    yield head;
    yield* chunks;
  })();
  let staged: StagedRestore;
  try {
    if (head[0] === 0x1f && (head.length < 2 || head[1] === 0x8b))
      staged = await stageStreamed(rest, target, staging, options.batchRows ?? BATCH_ROWS);
    else staged = await stageLegacy(rest, target, staging);
    if (staged.summary.schemaVersion < target.schemaVersion) {
      // Opening with every version declared makes Dexie run the upgrades, as on an installed database.
      const current = new FazhiDb(staging);
      try {
        await current.open();
      } catch (e) {
        throw new BackupFileError('refused', `无法把该备份升级到当前版本：${(e as Error)?.message ?? String(e)}。未做任何改动。`);
      } finally {
        current.close();
      }
    }
    return staged;
  } catch (e) {
    await Dexie.delete(staging).catch(() => undefined);
    throw e;
  }
}

async function stageStreamed(
  chunks: AsyncIterable<Uint8Array>,
  target: StreamRestoreTarget,
  staging: string,
  batchRows: number,
): Promise<StagedRestore> {
  let db: FazhiDb | null = null;
  let pending: { table: string; rows: unknown[] } | null = null;
  const full: { table: string; rows: unknown[] }[] = [];
  const reader = new BackupLineReader(target, await createHasher(), {
    begin: () => undefined,
    row: (table, row) => {
      if (!pending || pending.table !== table) {
        if (pending && pending.rows.length > 0) full.push(pending);
        pending = { table, rows: [] };
      }
      pending.rows.push(row);
      if (pending.rows.length >= batchRows) {
        full.push(pending);
        pending = { table, rows: [] };
      }
    },
  });
  const lines: Uint8Array[] = [];
  const splitter = new LineSplitter((line) => lines.push(line));
  const gunzip = new Gunzip((data) => splitter.push(data));
  const drain = async () => {
    for (const line of lines.splice(0)) {
      reader.line(line);
      const header = reader.takeHeader();
      if (header) {
        db = new FazhiDb(staging, header.schemaVersion);
        await db.open();
      }
      if (full.length > 0) await flush();
    }
  };
  const flush = async () => {
    for (const batch of full.splice(0)) {
      if (!db) throw new BackupFileError('damaged');
      if (!db.tables.some((t) => t.name === batch.table)) {
        // A table this app knows but the backup's own schema version did not have: not a file the app wrote.
        throw new BackupFileError('damaged');
      }
      await db.table(batch.table).bulkAdd(batch.rows as never[]);
    }
  };
  try {
    for await (const chunk of chunks) {
      try {
        gunzip.push(chunk);
      } catch (e) {
        if (e instanceof BackupFileError) throw e;
        // gzip's own first bytes were there: a damaged file rather than some other file.
        throw new BackupFileError('damaged');
      }
      await drain();
    }
    try {
      gunzip.push(new Uint8Array(0), true);
    } catch (e) {
      if (e instanceof BackupFileError) throw e;
      // Cut short inside the compressed data.
      throw new BackupFileError(reader.header ? 'truncated' : 'notBackup');
    }
    await drain();
    const done = reader.finish(splitter.rest);
    if (pending && (pending as { rows: unknown[] }).rows.length > 0) full.push(pending);
    await flush();
    return { summary: done.summary, counts: done.counts };
  } finally {
    (db as FazhiDb | null)?.close();
  }
}

/** The one-object JSON of format 1: small enough to have been one string when it was written, so read as one. */
async function stageLegacy(chunks: AsyncIterable<Uint8Array>, target: StreamRestoreTarget, staging: string): Promise<StagedRestore> {
  const decoder = new TextDecoder();
  let text = '';
  for await (const chunk of chunks) text += decoder.decode(chunk, { stream: true });
  text += decoder.decode();
  const check = checkBackupForRestore(text, target);
  if (!check.ok) throw new BackupFileError('refused', check.error);
  const { tables: _tables, checksum: _checksum, ...summary } = check.backup;
  const db = new FazhiDb(staging, summary.schemaVersion);
  try {
    await db.open();
    await replaceAllTables(db, check.backup.tables);
  } finally {
    db.close();
  }
  return { summary, counts: summary.counts };
}

/**
 * Makes `live` hold exactly what `staging` holds, in one transaction that ends with the restore's own change-log
 * entry: a failure (a full disk, a row IndexedDB refuses) leaves every table as it was. The staging database is
 * deleted afterwards. Rows are copied in batches, so the restored database never sits in memory as a whole.
 */
export async function applyStaged(live: FazhiDb, staging: string, entry: ChangeLogEntry, options: { batchRows?: number } = {}): Promise<void> {
  const batch = options.batchRows ?? BATCH_ROWS;
  const source = new FazhiDb(staging);
  await source.open();
  try {
    const present = new Set(source.tables.map((t) => t.name));
    const replaced = backedUpTables(live.tables);
    await live.transaction('rw', replaced, async () => {
      for (const table of replaced) {
        await table.clear();
        if (!present.has(table.name)) continue;
        const from = source.table(table.name);
        const keyPath = from.schema.primKey.keyPath;
        if (typeof keyPath !== 'string' || keyPath === '') {
          const rows = await Dexie.waitFor(Dexie.ignoreTransaction(() => from.toArray()));
          if (rows.length > 0) await table.bulkPut(rows as never[]);
          continue;
        }
        let last: unknown = null;
        for (;;) {
          const rows = await Dexie.waitFor(
            Dexie.ignoreTransaction(() => (last === null ? from.orderBy(':id') : from.where(':id').above(last)).limit(batch).toArray()),
          );
          if (rows.length > 0) await table.bulkPut(rows as never[]);
          if (rows.length < batch) break;
          last = (rows[rows.length - 1] as Record<string, unknown>)[keyPath];
        }
      }
      await appendEntries([entry]);
    });
  } finally {
    source.close();
  }
  await Dexie.delete(staging);
}

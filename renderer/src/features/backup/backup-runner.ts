import Dexie from 'dexie';
import { BackupFileError, type StreamRestoreTarget } from '../../../../shared/backup/stream';
import type { ChangeLogEntry } from '../../../../shared/record';
import type { WorkerReply, WorkerRequest } from './backup-messages';
import { getDb, type FazhiDb } from '../../db/db';
import { applyStaged, stageRestore, writeBackup, type BackupMeta, type StagedRestore, type WrittenBackup } from './backup-stream';

/**
 * Runs the work of backup-stream.ts in a Web Worker (backup.worker.ts) where there is one, so that a backup or a
 * restore never holds the page's thread; where there is none (unit tests in Node) on this thread, on the app's database.
 */

/** An error from the worker, with what kind it was. */
export class WorkerError extends Error {
  constructor(
    message: string,
    readonly quota: boolean,
  ) {
    super(message);
  }
}

const hasWorker = () => typeof Worker !== 'undefined';

function inWorker(req: WorkerRequest, transfer: Transferable[] = []): Promise<WorkerReply> {
  const worker = new Worker(new URL('./backup.worker.ts', import.meta.url), { type: 'module' });
  return new Promise<WorkerReply>((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<WorkerReply>) => {
      worker.terminate();
      const reply = event.data;
      if (reply.ok) resolve(reply);
      else reject(reply.userMessage ? new BackupFileError('refused', reply.message) : new WorkerError(reply.message, reply.quota));
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(new WorkerError(event.message || '备份线程出错', false));
    };
    worker.postMessage(req, transfer);
  });
}

/** A backup of the app's database (or, `dynamic`, of the stored one as it is, before an upgrade). */
export async function runBackup(dbName: string, dynamic: boolean, meta: BackupMeta): Promise<WrittenBackup | null> {
  if (hasWorker()) {
    const reply = await inWorker({ op: 'backup', dbName, dynamic, meta });
    return (reply as { written: WrittenBackup | null }).written;
  }
  if (!dynamic && getDb().name === dbName) return writeBackup(getDb(), meta);
  const db = new Dexie(dbName);
  await db.open();
  try {
    return await writeBackup(db, meta);
  } finally {
    db.close();
  }
}

export async function runStage(source: ReadableStream<Uint8Array>, target: StreamRestoreTarget, staging: string): Promise<StagedRestore> {
  if (hasWorker()) {
    const reply = await inWorker({ op: 'stage', source, target, staging }, [source as unknown as Transferable]);
    return (reply as { staged: StagedRestore }).staged;
  }
  return stageRestore(source, target, staging);
}

export async function runApply(live: FazhiDb, staging: string, entry: ChangeLogEntry): Promise<void> {
  if (hasWorker()) {
    await inWorker({ op: 'apply', dbName: live.name, staging, entry });
    return;
  }
  try {
    await applyStaged(live, staging, entry);
  } catch (e) {
    const inner = (e as { inner?: { name?: string } })?.inner?.name;
    throw new WorkerError((e as Error)?.message ?? String(e), inner === 'QuotaExceededError');
  }
}

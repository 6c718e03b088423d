/// <reference lib="webworker" />
import Dexie from 'dexie';
import { BackupFileError } from '../../../../shared/backup/stream';
import { FazhiDb, setDb } from '../../db/db';
import { applyStaged, stageRestore, writeBackup } from './backup-stream';
import type { WorkerReply, WorkerRequest } from './backup-messages';

/**
 * The backup's own thread: reads, encodes, compresses and hashes a backup, and checks, stages and applies a restore,
 * so that the page's thread only passes bytes on (README: 数据备份与恢复). Opens the databases itself, by name.
 */

const scope = self as unknown as DedicatedWorkerGlobalScope;

async function handle(req: WorkerRequest): Promise<{ reply: WorkerReply; transfer: Transferable[] }> {
  switch (req.op) {
    case 'backup': {
      const db = req.dynamic ? new Dexie(req.dbName) : new FazhiDb(req.dbName);
      await db.open();
      try {
        const written = await writeBackup(db, req.meta);
        return { reply: { ok: true, op: 'backup', written }, transfer: written ? written.parts.map((p) => p.buffer as ArrayBuffer) : [] };
      } finally {
        db.close();
      }
    }
    case 'stage': {
      const staged = await stageRestore(req.source, req.target, req.staging);
      return { reply: { ok: true, op: 'stage', staged }, transfer: [] };
    }
    case 'apply': {
      const live = new FazhiDb(req.dbName);
      // The restore's own change-log entry is written through write.ts, which works on the database set here.
      setDb(live);
      await live.open();
      try {
        await applyStaged(live, req.staging, req.entry);
        return { reply: { ok: true, op: 'apply' }, transfer: [] };
      } finally {
        live.close();
      }
    }
  }
}

scope.onmessage = (event: MessageEvent<WorkerRequest>) => {
  handle(event.data).then(
    ({ reply, transfer }) => scope.postMessage(reply, transfer),
    (e: unknown) => {
      const inner = (e as { inner?: { name?: string } })?.inner?.name ?? (e as { name?: string })?.name;
      scope.postMessage({
        ok: false,
        message: (e as Error)?.message ?? String(e),
        userMessage: e instanceof BackupFileError,
        quota: inner === 'QuotaExceededError',
      } satisfies WorkerReply);
    },
  );
};

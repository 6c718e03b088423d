import type { StreamRestoreTarget } from '../../../../shared/backup/stream';
import type { ChangeLogEntry } from '../../../../shared/record';
import type { BackupMeta, StagedRestore, WrittenBackup } from './backup-stream';

/** The messages between the page (backup-runner.ts) and the backup's worker (backup.worker.ts). */

export type WorkerRequest =
  | { op: 'backup'; dbName: string; dynamic: boolean; meta: BackupMeta }
  | { op: 'stage'; source: ReadableStream<Uint8Array>; target: StreamRestoreTarget; staging: string }
  | { op: 'apply'; dbName: string; staging: string; entry: ChangeLogEntry };

export type WorkerReply =
  | { ok: true; op: 'backup'; written: WrittenBackup | null }
  | { ok: true; op: 'stage'; staged: StagedRestore }
  | { ok: true; op: 'apply' }
  | { ok: false; message: string; userMessage: boolean; quota: boolean };

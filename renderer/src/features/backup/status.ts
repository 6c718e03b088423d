import type { BackupReason } from '../../../../shared/backup/format';

/** The outcome of the latest backup attempt in this session, for the page and the notices. */
export interface BackupStatus {
  lastSuccess: { at: string; reason: BackupReason; name: string; path?: string } | null;
  /** Cleared by the next success. */
  lastFailure: { at: string; reason: BackupReason; message: string } | null;
}

type Listener = () => void;

class BackupStatusStore {
  private status: BackupStatus = { lastSuccess: null, lastFailure: null };
  private readonly listeners = new Set<Listener>();

  readonly subscribe = (listener: Listener): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly get = (): BackupStatus => this.status;

  succeeded(reason: BackupReason, at: string, name: string, path?: string): void {
    this.set({ lastSuccess: { at, reason, name, path }, lastFailure: null });
  }

  failed(reason: BackupReason, message: string): void {
    this.set({ ...this.status, lastFailure: { at: new Date().toISOString(), reason, message } });
  }

  private set(next: BackupStatus): void {
    this.status = next;
    for (const listener of this.listeners) listener();
  }
}

export const backupStatus = new BackupStatusStore();

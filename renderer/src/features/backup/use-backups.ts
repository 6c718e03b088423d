import { useCallback, useEffect, useState, useSyncExternalStore } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { AppInfo, BackupFolderInfo, BackupListing } from '../../../../shared/host-api';
import { getDb, LOCAL_ONLY_TABLES } from '../../db/db';
import { getHost } from '../../host/host';
import { backupStatus, type BackupStatus } from './status';
import { readStorageHealth, type StorageHealth } from './storage-health';

export function useAppKind(): AppInfo['kind'] | null {
  const [kind, setKind] = useState<AppInfo['kind'] | null>(null);
  useEffect(() => {
    let live = true;
    getHost()
      .getAppInfo()
      .then((info) => live && setKind(info.kind))
      .catch(() => live && setKind('browser'));
    return () => {
      live = false;
    };
  }, []);
  return kind;
}

export function useBackupStatus(): BackupStatus {
  return useSyncExternalStore(backupStatus.subscribe, backupStatus.get);
}

/** The backup folder's files (Electron); refreshed after every backup this session. */
export function useBackupListing(enabled: boolean): { listing: BackupListing | null; refresh: () => void } {
  const [listing, setListing] = useState<BackupListing | null>(null);
  const [tick, setTick] = useState(0);
  const status = useBackupStatus();
  const refresh = useCallback(() => setTick((n) => n + 1), []);
  useEffect(() => {
    if (!enabled) return;
    let live = true;
    getHost()
      .listBackups()
      .then((l) => live && setListing(l))
      .catch((e: unknown) => live && setListing({ folder: null, entries: [], error: `无法读取备份文件夹：${(e as Error)?.message ?? String(e)}` }));
    return () => {
      live = false;
    };
  }, [enabled, tick, status.lastSuccess]);
  return { listing, refresh };
}

export function useBackupFolder(enabled: boolean): { folder: BackupFolderInfo | null; setFolder: (f: BackupFolderInfo) => void } {
  const [folder, setFolder] = useState<BackupFolderInfo | null>(null);
  useEffect(() => {
    if (!enabled) return;
    let live = true;
    void getHost()
      .getBackupFolder()
      .then((f) => live && setFolder(f));
    return () => {
      live = false;
    };
  }, [enabled]);
  return { folder, setFolder };
}

export function useStorageHealth(): StorageHealth | null {
  const [health, setHealth] = useState<StorageHealth | null>(null);
  useEffect(() => {
    let live = true;
    void readStorageHealth().then((h) => live && setHealth(h));
    return () => {
      live = false;
    };
  }, []);
  return health;
}

/** Whether any ledger holds a record (the change log and settings do not count); undefined while loading. */
export function useLedgerHasData(): boolean | undefined {
  return useLiveQuery(async () => {
    const db = getDb();
    for (const table of db.tables) {
      if (table.name === 'changeLog' || table.name === 'settings' || LOCAL_ONLY_TABLES.has(table.name)) continue;
      // Not limit(1).count(): Dexie counts the whole table then (IndexedDB's count has no limit).
      if ((await table.limit(1).primaryKeys()).length > 0) return true;
    }
    return false;
  }, []);
}

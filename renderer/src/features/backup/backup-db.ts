import Dexie from 'dexie';
import type { BackupTables } from '../../../../shared/backup/format';
import { backedUpTables, FazhiDb } from '../../db/db';

/**
 * The database side of backups: read every table at once, and replace every table at once.
 * Works on any Dexie database (the app's, an old one opened without a schema, a staging copy).
 */

/** Every table's rows, read in one transaction so the backup is one consistent moment. */
export async function readAllTables(db: Dexie): Promise<BackupTables> {
  const tables = backedUpTables(db.tables).sort((a, b) => a.name.localeCompare(b.name));
  const out: BackupTables = {};
  await db.transaction('r', tables, async () => {
    for (const table of tables) out[table.name] = await table.toArray();
  });
  return out;
}

export function rowCount(tables: BackupTables): number {
  return Object.values(tables).reduce((sum, rows) => sum + rows.length, 0);
}

/** Table name → primary key path, null for keys kept outside the row. */
export function tableKeys(db: Dexie): Record<string, string | null> {
  return Object.fromEntries(
    backedUpTables(db.tables).map((table) => {
      const keyPath = table.schema.primKey.keyPath;
      return [table.name, typeof keyPath === 'string' && keyPath !== '' ? keyPath : null];
    }),
  );
}

/**
 * Makes the database hold exactly `tables`: every table is cleared and refilled in one
 * transaction, so a failure (a full disk, a bad row) leaves everything as it was. Tables
 * absent from `tables` end up empty. `then` runs last in the same transaction (the restore's own log entry).
 */
export async function replaceAllTables(db: Dexie, tables: BackupTables, then?: () => Promise<void>): Promise<void> {
  const tablesOf = backedUpTables(db.tables);
  await db.transaction('rw', tablesOf, async () => {
    for (const table of tablesOf) {
      await table.clear();
      const rows = tables[table.name];
      if (rows && rows.length > 0) await table.bulkPut(rows as never[]);
    }
    if (then) await then();
  });
}

/**
 * Brings the tables of an older backup up to the current schema the way an installed
 * database is brought up: a staging database is built at the backup's version, then opened
 * with every version declared so that Dexie runs the upgrades, then read back.
 */
export async function upgradeTables(tables: BackupTables, fromVersion: number, baseName: string): Promise<BackupTables> {
  const name = `${baseName}-restore-staging`;
  await Dexie.delete(name);
  try {
    const old = new FazhiDb(name, fromVersion);
    await old.open();
    await replaceAllTables(old, tables);
    old.close();
    const current = new FazhiDb(name);
    await current.open();
    try {
      return await readAllTables(current);
    } finally {
      current.close();
    }
  } finally {
    await Dexie.delete(name);
  }
}

/**
 * The schema version of the stored database (Dexie's version, i.e. the native one / 10),
 * or null when there is none. Reads without opening it through Dexie: Dexie 4 opens a newer
 * database anyway (it retries without a version after a VersionError) and may even patch its
 * schema, which is exactly what must not happen to data written by a newer release.
 */
export async function storedSchemaVersion(name: string): Promise<number | null> {
  const idb = Dexie.dependencies.indexedDB;
  if (typeof idb.databases === 'function') {
    const found = (await idb.databases()).find((info) => info.name === name);
    return found?.version ? Math.floor(found.version / 10) : null;
  }
  return new Promise<number | null>((resolve, reject) => {
    let absent = false;
    const req = idb.open(name);
    // Opening without a version creates a missing database; aborting the creation leaves none behind.
    req.onupgradeneeded = () => {
      absent = true;
      req.transaction?.abort();
    };
    req.onsuccess = () => {
      const version = req.result.version;
      req.result.close();
      resolve(Math.floor(version / 10));
    };
    req.onerror = (event) => {
      if (absent) {
        event.preventDefault();
        resolve(null);
      } else {
        reject(req.error ?? new Error('IndexedDB open failed'));
      }
    };
  });
}

/** Every table of the stored database as it is, without upgrading it (Dexie's dynamic mode). */
export async function readStoredTables(name: string): Promise<BackupTables> {
  const db = new Dexie(name);
  await db.open();
  try {
    return await readAllTables(db);
  } finally {
    db.close();
  }
}

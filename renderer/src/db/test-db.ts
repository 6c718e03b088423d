import Dexie from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { FazhiDb, setDb } from './db';

/**
 * Unit tests only: a brand-new in-memory database per test. Dexie reads its IndexedDB
 * dependencies when a database is constructed, so setting them here does not depend on import order.
 */
export function freshDb(): FazhiDb {
  Dexie.dependencies.indexedDB = new IDBFactory();
  Dexie.dependencies.IDBKeyRange = IDBKeyRange;
  const db = new FazhiDb(`test-${crypto.randomUUID()}`);
  setDb(db);
  return db;
}

/** Every table's full contents, to prove that a refused change wrote nothing at all. */
export async function snapshot(db: FazhiDb): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const table of db.tables) out[table.name] = await table.toArray();
  return out;
}

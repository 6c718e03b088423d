import Dexie from 'dexie';
import { afterEach, beforeEach, vi } from 'vitest';
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

/**
 * The usual set-up of a test file: a fresh database before each test (handed to `use`, with any further set-up),
 * and after it the mocks, stubbed globals and fake timers undone and the database closed.
 */
export function withFreshDb(use: (db: FazhiDb) => void): void {
  let current: FazhiDb | null = null;
  beforeEach(() => {
    current = freshDb();
    use(current);
  });
  afterEach(() => {
    vi.restoreAllMocks();
    vi.unstubAllGlobals();
    vi.useRealTimers();
    current?.close();
  });
}

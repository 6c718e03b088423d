import Dexie from 'dexie';
import { afterEach, beforeEach, expect, vi } from 'vitest';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { FazhiDb, setDb } from './db';
import { UserError } from './write';

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

/**
 * The action must fail with a UserError, its message exactly `message` (a string) or matching it (a RegExp), naming
 * `field` when one is given, and leave every table exactly as it was. Returns the error for further checks.
 */
export async function expectRefusedUnchanged(
  db: FazhiDb,
  action: () => Promise<unknown>,
  message?: string | RegExp,
  field?: string,
): Promise<UserError> {
  const before = await snapshot(db);
  const error = await action().then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(UserError);
  const userError = error as UserError;
  if (typeof message === 'string') expect(userError.message).toBe(message);
  else if (message) expect(userError.message).toMatch(message);
  if (field !== undefined) expect(userError.field).toBe(field);
  expect(await snapshot(db)).toEqual(before);
  return userError;
}

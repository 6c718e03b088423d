/** Plain IndexedDB, for seeding fast and for the floors the app's paths are compared with. */

export const LEDGER_STORES = [
  'reviewCases',
  'reviewLetters',
  'normativeDocuments',
  'legalityReviews',
  'filingReviews',
  'cleanupBatches',
  'agreementReviews',
  'litigationCases',
] as const;

/** Opens the database at its current version: it must already exist (created by the app's Dexie schema). */
export function openExisting(name: string): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(name);
    req.onupgradeneeded = () => {
      req.transaction?.abort();
      reject(new Error(`database ${name} does not exist yet: open the app once first`));
    };
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

function done(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error ?? new Error('transaction aborted'));
  });
}

/** Clears the store and puts every row, in one transaction. */
export async function replaceRows(db: IDBDatabase, store: string, rows: readonly unknown[]): Promise<void> {
  const tx = db.transaction(store, 'readwrite', { durability: 'relaxed' });
  const os = tx.objectStore(store);
  os.clear();
  for (const row of rows) os.put(row);
  await done(tx);
}

export async function putRow(db: IDBDatabase, store: string, row: unknown): Promise<void> {
  const tx = db.transaction(store, 'readwrite');
  tx.objectStore(store).put(row);
  await done(tx);
}

/** One getAll per store, all in one read transaction: the least any "read every record" path can cost. */
export function getAllStores(db: IDBDatabase, stores: readonly string[]): Promise<Record<string, unknown[]>> {
  return new Promise((resolve, reject) => {
    const tx = db.transaction([...stores], 'readonly');
    const out: Record<string, unknown[]> = {};
    for (const name of stores) {
      const req = tx.objectStore(name).getAll();
      req.onsuccess = () => (out[name] = req.result);
    }
    tx.oncomplete = () => resolve(out);
    tx.onerror = () => reject(tx.error);
  });
}

/** Puts the rows (without clearing) in one transaction. */
export async function appendRows(db: IDBDatabase, store: string, rows: readonly unknown[]): Promise<void> {
  const tx = db.transaction(store, 'readwrite', { durability: 'relaxed' });
  const os = tx.objectStore(store);
  for (const row of rows) os.put(row);
  await done(tx);
}

/** Every row of the store, read in key ranges of `batch` rows (a store too large for one getAll); returns the count. */
export async function readAllInBatches(db: IDBDatabase, store: string, batch = 5_000): Promise<number> {
  let count = 0;
  let after: IDBValidKey | null = null;
  for (;;) {
    const range: IDBKeyRange | null = after === null ? null : IDBKeyRange.lowerBound(after, true);
    const keys: IDBValidKey[] = await new Promise((resolve, reject) => {
      const tx = db.transaction(store, 'readonly');
      const os = tx.objectStore(store);
      const rows = os.getAll(range, batch);
      const ks = os.getAllKeys(range, batch);
      tx.oncomplete = () => {
        count += rows.result.length;
        resolve(ks.result);
      };
      tx.onerror = () => reject(tx.error);
    });
    if (keys.length < batch) return count;
    after = keys[keys.length - 1]!;
  }
}

/** The records of one year the way loadYearRecords finds them (yearSpan keys 0 and Y), with plain getAll. */
export function getYearRecords(db: IDBDatabase, stores: readonly string[], year: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const tx = db.transaction([...stores], 'readonly');
    let n = 0;
    for (const name of stores) {
      const index = tx.objectStore(name).index('yearSpan');
      for (const key of [0, year]) {
        const req = index.getAll(key);
        req.onsuccess = () => (n += req.result.length);
      }
    }
    tx.oncomplete = () => resolve(n);
    tx.onerror = () => reject(tx.error);
  });
}

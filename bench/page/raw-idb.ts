/** Plain IndexedDB, for seeding fast and for the floors the app's paths are compared with. */

export const LEDGER_STORES = [
  'reviewCases',
  'reviewLetters',
  'normativeDocuments',
  'legalityReviews',
  'filingReviews',
  'cleanupBatches',
  'agreementReviews',
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

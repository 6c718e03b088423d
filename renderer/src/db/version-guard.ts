import type Dexie from 'dexie';

/**
 * A tab whose database another tab upgraded (a newer version of the app opened it) must stop writing at once: its
 * schema and rules are older than the data's. On IndexedDB's `versionchange` the connection is closed for good (no
 * silent reopen), every later write fails with DatabaseClosedError (errorText words it), and `isDatabaseClosed`
 * turns true, for the shell to show a blocking message asking for a reload.
 */
let closed = false;
const listeners = new Set<() => void>();

export function guardAgainstUpgrade(db: Dexie): void {
  db.on('versionchange', () => {
    db.close({ disableAutoOpen: true });
    closed = true;
    for (const l of listeners) l();
    return false;
  });
}

export function isDatabaseClosed(): boolean {
  return closed;
}

export function onDatabaseClosed(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

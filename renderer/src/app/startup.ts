import { SCHEMA_VERSION, getDb } from '../db/db';
import { guardAgainstUpgrade } from '../db/version-guard';
import { storedSchemaVersion } from '../features/backup/backup-db';
import { backupBeforeUpgrade, startAutomaticBackups, watchDatabase } from '../features/backup/backup-service';

export const NEWER_DATABASE_MESSAGE =
  '本机数据库由更新版本的法治台账创建，当前版本无法打开。为保护数据，程序没有做任何改动，请安装最新版本后再使用。';

/**
 * Opens the database and asks the browser to keep it (navigator.storage.persist). Returns a
 * Chinese problem description or null. A database newer than this app is refused before Dexie
 * touches it; an older one is backed up before Dexie upgrades it.
 */
export async function startDatabase(): Promise<string | null> {
  const db = getDb();
  let stored: number | null;
  try {
    stored = await storedSchemaVersion(db.name);
  } catch (e) {
    return `数据库无法打开：${(e as Error).message}`;
  }
  if (stored !== null && stored > SCHEMA_VERSION) return NEWER_DATABASE_MESSAGE;
  if (stored !== null && stored < SCHEMA_VERSION) {
    const problem = await backupBeforeUpgrade(db.name, stored);
    if (problem) return problem;
  }
  try {
    await db.open();
  } catch (e) {
    const name = (e as { name?: string }).name;
    if (name === 'VersionError') return NEWER_DATABASE_MESSAGE;
    return `数据库无法打开：${(e as Error).message}`;
  }
  // From now on, a newer version upgrading the database in another tab stops this one writing (not only at start-up).
  guardAgainstUpgrade(db);
  try {
    await navigator.storage?.persist?.();
  } catch {
    // Persistence is best effort: the browser may refuse, the data is still stored.
  }
  try {
    await watchDatabase();
  } catch (e) {
    console.warn('[startup] could not count the records', e);
  }
  startAutomaticBackups().catch((e: unknown) => console.warn('[startup] automatic backups did not start', e));
  return null;
}

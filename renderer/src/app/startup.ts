import { getDb } from '../db/db';

/** Opens the database and asks the browser to keep it (navigator.storage.persist). Returns a Chinese problem description or null. */
export async function startDatabase(): Promise<string | null> {
  try {
    await getDb().open();
  } catch (e) {
    const name = (e as { name?: string }).name;
    if (name === 'VersionError') {
      return '本机数据库由更新版本的法治台账创建，当前版本无法打开。为保护数据，程序没有做任何改动，请安装最新版本后再使用。';
    }
    return `数据库无法打开：${(e as Error).message}`;
  }
  try {
    await navigator.storage?.persist?.();
  } catch {
    // Persistence is best effort: the browser may refuse, the data is still stored.
  }
  return null;
}

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { errorText } from '../ui/errors';
import { FazhiDb } from './db';
import { freshDb } from './test-db';
import { guardAgainstUpgrade, isDatabaseClosed, onDatabaseClosed } from './version-guard';
import { saveLetter } from '../features/review/letter-repo';

let db: FazhiDb;
beforeEach(() => {
  db = freshDb();
});
afterEach(() => db.close());

describe('a tab whose database a newer version upgrades', () => {
  it('stops writing at once, says why, and tells the shell', async () => {
    await db.open();
    guardAgainstUpgrade(db);
    let told = false;
    onDatabaseClosed(() => {
      told = true;
    });
    // Another tab runs a newer version: it opens the same database one version up.
    const newer = new FazhiDb(db.name);
    newer.version(db.verno + 1).stores({ extra: 'id' });
    await newer.open();
    expect(told).toBe(true);
    expect(isDatabaseClosed()).toBe(true);
    const error = await saveLetter(
      { kind: 'opinion', docNo: '丹复意〔2024〕1号', caseId: null, issueDate: '2024-06-21', recipient: '丹阳市公安局', answerDate: null, note: '' },
      null,
      '王五',
      '2024-06-30',
    ).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).not.toBeNull();
    expect(errorText(error)).toMatch(/已被另一个窗口中更新版本的法治台账升级.*重新加载/);
    expect(await newer.reviewLetters.count()).toBe(0);
    newer.close();
  });
});

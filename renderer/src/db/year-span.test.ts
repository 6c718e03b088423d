import Dexie from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { caseFromSpec } from '../../../shared/review/case-fixture.test-util';
import { FazhiDb } from './db';
import { currentStores } from './migrations';

const concluded = caseFromSpec('a', { received: '2017-11-20', accepted: '2017-11-25', concluded: '2019-02-01' });
const open = caseFromSpec('b', { received: '2018-03-01', accepted: '2018-03-05' });
const notAccepted = caseFromSpec('c', { received: '2020-05-01', notAccepted: ['reject', '2020-05-06'] });
const deleted = caseFromSpec('d', { received: '2019-05-01', deleted: true });

const span = async (db: FazhiDb, id: string) => ((await db.reviewCases.get(id)) as unknown as Record<string, unknown>).yearSpan;

describe('the yearSpan index (schema version 6)', () => {
  it('is derived for the stored records when a version-4 database is upgraded', async () => {
    Dexie.dependencies.indexedDB = new IDBFactory();
    Dexie.dependencies.IDBKeyRange = IDBKeyRange;
    const old = new Dexie('v4');
    old.version(4).stores(currentStores(4));
    await old.open();
    await old.table('reviewCases').bulkPut([concluded, open, notAccepted, deleted]);
    old.close();

    const db = new FazhiDb('v4');
    await db.open();
    expect(await span(db, 'a')).toEqual([2017, 2018, 2019]);
    // Open: read by every year.
    expect(await span(db, 'b')).toEqual([0]);
    expect(await span(db, 'c')).toEqual([2020]);
    // In the 回收站: keeps its keys (deleting changes only `deleted`); the year's read leaves it out.
    expect(await span(db, 'd')).toEqual([2019]);
    const of2018 = await db.reviewCases.where('yearSpan').anyOf([0, 2018]).primaryKeys();
    expect(of2018.sort()).toEqual(['a', 'b']);
    db.close();
  });

  it('follows every put: concluding an open case closes its span', async () => {
    Dexie.dependencies.indexedDB = new IDBFactory();
    Dexie.dependencies.IDBKeyRange = IDBKeyRange;
    const db = new FazhiDb('fresh');
    await db.reviewCases.put(open);
    expect(await span(db, 'b')).toEqual([0]);
    await db.reviewCases.put({ ...open, concludedDate: '2020-01-10' });
    expect(await span(db, 'b')).toEqual([2018, 2019, 2020]);
    db.close();
  });
});

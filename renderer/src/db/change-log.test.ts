import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { ReviewLetter } from '../../../shared/review/types';
import type { FazhiDb } from './db';
import { snapshot, withFreshDb } from './test-db';
import { STALE_WRITE_MESSAGE, stamp, UserError, writeChanges } from './write';

let db: FazhiDb;
withFreshDb((fresh) => {
  db = fresh;
});

function aLetter(docNo: string): ReviewLetter {
  return stamp<ReviewLetter>({
    kind: 'opinion',
    docNo,
    caseId: null,
    issueDate: '2024-03-01',
    recipient: '丹阳市市场监督管理局',
    answerDate: null,
    note: '',
  });
}

describe('writeChanges, the one change-log writer', () => {
  it('writes records of several tables and a settings row, one entry each, in order, with the import id', async () => {
    const a = aLetter('丹复意〔2024〕1号');
    const b = aLetter('丹复意〔2024〕2号');
    await writeChanges(
      [
        { table: 'reviewLetters', id: a.id, record: a, before: null, action: 'create', summary: '导入：意见书 1' },
        { table: 'reviewLetters', id: b.id, record: b, before: null, action: 'create', summary: '导入：意见书 2' },
        { table: 'settings', key: 'app', value: { operatorName: '李四' }, summary: '修改设置' },
      ],
      { actor: '李四', importId: 'imp-1' },
    );
    expect((await db.reviewLetters.toArray()).map((l) => l.docNo).sort()).toEqual(['丹复意〔2024〕1号', '丹复意〔2024〕2号']);
    expect(await db.settings.get('app')).toEqual({ key: 'app', value: { operatorName: '李四' } });
    const log = await db.changeLog.orderBy('seq').toArray();
    expect(log.map((e) => [e.table, e.recordId, e.action, e.actor, e.importId])).toEqual([
      ['reviewLetters', a.id, 'create', '李四', 'imp-1'],
      ['reviewLetters', b.id, 'create', '李四', 'imp-1'],
      ['settings', 'app', 'settings', '李四', 'imp-1'],
    ]);
    expect(log[2]).toMatchObject({ before: null, after: { operatorName: '李四' } });
  });

  it('leaves importId and undoes out of entries that have none (the stored shape stays what it was)', async () => {
    const a = aLetter('丹复意〔2024〕3号');
    await writeChanges([{ table: 'reviewLetters', id: a.id, record: a, before: null, action: 'create', summary: '登记意见书' }], { actor: '王五' });
    const [entry] = await db.changeLog.toArray();
    expect(Object.keys(entry).sort()).toEqual(['action', 'actor', 'after', 'at', 'before', 'recordId', 'seq', 'summary', 'table']);
    expect(entry.at).toBe(a.updatedAt);
  });

  it('deletes a record for good when the change carries no record, and logs what it was', async () => {
    const a = aLetter('丹复意〔2024〕4号');
    await db.reviewLetters.put(a);
    await writeChanges([{ table: 'reviewLetters', id: a.id, record: null, before: a, action: 'delete', summary: '永久删除' }], { actor: '王五' });
    expect(await db.reviewLetters.get(a.id)).toBeUndefined();
    expect(await db.changeLog.toArray()).toMatchObject([{ recordId: a.id, action: 'delete', before: a, after: null }]);
  });

  it('refuses, writing nothing, when a record changed or vanished since it was read', async () => {
    const a = aLetter('丹复意〔2024〕5号');
    const gone = aLetter('丹复意〔2024〕6号');
    await db.reviewLetters.put(a);
    const newer = { ...a, note: '另一个窗口', updatedAt: new Date(Date.parse(a.updatedAt) + 1000).toISOString() };
    await db.reviewLetters.put(newer);
    const before = await snapshot(db);
    const edit = { ...a, note: '本窗口', updatedAt: new Date().toISOString() };
    await expect(
      writeChanges([{ table: 'reviewLetters', id: a.id, record: edit, before: a, action: 'update', summary: '修改' }], { actor: '王五' }),
    ).rejects.toThrow(new UserError(STALE_WRITE_MESSAGE));
    await expect(
      writeChanges([{ table: 'reviewLetters', id: gone.id, record: gone, before: gone, action: 'update', summary: '修改' }], {
        actor: '王五',
        staleMessage: '已不存在',
      }),
    ).rejects.toThrow('已不存在');
    expect(await snapshot(db)).toEqual(before);
  });

  it('runs the check inside the transaction before any write, and writes nothing when it throws', async () => {
    const a = aLetter('丹复意〔2024〕7号');
    const order: string[] = [];
    const put = vi.spyOn(db.reviewLetters, 'put');
    put.mockImplementation(() => {
      order.push('put');
      return Promise.resolve(a.id) as ReturnType<typeof put>;
    });
    await expect(
      writeChanges([{ table: 'reviewLetters', id: a.id, record: a, before: null, action: 'create', summary: '登记' }], {
        actor: '王五',
        check: async () => {
          order.push('check');
          throw new UserError('文号已被使用');
        },
      }),
    ).rejects.toThrow('文号已被使用');
    expect(order).toEqual(['check']);
    expect(await db.changeLog.count()).toBe(0);
  });

  it('writes the extra entries last and the extra writes in the same transaction (all or nothing)', async () => {
    const a = aLetter('丹复意〔2024〕8号');
    const extra = {
      at: a.updatedAt,
      actor: '王五',
      table: 'import',
      recordId: 'imp-2',
      action: 'create' as const,
      summary: '导入',
      before: null,
      after: { fileName: 'a.xlsx' },
    };
    vi.spyOn(db.changeLog, 'add').mockRejectedValue(new Error('磁盘已满'));
    vi.spyOn(db.changeLog, 'bulkAdd').mockRejectedValue(new Error('磁盘已满'));
    await expect(
      writeChanges([{ table: 'reviewLetters', id: a.id, record: a, before: null, action: 'create', summary: '导入' }], {
        actor: '王五',
        extraEntries: [extra],
        alsoWrite: () => db.settings.put({ key: 'importMappings', value: {} }).then(() => undefined),
      }),
    ).rejects.toThrow('磁盘已满');
    vi.restoreAllMocks();
    expect(await db.reviewLetters.count()).toBe(0);
    expect(await db.settings.count()).toBe(0);
    await writeChanges([{ table: 'reviewLetters', id: a.id, record: a, before: null, action: 'create', summary: '导入' }], {
      actor: '王五',
      extraEntries: [extra],
    });
    expect((await db.changeLog.orderBy('seq').toArray()).map((e) => e.table)).toEqual(['reviewLetters', 'import']);
  });
});

/** Every production source file of the renderer. */
function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$|test-fixtures|test-util|test-db/.test(name) ? [path] : [];
  });
}

describe('the change log has one writer', () => {
  it('no module but db/write.ts adds to, puts into or deletes from the change log', () => {
    const root = join(import.meta.dirname, '..');
    const offenders = sources(root).filter((path) => {
      if (relative(root, path) === join('db', 'write.ts')) return false;
      return /changeLog\s*\.\s*(add|bulkAdd|put|bulkPut|update|delete|bulkDelete|clear|modify)\s*\(/.test(readFileSync(path, 'utf8'));
    });
    expect(offenders.map((p) => relative(root, p))).toEqual([]);
  });

  it('the check would see an offender', () => {
    expect(/changeLog\s*\.\s*(add|bulkAdd|put)\s*\(/.test('await db.changeLog.add(entry);')).toBe(true);
  });
});

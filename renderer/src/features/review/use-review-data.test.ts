import { describe, expect, it } from 'vitest';
import type { ReviewCase } from '../../../../shared/review/types';
import { freshDb } from '../../db/test-db';
import { newestFirst, readCaseByIdOrNo, readNewestCases } from './use-review-data';

/** Just what the list's order and the receivedDate index read. */
function c(id: string, receivedDate: string, caseSeq: number | null, deleted: 0 | 1 = 0): ReviewCase {
  return { id, receivedDate, caseSeq, deleted, caseNo: `丹政复〔${receivedDate.slice(0, 4)}〕${caseSeq}号` } as ReviewCase;
}

describe('readNewestCases (the first screen of the case list)', () => {
  it('is the head of the whole list in its order, whatever the ids, ties and deleted cases', async () => {
    const db = freshDb();
    const cases = [
      c('z1', '2026-11-27', 40),
      c('a2', '2026-11-27', 42),
      c('m3', '2026-11-27', 41),
      c('b4', '2026-11-28', 43, 1),
      c('y5', '2026-11-28', 44),
      c('c6', '2026-11-20', 39),
      c('x7', '2026-11-27', 45, 1),
      c('d8', '2026-11-26', 46),
    ];
    await db.reviewCases.bulkPut(cases);
    const all = cases
      .filter((x) => x.deleted === 0)
      .sort(newestFirst)
      .map((x) => x.id);
    expect(all).toEqual(['y5', 'a2', 'm3', 'z1', 'd8', 'c6']);
    for (let n = 1; n <= 7; n++)
      expect(
        (await readNewestCases(n, db)).map((x) => x.id),
        `count ${n}`,
      ).toEqual(all.slice(0, n));
  });

  it('reads further back when the newest cases are in the 回收站', async () => {
    const db = freshDb();
    const deleted = Array.from({ length: 30 }, (_, i) => c(`del${i}`, '2026-11-28', 100 + i, 1));
    await db.reviewCases.bulkPut([...deleted, c('old1', '2026-01-05', 1), c('old2', '2026-01-06', 2)]);
    expect((await readNewestCases(2, db)).map((x) => x.id)).toEqual(['old2', 'old1']);
  });
});

describe('readCaseByIdOrNo (a case opened by id or by 案号)', () => {
  it('finds a case by its id, or by its 案号 in any bracket style, the live one before one in the 回收站', async () => {
    const db = freshDb();
    const gone = { ...c('old', '2026-01-05', 1, 1), caseNoKey: '丹政复〔2026〕1号' };
    const live = { ...c('new', '2026-01-06', 1), caseNoKey: '丹政复〔2026〕1号' };
    await db.reviewCases.bulkPut([gone, live]);
    expect((await readCaseByIdOrNo('old', db))?.id).toBe('old');
    expect((await readCaseByIdOrNo('丹政复〔2026〕1号', db))?.id).toBe('new');
    expect((await readCaseByIdOrNo('丹政复[2026]１号', db))?.id).toBe('new');
    expect(await readCaseByIdOrNo('丹政复〔2026〕2号', db)).toBeNull();
  });
});

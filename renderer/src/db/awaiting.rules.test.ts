import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AWAITING_FIELD, markAwaiting } from './awaiting';
import type { FazhiDb } from './db';
import { freshDb } from './test-db';

// The index-only `awaiting` flag: 1 while a live record waits for the answer its deadline runs for, absent otherwise.

function marked(table: string, record: Record<string, unknown>): Record<string, unknown> {
  const copy = { ...record };
  markAwaiting(table, copy);
  return copy;
}

describe('markAwaiting', () => {
  it('意见书: flags a live unanswered opinion letter; not an answered one, a deleted one, nor a 建议书', () => {
    expect(marked('reviewLetters', { kind: 'opinion', answerDate: null, deleted: 0 })[AWAITING_FIELD]).toBe(1);
    expect(marked('reviewLetters', { kind: 'opinion', answerDate: '', deleted: 0 })[AWAITING_FIELD]).toBe(1);
    expect(marked('reviewLetters', { kind: 'opinion', answerDate: '2024-05-01', deleted: 0 })).not.toHaveProperty(AWAITING_FIELD);
    expect(marked('reviewLetters', { kind: 'opinion', answerDate: null, deleted: 1 })).not.toHaveProperty(AWAITING_FIELD);
    expect(marked('reviewLetters', { kind: 'suggestion', answerDate: null, deleted: 0 })).not.toHaveProperty(AWAITING_FIELD);
  });

  it('合法性审核 until completed, 行政协议 until the opinion is given, live records only', () => {
    expect(marked('legalityReviews', { completedDate: null, deleted: 0 })[AWAITING_FIELD]).toBe(1);
    expect(marked('legalityReviews', { completedDate: '2024-04-14', deleted: 0 })).not.toHaveProperty(AWAITING_FIELD);
    expect(marked('legalityReviews', { completedDate: null, deleted: 1 })).not.toHaveProperty(AWAITING_FIELD);
    expect(marked('agreementReviews', { opinionDate: null, deleted: 0 })[AWAITING_FIELD]).toBe(1);
    expect(marked('agreementReviews', { opinionDate: '2024-03-10', deleted: 0 })).not.toHaveProperty(AWAITING_FIELD);
    expect(marked('agreementReviews', { opinionDate: null, deleted: 1 })).not.toHaveProperty(AWAITING_FIELD);
  });

  it('removes a stale flag once the answer is in, and leaves other tables alone (even a stray flag)', () => {
    const answered = { kind: 'opinion', answerDate: '2024-05-01', deleted: 0, [AWAITING_FIELD]: 1 };
    markAwaiting('reviewLetters', answered);
    expect(answered).not.toHaveProperty(AWAITING_FIELD);
    const other = { completedDate: null, deleted: 0, [AWAITING_FIELD]: 1 };
    markAwaiting('reviewCases', other);
    expect(other[AWAITING_FIELD]).toBe(1);
    expect(marked('filingReviews', { deleted: 0 })).not.toHaveProperty(AWAITING_FIELD);
  });
});

describe('the awaiting index in the database', () => {
  let db: FazhiDb;
  beforeEach(() => {
    db = freshDb();
  });
  afterEach(() => {
    db.close();
  });

  it('follows every add, put and bulkPut, whatever writes them', async () => {
    const base = { createdAt: '', updatedAt: '', docNo: '', caseId: null, issueDate: '2024-03-01', recipient: '', note: '' };
    await db.reviewLetters.add({ ...base, id: 'a', kind: 'opinion', answerDate: null, deleted: 0 } as never);
    await db.reviewLetters.bulkPut([
      { ...base, id: 'b', kind: 'opinion', answerDate: '2024-04-01', deleted: 0 },
      { ...base, id: 'c', kind: 'suggestion', answerDate: null, deleted: 0 },
      { ...base, id: 'd', kind: 'opinion', answerDate: null, deleted: 0 },
    ] as never);
    const ids = async () => (await db.reviewLetters.where(AWAITING_FIELD).equals(1).primaryKeys()).sort();
    expect(await ids()).toEqual(['a', 'd']);

    await db.reviewLetters.put({ ...base, id: 'd', kind: 'opinion', answerDate: '2024-04-02', deleted: 0 } as never);
    await db.reviewLetters.put({ ...base, id: 'b', kind: 'opinion', answerDate: null, deleted: 0 } as never);
    expect(await ids()).toEqual(['a', 'b']);
    expect(await db.reviewLetters.get('d')).not.toHaveProperty(AWAITING_FIELD);
  });
});

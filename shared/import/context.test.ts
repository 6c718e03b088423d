import { describe, expect, it } from 'vitest';
import { sameContent } from './context';

const stored = {
  id: 'a1',
  createdAt: '2024-01-02T00:00:00.000Z',
  updatedAt: '2024-01-02T00:00:00.000Z',
  deleted: 0 as const,
  name: '待审协议',
  receivedDate: '2024-06-03',
  opinionDate: null,
  awaiting: 1,
};

describe('sameContent (re-import: 未变 or 更新)', () => {
  it('ignores what the app keeps itself: ids, time stamps, the soft-delete flag and the awaiting index flag', () => {
    const imported = {
      id: 'new',
      createdAt: 'x',
      updatedAt: 'y',
      deleted: 0 as const,
      name: '待审协议',
      receivedDate: '2024-06-03',
      opinionDate: null,
    };
    expect(sameContent(stored, imported)).toBe(true);
  });

  it('still sees a changed ledger field', () => {
    const imported = { ...stored, awaiting: undefined, opinionDate: '2024-06-10' };
    expect(sameContent(stored, imported)).toBe(false);
  });
});

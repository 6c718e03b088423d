import { describe, expect, it } from 'vitest';
import { formatChinaTime } from '../../../../shared/dates';
import { describeCounts, ledgerRecordCount } from './describe';

describe('backup descriptions', () => {
  it('shows times in China time', () => {
    expect(formatChinaTime('2026-11-29T10:30:05.000Z')).toBe('2026-11-29 18:30:05');
    expect(formatChinaTime('2026-11-29T20:00:00.000Z')).toBe('2026-11-30 04:00:00');
  });

  it('counts ledger records only', () => {
    const counts = { reviewCases: 12, reviewLetters: 0, normativeDocuments: 3, changeLog: 40, settings: 1 };
    expect(ledgerRecordCount(counts)).toBe(15);
    expect(describeCounts(counts)).toBe('行政复议案件 12 条，规范性文件 3 条');
    expect(describeCounts({ changeLog: 2, settings: 1 })).toBe('无台账记录');
  });
});

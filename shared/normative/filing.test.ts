import { describe, expect, it } from 'vitest';
import { filingDeadline, filingDue, isFiledOnTime } from './filing';

describe('filingDue / isFiledOnTime', () => {
  it('is 公布日期 + 30 calendar days, without weekend rollover', () => {
    expect(filingDue('2019-03-01', 30)).toBe('2019-03-31'); // a Sunday: not moved
    expect(filingDue('2019-12-15', 30)).toBe('2020-01-14');
  });

  it('exactly 30 days after is on time; 31 days is late', () => {
    expect(isFiledOnTime({ publishDate: '2019-03-01', filedDate: '2019-03-31' }, 30)).toBe(true);
    expect(isFiledOnTime({ publishDate: '2019-03-01', filedDate: '2019-04-01' }, 30)).toBe(false);
    expect(isFiledOnTime({ publishDate: '2019-03-01', filedDate: '2019-03-01' }, 30)).toBe(true);
  });

  it('follows the configured period', () => {
    expect(isFiledOnTime({ publishDate: '2019-03-01', filedDate: '2019-03-16' }, 15)).toBe(true);
    expect(isFiledOnTime({ publishDate: '2019-03-01', filedDate: '2019-03-17' }, 15)).toBe(false);
    expect(() => filingDue('2019-03-01', -1)).toThrow('报备期限必须是不小于0的整数');
  });
});

describe('filingDeadline', () => {
  it('is met or missed by the 报备日期', () => {
    const met = filingDeadline({ publishDate: '2019-03-01', filedDate: '2019-03-31' }, '2019-04-10', 30);
    expect(met).toEqual({
      kind: 'filing',
      label: '报备期限',
      due: '2019-03-31',
      daysLeft: -10,
      state: 'met',
      basis: '自公布之日（2019年3月1日）起30日内报送备案',
    });
    expect(filingDeadline({ publishDate: '2019-03-01', filedDate: '2019-04-01' }, '2019-04-10', 30).state).toBe('missed');
  });
});

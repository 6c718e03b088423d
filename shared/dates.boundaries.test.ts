import { describe, expect, it } from 'vitest';
import {
  addDays,
  daysInMonth,
  diffDays,
  formatChineseDate,
  fromDayNumber,
  isDateStr,
  isInYear,
  maxDate,
  monthOf,
  toDayNumber,
  todayInChina,
  yearEnd,
  yearOf,
  yearStart,
} from './dates';

describe('isDateStr', () => {
  it('takes real calendar dates, including 29 February of a leap year and the last day of each month', () => {
    for (const d of ['2019-01-01', '2019-12-31', '2024-02-29', '2000-02-29', '2019-04-30', '2019-01-31']) expect(isDateStr(d)).toBe(true);
  });

  it('refuses impossible days and months on both sides', () => {
    for (const d of ['2019-00-10', '2019-13-01', '2019-01-00', '2019-01-32', '2019-04-31', '2019-02-29', '1900-02-29', '2023-02-29']) {
      expect(isDateStr(d)).toBe(false);
    }
  });

  it('refuses other shapes and non-strings', () => {
    for (const v of [
      '2019-1-05',
      '2019/01/05',
      ' 2019-01-05',
      '2019-01-05 ',
      '2019-01-05T00:00',
      '20190105',
      '',
      null,
      undefined,
      20190105,
      new Date(),
    ]) {
      expect(isDateStr(v)).toBe(false);
    }
  });
});

describe('day arithmetic', () => {
  it('knows the length of each month, February by the leap-year rule', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((m) => daysInMonth(2023, m))).toEqual([31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]);
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(1900, 2)).toBe(28);
    expect(daysInMonth(2000, 2)).toBe(29);
  });

  it('counts day numbers from 1970-01-01 and back', () => {
    expect(toDayNumber('1970-01-01')).toBe(0);
    expect(toDayNumber('1970-01-02')).toBe(1);
    expect(toDayNumber('1969-12-31')).toBe(-1);
    expect(toDayNumber('2024-01-01')).toBe(19723);
    expect(fromDayNumber(19723)).toBe('2024-01-01');
    expect(fromDayNumber(-1)).toBe('1969-12-31');
    expect(() => toDayNumber('2024-1-1')).toThrow('Not a date: 2024-1-1');
  });

  it('adds days across a month end, a leap day and a year end, forwards and backwards', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2024-02-28', 2)).toBe('2024-03-01');
    expect(addDays('2023-02-28', 1)).toBe('2023-03-01');
    expect(addDays('2019-12-31', 1)).toBe('2020-01-01');
    expect(addDays('2020-01-01', -1)).toBe('2019-12-31');
    expect(addDays('2019-03-05', 0)).toBe('2019-03-05');
    expect(addDays('2019-03-05', 60)).toBe('2019-05-04');
  });

  it('diffDays is later minus earlier', () => {
    expect(diffDays('2019-12-31', '2020-01-01')).toBe(1);
    expect(diffDays('2020-01-01', '2019-12-31')).toBe(-1);
    expect(diffDays('2024-01-01', '2024-12-31')).toBe(365);
    expect(diffDays('2019-03-05', '2019-03-05')).toBe(0);
  });
});

describe('years and months on the string', () => {
  it('reads the year and month of a date', () => {
    expect(yearOf('2019-12-31')).toBe(2019);
    expect(monthOf('2019-12-31')).toBe(12);
    expect(monthOf('2020-01-01')).toBe(1);
  });

  it('isInYear: 2019-12-31 is in 2019, 2020-01-01 is not; no date is in no year', () => {
    expect(isInYear('2019-12-31', 2019)).toBe(true);
    expect(isInYear('2019-01-01', 2019)).toBe(true);
    expect(isInYear('2020-01-01', 2019)).toBe(false);
    expect(isInYear('2018-12-31', 2019)).toBe(false);
    expect(isInYear(null, 2019)).toBe(false);
    expect(isInYear(undefined, 2019)).toBe(false);
    expect(isInYear('', 2019)).toBe(false);
  });

  it('names the first and last day of a year', () => {
    expect(yearStart(2019)).toBe('2019-01-01');
    expect(yearEnd(2019)).toBe('2019-12-31');
  });

  it('formats a date the Chinese way without leading zeros', () => {
    expect(formatChineseDate('2019-03-05')).toBe('2019年3月5日');
    expect(formatChineseDate('2019-12-31')).toBe('2019年12月31日');
  });

  it('maxDate takes the later date, either way round', () => {
    expect(maxDate('2019-12-31', '2020-01-01')).toBe('2020-01-01');
    expect(maxDate('2020-01-01', '2019-12-31')).toBe('2020-01-01');
    expect(maxDate('2020-01-01', '2020-01-01')).toBe('2020-01-01');
  });
});

describe('todayInChina', () => {
  it('is the China date: 16:00 UTC is already the next day, 15:59 UTC still the same day', () => {
    expect(todayInChina(new Date('2019-12-31T15:59:59.999Z'))).toBe('2019-12-31');
    expect(todayInChina(new Date('2019-12-31T16:00:00.000Z'))).toBe('2020-01-01');
    expect(todayInChina(new Date('2020-01-01T00:00:00.000Z'))).toBe('2020-01-01');
  });
});

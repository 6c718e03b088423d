import { describe, expect, it } from 'vitest';
import { SEED_HOLIDAYS } from './holidays';
import { checkHolidayEntries, makeWorkCalendar, uncoveredYears } from './working-days';

const cal = makeWorkCalendar(SEED_HOLIDAYS);
const bare = makeWorkCalendar([]);

describe('isWorkingDay', () => {
  it('follows the ordinary week without entries', () => {
    expect(bare.isWorkingDay('2024-10-01')).toBe(true); // Tuesday
    expect(bare.isWorkingDay('2024-10-05')).toBe(false); // Saturday
    expect(bare.isWorkingDay('2024-10-06')).toBe(false); // Sunday
  });

  it('skips public holidays and counts make-up weekend days', () => {
    expect(cal.isWorkingDay('2024-10-01')).toBe(false);
    expect(cal.isWorkingDay('2024-10-07')).toBe(false); // Monday inside 国庆节
    expect(cal.isWorkingDay('2024-10-08')).toBe(true);
    expect(cal.isWorkingDay('2024-02-04')).toBe(true); // Sunday, 春节调休上班
    expect(cal.isWorkingDay('2024-10-12')).toBe(true); // Saturday, 国庆节调休上班
    expect(cal.isWorkingDay('2024-10-13')).toBe(false); // ordinary Sunday
    expect(cal.isWorkingDay('2024-02-09')).toBe(true); // 除夕 2024 was not a day off
    expect(cal.isWorkingDay('2025-01-28')).toBe(false); // 除夕 2025 is
  });

  it('lets the last of two entries for one date win', () => {
    const edited = makeWorkCalendar([
      { date: '2024-10-01', kind: 'holiday', name: '国庆节' },
      { date: '2024-10-01', kind: 'workday', name: '改为上班' },
    ]);
    expect(edited.isWorkingDay('2024-10-01')).toBe(true);
    expect(edited.entryFor('2024-10-01')?.name).toBe('改为上班');
  });
});

describe('addWorkingDays', () => {
  it('does not count the start day', () => {
    expect(cal.addWorkingDays('2024-03-04', 1)).toBe('2024-03-05'); // Mon → Tue
    expect(cal.addWorkingDays('2024-03-04', 0)).toBe('2024-03-04');
  });

  it('skips weekends', () => {
    expect(cal.addWorkingDays('2024-03-07', 5)).toBe('2024-03-14'); // Thu → Fri 8, Mon 11 … Thu 14
  });

  it('crosses 2024-01-01 (元旦 Monday off)', () => {
    expect(cal.addWorkingDays('2023-12-28', 5)).toBe('2024-01-05');
    expect(bare.addWorkingDays('2023-12-28', 5)).toBe('2024-01-04');
  });

  it('crosses the 2024 Spring Festival and counts the working Sunday 18 Feb', () => {
    // Thu 8 Feb → Fri 9 (1), 10–17 off, Sun 18 (2), 19 (3), 20 (4), 21 (5)
    expect(cal.addWorkingDays('2024-02-08', 5)).toBe('2024-02-21');
  });

  it('counts the working Sunday 2024-02-04', () => {
    // Fri 2 Feb → Sun 4 (1), 5, 6, 7, Thu 8 (5); without the make-up day it would be Fri 9
    expect(cal.addWorkingDays('2024-02-02', 5)).toBe('2024-02-08');
    expect(bare.addWorkingDays('2024-02-02', 5)).toBe('2024-02-09');
  });

  it('crosses National Day 2024 and counts the working Saturday 12 Oct', () => {
    // Mon 30 Sep → 1–7 Oct off, 8 (1), 9, 10, 11, Sat 12 (5)
    expect(cal.addWorkingDays('2024-09-30', 5)).toBe('2024-10-12');
  });

  it('rejects negative or fractional lengths', () => {
    expect(() => cal.addWorkingDays('2024-03-04', -1)).toThrow();
    expect(() => cal.addWorkingDays('2024-03-04', 1.5)).toThrow();
  });
});

describe('pauses', () => {
  it('skips the pause start day and the restart day, counting again the day after', () => {
    // Mon 4 Mar; Tue 5 (1); paused Wed 6 – Mon 11; Tue 12 (2), 13 (3), 14 (4), Fri 15 (5)
    expect(cal.addWorkingDays('2024-03-04', 5, [{ from: '2024-03-06', to: '2024-03-11' }])).toBe('2024-03-15');
  });

  it('treats a one-day pause as one day not counted', () => {
    expect(cal.addCalendarDays('2024-03-04', 3)).toBe('2024-03-07');
    expect(cal.addCalendarDays('2024-03-04', 3, [{ from: '2024-03-05', to: '2024-03-05' }])).toBe('2024-03-08');
    // 5 and 6 paused: the first counted day is the 7th
    expect(cal.addCalendarDays('2024-03-04', 1, [{ from: '2024-03-05', to: '2024-03-06' }])).toBe('2024-03-07');
  });

  it('returns null while an open pause stops the clock', () => {
    expect(cal.addCalendarDays('2024-03-01', 60, [{ from: '2024-03-11', to: null }])).toBeNull();
    expect(cal.addWorkingDays('2024-03-04', 5, [{ from: '2024-03-06', to: null }])).toBeNull();
  });

  it('ignores an open pause that starts after the period has ended', () => {
    expect(cal.addCalendarDays('2024-03-01', 60, [{ from: '2024-06-01', to: null }])).toBe('2024-04-30');
  });

  it('ignores a pause whose end is before its start', () => {
    expect(cal.addCalendarDays('2024-03-04', 3, [{ from: '2024-03-06', to: '2024-03-05' }])).toBe('2024-03-07');
  });
});

describe('addCalendarDays', () => {
  it('counts 60 days across a leap February and rolls a Sunday forward to Monday', () => {
    expect(cal.addCalendarDays('2024-01-03', 60, [], { rollover: false })).toBe('2024-03-03'); // Sunday
    expect(cal.addCalendarDays('2024-01-03', 60)).toBe('2024-03-04');
  });

  it('rolls a last day inside the Spring Festival forward onto the working Sunday after it', () => {
    // 2023-12-12 + 60 = Sat 2024-02-10 (春节); 11–17 off; Sun 18 Feb is a 调休 working day
    expect(cal.addCalendarDays('2023-12-12', 60, [], { rollover: false })).toBe('2024-02-10');
    expect(cal.addCalendarDays('2023-12-12', 60)).toBe('2024-02-18');
    expect(bare.addCalendarDays('2023-12-12', 60)).toBe('2024-02-12');
  });

  it('rolls a last day inside National Day forward to 8 October', () => {
    expect(cal.addCalendarDays('2024-09-02', 30)).toBe('2024-10-08');
    expect(cal.addCalendarDays('2019-09-27', 5)).toBe('2019-10-08');
  });

  it('does not move a last day that is a working day', () => {
    expect(cal.addCalendarDays('2023-12-29', 60)).toBe('2024-02-27');
  });
});

describe('countWorkingDaysBetween', () => {
  it('counts working days after a up to and including b', () => {
    expect(cal.countWorkingDaysBetween('2024-09-30', '2024-10-12')).toBe(5);
    expect(cal.countWorkingDaysBetween('2024-03-04', '2024-03-08')).toBe(4);
    expect(cal.countWorkingDaysBetween('2024-10-12', '2024-09-30')).toBe(0);
  });
});

describe('coverage', () => {
  it('knows which years have their holidays entered', () => {
    expect(cal.isCovered(2019)).toBe(true);
    expect(cal.isCovered(2026)).toBe(true);
    expect(cal.isCovered(2027)).toBe(false);
    // Only 2018-12-30/31 (from the 2019 notice) are in 2018: not enough to call 2018 covered.
    expect(cal.isCovered(2018)).toBe(false);
    expect(cal.coveredYears()).toEqual([2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026]);
    expect(bare.isCovered(2024)).toBe(false);
    expect(uncoveredYears(cal, '2026-11-20', '2027-01-20')).toEqual([2027]);
  });
});

describe('checkHolidayEntries', () => {
  it('reports duplicates, bad dates and workdays on weekdays', () => {
    const problems = checkHolidayEntries([
      { date: '2024-10-01', kind: 'holiday', name: '国庆节' },
      { date: '2024-10-01', kind: 'holiday', name: '国庆节' },
      { date: '2024-02-30', kind: 'holiday', name: '错' },
      { date: '2024-10-08', kind: 'workday', name: '国庆节调休上班' },
      { date: '2024-10-12', kind: 'workday', name: '' },
    ]);
    expect(problems).toEqual([
      '2024-10-01 重复录入',
      '日期格式不正确：2024-02-30',
      '2024-10-08 是工作日（周一至周五），无需标为调休上班',
      '2024-10-12 缺少名称',
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { weekday, yearOf } from '../dates';
import { HOLIDAY_YEARS_COVERED, SEED_HOLIDAYS } from './holidays';
import { checkHolidayEntries } from './working-days';

const byDate = new Map(SEED_HOLIDAYS.map((e) => [e.date, e]));
const kindOf = (date: string) => byDate.get(date)?.kind;
const holidaysNamed = (year: number, name: string) =>
  SEED_HOLIDAYS.filter((e) => e.kind === 'holiday' && yearOf(e.date) === year && e.name.includes(name)).map((e) => e.date);
const workdaysIn = (year: number) => SEED_HOLIDAYS.filter((e) => e.kind === 'workday' && yearOf(e.date) === year).map((e) => e.date);

describe('SEED_HOLIDAYS sanity', () => {
  it('covers 2019–2026', () => {
    expect(HOLIDAY_YEARS_COVERED).toEqual([2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026]);
  });

  it('is sorted by date with no date entered twice', () => {
    const dates = SEED_HOLIDAYS.map((e) => e.date);
    expect(new Set(dates).size).toBe(dates.length);
    expect([...dates].sort()).toEqual(dates);
  });

  it('puts make-up working days only on Saturdays and Sundays', () => {
    const bad = SEED_HOLIDAYS.filter((e) => e.kind === 'workday' && weekday(e.date) !== 0 && weekday(e.date) !== 6);
    expect(bad).toEqual([]);
  });

  it('never marks one date both holiday and workday', () => {
    const holidays = new Set(SEED_HOLIDAYS.filter((e) => e.kind === 'holiday').map((e) => e.date));
    expect(SEED_HOLIDAYS.filter((e) => e.kind === 'workday' && holidays.has(e.date))).toEqual([]);
  });

  it('passes the settings-page checks', () => {
    expect(checkHolidayEntries(SEED_HOLIDAYS)).toEqual([]);
  });

  it('has 春节 and 国庆节 in every covered year', () => {
    for (const year of HOLIDAY_YEARS_COVERED) {
      expect(holidaysNamed(year, '春节').length, `${year} 春节`).toBeGreaterThanOrEqual(7);
      expect(holidaysNamed(year, '国庆节').length, `${year} 国庆节`).toBeGreaterThanOrEqual(7);
    }
  });

  it('gives every make-up day a name ending in 调休上班', () => {
    expect(SEED_HOLIDAYS.filter((e) => e.kind === 'workday' && !e.name.endsWith('调休上班'))).toEqual([]);
  });
});

describe('SEED_HOLIDAYS spot checks against the State Council notices', () => {
  it('2019: 国庆节 1–7 Oct, 29 Sep and 12 Oct worked; 劳动节 as adjusted (1–4 May)', () => {
    expect(holidaysNamed(2019, '国庆节')).toEqual(['2019-10-01', '2019-10-02', '2019-10-03', '2019-10-04', '2019-10-05', '2019-10-06', '2019-10-07']);
    expect(kindOf('2019-09-29')).toBe('workday');
    expect(kindOf('2019-10-12')).toBe('workday');
    expect(holidaysNamed(2019, '劳动节')).toEqual(['2019-05-01', '2019-05-02', '2019-05-03', '2019-05-04']);
    expect(kindOf('2019-04-28')).toBe('workday');
    expect(kindOf('2019-05-05')).toBe('workday');
    expect(workdaysIn(2019)).toEqual(['2019-02-02', '2019-02-03', '2019-04-28', '2019-05-05', '2019-09-29', '2019-10-12']);
  });

  it('2019 元旦 starts in 2018: 2018-12-29 worked, 2018-12-30..2019-01-01 off', () => {
    expect(kindOf('2018-12-29')).toBe('workday');
    expect(kindOf('2018-12-31')).toBe('holiday');
    expect(kindOf('2019-01-01')).toBe('holiday');
    expect(kindOf('2019-01-02')).toBeUndefined();
  });

  it('2020: 春节 extended to 2 Feb, so 31 Jan is off and Saturday 1 Feb is no longer a workday', () => {
    expect(holidaysNamed(2020, '春节')).toHaveLength(10);
    expect(kindOf('2020-01-31')).toBe('holiday');
    expect(kindOf('2020-02-01')).toBe('holiday');
    expect(kindOf('2020-02-03')).toBeUndefined();
    expect(kindOf('2020-01-19')).toBe('workday');
    expect(holidaysNamed(2020, '国庆节')).toHaveLength(8);
  });

  it('2023: 清明节 is one day; 中秋节、国庆节 29 Sep – 6 Oct with 7 and 8 Oct worked', () => {
    expect(holidaysNamed(2023, '清明节')).toEqual(['2023-04-05']);
    expect(holidaysNamed(2023, '国庆节')).toHaveLength(8);
    expect(kindOf('2023-09-29')).toBe('holiday');
    expect(kindOf('2023-10-07')).toBe('workday');
    expect(kindOf('2023-10-08')).toBe('workday');
  });

  it('2024: 春节 10–17 Feb (除夕 9 Feb is a working day), Sundays 4 and 18 Feb worked; Saturday 12 Oct worked', () => {
    expect(holidaysNamed(2024, '春节')).toHaveLength(8);
    expect(kindOf('2024-02-09')).toBeUndefined();
    expect(kindOf('2024-02-10')).toBe('holiday');
    expect(kindOf('2024-02-17')).toBe('holiday');
    expect(kindOf('2024-02-04')).toBe('workday');
    expect(weekday('2024-02-04')).toBe(0);
    expect(kindOf('2024-02-18')).toBe('workday');
    expect(kindOf('2024-10-12')).toBe('workday');
    expect(weekday('2024-10-12')).toBe(6);
    expect(workdaysIn(2024)).toEqual([
      '2024-02-04',
      '2024-02-18',
      '2024-04-07',
      '2024-04-28',
      '2024-05-11',
      '2024-09-14',
      '2024-09-29',
      '2024-10-12',
    ]);
  });

  it('2025: 春节 28 Jan – 4 Feb (from 除夕, 8 days) with 26 Jan and 8 Feb worked; one 劳动节 make-up day', () => {
    expect(holidaysNamed(2025, '春节')).toEqual([
      '2025-01-28',
      '2025-01-29',
      '2025-01-30',
      '2025-01-31',
      '2025-02-01',
      '2025-02-02',
      '2025-02-03',
      '2025-02-04',
    ]);
    expect(kindOf('2025-01-26')).toBe('workday');
    expect(kindOf('2025-02-08')).toBe('workday');
    expect(holidaysNamed(2025, '劳动节')).toHaveLength(5);
    expect(workdaysIn(2025)).toEqual(['2025-01-26', '2025-02-08', '2025-04-27', '2025-09-28', '2025-10-11']);
    expect(holidaysNamed(2025, '国庆节')).toHaveLength(8);
  });

  it('2026: 元旦 1–3 Jan with 4 Jan worked; 春节 15–23 Feb (9 days) with 14 and 28 Feb worked', () => {
    expect(holidaysNamed(2026, '元旦')).toEqual(['2026-01-01', '2026-01-02', '2026-01-03']);
    expect(kindOf('2026-01-04')).toBe('workday');
    expect(holidaysNamed(2026, '春节')).toHaveLength(9);
    expect(holidaysNamed(2026, '春节')[0]).toBe('2026-02-15');
    expect(holidaysNamed(2026, '春节')[8]).toBe('2026-02-23');
    expect(kindOf('2026-02-14')).toBe('workday');
    expect(kindOf('2026-02-28')).toBe('workday');
    expect(workdaysIn(2026)).toEqual(['2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10']);
  });

  it('has the expected number of make-up days per year', () => {
    const counts = HOLIDAY_YEARS_COVERED.map((y) => workdaysIn(y).length);
    // 2019 also has 2018-12-29, counted under 2018.
    expect(counts).toEqual([6, 6, 7, 7, 7, 8, 5, 6]);
  });
});

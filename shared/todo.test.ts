import { describe, expect, it } from 'vitest';
import { deadlineFrom } from './deadline';
import { holidayYearsNeeded, isTodo, missingHolidayYear, TODO_WINDOW_DAYS } from './todo';

const TODAY = '2025-03-10';
const open = (due: string) => deadlineFrom('k', '期限', due, null, TODAY, '');

describe('isTodo', () => {
  it('takes what is due within 7 days, today included, and not the 8th day', () => {
    expect(TODO_WINDOW_DAYS).toBe(7);
    expect(isTodo(open('2025-03-10'))).toBe(true);
    expect(isTodo(open('2025-03-17'))).toBe(true);
    expect(isTodo(open('2025-03-18'))).toBe(false);
  });

  it('takes everything overdue, however long ago', () => {
    expect(isTodo(open('2025-03-09'))).toBe(true);
    expect(isTodo(open('2024-01-02'))).toBe(true);
  });

  it('leaves out deadlines met, missed or paused', () => {
    expect(isTodo(deadlineFrom('k', '期限', '2025-03-12', '2025-03-05', TODAY, ''))).toBe(false);
    expect(isTodo(deadlineFrom('k', '期限', '2025-03-01', '2025-03-05', TODAY, ''))).toBe(false);
    expect(isTodo(deadlineFrom('k', '期限', null, null, TODAY, ''))).toBe(false);
  });
});

describe('holidayYearsNeeded', () => {
  it('is the current year until 31 October, and also the next one from 1 November', () => {
    expect(holidayYearsNeeded('2025-01-01')).toEqual([2025]);
    expect(holidayYearsNeeded('2025-10-31')).toEqual([2025]);
    expect(holidayYearsNeeded('2025-11-01')).toEqual([2025, 2026]);
    expect(holidayYearsNeeded('2025-12-31')).toEqual([2025, 2026]);
  });
});

describe('missingHolidayYear', () => {
  const upTo2025 = (y: number) => y <= 2025;
  it('warns about next year only from 1 November', () => {
    expect(missingHolidayYear('2025-10-31', upTo2025)).toBeNull();
    expect(missingHolidayYear('2025-11-01', upTo2025)).toBe(2026);
  });

  it('names the current year first when it is missing', () => {
    expect(missingHolidayYear('2027-11-15', upTo2025)).toBe(2027);
    expect(missingHolidayYear('2025-11-15', () => true)).toBeNull();
  });
});

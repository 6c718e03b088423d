import { describe, expect, it } from 'vitest';
import { chinaDayStartIso, chinaTime, toDayNumber, weekday, weekdayOfDayNumber } from './dates';

describe('weekdayOfDayNumber', () => {
  it('agrees with the calendar on both sides of 1970-01-01', () => {
    expect(weekdayOfDayNumber(toDayNumber('1970-01-01'))).toBe(4);
    expect(weekdayOfDayNumber(toDayNumber('1969-12-28'))).toBe(0);
    expect(weekdayOfDayNumber(toDayNumber('2024-01-01'))).toBe(1);
    expect(weekdayOfDayNumber(toDayNumber('2026-11-29'))).toBe(0);
    expect(weekday('2026-11-28')).toBe(6);
  });
});

describe('China time', () => {
  it('converts between China calendar days and the log\'s UTC times', () => {
    expect(chinaDayStartIso('2024-07-01')).toBe('2024-06-30T16:00:00.000Z');
    expect(chinaTime('2024-06-30T16:00:00.000Z')).toBe('2024-07-01 00:00:00');
  });
});

import { describe, expect, it } from 'vitest';
import { toDayNumber, weekday, weekdayOfDayNumber } from './dates';

describe('weekdayOfDayNumber', () => {
  it('agrees with the calendar on both sides of 1970-01-01', () => {
    expect(weekdayOfDayNumber(toDayNumber('1970-01-01'))).toBe(4);
    expect(weekdayOfDayNumber(toDayNumber('1969-12-28'))).toBe(0);
    expect(weekdayOfDayNumber(toDayNumber('2024-01-01'))).toBe(1);
    expect(weekdayOfDayNumber(toDayNumber('2026-11-29'))).toBe(0);
    expect(weekday('2026-11-28')).toBe(6);
  });
});

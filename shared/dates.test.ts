import { describe, expect, it } from 'vitest';
import { chinaDateOf, chinaDayStartIso, formatChinaTime, toDayNumber, weekday, weekdayOfDayNumber } from './dates';

describe('weekdayOfDayNumber', () => {
  it('agrees with the calendar on both sides of 1970-01-01', () => {
    expect(weekdayOfDayNumber(toDayNumber('1970-01-01'))).toBe(4);
    expect(weekdayOfDayNumber(toDayNumber('1969-12-28'))).toBe(0);
    expect(weekdayOfDayNumber(toDayNumber('2024-01-01'))).toBe(1);
    expect(weekdayOfDayNumber(toDayNumber('2026-11-29'))).toBe(0);
    expect(weekday('2026-11-28')).toBe(6);
  });
});

describe('formatChinaTime', () => {
  it('shows a UTC timestamp in China time, across midnight and the new year', () => {
    expect(formatChinaTime('2019-12-31T16:30:00Z')).toBe('2020-01-01 00:30:00');
    expect(formatChinaTime('2019-12-31T16:30:00Z', 'minute')).toBe('2020-01-01 00:30');
    expect(formatChinaTime('2019-12-31T15:59:59.999Z')).toBe('2019-12-31 23:59:59');
    expect(formatChinaTime('2019-12-31T16:00:00.000Z')).toBe('2020-01-01 00:00:00');
  });

  it('reads timestamps with an offset, as the change log, the bin and backups store them', () => {
    expect(formatChinaTime('2020-01-01T00:30:00+08:00')).toBe('2020-01-01 00:30:00');
    expect(formatChinaTime('2024-06-30T16:00:00.000Z')).toBe('2024-07-01 00:00:00');
    expect(formatChinaTime('2026-11-29T10:30:05.000Z')).toBe('2026-11-29 18:30:05');
    expect(formatChinaTime('2026-11-29T20:00:00.000Z')).toBe('2026-11-30 04:00:00');
  });

  it('gives back text that is not a timestamp', () => {
    expect(formatChinaTime('未知')).toBe('未知');
  });
});

describe('chinaDayStartIso', () => {
  it("gives the UTC instant a China calendar day begins (the log's time range)", () => {
    expect(chinaDayStartIso('2024-07-01')).toBe('2024-06-30T16:00:00.000Z');
    expect(formatChinaTime(chinaDayStartIso('2020-01-01'))).toBe('2020-01-01 00:00:00');
  });
});

describe('chinaDateOf', () => {
  it('is the China calendar day of a timestamp, whatever the machine zone', () => {
    expect(chinaDateOf('2026-03-04T19:18:00.000Z')).toBe('2026-03-05');
    expect(chinaDateOf('2026-03-05T15:59:59.000Z')).toBe('2026-03-05');
    expect(chinaDateOf('2026-03-05T16:00:00.000Z')).toBe('2026-03-06');
  });
});

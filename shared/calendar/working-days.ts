import { fromDayNumber, isDateStr, toDayNumber, weekday, weekdayOfDayNumber, yearOf, type DateStr } from '../dates';
import type { HolidayEntry } from './types';

/**
 * Working-day calendar and period arithmetic (期间计算).
 *
 * Conventions (all functions below follow them):
 * - The start day of a period is never counted (民事诉讼法: 期间开始的日，不计算在期间内). "n days from D" ends on
 *   the nth counted day after D; e.g. 5 calendar days from Monday 2024-03-04 end on Saturday 2024-03-09.
 * - A working day is Monday–Friday unless the calendar marks it 'holiday', or Saturday/Sunday when the calendar
 *   marks it 'workday' (调休上班).
 * - Pauses: a pause {from, to} stops the clock. `from` (the day the clock stops: 补正通知 / 中止 date) is the
 *   first day that is not counted; `to` (the day the clock restarts: 补正材料收到 / 恢复审理 date) is not counted
 *   either, counting resumes on the day after `to`. In other words every day of [from, to] is skipped, and the
 *   restart day is treated like a period's start day. Overlapping pauses simply overlap; a pause with
 *   `to` < `from` skips nothing.
 * - An open pause (to: null) that the count reaches means the end of the period is unknown: the result is null.
 *   An open pause that starts after the period has already ended does not matter.
 * - Calendar-day periods roll forward: when their last day is not a working day (weekend or holiday), the period
 *   ends on the next working day (民事诉讼法: 期间届满的最后一日是法定休假日的，以法定休假日后的第一日为期间的
 *   最后一日). Paused days are skipped by the rollover as well. Working-day periods always end on a working day.
 * - Days beyond the years entered in the calendar are counted with weekends only: see `isCovered`.
 */

export interface Pause {
  /** The day the clock stops (not counted). */
  from: DateStr;
  /** The day the clock restarts (not counted; counting resumes the next day); null = still stopped. */
  to: DateStr | null;
}

export interface CalendarDaysOptions {
  /** Roll a last day that is not a working day forward to the next working day. Default true. */
  rollover?: boolean;
}

export interface WorkCalendar {
  readonly entries: readonly HolidayEntry[];
  /** The entry for that date, if any (the last one wins when a date is entered twice). */
  entryFor(date: DateStr): HolidayEntry | undefined;
  isWorkingDay(date: DateStr): boolean;
  /** `date` itself when it is a working day, else the next working day. */
  nextWorkingDayOnOrAfter(date: DateStr): DateStr;
  /** The nth working day after `start` (start not counted), skipping paused days; null when an open pause stops the count. n = 0 → start. */
  addWorkingDays(start: DateStr, n: number, pauses?: readonly Pause[]): DateStr | null;
  /** The nth calendar day after `start` (start not counted), skipping paused days, then rolled forward to a working day unless `rollover: false`; null when an open pause stops the count. */
  addCalendarDays(start: DateStr, n: number, pauses?: readonly Pause[], options?: CalendarDaysOptions): DateStr | null;
  /** Working days d with a < d ≤ b (0 when b ≤ a). */
  countWorkingDaysBetween(a: DateStr, b: DateStr): number;
  /** Whether the holidays of that year have been entered (at least COVERAGE_MIN_HOLIDAYS 'holiday' entries dated in it). */
  isCovered(year: number): boolean;
  /** The years for which isCovered is true, ascending. */
  coveredYears(): number[];
}

/**
 * A year counts as covered when it holds at least this many 'holiday' entries. Every State Council notice gives
 * well over 10 days off (春节 and 国庆节 alone have 5 weekdays off each), while the 元旦 days that a notice puts in
 * late December of the year before (e.g. 2018-12-30, 2018-12-31) are at most 3 and must not make that earlier
 * year look covered.
 */
export const COVERAGE_MIN_HOLIDAYS = 5;

/** Safety limit of days scanned by one computation (no legal period comes near it). */
const MAX_SCAN_DAYS = 20 * 366;

type DayState = 'counted' | 'paused' | 'stopped';

interface PauseDays {
  from: number;
  to: number | null;
}

function pauseChecker(pauses: readonly Pause[]): (day: number) => DayState {
  const spans: PauseDays[] = pauses
    .filter((p) => isDateStr(p.from) && (p.to === null || isDateStr(p.to)))
    .map((p) => ({ from: toDayNumber(p.from), to: p.to === null ? null : toDayNumber(p.to) }));
  return (day) => {
    let paused = false;
    for (const s of spans) {
      if (day < s.from) continue;
      if (s.to === null) return 'stopped';
      if (day <= s.to) paused = true;
    }
    return paused ? 'paused' : 'counted';
  };
}

function assertCount(n: number): void {
  if (!Number.isInteger(n) || n < 0) throw new Error(`Period length must be a whole number ≥ 0: ${n}`);
}

export function makeWorkCalendar(entries: readonly HolidayEntry[]): WorkCalendar {
  const byDate = new Map<DateStr, HolidayEntry>();
  const holidaysPerYear = new Map<number, number>();
  for (const e of entries) {
    if (!isDateStr(e.date)) continue;
    byDate.set(e.date, e);
  }
  for (const e of byDate.values()) {
    if (e.kind === 'holiday') holidaysPerYear.set(yearOf(e.date), (holidaysPerYear.get(yearOf(e.date)) ?? 0) + 1);
  }

  // By day number: deadlines scan day by day, and turning each day back into a date string cost most of the time.
  const byDay = new Map<number, HolidayEntry>();
  for (const [date, e] of byDate) byDay.set(toDayNumber(date), e);
  const isWorkingDayNumber = (day: number): boolean => {
    const entry = byDay.get(day);
    if (entry) return entry.kind === 'workday';
    const wd = weekdayOfDayNumber(day);
    return wd !== 0 && wd !== 6;
  };

  /** Scan forward from `start` (exclusive) until `count` qualifying days have passed. */
  const scan = (start: DateStr, n: number, pauses: readonly Pause[], qualifies: (day: number) => boolean): number | null => {
    const state = pauseChecker(pauses);
    let day = toDayNumber(start);
    let counted = 0;
    for (let i = 0; counted < n; i++) {
      if (i > MAX_SCAN_DAYS) throw new Error('Period too long to compute');
      day += 1;
      const s = state(day);
      if (s === 'stopped') return null;
      if (s === 'counted' && qualifies(day)) counted += 1;
    }
    return day;
  };

  const calendar: WorkCalendar = {
    entries,
    entryFor: (date) => byDate.get(date),
    isWorkingDay: (date) => isWorkingDayNumber(toDayNumber(date)),
    nextWorkingDayOnOrAfter(date) {
      let day = toDayNumber(date);
      for (let i = 0; !isWorkingDayNumber(day); i++) {
        if (i > MAX_SCAN_DAYS) throw new Error('No working day found');
        day += 1;
      }
      return fromDayNumber(day);
    },
    addWorkingDays(start, n, pauses = []) {
      assertCount(n);
      const day = scan(start, n, pauses, isWorkingDayNumber);
      return day === null ? null : fromDayNumber(day);
    },
    addCalendarDays(start, n, pauses = [], options = {}) {
      assertCount(n);
      let day = scan(start, n, pauses, () => true);
      if (day === null) return null;
      if (n > 0 && (options.rollover ?? true)) {
        const state = pauseChecker(pauses);
        for (let i = 0; !isWorkingDayNumber(day) || state(day) !== 'counted'; i++) {
          if (i > MAX_SCAN_DAYS) throw new Error('No working day found');
          if (state(day) === 'stopped') return null;
          day += 1;
        }
      }
      return fromDayNumber(day);
    },
    countWorkingDaysBetween(a, b) {
      let count = 0;
      for (let day = toDayNumber(a) + 1, end = toDayNumber(b); day <= end; day++) {
        if (isWorkingDayNumber(day)) count += 1;
      }
      return count;
    },
    isCovered: (year) => (holidaysPerYear.get(year) ?? 0) >= COVERAGE_MIN_HOLIDAYS,
    coveredYears: () =>
      [...holidaysPerYear.entries()]
        .filter(([, count]) => count >= COVERAGE_MIN_HOLIDAYS)
        .map(([year]) => year)
        .sort((x, y) => x - y),
  };
  return calendar;
}

/** Years from `from`'s year to `to`'s year that the calendar does not cover (for a warning next to a deadline). */
export function uncoveredYears(cal: WorkCalendar, from: DateStr, to: DateStr): number[] {
  const years: number[] = [];
  for (let y = yearOf(from); y <= yearOf(to); y++) if (!cal.isCovered(y)) years.push(y);
  return years;
}

/**
 * Problems in a list of holiday entries, in Chinese, for the settings page: invalid dates, a date entered twice,
 * a 'workday' on Monday–Friday (it would change nothing), a missing name. A 'holiday' on a weekend is fine.
 */
export function checkHolidayEntries(entries: readonly HolidayEntry[]): string[] {
  const problems: string[] = [];
  const seen = new Set<DateStr>();
  for (const e of entries) {
    if (!isDateStr(e.date)) {
      problems.push(`日期格式不正确：${String(e.date)}`);
      continue;
    }
    if (seen.has(e.date)) problems.push(`${e.date} 重复录入`);
    seen.add(e.date);
    if (e.kind !== 'holiday' && e.kind !== 'workday') problems.push(`${e.date} 类型不正确`);
    const wd = weekday(e.date);
    if (e.kind === 'workday' && wd !== 0 && wd !== 6) problems.push(`${e.date} 是工作日（周一至周五），无需标为调休上班`);
    if (!e.name?.trim()) problems.push(`${e.date} 缺少名称`);
  }
  return problems;
}

import { isDueWithin, isOverdue, type Deadline } from './deadline';
import { monthOf, yearOf, type DateStr } from './dates';

/** 待办 lists what is overdue or due within this many days (today is day 0). */
export const TODO_WINDOW_DAYS = 7;

/** Whether a deadline belongs on 待办: still open and overdue, or due within TODO_WINDOW_DAYS. */
export function isTodo(d: Deadline): boolean {
  return isOverdue(d) || isDueWithin(d, TODO_WINDOW_DAYS);
}

/**
 * The years whose holiday calendar must be entered by today: the current year, and from 1 November the next one
 * too (the State Council publishes next year's holidays around then, and working-day periods soon run into it).
 */
export function holidayYearsNeeded(today: DateStr): number[] {
  const year = yearOf(today);
  return monthOf(today) >= 11 ? [year, year + 1] : [year];
}

/** The first needed year (see holidayYearsNeeded) that the holiday calendar lacks, or null. */
export function missingHolidayYear(today: DateStr, isCovered: (year: number) => boolean): number | null {
  return holidayYearsNeeded(today).find((y) => !isCovered(y)) ?? null;
}

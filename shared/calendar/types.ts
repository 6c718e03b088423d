import type { DateStr } from '../dates';

/** One date that differs from the ordinary week: a public holiday on a weekday, or a make-up working day (调休) on a weekend. */
export interface HolidayEntry {
  date: DateStr;
  kind: 'holiday' | 'workday';
  /** e.g. '春节', '国庆节调休上班' */
  name: string;
}

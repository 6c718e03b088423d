import { isDateStr, weekday } from '../dates';
import type { HolidayEntry } from './types';

/** Checks a new holiday-calendar entry against the calendar; returns a Chinese message or null. */
export function checkHolidayEntry(entry: HolidayEntry, existing: readonly HolidayEntry[]): string | null {
  if (!entry.date || !isDateStr(entry.date)) return '日期不是有效日期';
  if (!entry.name.trim()) return '名称不能为空（如：春节、国庆节调休上班）';
  if (existing.some((e) => e.date === entry.date)) return `${entry.date}已在节假日安排中，请先删除原有记录`;
  const wd = weekday(entry.date);
  if (entry.kind === 'workday' && wd !== 0 && wd !== 6) return `${entry.date}是工作日（周一至周五），无需登记为调休上班日`;
  return null;
}

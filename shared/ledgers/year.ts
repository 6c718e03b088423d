import type { DateStr } from '../dates';

/** Started on or before `date` and not finished on or before it (open at 31 December: carried over). */
export function openAt(start: DateStr | null, end: DateStr | null, date: DateStr): boolean {
  return !!start && start <= date && !(end && end <= date);
}

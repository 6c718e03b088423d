import { useMemo } from 'react';
import { makeWorkCalendar, type WorkCalendar } from '../../../shared/calendar/working-days';
import { useSettings } from './settings-context';

/** The working-day calendar of the holidays in 设置, for every ledger's deadlines. */
export function useWorkCalendar(): WorkCalendar {
  const { holidays } = useSettings();
  return useMemo(() => makeWorkCalendar(holidays), [holidays]);
}

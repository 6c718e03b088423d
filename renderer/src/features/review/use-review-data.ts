import { useMemo } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { makeWorkCalendar, type WorkCalendar } from '../../../../shared/calendar/working-days';
import type { ReviewCase, ReviewLetter } from '../../../../shared/review/types';
import { getDb } from '../../db/db';
import { useSettings } from '../../app/settings-context';

/** All live (not deleted) cases; undefined while loading. */
export function useLiveCases(): ReviewCase[] | undefined {
  return useLiveQuery(() => getDb().reviewCases.where('deleted').equals(0).toArray(), []);
}

export function useLiveLetters(): ReviewLetter[] | undefined {
  return useLiveQuery(() => getDb().reviewLetters.where('deleted').equals(0).toArray(), []);
}

export function useWorkCalendar(): WorkCalendar {
  const { holidays } = useSettings();
  return useMemo(() => makeWorkCalendar(holidays), [holidays]);
}

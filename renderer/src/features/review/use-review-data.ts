import { useMemo } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { makeWorkCalendar, type WorkCalendar } from '../../../../shared/calendar/working-days';
import type { ReviewCase, ReviewLetter, ReviewStatus } from '../../../../shared/review/types';
import { getDb } from '../../db/db';
import { useSettings } from '../../app/settings-context';

/** All live (not deleted) cases; undefined while loading. */
export function useLiveCases(): ReviewCase[] | undefined {
  return useLiveQuery(() => getDb().reviewCases.where('deleted').equals(0).toArray(), []);
}

export function useLiveLetters(): ReviewLetter[] | undefined {
  return useLiveQuery(() => getDb().reviewLetters.where('deleted').equals(0).toArray(), []);
}

/** The case list's default order: newest receipt first, then the higher 案号 number. Dates compare as strings. */
export function newestFirst(a: ReviewCase, b: ReviewCase): number {
  if (a.receivedDate !== b.receivedDate) return a.receivedDate < b.receivedDate ? 1 : -1;
  return (b.caseSeq ?? 0) - (a.caseSeq ?? 0);
}

/**
 * The `count` newest live cases in the list's order, read through the receivedDate index: the first page of the
 * list, on screen long before the whole list (tens of thousands of records) has been read.
 */
export function useNewestCases(count: number): ReviewCase[] | undefined {
  return useLiveQuery(async () => {
    const table = getDb().reviewCases;
    for (let limit = count * 2; ; limit *= 4) {
      const head = await table.orderBy('receivedDate').reverse().limit(limit).toArray();
      const live = head.filter((c) => c.deleted === 0);
      if (head.length < limit) return live.sort(newestFirst).slice(0, count);
      if (live.length < count) continue;
      // Cases received on the last day read may come before the ones read (higher 案号 number): take that whole day.
      const boundary = live[count - 1]!.receivedDate;
      const sameDay = await table.where('receivedDate').equals(boundary).toArray();
      return [...live.filter((c) => c.receivedDate > boundary), ...sameDay.filter((c) => c.deleted === 0)].sort(newestFirst).slice(0, count);
    }
  }, [count]);
}

/**
 * Every live case, newest first (the list's order), read through the receivedDate index: the records come
 * nearly in order, so the sort that settles same-day cases by 案号 number is one quick pass. Undefined until
 * `enabled` and while loading.
 */
export function useCasesNewestFirst(enabled: boolean): ReviewCase[] | undefined {
  return useLiveQuery<ReviewCase[] | undefined>(async () => {
    if (!enabled) return undefined;
    const all = await getDb().reviewCases.orderBy('receivedDate').reverse().toArray();
    return all.filter((c) => c.deleted === 0).sort(newestFirst);
  }, [enabled]);
}

/** Statuses whose cases still have running deadlines. */
export const OPEN_STATUSES: readonly ReviewStatus[] = ['received', 'awaitingCorrection', 'underReview', 'suspended'];

/** Live cases not yet concluded or ended without acceptance, through the status index (a few hundred, not all). */
export function useOpenCases(): ReviewCase[] | undefined {
  return useLiveQuery(async () => {
    const table = getDb().reviewCases;
    const lists = await Promise.all(OPEN_STATUSES.map((s) => table.where('status').equals(s).toArray()));
    return lists.flat().filter((c) => c.deleted === 0);
  }, []);
}

/** Live 意见书 not yet answered: the only letters with a running deadline. */
export function useUnansweredOpinionLetters(): ReviewLetter[] | undefined {
  return useLiveQuery(
    async () => (await getDb().reviewLetters.where('kind').equals('opinion').toArray()).filter((l) => l.deleted === 0 && !l.answerDate),
    [],
  );
}

export function useWorkCalendar(): WorkCalendar {
  const { holidays } = useSettings();
  return useMemo(() => makeWorkCalendar(holidays), [holidays]);
}

import type { DateStr } from '../dates';

/** Started on or before `date` and not finished on or before it (open at 31 December: carried over). */
export function openAt(start: DateStr | null, end: DateStr | null, date: DateStr): boolean {
  return !!start && start <= date && !(end && end <= date);
}

/** The dates a year may look at, and whether the record is still open (read by every year from then on). */
export interface YearSpan {
  dates: readonly (DateStr | null | undefined)[];
  open: boolean;
}

/** The index key of the open records: every year reads them. */
export const OPEN_SPAN = 0;

/**
 * The keys of the `yearSpan` index: every year from the first date's to the last one's, or [OPEN_SPAN] while the
 * record is open. (A record in the 回收站 keeps its keys, so that deleting changes only `deleted`: the read
 * leaves it out.)
 */
export function yearSpanKeys(span: YearSpan): number[] {
  if (span.open) return [OPEN_SPAN];
  let first = Number.POSITIVE_INFINITY;
  let last = Number.NEGATIVE_INFINITY;
  for (const d of span.dates) {
    if (typeof d !== 'string' || d.length < 4) continue;
    const y = Number(d.slice(0, 4));
    if (!Number.isInteger(y)) continue;
    if (y < first) first = y;
    if (y > last) last = y;
  }
  if (first > last) return [];
  // A date typed a century off: read by every year rather than held under a hundred keys.
  if (last - first > 100) return [OPEN_SPAN];
  const out: number[] = [];
  for (let y = first; y <= last; y++) out.push(y);
  return out;
}

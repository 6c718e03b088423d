import { useDeferredValue } from 'react';
import { tableView, useUrlQuery, type QueryPatch } from '../../app/url-state';
import type { TablePaging } from '../../ui/ledger-table';

const PAGE_SIZE = 50;

/**
 * The view of a 规范性文件 tab in the URL (#/normative/legality?q=停车&state=pending&year=2026&page=2), as the other
 * lists keep theirs: Back, a reload and a bookmark return to it. A filter change starts again on the first page.
 */
export function useTabView() {
  const url = useUrlQuery();
  const search = url.text('q');
  const q = useDeferredValue(search.trim().toLowerCase());
  const { page, size } = tableView(url, PAGE_SIZE);
  const paging: TablePaging = {
    page,
    size,
    onChange: (p, s) => url.set({ page: p > 1 ? p : null, size: s !== PAGE_SIZE ? s : null }),
  };
  return { url, search, q, paging, filter: (patch: QueryPatch) => url.set({ ...patch, page: null }) };
}

/** The years of the records' dates, newest first, for a year filter. */
export function yearsOf(dates: readonly (string | null | undefined)[]): number[] {
  return [...new Set(dates.filter((d): d is string => !!d).map((d) => Number(d.slice(0, 4))))].sort((a, b) => b - a);
}

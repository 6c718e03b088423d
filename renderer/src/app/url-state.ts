import { useCallback } from 'react';
import { useRoute } from './router';

/**
 * A page's view (search, filters, sort, page, year) kept in the query string of its hash route, e.g.
 * `#/review?q=张&status=accepted&page=2`, so that Back, a reload and a bookmark return to the same view.
 * Changes replace the current history entry (typing a search adds no entries); opening a record adds one.
 */
export type QueryPatch = Record<string, string | number | boolean | null | undefined>;

/** The hash for the current path with `patch` applied to its query: empty, null, undefined and false remove a key. */
export function patchedHash(hash: string, patch: QueryPatch): string {
  const raw = hash.replace(/^#\/?/, '');
  const cut = raw.indexOf('?');
  const path = cut < 0 ? raw : raw.slice(0, cut);
  const query = new URLSearchParams(cut < 0 ? '' : raw.slice(cut + 1));
  for (const [key, value] of Object.entries(patch)) {
    if (value === null || value === undefined || value === '' || value === false) query.delete(key);
    else query.set(key, value === true ? '1' : String(value));
  }
  const text = query.toString();
  return `#/${path}${text ? `?${text}` : ''}`;
}

/** Applies `patch` to the current hash in place (no new history entry) and tells the router. */
export function replaceQuery(patch: QueryPatch): void {
  const next = patchedHash(window.location.hash, patch);
  if (next === window.location.hash) return;
  window.history.replaceState(window.history.state, '', next);
  window.dispatchEvent(new HashChangeEvent('hashchange'));
}

export interface UrlQuery {
  /** The raw value of a key, '' when absent. */
  text: (key: string) => string;
  /** A whole number, or undefined when absent or not a number. */
  int: (key: string) => number | undefined;
  /** A value from `allowed`, or undefined. */
  oneOf: <T extends string>(key: string, allowed: readonly T[]) => T | undefined;
  flag: (key: string) => boolean;
  set: (patch: QueryPatch) => void;
}

export function useUrlQuery(): UrlQuery {
  const { query } = useRoute();
  const set = useCallback((patch: QueryPatch) => replaceQuery(patch), []);
  return {
    text: (key) => query.get(key) ?? '',
    int: (key) => {
      const v = query.get(key);
      return v !== null && /^-?\d+$/.test(v) ? Number(v) : undefined;
    },
    oneOf: <T extends string>(key: string, allowed: readonly T[]) => {
      const v = query.get(key);
      return v !== null && (allowed as readonly string[]).includes(v) ? (v as T) : undefined;
    },
    flag: (key) => query.get(key) === '1',
    set,
  };
}

/** The table's page, page size and sort as query keys (`page`, `size`, `sort`, `order`). */
export interface TableView {
  page: number;
  size: number;
  sort: string | undefined;
  order: 'ascend' | 'descend' | undefined;
}

export function tableView(q: UrlQuery, defaultSize: number): TableView {
  return {
    page: Math.max(1, q.int('page') ?? 1),
    size: q.int('size') ?? defaultSize,
    sort: q.text('sort') || undefined,
    order: q.oneOf('order', ['ascend', 'descend'] as const),
  };
}

/** The patch a Table's onChange makes: its page and size, and the sorted column's key and direction. */
export function tableChangePatch(
  pagination: { current?: number; pageSize?: number },
  sorter: { columnKey?: unknown; order?: 'ascend' | 'descend' | null } | { columnKey?: unknown; order?: 'ascend' | 'descend' | null }[],
  defaultSize: number,
): QueryPatch {
  const one = Array.isArray(sorter) ? sorter[0] : sorter;
  const order = one?.order ?? null;
  return {
    page: pagination.current && pagination.current > 1 ? pagination.current : null,
    size: pagination.pageSize && pagination.pageSize !== defaultSize ? pagination.pageSize : null,
    sort: order && one?.columnKey ? String(one.columnKey) : null,
    order,
  };
}

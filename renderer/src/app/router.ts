import { useMemo, useSyncExternalStore } from 'react';

/** Hash routes (#/review/…): they work the same from app:// in Electron and from a web server. */
export interface Route {
  path: string[];
  query: URLSearchParams;
}

export function parseHash(hash: string): Route {
  const raw = hash.replace(/^#\/?/, '');
  const [pathPart, queryPart = ''] = raw.split('?');
  return { path: pathPart.split('/').filter(Boolean).map(decodeURIComponent), query: new URLSearchParams(queryPart) };
}

function subscribe(cb: () => void): () => void {
  window.addEventListener('hashchange', cb);
  return () => window.removeEventListener('hashchange', cb);
}

export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash);
  return useMemo(() => parseHash(hash), [hash]);
}

export function navigate(path: string): void {
  window.location.hash = path.startsWith('#') ? path : `#${path}`;
}

/** The path part of the hash only: a component that reads it is not re-rendered when only the query changes. */
export function usePath(): string[] {
  const path = useSyncExternalStore(subscribe, () => window.location.hash.replace(/^#\/?/, '').split('?')[0]);
  return useMemo(() => parseHash(path).path, [path]);
}

import { useMemo, useSyncExternalStore } from 'react';
import { askLeave, hasUnsaved } from '../ui/unsaved';

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

const pathOf = (hash: string) => hash.replace(/^#\/?/, '').split('?')[0];

/**
 * The hash the pages show. It follows the address, except that while a form has unsaved changes (ui/unsaved.ts)
 * another page is opened only once the clerk chose to leave: Back, Forward or a typed address put the page's own
 * address back and ask; navigate() asks before it changes anything. A change of the query alone (a page's view)
 * never asks.
 */
let shown = typeof window === 'undefined' ? '' : window.location.hash;
let leaving = false;
const listeners = new Set<() => void>();

function follow(): void {
  const next = window.location.hash;
  if (next === shown) return;
  if (!leaving && pathOf(next) !== pathOf(shown) && hasUnsaved()) {
    window.history.pushState(window.history.state, '', shown || '#/');
    askLeave(() => go(next));
    return;
  }
  leaving = false;
  shown = next;
  for (const cb of listeners) cb();
}

function go(hash: string): void {
  leaving = true;
  if (window.location.hash === hash) follow();
  else window.location.hash = hash;
}

if (typeof window !== 'undefined') window.addEventListener('hashchange', follow);

function subscribe(cb: () => void): () => void {
  listeners.add(cb);
  return () => listeners.delete(cb);
}

export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, () => shown);
  return useMemo(() => parseHash(hash), [hash]);
}

export function navigate(path: string): void {
  const hash = path.startsWith('#') ? path : `#${path}`;
  if (pathOf(hash) !== pathOf(shown)) askLeave(() => go(hash));
  else window.location.hash = hash;
}

/** The path part of the hash only: a component that reads it is not re-rendered when only the query changes. */
export function usePath(): string[] {
  const path = useSyncExternalStore(subscribe, () => pathOf(shown));
  return useMemo(() => parseHash(path).path, [path]);
}
